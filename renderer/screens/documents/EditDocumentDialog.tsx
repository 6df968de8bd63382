import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { ApiError } from '../../../shared/contract/define.ts';
import { DOCUMENT_KIND_LABELS, DocumentKind, type DocumentSummary } from '../../../shared/documents.ts';
import { call } from '../../api.ts';
import { DateField, isoFromParts, partsFromIso } from '../../components/DateField.tsx';
import { ErrorMessage } from '../../components/Status.tsx';

/** A modal <dialog>: the browser traps focus, Escape closes it, focus returns to the button. */
export function EditDocumentDialog({
  caseDir,
  document: doc,
  onClose,
}: {
  caseDir: string;
  document: DocumentSummary;
  onClose: (changed: boolean) => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [title, setTitle] = useState(doc.title);
  const [kind, setKind] = useState<DocumentKind>(doc.kind);
  const [author, setAuthor] = useState(doc.author ?? '');
  const [profession, setProfession] = useState(doc.profession ?? '');
  const [date, setDate] = useState(partsFromIso(doc.date));
  const [dateError, setDateError] = useState<string>();
  const [error, setError] = useState<ApiError>();

  useEffect(() => {
    const dialog = ref.current;
    dialog?.showModal();
    return () => dialog?.close();
  }, []);

  async function save(e: FormEvent) {
    e.preventDefault();
    const parsed = isoFromParts(date);
    if ('error' in parsed) return setDateError(parsed.error);
    setDateError(undefined);
    const r = await call('updateDocument', {
      caseDir,
      documentId: doc.documentId,
      patch: { title, kind, author: author.trim() || null, profession: profession.trim() || null, date: parsed.iso },
    });
    if (!r.ok) return setError(r.error);
    onClose(true);
  }

  return (
    <dialog ref={ref} className="dialog" aria-labelledby={`${id}-h`} onCancel={() => onClose(false)}>
      <form onSubmit={save} className="form">
        <h2 id={`${id}-h`}>Document details</h2>
        <p className="hint">Correct anything Casebook guessed wrongly. The file itself is not changed.</p>
        <div className="field">
          <label htmlFor={`${id}-title`}>Title</label>
          <input id={`${id}-title`} value={title} onChange={(e) => setTitle(e.target.value)} required />
        </div>
        <div className="field">
          <label htmlFor={`${id}-kind`}>Kind</label>
          <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as DocumentKind)}>
            {DocumentKind.options.map((k) => (
              <option key={k} value={k}>
                {DOCUMENT_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-author`}>Author</label>
          <input id={`${id}-author`} value={author} onChange={(e) => setAuthor(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-prof`}>Author&rsquo;s profession</label>
          <input
            id={`${id}-prof`}
            value={profession}
            onChange={(e) => setProfession(e.target.value)}
            aria-describedby={`${id}-prof-hint`}
          />
          <p className="hint" id={`${id}-prof-hint`}>
            For example &ldquo;Educational psychologist&rdquo; or &ldquo;Speech and language therapist&rdquo;.
          </p>
        </div>
        <DateField legend="Date of the document" value={date} onChange={setDate} error={dateError} />
        {error ? <ErrorMessage error={error} /> : null}
        <div className="button-row">
          <button type="submit" className="primary">
            Save
          </button>
          <button type="button" className="secondary" onClick={() => onClose(false)}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
