import type { Contract } from '../../../shared/contract/index.ts';
import { appHandlers } from './app.ts';
import { bundleHandlers } from './bundle.ts';
import { bundleCheckHandlers } from './bundleCheck.ts';
import { deadlineHandlers } from './deadlines.ts';
import { evidenceHandlers } from './evidence.ts';
import { shellHandlers } from './shell.ts';
import type { HandlersFor } from './types.ts';
import { vaultHandlers } from './vault.ts';

/**
 * Every call's handler, one spread per capability (electron/core/api/<area>.ts). The type makes
 * a call in the contract without a handler a compile error.
 */
export const handlers: HandlersFor<Contract> = {
  ...appHandlers,
  ...vaultHandlers,
  ...evidenceHandlers,
  ...shellHandlers,
  ...deadlineHandlers,
  ...bundleHandlers,
  ...bundleCheckHandlers,
};
