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
      {timeline.suggestions.length > 0 ? (
        <section className="card" aria-labelledby="sugg-h">
          <h2 id="sugg-h">Suggested from your documents</h2>
          <ul className="dl-suggestions">
            {timeline.suggestions.map((s) => (
              <li key={s.documentId}>
                <span>
                  <strong>{EVENT_KIND_LABELS[s.kind]}</strong>, {formatDate(s.date)}
                  <span className="sub">{s.reason}</span>
                </span>
                <button
                  type="button"
                  className="secondary"
                  onClick={() => void call('addTimelineEvent', { caseDir, event: { kind: s.kind, date: s.date, documentId: s.documentId } }).then(reload)}
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
