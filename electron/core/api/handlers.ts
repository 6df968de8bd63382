import type { CallDef } from '../../../shared/contract/define.ts';
import type { Contract } from '../../../shared/contract/index.ts';
import { appCalls } from '../../../shared/contract/app.ts';
import { bundleCalls } from '../../../shared/contract/bundle.ts';
import { bundleCheckCalls } from '../../../shared/contract/bundleCheck.ts';
import { deadlineCalls } from '../../../shared/contract/deadlines.ts';
import { evidenceCalls } from '../../../shared/contract/evidence.ts';
import { papersCalls } from '../../../shared/contract/papers.ts';
import { shellCalls } from '../../../shared/contract/shell.ts';
import { vaultCalls } from '../../../shared/contract/vault.ts';
import type { Handler, HandlersFor } from './types.ts';

/**
 * An area's handlers, loaded on its first call. The areas pull in heavy modules (the bank-holiday
 * tables, the evidence rules, pdf-lib and fonts) that most calls never need: loading them only
 * when asked keeps `casebook list` and the app's first screen quick.
 */
function lazy<C extends Record<string, CallDef>>(calls: C, load: () => Promise<HandlersFor<C>>): HandlersFor<C> {
  let loaded: Promise<HandlersFor<C>> | undefined;
  const one =
    (name: keyof C): Handler<C[keyof C]> =>
    async (input, ctx) =>
      (await (loaded ??= load()))[name](input, ctx);
  return Object.fromEntries(Object.keys(calls).map((name) => [name, one(name)])) as HandlersFor<C>;
}

/**
 * Every call's handler, one spread per capability (electron/core/api/<area>.ts). The type makes
 * a call in the contract without a handler a compile error.
 */
export const handlers: HandlersFor<Contract> = {
  ...lazy(appCalls, async () => (await import('./app.ts')).appHandlers),
  ...lazy(vaultCalls, async () => (await import('./vault.ts')).vaultHandlers),
  ...lazy(evidenceCalls, async () => (await import('./evidence.ts')).evidenceHandlers),
  ...lazy(shellCalls, async () => (await import('./shell.ts')).shellHandlers),
  ...lazy(deadlineCalls, async () => (await import('./deadlines.ts')).deadlineHandlers),
  ...lazy(bundleCalls, async () => (await import('./bundle.ts')).bundleHandlers),
  ...lazy(papersCalls, async () => ({
    ...(await import('./workdoc.ts')).workdocHandlers,
    ...(await import('./letters.ts')).letterHandlers,
    ...(await import('./appealPack.ts')).appealPackHandlers,
  })),
  ...lazy(bundleCheckCalls, async () => (await import('./bundleCheck.ts')).bundleCheckHandlers),
};
