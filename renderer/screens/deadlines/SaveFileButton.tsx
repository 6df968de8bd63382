import { useId, useRef, useState, type FormEvent } from 'react';
import type { ApiError, ApiResult } from '../../../shared/contract/define.ts';
import type { ProgressEvent } from '../../../shared/progress.ts';
import { call, type RunningJob } from '../../api.ts';
import { JobProgress } from '../../components/JobProgress.tsx';
import { ErrorMessage } from '../../components/Status.tsx';

type Saved = { path: string };

/** A quick export is a plain call; a long one (it runs the analysis first) a job, with its steps and Cancel. */
type Saver =
  | { save: (path: string) => Promise<ApiResult<Saved>>; start?: never }
  | { start: (path: string, onProgress: (p: ProgressEvent) => void) => RunningJob<Saved>; save?: never };

/**
 * "Save … as": the desktop app's save dialog; where there is none (browser, tests) the user types
 * a path, offered as the case folder plus a sensible name.
 */
export function SaveFileButton({
  label,
  suggestedName,
  defaultPath,
  save,
  start,
}: {
  label: string;
  suggestedName: string;
  defaultPath: string;
} & Saver) {
  const id = useId();
  const [typing, setTyping] = useState(false);
  const [path, setPath] = useState(defaultPath);
  const [saved, setSaved] = useState<string>();
  const [error, setError] = useState<ApiError>();
  const [stopped, setStopped] = useState(false);
  const [progress, setProgress] = useState<ProgressEvent>();
  const [running, setRunning] = useState(false);
  const job = useRef<RunningJob<Saved>>(undefined);

  async function run(target: string) {
    setError(undefined);
    setSaved(undefined);
    setStopped(false);
    let r: ApiResult<Saved>;
    if (start) {
      setRunning(true);
      job.current = start(target, setProgress);
      r = await job.current.result;
      job.current = undefined;
      setRunning(false);
      setProgress(undefined);
    } else r = await save(target);
    if (r.ok) setSaved(r.value.path);
    else if (r.error.code === 'cancelled') setStopped(true);
    else setError(r.error);
  }

  async function choose() {
    const picked = await call('chooseSaveFile', { suggestedName, title: label });
    if (!picked.ok) return setTyping(true);
    if (picked.value) await run(picked.value);
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    void run(path);
  }

  return (
    <div>
      {running ? (
        <JobProgress label={label} progress={progress} waiting="Starting…" onCancel={() => job.current?.cancel()} />
      ) : typing ? (
        <form className="dl-inline-form" onSubmit={submit}>
          <div>
            <label htmlFor={`${id}-path`}>Save to</label>
            <input id={`${id}-path`} value={path} size={48} onChange={(e) => setPath(e.target.value)} />
          </div>
          <button type="submit" className="secondary">
            {label}
          </button>
        </form>
      ) : (
        <button type="button" className="secondary" onClick={() => void choose()}>
          {label}
        </button>
      )}
      <p role="status" className="hint">
        {saved ? `Saved to ${saved}` : stopped ? 'Stopped. Nothing was saved.' : ''}
      </p>
      {error ? <ErrorMessage error={error} /> : null}
    </div>
  );
}
