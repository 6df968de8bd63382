import type { ReactNode } from 'react';
import type { ApiError } from '../../shared/contract/define.ts';

/** A failure in words, with what to do next when the caller knows it. */
export function ErrorMessage({ error, children }: { error: ApiError; children?: ReactNode }) {
  return (
    <div className="notice notice-error" role="alert">
      <p>
        <strong>That did not work.</strong> {error.message}
      </p>
      {children}
    </div>
  );
}

/** Reserves the space the content will take, so nothing jumps when it arrives. */
export function Loading({ label, minHeight = 120 }: { label: string; minHeight?: number }) {
  return (
    <div className="loading" style={{ minHeight }} role="status" aria-live="polite">
      <span className="visually-hidden">{label}</span>
    </div>
  );
}
