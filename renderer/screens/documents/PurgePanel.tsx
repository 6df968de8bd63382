import { useId, useState } from 'react';
import type { ApiError } from '../../../shared/contract/define.ts';
import type { PurgePlan } from '../../../shared/contract/vault.ts';
import { call } from '../../api.ts';
import { ErrorMessage } from '../../components/Status.tsx';
import { formatDate, plural } from '../../format.ts';

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * Removed documents stay in the case folder so a mistake can be undone. Clearing them out for
 * good first lists exactly what will go, and only those are removed.
 */
export function PurgePanel({ caseDir, onPurged }: { caseDir: string; onPurged: () => void }) {
  const id = useId();
  const [plan, setPlan] = useState<PurgePlan>();
  const [done, setDone] = useState<string>();
  const [error, setError] = useState<ApiError>();

  async function preview() {
    setDone(undefined);
    const r = await call('previewPurge', { caseDir });
    if (!r.ok) return setError(r.error);
    setError(undefined);
    if (r.value.documents.length === 0 && r.value.files === 0)
      return setDone('There is nothing to clear out: no removed documents, and every stored file is in use.');
    setPlan(r.value);
  }

  async function confirm(p: PurgePlan) {
    const r = await call('purgeDeleted', { caseDir, documentIds: p.documents.map((d) => d.documentId) });
    setPlan(undefined);
    if (!r.ok) return setError(r.error);
    setDone(
      `Cleared out ${plural(r.value.documentsRemoved, 'document')} and ${plural(r.value.filesRemoved, 'stored file')} (${mb(r.value.bytesFreed)}).`,
    );
    onPurged();
  }

  return (
    <section className="card purge" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Removed documents</h2>
      <p className="hint">
        Documents you remove stay in the case folder, so you can undo a mistake, until you clear them out here.
      </p>
      {plan ? (
        <div role="alertdialog" aria-labelledby={`${id}-q`} className="purge-confirm">
          <p id={`${id}-q`}>These will be removed from this computer for good. This cannot be undone.</p>
          <ul>
            {plan.documents.map((d) => (
              <li key={d.documentId}>
                {d.title}{' '}
                <span className="hint">
                  ({d.fileName}, removed {formatDate(d.deletedAt)})
                </span>
              </li>
            ))}
            {plan.files ? (
              <li>
                {plural(plan.files, 'stored file')} that no document uses ({mb(plan.bytes)})
              </li>
            ) : null}
          </ul>
          <button type="button" className="danger" onClick={() => void confirm(plan)}>
            Remove these for good
          </button>{' '}
          <button type="button" className="secondary" onClick={() => setPlan(undefined)}>
            Keep them
          </button>
        </div>
      ) : (
        <button type="button" className="secondary" onClick={() => void preview()}>
          Clear out removed documents…
        </button>
      )}
      <p role="status" className="hint">
        {done ?? ''}
      </p>
      {error ? <ErrorMessage error={error} /> : null}
    </section>
  );
}
