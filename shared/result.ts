import type { ApiResult } from './contract/define.ts';
import type { ErrorCode } from './errors.ts';

/**
 * Expected failures cross every boundary (core → CLI, main → renderer) as values, never as
 * exceptions: a bad file or a wrong password is a normal day for a parent, not a bug.
 */
export type Failure = { ok: false; code: ErrorCode; message: string };
export type Success<T> = { ok: true; value: T };
export type Result<T> = Success<T> | Failure;

export const ok = <T>(value: T): Success<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string): Failure => ({ ok: false, code, message });

/** A failure as it crosses the API boundary (core → CLI, main → renderer): `{ ok: false, error }`. */
export const apiFailure = (code: ErrorCode, message: string): ApiResult<never> => ({
  ok: false,
  error: { code, message },
});
