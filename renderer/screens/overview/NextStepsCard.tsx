import type { CaseOverview } from '../../../shared/contract/vault.ts';
import { nextSteps, type CaseProgress } from '../../../shared/nextSteps.ts';
import { formatDate } from '../../format.ts';
import { useNavigate } from '../../navigation.ts';
import { JobProgress } from '../../components/JobProgress.tsx';
import { useCall } from '../../useCall.ts';
import { useJob } from '../../useJob.ts';
import { appealClock } from '../deadlines/provisional.ts';

/** Counts that make the evidence step appear, standing in for the map while it is read. */
const PENDING_EVIDENCE: NonNullable<CaseProgress['evidence']> = {
  missing: 0,
  wrongSection: 0,
  weakened: 0,
  checked: 0,
  total: 1,
};

/**
 * What to do now, in order, from the case's state: the documents in it, the evidence map's
 * findings, whether a bundle was built and the appeal's clock. The list never reorders itself
 * while the parent reads it: the evidence map's step keeps its place, with the reading's progress
 * and Cancel in it, until the findings fill it in.
 */
export function NextStepsCard({ overview }: { overview: CaseOverview }) {
  const navigate = useNavigate();
  const { caseDir, countsByKind } = overview;
  const canMap = (countsByKind.plan ?? 0) > 0 && (countsByKind.report ?? 0) > 0;
  const map = useJob('analyseEvidence', { caseDir }, canMap ? caseDir : null);
  const versions = useCall('listBundleVersions', { caseDir }, caseDir);
  if (versions.state === 'loading') {
    return <section className="card next-steps is-loading" aria-busy="true" aria-label="Next steps" />;
  }
  const mapLoading = canMap && map.state === 'loading';
  const mapStopped = canMap && map.state === 'error' && map.error.code === 'cancelled';
  // While the map is read, its step holds its place in the list with the progress in it, so
  // nothing below moves when the findings arrive.
  const evidence: CaseProgress['evidence'] = mapLoading
    ? PENDING_EVIDENCE
    : canMap && map.state === 'ok'
      ? {
          missing: map.value.counts.missing,
          wrongSection: map.value.counts['wrong-section'],
          weakened: map.value.counts.weakened,
          checked: map.value.recommendations.filter((r) => r.confirmed).length,
          total: map.value.recommendations.length,
        }
      : null;
  const steps = nextSteps({
    counts: countsByKind,
    evidence,
    bundleBuilt: versions.state === 'ok' && versions.value.length > 0,
    appeal: appealClock(overview.deadlines),
    // The overview lists open deadlines only: once the appeal is sent its deadline is met and gone.
    appealSent: false,
    formatDate,
  });
  return (
    <section className="card next-steps" aria-labelledby="next-h">
      <h2 id="next-h">Next steps</h2>
      {mapStopped ? (
        <p className="sub">
          You stopped reading the evidence, so these steps leave out what the evidence map would show.{' '}
          <button type="button" className="secondary small" onClick={map.reload}>
            Read it now
          </button>
        </p>
      ) : null}
      {steps.length === 0 ? (
        <p className="empty">Nothing to do right now. The timeline shows what comes next in the appeal.</p>
      ) : (
        <ol className="next-list">
          {steps.map((s) => (
            <li key={s.id} className={s.urgent ? 'is-urgent' : undefined}>
              {s.id === 'evidence' && mapLoading ? (
                <div aria-busy="true">
                  <strong>Check the evidence map</strong>
                  <JobProgress
                    label="Reading the evidence for the next steps"
                    progress={map.progress}
                    waiting="Reading the reports and the plan…"
                    onCancel={map.cancel}
                  />
                </div>
              ) : (
                <div>
                  <strong>
                    {s.urgent ? <span className="next-urgent">Urgent: </span> : null}
                    {s.title}
                  </strong>
                  <p className="sub">{s.detail}</p>
                </div>
              )}
              <button
                type="button"
                className="secondary small"
                onClick={() => navigate({ name: 'case', caseDir, screen: s.screen })}
              >
                {s.action}
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
