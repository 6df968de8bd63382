import { useEffect, useId, useRef, useState, type DragEvent, type FormEvent } from 'react';
import type { ApiError } from '../../../shared/contract/define.ts';
import type { ProgressEvent } from '../../../shared/progress.ts';
import { call, pathForFile, startJob, type RunningJob } from '../../api.ts';
import { ErrorMessage } from '../../components/Status.tsx';
import { plural } from '../../format.ts';
import { useCall } from '../../useCall.ts';
import { ImportRowList } from './ImportRowList.tsx';
import { applyProgress, replaceRow, rowsFromOutcomes, waitingRows, type ImportRow } from './importRows.ts';

/**
 * Drop files or folders here. Dropped files reach the core as paths (the bridge's pathForFile),
 * the same call a typed path or the system picker makes, so every route is tested by one E2E.
 */
export function ImportPanel({
  caseDir,
  onImported,
  openPicker = false,
}: {
  caseDir: string;
  onImported: () => void;
  openPicker?: boolean;
}) {
  const id = useId();
  const appInfo = useCall('getAppInfo', {}, 'app');
  const [over, setOver] = useState(false);
  const [rows, setRows] = useState<ImportRow[]>([]);
  const [progress, setProgress] = useState<ProgressEvent>();
  const [error, setError] = useState<ApiError>();
  const [typed, setTyped] = useState('');
  const job = useRef<RunningJob<unknown>>(undefined);
  const [running, setRunning] = useState(false);

  async function importPaths(paths: string[], unreadable: string[] = []) {
    const refused: ImportRow[] = unreadable.map((name) => ({
      path: name,
      status: 'rejected',
      fraction: 1,
      detail: 'Casebook could not tell where this file is saved. Save it to a folder first, then drag it from there.',
    }));
    setRows([...refused, ...waitingRows(paths)]);
    if (paths.length === 0) return;
    const outcomes = await run(paths);
    if (outcomes) setRows([...refused, ...outcomes]);
  }

  /** Runs one import job with progress; the rows it ends with, or undefined if it failed. */
  async function run(paths: string[], password?: string): Promise<ImportRow[] | undefined> {
    setError(undefined);
    setRunning(true);
    const running = startJob('importFiles', { caseDir, paths, ...(password ? { password } : {}) }, (p) => {
      setProgress(p);
      setRows((r) => applyProgress(r, p));
    });
    job.current = running;
    const result = await running.result;
    job.current = undefined;
    setRunning(false);
    setProgress(undefined);
    onImported();
    if (!result.ok) setError(result.error);
    return result.ok ? rowsFromOutcomes(result.value) : undefined;
  }

  async function retryWithPassword(path: string, password: string) {
    const outcomes = await run([path], password);
    if (outcomes) setRows((r) => replaceRow(r, path, outcomes));
  }

  async function chooseAndImport() {
    const chosen = await call('chooseFiles', {});
    if (chosen.ok && chosen.value.length > 0) await importPaths(chosen.value);
  }

  // File › Import documents… opens the system picker straight away.
  const canChooseFiles = appInfo.state === 'ok' && appInfo.value.canChooseFiles;
  const pickerOpened = useRef(false);
  useEffect(() => {
    if (!openPicker || !canChooseFiles || pickerOpened.current) return;
    pickerOpened.current = true;
    void Promise.resolve().then(chooseAndImport);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per menu command
  }, [openPicker, canChooseFiles]);

  function onDrop(e: DragEvent) {
    e.preventDefault();
    setOver(false);
    if (running) return;
    const files = [...e.dataTransfer.files];
    const paths = files.map(pathForFile);
    void importPaths(
      paths.filter(Boolean),
      files.filter((_f, i) => !paths[i]).map((f) => f.name),
    );
  }

  async function submitTyped(e: FormEvent) {
    e.preventDefault();
    const paths = typed
      .split(/\r?\n/)
      .map((p) => p.trim())
      .filter(Boolean);
    if (paths.length > 0) await importPaths(paths);
  }

  const counts = rows.reduce<Record<string, number>>((c, r) => ({ ...c, [r.status]: (c[r.status] ?? 0) + 1 }), {});
  const finished = !running && rows.length > 0;

  return (
    <section className="card import" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Add documents</h2>
      <div
        className={`drop-zone${over ? ' drop-over' : ''}`}
        data-testid="drop-zone"
        onDragEnter={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragOver={(e) => e.preventDefault()}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <p className="drop-title">Drag files or folders here</p>
        <p className="hint">PDF and Word documents, scanned pages (JPEG, PNG) and saved emails (.eml).</p>
        {canChooseFiles ? (
          <button type="button" className="secondary" disabled={running} onClick={chooseAndImport}>
            Choose files…
          </button>
        ) : null}
      </div>
      {appInfo.state === 'ok' && !canChooseFiles ? (
        <details className="typed-paths">
          <summary>Type the location of a file or folder instead</summary>
          <form onSubmit={submitTyped} className="form">
            <label htmlFor={`${id}-paths`}>File or folder locations, one a line</label>
            <textarea
              id={`${id}-paths`}
              rows={2}
              value={typed}
              onChange={(e) => setTyped(e.target.value)}
              spellCheck={false}
            />
            <button type="submit" className="secondary" disabled={running}>
              Add these
            </button>
          </form>
        </details>
      ) : null}
      <div aria-live="polite" className="import-status">
        {running && progress ? (
          <div className="progress-line">
            <progress max={Math.max(progress.total, 1)} value={progress.done} aria-label="Import progress" />
            <span>{progress.message}</span>
            <button type="button" className="secondary small" onClick={() => job.current?.cancel()}>
              Stop
            </button>
          </div>
        ) : null}
        {finished ? (
          <p className="import-summary">
            {[
              counts.imported ? `${plural(counts.imported, 'file')} added` : '',
              counts.duplicate ? `${plural(counts.duplicate, 'file')} already in the case` : '',
              counts.rejected ? `${plural(counts.rejected, 'file')} could not be added — see why below` : '',
            ]
              .filter(Boolean)
              .join('; ')}
            .
          </p>
        ) : null}
      </div>
      {error ? <ErrorMessage error={error} /> : null}
      {rows.length > 0 ? <ImportRowList rows={rows} busy={running} onPassword={retryWithPassword} /> : null}
    </section>
  );
}
