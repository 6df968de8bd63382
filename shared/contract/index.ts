import type { z } from 'zod';
import type { CallDef } from './define.ts';
import { appCalls } from './app.ts';
import { bundleCalls } from './bundle.ts';
import { bundleCheckCalls } from './bundleCheck.ts';
import { deadlineCalls } from './deadlines.ts';
import { evidenceCalls } from './evidence.ts';
import { papersCalls } from './papers.ts';
import { shellCalls } from './shell.ts';
import { vaultCalls } from './vault.ts';

/**
 * Every call the renderer can make. The preload exposes exactly these names, main validates each
 * input and output against these schemas, and the E2E suite binds the same names to the core.
 * Each capability adds its calls in its own file and spreads them here.
 */
export const contract = {
  ...appCalls,
  ...vaultCalls,
  ...evidenceCalls,
  ...shellCalls,
  ...deadlineCalls,
  ...bundleCalls,
  ...papersCalls,
  ...bundleCheckCalls,
} satisfies Record<string, CallDef>;

export type Contract = typeof contract;
export type CallName = keyof Contract;
export type CallInput<K extends CallName> = z.input<Contract[K]['input']>;
export type CallOutput<K extends CallName> = z.output<Contract[K]['output']>;
export const callNames = Object.keys(contract) as CallName[];
