import { useRef, useState } from 'react';
import type { BundleOptions } from '../../../shared/bundle.ts';
import type { ApiError } from '../../../shared/contract/define.ts';
import type { CallOutput } from '../../../shared/contract/index.ts';
import type { ProgressEvent } from '../../../shared/progress.ts';
import { startJob, type RunningJob } from '../../api.ts';
import { JobProgress } from '../../components/JobProgress.tsx';
import { ErrorMessage } from '../../components/Status.tsx';
import { BuildResult } from './BuildResult.tsx';

export type BuildOutput = CallOutput<'buildBundle'>;

/**
 * Build runs as a background job: a progress bar in words, and Cancel that really stops it. The
 * result appears right under the button. When nothing changed since the last version (`unchanged`
 * names it) the button asks first, so a second identical copy is not made by a double click.
 */
export function BuildPanel({
  caseDir,
  options,
  built,
  unchangedSince,
  onBuilding,
  onBuilt,
}: {
  caseDir: string;
  options: BundleOptions;
  built: BuildOutput | undefined;
  unchangedSince: number | undefined;
  onBuilding: (b: boolean) => void;
  onBuilt: (out: BuildOutput) => void;
}) {
  const [asking, setAsking] = useState(false);
  const [progress, setProgress] = useState<ProgressEvent>();
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [cancelled, setCancelled] = useState(false);
  const job = useRef<RunningJob<BuildOutput>>(undefined);

  async function build() {
    setAsking(false);
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
        <JobProgress
          label="Building the bundle"
          progress={progress}
          waiting="Starting…"
          onCancel={() => job.current?.cancel()}
        />
      ) : asking && unchangedSince !== undefined ? (
        <div className="notice bn-ask" role="alertdialog" aria-labelledby="bn-ask-h">
          <p id="bn-ask-h">Nothing has changed since version {unchangedSince}. Build another copy anyway?</p>
          <div className="button-row">
            <button type="button" className="primary" onClick={() => void build()}>
              Build version {unchangedSince + 1}
            </button>
            <button type="button" className="secondary" onClick={() => setAsking(false)}>
              Keep version {unchangedSince}
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          className="primary"
          onClick={() => (unchangedSince !== undefined ? setAsking(true) : void build())}
        >
          Build the bundle
        </button>
      )}
      {built && !running ? <BuildResult key={built.result.version} out={built} /> : null}
      {cancelled ? (
        <p className="notice" role="status">
          The build was stopped. Nothing was saved; your arrangement is kept, so you can build again whenever you are
          ready.
        </p>
      ) : null}
      {error ? <ErrorMessage error={error} /> : null}
    </div>
  );
}
