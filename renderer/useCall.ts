import { useCallback, useEffect, useState } from 'react';
import type { ApiError } from '../shared/contract/define.ts';
import type { CallInput, CallName, CallOutput } from '../shared/contract/index.ts';
import { call } from './api.ts';

export type Loaded<T> = { state: 'loading' } | { state: 'ok'; value: T } | { state: 'error'; error: ApiError };

/**
 * Loads one call's result for a screen and reloads when `key` changes. The input is read when
 * the key changes, so callers pass a stable key (e.g. caseDir + documentId) rather than objects.
 * A null key makes no call (the screen does not need it yet); the state stays 'loading'.
 */
export function useCall<K extends CallName>(
  name: K,
  input: CallInput<K>,
  key: string | null,
): Loaded<CallOutput<K>> & { reload: () => void } {
  const [loaded, setLoaded] = useState<Loaded<CallOutput<K>>>({ state: 'loading' });
  const [nonce, setNonce] = useState(0);
  useEffect(() => {
    let live = true;
    if (key === null) return;
    void call(name, input).then((r) => {
      if (live) setLoaded(r.ok ? { state: 'ok', value: r.value } : { state: 'error', error: r.error });
    });
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for the input
  }, [name, key, nonce]);
  const reload = useCallback(() => setNonce((n) => n + 1), []);
  return { ...loaded, reload };
}
