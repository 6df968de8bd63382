import { useId, useState, type FormEvent } from 'react';
import type { ApiError, ApiResult } from '../../../shared/contract/define.ts';
import { call } from '../../api.ts';
import { ErrorMessage } from '../../components/Status.tsx';

/**
 * "Save … as": the desktop app's save dialog; where there is none (browser, tests) the user types
 * a path, offered as the case folder plus a sensible name.
 */
export function SaveFileButton({
  label,
  suggestedName,
  defaultPath,
  save,
}: {
  label: string;
  suggestedName: string;
  defaultPath: string;
  save: (path: string) => Promise<ApiResult<{ path: string }>>;
}) {
  const id = useId();
  const [typing, setTyping] = useState(false);
  const [path, setPath] = useState(defaultPath);
  const [saved, setSaved] = useState<string>();
  const [error, setError] = useState<ApiError>();

  async function run(target: string) {
    const r = await save(target);
    if (!r.ok) return setError(r.error);
    setError(undefined);
    setSaved(r.value.path);
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
      {typing ? (
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
        {saved ? `Saved to ${saved}` : ''}
      </p>
      {error ? <ErrorMessage error={error} /> : null}
    </div>
  );
}
