import type { ProgressEvent } from '../../shared/progress.ts';
import type { LoadedJob } from '../useJob.ts';
import { ErrorMessage } from './Status.tsx';

/**
 * A long job on screen: a bar (moving on its own while a step has no count), the step in words
 * ("Reading the reports (3 of 7)") and Cancel, which really stops the job.
 */
export function JobProgress({
  label,
  progress,
  waiting,
  onCancel,
}: {
  /** What the job is, for the bar's accessible name ("Building the bundle"). */
  label: string;
  progress: ProgressEvent | undefined;
  /** Shown until the first step is reported. */
  waiting: string;
  onCancel: () => void;
}) {
  return (
    <div className="progress-line" role="status" aria-live="polite">
      <progress max={progress?.total || 1} value={progress?.total ? progress.done : undefined} aria-label={label} />
      <span>{progress?.message ?? waiting}</span>
      <button type="button" className="secondary" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}

/**
 * What a screen shows in place of what its long call loads (useJob): the steps with Cancel while
 * it runs; once stopped, that nothing changed and a button to start again; or the error.
 */
export function JobLoadStatus({
  job,
  label,
  again,
  minHeight = 360,
}: {
  job: LoadedJob<unknown>;
  /** What is happening, for the bar and until the first step ("Reading the reports and the plan"). */
  label: string;
  /** The button that starts it again after a cancel ("Make the evidence map"). */
  again: string;
  minHeight?: number;
}) {
  if (job.state === 'loading')
    return (
      <div style={{ minHeight }}>
        <JobProgress label={label} progress={job.progress} waiting={`${label}…`} onCancel={job.cancel} />
      </div>
    );
  if (job.state !== 'error') return null;
  if (job.error.code !== 'cancelled') return <ErrorMessage error={job.error} />;
  return (
    <div className="notice" role="status">
      <p>You stopped it before it finished. Nothing in your case was changed.</p>
      <button type="button" className="primary" onClick={job.reload}>
        {again}
      </button>
    </div>
  );
}
