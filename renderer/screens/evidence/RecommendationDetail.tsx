import { useId, useRef, useState } from 'react';
import { STATUS_LABELS, EvidenceStatus, type EvidenceMap, type Recommendation } from '../../../shared/evidence.ts';
import { STATUS_MEANING } from '../../../shared/evidenceWords.ts';
import { lostInWords } from '../../../shared/lostInWords.ts';
import { CopyButton } from '../../components/CopyButton.tsx';
import { PlanPane } from './PlanPane.tsx';
import { ReportPane } from './ReportPane.tsx';
import { useScrollToHighlight } from './scrollToHighlight.ts';
import { StatusChip } from './StatusChip.tsx';

/** One recommendation: report and plan side by side, what was lost, the wording to ask for, and the decision. */
export function RecommendationDetail({
  caseDir,
  map,
  rec,
  reportLabel,
  onDecide,
}: {
  caseDir: string;
  map: EvidenceMap;
  rec: Recommendation;
  /** Who wrote the report ("Dr Ruth Okafor, educational psychologist"). */
  reportLabel: string;
  onDecide: (status: EvidenceStatus, note: string) => void;
}) {
  const id = useId();
  const wording = rec.suggestedWording;
  const [note, setNote] = useState(rec.note ?? '');
  const [reportLoaded, setReportLoaded] = useState(false);
  const reportPane = useRef<HTMLDivElement>(null);
  const planPane = useRef<HTMLDivElement>(null);
  useScrollToHighlight(reportPane, `${rec.id}-${reportLoaded}`);
  useScrollToHighlight(planPane, rec.id);
  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>
        <StatusChip status={rec.status} confirmed={rec.confirmed} /> {reportLabel}, page {rec.page}
        {rec.paragraph ? `, paragraph ${rec.paragraph}` : ''}
      </h2>
      <p className="ev-meaning">{STATUS_MEANING[rec.status]}</p>
      <p className="sub">
        {rec.kind === 'outcome' ? 'Outcome' : rec.kind === 'need' ? 'Need' : 'Provision'} · belongs in Section{' '}
        {rec.belongsIn} · {rec.agency}
      </p>
      <div className="ev-panes">
        <div>
          <h3>What the report says</h3>
          <div className="ev-pane" tabIndex={0} aria-label={`Report page: ${reportLabel}`} ref={reportPane}>
            <ReportPane caseDir={caseDir} rec={rec} onLoaded={() => setReportLoaded(true)} />
          </div>
        </div>
        <div>
          <h3>What the plan says</h3>
          <div className="ev-pane" tabIndex={0} aria-label="Plan section" ref={planPane}>
            <PlanPane plan={map.plan} rec={rec} />
          </div>
        </div>
      </div>
      {rec.needsCheck ? (
        <p className="notice" role="note">
          {rec.changedSinceChecked
            ? 'The report was read again and this recommendation now reads differently from when you checked it. Please check it again.'
            : 'Casebook is not sure of this finding. Please check it against the quoted text before relying on it.'}
        </p>
      ) : null}
      {rec.reasons.length > 0 ? (
        <details>
          <summary>Why Casebook says this</summary>
          <ul className="ev-reasons">
            {rec.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </details>
      ) : null}
      {/* For a missing finding everything is lost: the status sentence says so. */}
      {rec.status !== 'missing' && rec.lostSpecifics.length > 0 ? (
        <>
          <h3>What was lost</h3>
          <ul className="ev-lost">
            {lostInWords(rec.lostSpecifics).map((l) => (
              <li key={l}>{l}</li>
            ))}
          </ul>
        </>
      ) : null}
      {wording ? (
        <>
          <h3>Wording to ask for</h3>
          <p className="ev-wording">{wording}</p>
          <CopyButton text={wording} what="the wording to ask for" />
        </>
      ) : null}
      <h3>Your decision</h3>
      <label htmlFor={`${id}-note`}>Note (optional)</label>
      <textarea
        id={`${id}-note`}
        rows={2}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        style={{ width: '100%' }}
      />
      <div className="button-row" style={{ flexWrap: 'wrap', marginTop: '0.5rem' }}>
        <button type="button" className="primary" onClick={() => onDecide(rec.status, note)}>
          Confirm: {STATUS_LABELS[rec.status]}
        </button>
        {EvidenceStatus.options
          .filter((s) => s !== rec.status)
          .map((s) => (
            <button key={s} type="button" className="secondary" onClick={() => onDecide(s, note)}>
              Change to {STATUS_LABELS[s].toLowerCase()}
            </button>
          ))}
      </div>
      <p className="ev-keys">Keys: ↑ ↓ move · Enter confirm · i included · w weakened · s wrong section · m missing</p>
    </section>
  );
}
