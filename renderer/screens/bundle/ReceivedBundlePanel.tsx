import { useId, useRef, useState, type DragEvent, type FormEvent } from 'react';
import type { BundleCheckOutcome } from '../../../shared/bundleCheck.ts';
import type { ApiError } from '../../../shared/contract/define.ts';
import type { ProgressEvent } from '../../../shared/progress.ts';
import { call, pathForFile, startJob, type RunningJob } from '../../api.ts';
import { useCall } from '../../useCall.ts';
import { ErrorMessage } from '../../components/Status.tsx';
import { JobProgress } from '../../components/JobProgress.tsx';
import { CheckResult } from './CheckResult.tsx';

/**
 * Check the bundle the council sent: drop its PDF here or choose it with the system dialog (the
 * desktop app only hands files the user chose to the core; where there is no dialog, as in a
 * browser preview, the path is typed instead). A locked
 * bundle asks for its password right here. Runs as a job with progress and Cancel.
 */
export function ReceivedBundlePanel({ caseDir }: { caseDir: string }) {
  const id = useId();
  const [path, setPath] = useState('');
  const [password, setPassword] = useState('');
  const [needsPassword, setNeedsPassword] = useState(false);
  const [everyWord, setEveryWord] = useState(false);
  const [progress, setProgress] = useState<ProgressEvent>();
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [outcome, setOutcome] = useState<BundleCheckOutcome>();
  const [over, setOver] = useState(false);
  const job = useRef<RunningJob<BundleCheckOutcome>>(undefined);
  const appInfo = useCall('getAppInfo', {}, 'app');
  const canChooseFiles = appInfo.state === 'ok' && appInfo.value.canChooseFiles;

  async function choose() {
    const chosen = await call('chooseFiles', {});
    const first = chosen.ok ? chosen.value[0] : undefined;
    if (first) {
      setPath(first);
      void check(first);
    }
  }

  async function check(bundlePath: string) {
    if (!bundlePath) return;
    setError(undefined);
    setOutcome(undefined);
    setRunning(true);
    const j = startJob(
      'checkReceivedBundle',
      { caseDir, bundlePath, ...(password ? { password } : {}), ...(everyWord ? { ocrMode: 'full' as const } : {}) },
      setProgress,
    );
    job.current = j;
    const r = await j.result;
    job.current = undefined;
    setRunning(false);
    setProgress(undefined);
    if (r.ok) return setOutcome(r.value);
    setNeedsPassword(r.error.code === 'bundle-password-needed' || r.error.code === 'bundle-password-wrong');
    if (r.error.code !== 'cancelled') setError(r.error);
  }

  function onDrop(e: DragEvent) {
    e.preventDefault();
    setOver(false);
    const file = e.dataTransfer.files[0];
    const dropped = file ? pathForFile(file) : '';
    setPath(dropped);
    void check(dropped);
  }

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    void check(path.trim());
  }

  return (
    <>
      <section className="card" aria-labelledby={`${id}-h`}>
        <h2 id={`${id}-h`}>Check the council’s bundle</h2>
        <p className="notice">
          Councils often send the hearing bundle by a secure link that stops working after a few days. Save the PDF into
          your case folder as soon as it arrives, then check it here.
        </p>
        <div
          className={`drop-zone${over ? ' drop-over' : ''}`}
          onDragOver={(e) => {
            e.preventDefault();
            setOver(true);
          }}
          onDragLeave={() => setOver(false)}
          onDrop={onDrop}
        >
          <p className="drop-title">Drop the council’s bundle PDF here</p>
        </div>
        <form onSubmit={onSubmit}>
          {canChooseFiles ? (
            <p>
              <button type="button" className="secondary" onClick={() => void choose()} disabled={running}>
                Choose the bundle PDF…
              </button>
            </p>
          ) : (
            <>
              <label htmlFor={`${id}-path`}>Or type where the bundle is saved</label>
              <input
                id={`${id}-path`}
                type="text"
                className="path"
                value={path}
                onChange={(e) => setPath(e.target.value)}
                disabled={running}
              />
            </>
          )}
          {needsPassword ? (
            <>
              <label htmlFor={`${id}-pw`}>The bundle’s password (from the council’s email)</label>
              <input
                id={`${id}-pw`}
                type="password"
                value={password}
                onChange={(e) => setPassword(e.target.value)}
                disabled={running}
              />
            </>
          ) : null}
          <div className="bn-checks">
            <label>
              <input
                type="checkbox"
                checked={everyWord}
                onChange={(e) => setEveryWord(e.target.checked)}
                disabled={running}
              />{' '}
              Read every word of scanned pages, however many (Casebook does for up to 60; for a larger scanned bundle it
              takes a few minutes instead of about one)
            </label>
          </div>
          {running ? (
            <JobProgress
              label="Checking the bundle"
              progress={progress}
              waiting="Opening the bundle…"
              onCancel={() => job.current?.cancel()}
            />
          ) : (
            <button type="submit" disabled={!path.trim()}>
              Check this bundle
            </button>
          )}
        </form>
        {error ? <ErrorMessage error={error} /> : null}
      </section>
      {outcome ? <CheckResult caseDir={caseDir} outcome={outcome} /> : null}
    </>
  );
}
