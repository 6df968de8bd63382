import { useId, useState, type FormEvent } from 'react';
import type { ApiError } from '../../../shared/contract/define.ts';
import { EVENT_KIND_LABELS, EventKind } from '../../../shared/deadlines.ts';
import { call } from '../../api.ts';
import { DateField, useDateField } from '../../components/DateField.tsx';
import { ErrorMessage } from '../../components/Status.tsx';

/** Record something that happened; the deadlines it starts appear straight away. */
export function AddEventForm({ caseDir, onAdded }: { caseDir: string; onAdded: () => void }) {
  const id = useId();
  const [kind, setKind] = useState<EventKind>('decision-sent');
  const date = useDateField(undefined, { required: true });
  const [note, setNote] = useState('');
  const [error, setError] = useState<ApiError>();

  async function submit(e: FormEvent) {
    e.preventDefault();
    const iso = date.read();
    if (!iso) return;
    const r = await call('addTimelineEvent', {
      caseDir,
      event: { kind, date: iso, ...(note.trim() ? { note: note.trim() } : {}) },
    });
    if (!r.ok) return setError(r.error);
    setError(undefined);
    date.reset();
    setNote('');
    onAdded();
  }

  return (
    <form className="form" onSubmit={submit} aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Add an event</h2>
      <div className="field">
        <label htmlFor={`${id}-kind`}>What happened</label>
        <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(EventKind.parse(e.target.value))}>
          {EventKind.options.map((k) => (
            <option key={k} value={k}>
              {EVENT_KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </div>
      <DateField
        legend="When"
        hint="For a letter, the date it was sent or served, not the date printed on it, when they differ."
        {...date}
      />
      <div className="field">
        <label htmlFor={`${id}-note`}>
          Note <span className="optional">(optional)</span>
        </label>
        <input id={`${id}-note`} value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      <button type="submit" className="primary">
        Add event
      </button>
      {error ? <ErrorMessage error={error} /> : null}
    </form>
  );
}
