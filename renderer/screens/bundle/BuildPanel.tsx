import { useRef, useState } from 'react';
import type { BundleOptions } from '../../../shared/bundle.ts';
import type { ApiError } from '../../../shared/contract/define.ts';
import type { CallOutput } from '../../../shared/contract/index.ts';
import type { ProgressEvent } from '../../../shared/progress.ts';
import { startJob, type RunningJob } from '../../api.ts';
import { ErrorMessage } from '../../components/Status.tsx';

export type BuildOutput = CallOutput<'buildBundle'>;

/** Build runs as a background job: a progress bar in words, and Cancel that really stops it. */
export function BuildPanel({
  caseDir,
  options,
  onBuilding,
  onBuilt,
}: {
  caseDir: string;
  options: BundleOptions;
  onBuilding: (b: boolean) => void;
  onBuilt: (out: BuildOutput) => void;
}) {
  const [progress, setProgress] = useState<ProgressEvent>();
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [cancelled, setCancelled] = useState(false);
  const job = useRef<RunningJob<BuildOutput>>(undefined);

  async function build() {
    setError(undefined);
    setCancelled(false);
    setProgress(undefined);
    setRunning(true);
    onBuilding(true);
    const j = startJob('buildBundle', { caseDir, options }, setProgress);
    job.current = j;
    const r = await j.result;
    job.current = undefined;
    setRunning(false);
    onBuilding(false);
    if (r.ok) return onBuilt(r.value);
    if (r.error.code === 'cancelled') setCancelled(true);
    else setError(r.error);
  }

  return (
    <div className="bn-build">
      {running ? (
        <div className="progress-line" role="status" aria-live="polite">
          <progress
            max={progress?.total || 1}
            value={progress?.total ? progress.done : undefined}
            aria-label="Building the bundle"
          />
          <span>{progress?.message ?? 'Starting…'}</span>
          <button type="button" className="secondary" onClick={() => job.current?.cancel()}>
            Cancel
          </button>
        </div>
      ) : (
        <button type="button" onClick={() => void build()}>
          Build the bundle
        </button>
      )}
      {cancelled ? (
        <p className="notice" role="status">
          The build was stopped. Nothing was saved; your arrangement is kept, so you can build again whenever you are ready.
        </p>
      ) : null}
      {error ? <ErrorMessage error={error} /> : null}
    </div>
  );
}
