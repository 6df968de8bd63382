import { useState } from 'react';
import type { BundleChange, BundleVersionSummary } from '../../../shared/bundle.ts';
import type { ApiError } from '../../../shared/contract/define.ts';
import { call } from '../../api.ts';
import { ErrorMessage } from '../../components/Status.tsx';
import { formatDate, plural } from '../../format.ts';
import { ChangeList } from './ResultPanel.tsx';

/** Every version built, newest first, each with "what changed" against the one before it. */
export function VersionHistory({ caseDir, versions }: { caseDir: string; versions: BundleVersionSummary[] }) {
  const [open, setOpen] = useState<{ version: number; changes: BundleChange[] }>();
  const [error, setError] = useState<ApiError>();

  async function showChanges(version: number) {
    if (open?.version === version) return setOpen(undefined);
    const r = await call('diffBundleVersions', { caseDir, from: version - 1, to: version });
    if (!r.ok) return setError(r.error);
    setError(undefined);
    setOpen({ version, changes: r.value });
  }

  if (versions.length === 0)
    return (
      <p className="empty">No bundle built yet. When you build one, each build is kept here as a numbered version.</p>
    );
  return (
    <>
      <ul className="bn-versions">
        {[...versions].reverse().map((v) => (
          <li key={v.version}>
            <div className="bn-version-line">
              <span>
                <strong>Version {v.version}</strong> · {formatDate(v.createdAt)} · {plural(v.pages, 'page')}
                {v.pack ? ` · evidence pack (${v.pack})` : ''}
              </span>
              {v.version > 1 ? (
                <button
                  type="button"
                  className="link-button"
                  aria-expanded={open?.version === v.version}
                  onClick={() => void showChanges(v.version)}
                >
                  What changed since version {v.version - 1}
                </button>
              ) : (
                <span className="sub">The first version</span>
              )}
            </div>
            {open?.version === v.version ? <ChangeList changes={open.changes} /> : null}
          </li>
        ))}
      </ul>
      {error ? <ErrorMessage error={error} /> : null}
    </>
  );
}
