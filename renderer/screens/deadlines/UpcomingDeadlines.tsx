import { PARTY_LABELS, type TimelineDeadline } from '../../../shared/deadlines.ts';
import { useNavigate } from '../../navigation.ts';
import { DraftChaserButton } from '../letters/DraftChaserButton.tsx';
import { DeadlineStatus, SOON_DAYS } from './DeadlineStatus.tsx';
import { ProvisionalNote } from './ProvisionalNote.tsx';
import { isProvisional } from './provisional.ts';
import './deadlines.css';

/**
 * The deadlines to act on: every provisional one (a clock the documents started, waiting for the
 * user to confirm its date), every one of the family's own, any missed, and the rest within
 * `days`. "Nothing due" is said only when no clock at all is running.
 */
export function openDeadlines(deadlines: TimelineDeadline[], days: number): TimelineDeadline[] {
  return deadlines.filter(
    (d) =>
      d.status === 'missed' || (d.status === 'due' && (isProvisional(d) || d.who === 'family' || d.daysLeft <= days)),
  );
}

const keyOf = (d: TimelineDeadline) =>
  `${d.rule}-${d.startedBy.eventId ?? ''}-${d.startedBy.orderId ?? ''}-${d.startedBy.documentId ?? ''}`;

/** For the case overview: what is due, what is provisional, what was missed and what can still be done. */
export function UpcomingDeadlines({
  caseDir,
  deadlines,
  onChanged,
  days = 30,
}: {
  caseDir: string;
  deadlines: TimelineDeadline[];
  onChanged: () => void;
  days?: number;
}) {
  const navigate = useNavigate();
  const open = openDeadlines(deadlines, days);
  const soon = open.filter((d) => d.status === 'due' && d.daysLeft <= SOON_DAYS);
  return (
    <section className="card" aria-labelledby="upcoming-h">
      <h2 id="upcoming-h">Deadlines</h2>
      {soon.length > 0 ? (
        <p className="notice dl-reminder" role="status">
          {soon.length === 1 ? 'One deadline is' : `${soon.length} deadlines are`} less than {SOON_DAYS} days away.
        </p>
      ) : null}
      {open.length === 0 ? (
        <p className="empty">Nothing due in the next {days} days.</p>
      ) : (
        <DeadlineItems caseDir={caseDir} deadlines={open} onChanged={onChanged} />
      )}
      <button
        type="button"
        className="link-button"
        onClick={() => navigate({ name: 'case', caseDir, screen: 'deadlines' })}
      >
        See the timeline and every deadline
      </button>
    </section>
  );
}

/** Each deadline in one line ("Appeal by 24 September 2026 (provisional: …)"), with Confirm / Change date or what can still be done. */
export function DeadlineItems({
  caseDir,
  deadlines,
  onChanged,
}: {
  caseDir: string;
  deadlines: TimelineDeadline[];
  onChanged: () => void;
}) {
  return (
    <ul className="dl-upcoming">
      {deadlines.map((d) => (
        <li key={keyOf(d)}>
          <div className="dl-upcoming-line">
            <span>
              <strong>{d.headline}</strong>
              <span className="sub">{PARTY_LABELS[d.who]}</span>
            </span>
            <DeadlineStatus d={d} />
          </div>
          {isProvisional(d) ? <ProvisionalNote caseDir={caseDir} d={d} onChanged={onChanged} /> : null}
          {d.status === 'missed' ? <MissedNote d={d} caseDir={caseDir} /> : null}
        </li>
      ))}
    </ul>
  );
}

/** A missed deadline is not the end: what can still be done, in words, and the chaser letter one click away. */
export function MissedNote({ d, caseDir }: { d: TimelineDeadline; caseDir?: string }) {
  const advice = d.ifMissed ?? [];
  if (advice.length === 0) return null;
  return (
    <div className="dl-missed-note">
      <p>
        <strong>What you can still do</strong>
      </p>
      <ul>
        {advice.map((a) => (
          <li key={a}>{a}</li>
        ))}
      </ul>
      {caseDir ? <DraftChaserButton caseDir={caseDir} deadline={d} /> : null}
    </div>
  );
}
