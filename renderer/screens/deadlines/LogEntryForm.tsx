import { useId, useState, type FormEvent } from 'react';
import type { ApiError } from '../../../shared/contract/define.ts';
import { Channel } from '../../../shared/deadlines.ts';
import { call } from '../../api.ts';
import { DateField, useDateField } from '../../components/DateField.tsx';
import { ErrorMessage } from '../../components/Status.tsx';

const CHANNEL_LABELS: Record<Channel, string> = {
  letter: 'Letter',
  email: 'Email',
  call: 'Phone call',
  meeting: 'Meeting',
  other: 'Other',
};
type Channel = (typeof Channel.options)[number];

/** Today in the user's own calendar (not UTC). */
export const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** What an imported letter fills in for the user to check (the parent remounts the form with a new key). */
export interface LogPrefill {
  date?: string | undefined;
  direction?: 'sent' | 'received';
  channel?: Channel;
  from?: string;
  to?: string;
  subject?: string;
  documentId?: number;
}

/** Quick add: the few fields a parent fills in on the phone to the LA, or an imported letter's details to check. */
export function LogEntryForm({
  caseDir,
  onAdded,
  prefill = {},
}: {
  caseDir: string;
  onAdded: () => void;
  prefill?: LogPrefill;
}) {
  const id = useId();
  const [f, setF] = useState({
    direction: prefill.direction ?? 'received',
    channel: prefill.channel ?? ('call' as Channel),
    from: prefill.from ?? '',
    to: prefill.to ?? '',
    subject: prefill.subject ?? '',
    summary: '',
  });
  const date = useDateField(prefill.date ?? today(), { required: true });
  const replyDue = useDateField();
  const [error, setError] = useState<ApiError>();
  const set = (k: keyof typeof f) => (e: { target: { value: string } }) => setF({ ...f, [k]: e.target.value });

  async function submit(e: FormEvent) {
    e.preventDefault();
    const [on, due] = [date.read(), replyDue.read()];
    if (!on || due === undefined) return;
    const r = await call('addLogEntry', {
      caseDir,
      entry: {
        date: on,
        direction: f.direction === 'sent' ? 'sent' : 'received',
        channel: f.channel,
        from: f.from.trim(),
        to: f.to.trim(),
        subject: f.subject.trim(),
        ...(f.summary.trim() ? { summary: f.summary.trim() } : {}),
        ...(due ? { replyDue: due } : {}),
        ...(prefill.documentId ? { documentId: prefill.documentId } : {}),
      },
    });
    if (!r.ok) return setError(r.error);
    setError(undefined);
    setF({ ...f, from: '', to: '', subject: '', summary: '' });
    replyDue.reset();
    onAdded();
  }

  return (
    <form className="form" onSubmit={submit} aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} tabIndex={-1}>
        Add to the log
      </h2>
      {prefill.documentId ? (
        <p className="hint">Filled in from the letter you imported. Check each box, then add it.</p>
      ) : null}
      <div className="form-grid">
        <div>
          <DateField legend="Date" {...date} />
        </div>
        <div>
          <label htmlFor={`${id}-dir`}>Sent or received</label>
          <select id={`${id}-dir`} value={f.direction} onChange={set('direction')}>
            <option value="received">Received</option>
            <option value="sent">Sent</option>
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-ch`}>How</label>
          <select id={`${id}-ch`} value={f.channel} onChange={set('channel')}>
            {Channel.options.map((c) => (
              <option key={c} value={c}>
                {CHANNEL_LABELS[c]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-from`}>From</label>
          <input id={`${id}-from`} required value={f.from} onChange={set('from')} />
        </div>
        <div>
          <label htmlFor={`${id}-to`}>To</label>
          <input id={`${id}-to`} required value={f.to} onChange={set('to')} />
        </div>
        <div>
          <DateField legend="Reply due by (optional)" {...replyDue} />
        </div>
        <div className="wide">
          <label htmlFor={`${id}-subj`}>Subject</label>
          <input id={`${id}-subj`} required value={f.subject} onChange={set('subject')} />
        </div>
        <div className="wide">
          <label htmlFor={`${id}-sum`}>
            What was said or asked <span className="optional">(optional)</span>
          </label>
          <textarea id={`${id}-sum`} rows={3} value={f.summary} onChange={set('summary')} />
        </div>
      </div>
      <button type="submit" className="primary">
        Add to the log
      </button>
      {error ? <ErrorMessage error={error} /> : null}
    </form>
  );
}
