import { useId, useState, type FormEvent } from 'react';
import type { ApiError } from '../../../shared/contract/define.ts';
import { call } from '../../api.ts';
import { ErrorMessage } from '../../components/Status.tsx';
import { useNavigate } from '../../navigation.ts';

export function OpenCaseForm({ canChoose }: { canChoose: boolean }) {
  const navigate = useNavigate();
  const id = useId();
  const [folder, setFolder] = useState('');
  const [error, setError] = useState<ApiError>();

  async function open(caseDir: string) {
    const opened = await call('openCase', { caseDir });
    if (!opened.ok) return setError(opened.error);
    navigate({ name: 'case', caseDir, screen: 'overview' });
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    await open(folder);
  }

  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Open a case you already have</h2>
      <form onSubmit={submit} className="form">
        {canChoose ? (
          <button
            type="button"
            className="secondary"
            onClick={async () => {
              const chosen = await call('chooseFolder', { purpose: 'open-case' });
              if (chosen.ok && chosen.value) await open(chosen.value);
            }}
          >
            Choose the case folder…
          </button>
        ) : null}
        <div className="field">
          <label htmlFor={`${id}-folder`}>
            {canChoose ? 'Or type the folder’s location' : 'Where the case folder is'}
          </label>
          <input
            id={`${id}-folder`}
            value={folder}
            onChange={(e) => setFolder(e.target.value)}
            required
            spellCheck={false}
            aria-describedby={`${id}-hint`}
          />
          <p className="hint" id={`${id}-hint`}>
            The folder Casebook made when the case was started (it has a file called case.sqlite in it).
          </p>
        </div>
        {error ? <ErrorMessage error={error} /> : null}
        <button type="submit" className="secondary">
          Open case
        </button>
      </form>
    </section>
  );
}
