import { PARTY_LABELS } from '../../../shared/deadlines.ts';
import { ErrorMessage } from '../../components/Status.tsx';
import { formatDate } from '../../format.ts';
import { useNavigate } from '../../navigation.ts';
import { useCall } from '../../useCall.ts';
import { DraftChaserButton } from '../letters/DraftChaserButton.tsx';
import { DeadlineStatus, SOON_DAYS } from './DeadlineStatus.tsx';
import './deadlines.css';

/**
 * For the case overview: open deadlines in the next `days` days and any missed ones, with a
 * reminder when one is within 7 days. Drop it into a screen as <UpcomingDeadlines caseDir=… />.
 */
export function UpcomingDeadlines({ caseDir, days = 30 }: { caseDir: string; days?: number }) {
  const navigate = useNavigate();
  const timeline = useCall('getTimeline', { caseDir }, caseDir);
  if (timeline.state === 'loading') return null;
  if (timeline.state === 'error') return <ErrorMessage error={timeline.error} />;
  const open = timeline.value.deadlines.filter((d) => d.status === 'missed' || (d.status === 'due' && d.daysLeft <= days));
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
        <ul className="dl-suggestions">
          {open.map((d) => (
            <li key={`${d.rule}-${d.startedBy.eventId ?? ''}-${d.startedBy.orderId ?? ''}`}>
              <span>
                <strong>{formatDate(d.date)}</strong> {d.title}
                <span className="sub">{PARTY_LABELS[d.who]}</span>
              </span>
              <DeadlineStatus d={d} />
              <DraftChaserButton caseDir={caseDir} deadline={d} />
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="link-button" onClick={() => navigate({ name: 'case', caseDir, screen: 'deadlines' })}>
        See the timeline and every deadline
      </button>
    </section>
  );
}
