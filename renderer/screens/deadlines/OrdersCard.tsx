import { useId, useState, type FormEvent } from 'react';
import type { ApiError } from '../../../shared/contract/define.ts';
import { ORDER_KIND_LABELS, OrderKind, type CaseTimeline, type TimelineDeadline } from '../../../shared/deadlines.ts';
import { call } from '../../api.ts';
import { DateField, useDateField } from '../../components/DateField.tsx';
import { ErrorMessage } from '../../components/Status.tsx';
import { formatDate } from '../../format.ts';
import { DeadlineStatus } from './DeadlineStatus.tsx';

/** Tribunal orders: record one, then mark each SEND Regs 44 duty as done when the LA does it. */
export function OrdersCard({
  caseDir,
  timeline,
  onChanged,
}: {
  caseDir: string;
  timeline: CaseTimeline;
  onChanged: () => void;
}) {
  const id = useId();
  const [kind, setKind] = useState<OrderKind>('amend');
  const date = useDateField(undefined, { required: true });
  const [text, setText] = useState('');
  const [error, setError] = useState<ApiError>();

  async function submit(e: FormEvent) {
    e.preventDefault();
    const iso = date.read();
    if (!iso) return;
    const r = await call('addTribunalOrder', { caseDir, kind, date: iso, text: text.trim() });
    if (!r.ok) return setError(r.error);
    setError(undefined);
    date.reset();
    setText('');
    onChanged();
  }

  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Tribunal orders</h2>
      {timeline.orders.length === 0 ? <p className="empty">No orders recorded.</p> : null}
      {timeline.orders.map((o) => (
        <div key={o.orderId}>
          <h3>
            {ORDER_KIND_LABELS[o.kind]}, {formatDate(o.date)}
          </h3>
          {o.text ? <p>{o.text}</p> : null}
          <ul className="dl-suggestions">
            {timeline.deadlines
              .filter((d) => d.startedBy.orderId === o.orderId)
              .map((d) => (
                <OrderDuty key={d.rule} caseDir={caseDir} orderId={o.orderId} d={d} onChanged={onChanged} />
              ))}
          </ul>
        </div>
      ))}
      <form className="form" onSubmit={submit}>
        <h3>Record an order</h3>
        <div className="field">
          <label htmlFor={`${id}-kind`}>Type of order</label>
          <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(OrderKind.parse(e.target.value))}>
            {OrderKind.options.map((k) => (
              <option key={k} value={k}>
                {ORDER_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </div>
        <DateField legend="Date of the order" {...date} />
        <div className="field">
          <label htmlFor={`${id}-text`}>What was ordered</label>
          <input id={`${id}-text`} value={text} onChange={(e) => setText(e.target.value)} />
        </div>
        <button type="submit" className="secondary">
          Record order
        </button>
        {error ? <ErrorMessage error={error} /> : null}
      </form>
    </section>
  );
}

function OrderDuty({
  caseDir,
  orderId,
  d,
  onChanged,
}: {
  caseDir: string;
  orderId: number;
  d: TimelineDeadline;
  onChanged: () => void;
}) {
  const date = useDateField(undefined, { required: true });
  const [error, setError] = useState<ApiError>();
  async function record(metOn: string | null) {
    const r = await call('setOrderCompliance', { caseDir, orderId, rule: d.rule, metOn });
    if (!r.ok) return setError(r.error);
    setError(undefined);
    onChanged();
  }
  return (
    <li>
      <span>
        {d.title} by {formatDate(d.date)} — <DeadlineStatus d={d} />
      </span>
      {d.status === 'met' ? (
        <button type="button" className="small" onClick={() => void record(null)}>
          Undo
        </button>
      ) : (
        <form
          className="dl-inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            const iso = date.read();
            if (iso) void record(iso);
          }}
        >
          <DateField legend={`Date the LA did this: ${d.title}`} hideLegend {...date} />
          <button type="submit" className="small">
            LA did this
          </button>
        </form>
      )}
      {error ? <ErrorMessage error={error} /> : null}
    </li>
  );
}
