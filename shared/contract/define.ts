import { z } from 'zod';

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

export const defineCall = <I extends z.ZodType, O extends z.ZodType>(def: CallDef<I, O>): CallDef<I, O> => def;

/** Errors cross the boundary as values with a code and a message a parent can act on. */
export const ApiError = z.object({ code: z.string(), message: z.string() });
export type ApiError = z.infer<typeof ApiError>;

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const CaseRef = z.object({ caseDir: z.string().min(1) });
