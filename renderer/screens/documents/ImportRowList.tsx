import { useId, useState, type FormEvent } from 'react';
import { baseName } from '../../format.ts';
import { STATUS_WORDS, type ImportRow } from './importRows.ts';

/** Every file in the import: its state in words (and colour), and why it was refused if it was. */
export function ImportRowList({
  rows,
  busy,
  onPassword,
}: {
  rows: ImportRow[];
  busy: boolean;
  onPassword: (path: string, password: string) => void;
}) {
  return (
    <ul className="import-rows" aria-label="Files in this import">
      {rows.map((r) => (
        <li key={r.path} className={`import-row status-${r.status}`}>
          <span className="import-name">{baseName(r.path.split(' › ').pop() ?? r.path)}</span>
          <span className="import-state">
            <span className="status-dot" aria-hidden="true" />
            {STATUS_WORDS[r.status]}
          </span>
          {r.status === 'reading' ? (
            <progress max={1} value={r.fraction} aria-label={`Reading ${baseName(r.path)}`} />
          ) : (
            <span className="import-detail">
              {r.detail}
              {r.passwordProblem ? <PasswordRetry row={r} busy={busy} onPassword={onPassword} /> : null}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}

function PasswordRetry({
  row,
  busy,
  onPassword,
}: {
  row: ImportRow;
  busy: boolean;
  onPassword: (path: string, password: string) => void;
}) {
  const id = useId();
  const [password, setPassword] = useState('');
  function submit(e: FormEvent) {
    e.preventDefault();
    if (password) onPassword(row.path, password);
  }
  return (
    <form className="password-retry" onSubmit={submit}>
      <label htmlFor={`${id}-pw`}>Password for {baseName(row.path)}</label>
      <div className="input-row">
        <input
          id={`${id}-pw`}
          type="password"
          autoComplete="off"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <button type="submit" className="secondary small" disabled={busy || !password}>
          Open with this password
        </button>
      </div>
    </form>
  );
}
