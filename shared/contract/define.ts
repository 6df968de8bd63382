import { z } from 'zod';
import { ErrorCode } from '../errors.ts';

/**
 * One API call: its zod input and output. `job` calls are long-running: they report progress
 * events and can be cancelled (the transport supplies onProgress and an AbortSignal).
 */
export interface CallDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  description: string;
  input: I;
  output: O;
  job?: boolean;
}

/** Keeps `job: true` as a literal type, so the bridge's startJob accepts only job calls. */
export const defineCall = <I extends z.ZodType, O extends z.ZodType, J extends boolean | undefined = undefined>(
  def: CallDef<I, O> & { job?: J },
): CallDef<I, O> & { job: J } => def as CallDef<I, O> & { job: J };

/** Errors cross the boundary as values with a code and a message a parent can act on. */
export const ApiError = z.object({ code: ErrorCode, message: z.string() });
export type ApiError = z.infer<typeof ApiError>;

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const CaseRef = z.object({ caseDir: z.string().min(1) });
