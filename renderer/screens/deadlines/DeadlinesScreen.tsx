import { EVENT_KIND_LABELS, type CaseTimeline } from '../../../shared/deadlines.ts';
import { call } from '../../api.ts';
import { ScreenHeading } from '../../components/ScreenHeading.tsx';
import { ErrorMessage, Loading } from '../../components/Status.tsx';
import { formatDate } from '../../format.ts';
import { useCall } from '../../useCall.ts';
import type { CaseScreenProps } from '../caseScreens.ts';
import { AddEventForm } from './AddEventForm.tsx';
import { DeadlineStatus, SOON_DAYS } from './DeadlineStatus.tsx';
import { DeadlineTable } from './DeadlineTable.tsx';
import { OrdersCard } from './OrdersCard.tsx';
import { SaveFileButton } from './SaveFileButton.tsx';
import { TimelineAxis } from './TimelineAxis.tsx';
import { DeadlineItems } from './UpcomingDeadlines.tsx';
import { isProvisional } from './provisional.ts';
import './deadlines.css';

export function DeadlinesScreen({ caseDir }: CaseScreenProps) {
  const timeline = useCall('getTimeline', { caseDir }, caseDir);
  return (
    <>
      <ScreenHeading lead="Every statutory clock in the case: what started it, when it ends, who must act. Dates are worked out from the rules; this is not legal advice.">
        Timeline and deadlines
      </ScreenHeading>
      {timeline.state === 'loading' ? <Loading label="Loading the timeline" minHeight={360} /> : null}
      {timeline.state === 'error' ? <ErrorMessage error={timeline.error} /> : null}
      {timeline.state === 'ok' ? <Body caseDir={caseDir} timeline={timeline.value} reload={timeline.reload} /> : null}
    </>
  );
}

function Body({ caseDir, timeline, reload }: { caseDir: string; timeline: CaseTimeline; reload: () => void }) {
  const soon = timeline.deadlines.filter((d) => d.status === 'due' && d.daysLeft <= SOON_DAYS);
  const provisional = timeline.deadlines.filter((d) => isProvisional(d) && d.status !== 'met');
  // A suggestion that already shows as a provisional deadline is confirmed there, not twice.
  const covered = new Set(provisional.flatMap((d) => d.provisionalFrom ?? []));
  const others = timeline.suggestions.filter((s) => !covered.has(s.documentId));
  return (
    <>
      {soon.length > 0 ? (
        <div className="notice dl-reminder" role="status">
          <p>
            <strong>Coming up in the next {SOON_DAYS} days:</strong>
          </p>
          <ul>
            {soon.map((d) => (
              <li key={`${d.rule}-${d.startedBy.eventId ?? d.startedBy.orderId}`}>
                {d.title}, {formatDate(d.date)} — <DeadlineStatus d={d} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {provisional.length > 0 ? (
        <section className="card" aria-labelledby="prov-h">
          <h2 id="prov-h">Deadlines to confirm</h2>
          <p className="hint">
            These are counted from the dates printed on your documents. Confirm each date, or change it to the day the
            letter was really sent or reached you.
          </p>
          <DeadlineItems caseDir={caseDir} deadlines={provisional} onChanged={reload} />
        </section>
      ) : null}
      {others.length > 0 ? (
        <section className="card" aria-labelledby="sugg-h">
          <h2 id="sugg-h">Suggested from your documents</h2>
          <ul className="dl-suggestions">
            {others.map((s) => (
              <li key={s.documentId}>
                <span>
                  <strong>{EVENT_KIND_LABELS[s.kind]}</strong>, {formatDate(s.date)}
                  <span className="sub">{s.reason}</span>
                </span>
                <button
                  type="button"
                  className="secondary"
                  onClick={() => void call('confirmSuggestedEvent', { caseDir, documentId: s.documentId }).then(reload)}
                >
                  Confirm
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section className="card" aria-labelledby="tl-h">
        <h2 id="tl-h">Timeline</h2>
        <TimelineAxis caseDir={caseDir} timeline={timeline} onChanged={reload} />
      </section>
      <section className="card" aria-labelledby="dl-h">
        <h2 id="dl-h">Deadlines</h2>
        <DeadlineTable deadlines={timeline.deadlines} caseDir={caseDir} />
        {timeline.problems.map((p) => (
          <p key={p} className="dl-warning">
            {p}
          </p>
        ))}
        <SaveFileButton
          label="Save the deadlines to a calendar file (.ics)"
          suggestedName="Casebook deadlines.ics"
          defaultPath={`${caseDir}/deadlines.ics`}
          save={(path) => call('exportCalendar', { caseDir, path })}
        />
      </section>
      <div className="dl-forms">
        <section className="card">
          <AddEventForm caseDir={caseDir} onAdded={reload} />
        </section>
        <OrdersCard caseDir={caseDir} timeline={timeline} onChanged={reload} />
      </div>
    </>
  );
}
