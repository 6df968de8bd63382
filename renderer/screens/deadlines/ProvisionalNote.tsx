import { useId, useState, type FormEvent } from 'react';
import type { ApiError } from '../../../shared/contract/define.ts';
import type { TimelineDeadline } from '../../../shared/deadlines.ts';
import { call } from '../../api.ts';
import { DateField, useDateField } from '../../components/DateField.tsx';
import { ErrorMessage } from '../../components/Status.tsx';
import { formatDate } from '../../format.ts';
import { useCall } from '../../useCall.ts';

/**
 * A provisional deadline is counted from the dates printed on documents. Confirm records those
 * dates as the days the clock started; Change date asks, document by document, for the day it
 * really started (a letter is not always sent on the day it is dated).
 */
export function ProvisionalNote({
  caseDir,
  d,
  onChanged,
}: {
  caseDir: string;
  d: TimelineDeadline;
  onChanged: () => void;
}) {
  const [changing, setChanging] = useState(false);
  const [error, setError] = useState<ApiError>();
  const from = d.provisionalFrom ?? [];

  async function confirm() {
    for (const documentId of from) {
      const r = await call('confirmSuggestedEvent', { caseDir, documentId });
      if (!r.ok) return setError(r.error);
    }
    setError(undefined);
    onChanged();
  }

  return (
    <div className="dl-provisional">
      {changing ? (
        <ChangeDates
          caseDir={caseDir}
          documentIds={from}
          title={d.title}
          onDone={(changed) => (setChanging(false), changed && onChanged())}
        />
      ) : (
        <div className="button-row">
          <button
            type="button"
            className="primary small"
            aria-label={`Confirm the date for: ${d.title}`}
            onClick={() => void confirm()}
          >
            Confirm
          </button>
          <button
            type="button"
            className="secondary small"
            aria-label={`Change date for: ${d.title}`}
            onClick={() => setChanging(true)}
          >
            Change date
          </button>
        </div>
      )}
      {error ? <ErrorMessage error={error} /> : null}
    </div>
  );
}

/** One date field per document the deadline was counted from, filled with its printed date. */
function ChangeDates({
  caseDir,
  documentIds,
  title,
  onDone,
}: {
  caseDir: string;
  documentIds: number[];
  title: string;
  onDone: (changed: boolean) => void;
}) {
  const docs = useCall('listDocuments', { caseDir }, caseDir);
  if (docs.state !== 'ok') return null;
  const list = documentIds.map((id) => docs.value.find((x) => x.documentId === id)).filter((x) => x !== undefined);
  return <ChangeDatesForm caseDir={caseDir} docs={list} title={title} onDone={onDone} />;
}

function ChangeDatesForm({
  caseDir,
  docs,
  title,
  onDone,
}: {
  caseDir: string;
  docs: { documentId: number; title: string; date?: string | undefined }[];
  title: string;
  onDone: (changed: boolean) => void;
}) {
  const id = useId();
  const [error, setError] = useState<ApiError>();
  // At most two documents start one clock (the decision and the certificate): one field each.
  const first = useDateField(docs[0]?.date, { required: true });
  const second = useDateField(docs[1]?.date, { required: true });
  const fields = [first, second].slice(0, docs.length);

  async function save(e: FormEvent) {
    e.preventDefault();
    const dates = fields.map((f) => f.read());
    if (dates.some((x) => !x)) return;
    for (const [i, doc] of docs.entries()) {
      const r = await call('changeSuggestedEventDate', { caseDir, documentId: doc.documentId, date: dates[i]! });
      if (!r.ok) return setError(r.error);
    }
    onDone(true);
  }

  return (
    <form
      className="form dl-change-date"
      onSubmit={(e) => void save(e)}
      aria-label={`Change the date for: ${title}`}
      id={id}
    >
      {docs.map((doc, i) => (
        <DateField
          key={doc.documentId}
          legend={`The day “${doc.title}” was sent`}
          hint={doc.date ? `The date printed on it is ${formatDate(doc.date)}.` : 'No date was found on it.'}
          {...fields[i]!}
        />
      ))}
      <div className="button-row">
        <button type="submit" className="primary small">
          Save the date
        </button>
        <button type="button" className="secondary small" onClick={() => onDone(false)}>
          Cancel
        </button>
      </div>
      {error ? <ErrorMessage error={error} /> : null}
    </form>
  );
}
