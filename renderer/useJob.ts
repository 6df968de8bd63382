import { useCallback, useEffect, useRef, useState } from 'react';
import type { JobName } from '../shared/contract/bridge.ts';
import type { CallInput, CallOutput } from '../shared/contract/index.ts';
import type { ProgressEvent } from '../shared/progress.ts';
import { startJob } from './api.ts';
import type { Loaded } from './useCall.ts';

export type LoadedJob<T> = Loaded<T> & {
  /** The job's latest step while it runs; undefined once it has finished. */
  progress: ProgressEvent | undefined;
  cancel: () => void;
  reload: () => void;
};

/**
 * useCall for a long call (a `job: true` one, such as the evidence analysis): it loads the same
 * way, and meanwhile reports its steps and can be cancelled (state 'error' with code 'cancelled').
 * A reload keeps showing the last value until the new one arrives; leaving the screen or changing
 * the key cancels a job still running, so nothing works on for a screen no one is looking at.
 */
export function useJob<K extends JobName>(name: K, input: CallInput<K>, key: string | null): LoadedJob<CallOutput<K>> {
  const [loaded, setLoaded] = useState<Loaded<CallOutput<K>>>({ state: 'loading' });
  const [progress, setProgress] = useState<ProgressEvent>();
  const [nonce, setNonce] = useState(0);
  const cancelRef = useRef<() => void>(() => {});
  useEffect(() => {
    if (key === null) return;
    let live = true;
    let finished = false;
    const job = startJob(name, input, (p) => live && setProgress(p));
    cancelRef.current = job.cancel;
    void job.result.then((r) => {
      finished = true;
      if (!live) return;
      setProgress(undefined);
      setLoaded(r.ok ? { state: 'ok', value: r.value } : { state: 'error', error: r.error });
    });
    return () => {
      live = false;
      if (!finished) job.cancel();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for the input
  }, [name, key, nonce]);
  const reload = useCallback(() => {
    setLoaded((l) => (l.state === 'ok' ? l : { state: 'loading' }));
    setNonce((n) => n + 1);
  }, []);
  const cancel = useCallback(() => cancelRef.current(), []);
  return { ...loaded, progress, cancel, reload };
}
