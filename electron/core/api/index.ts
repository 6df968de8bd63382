import type { z } from 'zod';
import { contract, type CallName, type CallOutput } from '../../../shared/contract/index.ts';
import type { ApiResult } from '../../../shared/contract/define.ts';
import type { JobOptions } from '../../../shared/progress.ts';
import { clearStaleTempFolders } from '../documents/tempFolders.ts';
import { handlers } from './handlers.ts';
import { createStoreCache } from './storeCache.ts';
import type { CoreApiOptions, Handler, HandlerContext } from './types.ts';
import { apiFailure } from '../../../shared/result.ts';

export type { CoreApiOptions, Handler, HandlerContext, HandlersFor } from './types.ts';
export { createJobRunner, type JobRunner } from './jobs.ts';

/** zod's issues in words: which field, what is wrong. Never the raw JSON. */
function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => (i.path.length > 0 ? `${i.path.join('.')}: ${i.message}` : i.message))
    .join('; ');
}

export interface CoreApi {
  /**
   * Runs one call: validates the input against the contract, runs the handler, validates the
   * output. Always resolves; expected failures and bugs alike come back as `{ ok: false, error }`
   * with a message and never a stack trace.
   */
  call<K extends CallName>(name: K, rawInput: unknown, opts?: JobOptions): Promise<ApiResult<CallOutput<K>>>;
  call(name: string, rawInput: unknown, opts?: JobOptions): Promise<ApiResult<unknown>>;
  /** Closes every open case database (app quit, end of a test). */
  close(): void;
}

export function createCoreApi(options: CoreApiOptions): CoreApi {
  // A bundle killed mid-way leaves its renderer's temporary folder (a child's records) behind:
  // every start of the core (app or CLI) clears those of processes that have ended.
  clearStaleTempFolders();
  const stores = createStoreCache();
  const call = async (name: string, rawInput: unknown, opts: JobOptions = {}): Promise<ApiResult<unknown>> => {
    if (!Object.hasOwn(contract, name)) return apiFailure('unknown-call', `Casebook has no action called "${name}".`);
    const def = contract[name as CallName];
    const handler = handlers[name as CallName] as Handler<typeof def>;
    const input = def.input.safeParse(rawInput);
    if (!input.success)
      return apiFailure('bad-input', `Some details were missing or not valid: ${describeIssues(input.error)}.`);
    if (opts.signal?.aborted) return apiFailure('cancelled', 'Cancelled before it started.');
    const ctx: HandlerContext = {
      store: stores.get,
      forget: stores.forget,
      adopt: stores.put,
      options,
      ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
      ...(opts.signal ? { signal: opts.signal } : {}),
    };
    try {
      const result = await handler(input.data as never, ctx);
      if (!result.ok) return apiFailure(result.code, result.message);
      const output = def.output.safeParse(result.value);
      if (!output.success) {
        // A bug in a handler: say so plainly, keep the details for the developer console.
        console.error(`casebook api: ${name} returned an invalid value`, output.error.issues);
        return apiFailure(
          'internal',
          'Casebook produced an answer it could not check, so it was not shown. Please report this.',
        );
      }
      return { ok: true, value: output.data };
    } catch (e) {
      // A job stops on cancel by throwing the signal's abort at its next step, before any file is begun.
      if (opts.signal?.aborted) return apiFailure('cancelled', 'Stopped before it finished. Nothing was saved.');
      console.error(`casebook api: ${name} threw`, e);
      return apiFailure(
        'internal',
        `Something went wrong inside Casebook (${(e as Error).message ?? String(e)}). Your case files have not been changed by this error.`,
      );
    }
  };
  return { call: call as CoreApi['call'], close: stores.closeAll };
}
