import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import {
  SectionId,
  STATUS_LABELS,
  type EvidenceMap,
  type EvidenceStatus,
  type Recommendation,
} from '../../../shared/evidence.ts';
import { STATUS_GROUPS } from '../../../shared/evidenceWords.ts';
import { call, startJob } from '../../api.ts';
import { JobLoadStatus } from '../../components/JobProgress.tsx';
import { ScreenHeading } from '../../components/ScreenHeading.tsx';
import { useCall } from '../../useCall.ts';
import { useJob } from '../../useJob.ts';
import type { CaseScreenProps } from '../caseScreens.ts';
import { SaveFileButton } from '../deadlines/SaveFileButton.tsx';
import { AddRecommendationForm } from './AddRecommendationForm.tsx';
import { EvidenceList, groupFindings } from './EvidenceList.tsx';
import { reportNames } from './reportName.ts';
import { RecommendationDetail } from './RecommendationDetail.tsx';
import { RedPenView } from './RedPenView.tsx';
import './evidence.css';

export function EvidenceScreen({ caseDir }: CaseScreenProps) {
  const map = useJob('analyseEvidence', { caseDir }, caseDir);
  const docs = useCall('listDocuments', { caseDir }, caseDir);
  const [view, setView] = useState<'map' | 'redpen'>('map');
  return (
    <>
      <ScreenHeading lead="Every recommendation in the professional reports, and where the plan keeps, weakens, misplaces or drops it. Check each finding against the quoted text and confirm or change it. This is not legal advice.">
        Evidence map
      </ScreenHeading>
      <div className="button-row" role="tablist" aria-label="View" style={{ marginBottom: '1rem' }}>
        <button
          type="button"
          role="tab"
          aria-selected={view === 'map'}
          className={view === 'map' ? 'primary' : 'secondary'}
          onClick={() => setView('map')}
        >
          Recommendations
        </button>
        <button
          type="button"
          role="tab"
          aria-selected={view === 'redpen'}
          className={view === 'redpen' ? 'primary' : 'secondary'}
          onClick={() => setView('redpen')}
        >
          Red pen on the plan
        </button>
      </div>
      <JobLoadStatus job={map} label="Reading the reports and the plan" again="Make the evidence map" />
      {map.state === 'ok' ? (
        <>
          {map.value.notes.map((n) => (
            <p key={n} className="notice">
              {n}
            </p>
          ))}
          {view === 'map' ? (
            <MapView
              caseDir={caseDir}
              map={map.value}
              reload={map.reload}
              names={reportNames(docs.state === 'ok' ? docs.value : [])}
            />
          ) : (
            <RedPenView map={map.value} />
          )}
          {view === 'map' ? (
            <section className="card" aria-labelledby="ev-add-h">
              <h2 id="ev-add-h">Add a recommendation Casebook missed</h2>
              {docs.state === 'ok' ? (
                <AddRecommendationForm
                  caseDir={caseDir}
                  reports={docs.value.filter((d) => d.kind === 'report')}
                  onAdded={map.reload}
                />
              ) : null}
            </section>
          ) : null}
          <section className="card" aria-label="Gap report">
            <h2>Gap report for a solicitor or the tribunal</h2>
            <div className="button-row">
              <SaveFileButton
                label="Save as Word"
                suggestedName="Evidence map gap report.docx"
                defaultPath={`${caseDir}/Evidence map gap report.docx`}
                start={(outPath, onProgress) => startJob('gapReport', { caseDir, format: 'docx', outPath }, onProgress)}
              />
              <SaveFileButton
                label="Save as PDF"
                suggestedName="Evidence map gap report.pdf"
                defaultPath={`${caseDir}/Evidence map gap report.pdf`}
                start={(outPath, onProgress) => startJob('gapReport', { caseDir, format: 'pdf', outPath }, onProgress)}
              />
            </div>
          </section>
        </>
      ) : null}
    </>
  );
}

const KEY_STATUS: Record<string, EvidenceStatus> = { i: 'included', w: 'weakened', s: 'wrong-section', m: 'missing' };

function MapView({
  caseDir,
  map,
  reload,
  names,
}: {
  caseDir: string;
  map: EvidenceMap;
  reload: () => void;
  names: Map<number, string>;
}) {
  const id = useId();
  const [status, setStatus] = useState<EvidenceStatus | ''>('');
  const [doc, setDoc] = useState('');
  const [section, setSection] = useState('');
  const [currentId, setCurrentId] = useState<string>();
  const [error, setError] = useState<string>();
  const docs = useMemo(
    () => [
      ...new Map(
        map.recommendations.map((r) => [String(r.documentId), names.get(r.documentId) ?? r.fileName]),
      ).entries(),
    ],
    [map, names],
  );
  const groups = groupFindings(
    map.recommendations.filter(
      (r) =>
        (!status || r.status === status) &&
        (!doc || String(r.documentId) === doc) &&
        (!section || (r.section ?? r.belongsIn) === section),
    ),
  );
  // Keyboard moves follow the screen's order: group by group.
  const shown = groups.flatMap((g) => g.items);
  const index = Math.max(
    0,
    shown.findIndex((r) => r.id === currentId),
  );
  const current: Recommendation | undefined = shown[index];

  async function decide(rec: Recommendation, s: EvidenceStatus, note: string) {
    const r = await call('decideRecommendation', {
      caseDir,
      decision: {
        recommendationId: rec.id,
        recommendationText: rec.text,
        status: s,
        section: s === 'missing' ? null : rec.section,
        planQuote: s === 'missing' ? null : rec.planQuote,
        ...(note ? { note } : {}),
      },
    });
    if (!r.ok) return setError(r.error.message);
    setError(undefined);
    const next = shown[index + 1];
    if (next) setCurrentId(next.id);
    reload();
  }

  function onKey(e: KeyboardEvent) {
    if ((e.target as HTMLElement).closest('textarea, input, select')) return;
    const move = e.key === 'ArrowDown' || e.key === 'j' ? 1 : e.key === 'ArrowUp' || e.key === 'k' ? -1 : 0;
    if (move) {
      e.preventDefault();
      const next = shown[Math.min(shown.length - 1, Math.max(0, index + move))];
      if (next) setCurrentId(next.id);
      document.getElementById(`${id}-row-${next?.id}`)?.focus();
    } else if (current && e.key === 'Enter') {
      e.preventDefault();
      void decide(current, current.status, current.note ?? '');
    } else if (current && KEY_STATUS[e.key]) {
      e.preventDefault();
      void decide(current, KEY_STATUS[e.key]!, current.note ?? '');
    }
  }

  return (
    <div onKeyDown={onKey}>
      <ul className="ev-summary" aria-label="Counts by status">
        {STATUS_GROUPS.map(({ status: s }) => (
          <li key={s}>
            <button
              type="button"
              className="ev-chip"
              data-status={s}
              aria-pressed={status === s}
              onClick={() => setStatus(status === s ? '' : s)}
            >
              {STATUS_LABELS[s]}: {map.counts[s]}
            </button>
          </li>
        ))}
        <li className="sub">
          {map.recommendations.filter((r) => r.confirmed).length} of {map.recommendations.length} checked
        </li>
      </ul>
      <div className="ev-filters">
        <div>
          <label htmlFor={`${id}-doc`}>Report</label>
          <select id={`${id}-doc`} value={doc} onChange={(e) => setDoc(e.target.value)}>
            <option value="">All reports</option>
            {docs.map(([d, name]) => (
              <option key={d} value={d}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-sec`}>Plan section</label>
          <select id={`${id}-sec`} value={section} onChange={(e) => setSection(e.target.value)}>
            <option value="">All sections</option>
            {SectionId.options.map((s) => (
              <option key={s} value={s}>
                Section {s}
              </option>
            ))}
          </select>
        </div>
      </div>
      {error ? (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      ) : null}
      {shown.length === 0 ? <p>No recommendations match these filters.</p> : null}
      <div className="ev-layout">
        <EvidenceList
          groups={groups}
          currentId={current?.id}
          rowId={(recId) => `${id}-row-${recId}`}
          names={names}
          onOpen={setCurrentId}
        />
        {current ? (
          <RecommendationDetail
            key={`${current.id}-${current.note ?? ''}`}
            caseDir={caseDir}
            map={map}
            rec={current}
            reportLabel={names.get(current.documentId) ?? current.fileName}
            onDecide={(s, note) => void decide(current, s, note)}
          />
        ) : null}
      </div>
    </div>
  );
}
