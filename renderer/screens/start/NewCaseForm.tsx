import { useEffect, useId, useState, type FormEvent } from 'react';
import type { ApiError } from '../../../shared/contract/define.ts';
import { call } from '../../api.ts';
import { ErrorMessage } from '../../components/Status.tsx';
import { useNavigate } from '../../navigation.ts';

export function NewCaseForm({ canChoose }: { canChoose: boolean }) {
  const navigate = useNavigate();
  const id = useId();
  const [childName, setChildName] = useState('');
  const [localAuthority, setLocalAuthority] = useState('');
  const [folder, setFolder] = useState('');
  const [folderEdited, setFolderEdited] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);

  // Suggest a folder named after the child until the user picks or types one themselves.
  useEffect(() => {
    if (folderEdited) return;
    let live = true;
    void call('suggestCaseFolder', { childName: childName || 'New case' }).then((r) => {
      if (live && r.ok) setFolder(r.value);
    });
    return () => {
      live = false;
    };
  }, [childName, folderEdited]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    const made = await call('createCase', {
      caseDir: folder,
      childName,
      ...(localAuthority.trim() ? { localAuthority } : {}),
    });
    setBusy(false);
    if (!made.ok) return setError(made.error);
    navigate({ name: 'case', caseDir: folder, screen: 'overview' });
  }

  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Start a new case</h2>
      <form onSubmit={submit} className="form">
        <div className="field">
          <label htmlFor={`${id}-child`}>Child&rsquo;s name</label>
          <input
            id={`${id}-child`}
            value={childName}
            onChange={(e) => setChildName(e.target.value)}
            required
            autoComplete="off"
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-la`}>
            Local authority <span className="optional">(optional)</span>
          </label>
          <input
            id={`${id}-la`}
            value={localAuthority}
            onChange={(e) => setLocalAuthority(e.target.value)}
            aria-describedby={`${id}-la-hint`}
            autoComplete="off"
          />
          <p className="hint" id={`${id}-la-hint`}>
            The council that issued the EHC plan, for example &ldquo;Anyshire County Council&rdquo;.
          </p>
        </div>
        <div className="field">
          <label htmlFor={`${id}-folder`}>Folder for the case</label>
          <div className="input-row">
            <input
              id={`${id}-folder`}
              value={folder}
              onChange={(e) => {
                setFolder(e.target.value);
                setFolderEdited(true);
              }}
              required
              aria-describedby={`${id}-folder-hint`}
              spellCheck={false}
            />
            {canChoose ? (
              <button
                type="button"
                className="secondary"
                onClick={async () => {
                  const chosen = await call('chooseFolder', { purpose: 'new-case' });
                  if (chosen.ok && chosen.value) {
                    setFolder(chosen.value);
                    setFolderEdited(true);
                  }
                }}
              >
                Choose…
              </button>
            ) : null}
          </div>
          <p className="hint" id={`${id}-folder-hint`}>
            A new or empty folder. Everything for the case is kept in it, so you can back it up or move it as one.
          </p>
        </div>
        {error ? <ErrorMessage error={error} /> : null}
        <button type="submit" className="primary" disabled={busy}>
          Create case
        </button>
      </form>
    </section>
  );
}
