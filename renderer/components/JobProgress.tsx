import type { ProgressEvent } from '../../shared/progress.ts';

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
