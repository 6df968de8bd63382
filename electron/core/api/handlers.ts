import type { Contract } from '../../../shared/contract/index.ts';
import { appealPackHandlers } from './appealPack.ts';
import { appHandlers } from './app.ts';
import { bundleHandlers } from './bundle.ts';
import { deadlineHandlers } from './deadlines.ts';
import { evidenceHandlers } from './evidence.ts';
import { letterHandlers } from './letters.ts';
import { shellHandlers } from './shell.ts';
import type { HandlersFor } from './types.ts';
import { vaultHandlers } from './vault.ts';
import { workdocHandlers } from './workdoc.ts';

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
  ...workdocHandlers,
  ...letterHandlers,
  ...appealPackHandlers,
};
