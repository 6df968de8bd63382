import { useId, useState, type FormEvent } from 'react';
import { call } from '../../api.ts';
import type { DocumentSummary } from '../../../shared/documents.ts';
import { reportName } from '../../../shared/reportName.ts';

/**
 * Adds a recommendation Casebook missed: the user copies (selects) the words from the report in
 * the viewer and pastes them here with the page. It is then analysed like the others.
 */
export function AddRecommendationForm({
  caseDir,
  reports,
  onAdded,
}: {
  caseDir: string;
  reports: DocumentSummary[];
  onAdded: () => void;
}) {
  const id = useId();
  const [documentId, setDocumentId] = useState(reports[0]?.documentId ?? 0);
  const [page, setPage] = useState(1);
  const [text, setText] = useState('');
  const [message, setMessage] = useState<{ error: boolean; text: string }>();
  const maxPage = reports.find((r) => r.documentId === documentId)?.pages ?? 1;

  async function submit(e: FormEvent) {
    e.preventDefault();
    const r = await call('addRecommendation', { caseDir, recommendation: { documentId, page, text: text.trim() } });
    if (!r.ok) return setMessage({ error: true, text: r.error.message });
    setText('');
    setMessage({ error: false, text: 'Added. It is now in the list with the others.' });
    onAdded();
  }

  if (reports.length === 0) return <p>Import a professional report first.</p>;
  return (
    <form onSubmit={(e) => void submit(e)}>
      <div className="ev-filters">
        <div>
          <label htmlFor={`${id}-doc`}>Report</label>
          <select id={`${id}-doc`} value={documentId} onChange={(e) => setDocumentId(Number(e.target.value))}>
            {reports.map((r) => (
              <option key={r.documentId} value={r.documentId}>
                {reportName(r)}: {r.title}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-page`}>Page</label>
          <input
            id={`${id}-page`}
            type="number"
            min={1}
            max={maxPage}
            value={page}
            onChange={(e) => setPage(Number(e.target.value))}
            style={{ width: '5rem' }}
          />
        </div>
      </div>
      <label htmlFor={`${id}-text`}>The recommendation, as the report words it</label>
      <textarea
        id={`${id}-text`}
        rows={3}
        value={text}
        required
        minLength={3}
        onChange={(e) => setText(e.target.value)}
        style={{ width: '100%' }}
      />
      <div className="button-row" style={{ marginTop: '0.5rem' }}>
        <button type="submit" className="secondary" disabled={text.trim().length < 3}>
          Add recommendation
        </button>
      </div>
      <p role="status" className={message?.error ? 'notice notice-error' : 'hint'}>
        {message?.text ?? ''}
      </p>
    </form>
  );
}
