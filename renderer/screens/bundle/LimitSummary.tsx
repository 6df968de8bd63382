import type { BundlePlan, BundleProfile } from '../../../shared/bundle.ts';
import { LimitMeter } from './LimitMeter.tsx';

/** Party names for the per-party meters; any other party id is shown as it is. */
const PARTY_NAMES: Record<string, string> = {
  appellant: 'Your evidence (the appellant)',
  'local-authority': 'The local authority’s evidence',
};

/** Totals against the profile: the whole bundle, and each party's evidence across its sections. */
export function LimitSummary({ plan, profile }: { plan: BundlePlan; profile: BundleProfile }) {
  const total = plan.sections.reduce((n, s) => n + s.pages, 0);
  const parties = [...new Set(plan.sections.map((s) => s.party).filter((p): p is string => Boolean(p)))];
  const overWarnings = plan.warnings.filter((w) => w.code === 'page-limit' || w.code === 'total-page-limit');
  return (
    <>
      <h3 className="bn-meter-h">Whole bundle</h3>
      <LimitMeter label="Whole bundle" pages={total} limit={profile.totalPageLimit} />
      {parties.map((p) => {
        const secs = plan.sections.filter((s) => s.party === p);
        // A party's limit covers all its sections together (the engine checks it the same way).
        const limit = secs.map((s) => s.pageLimit).findLast((l) => l !== undefined);
        const name = PARTY_NAMES[p] ?? p;
        return (
          <div key={p}>
            <h3 className="bn-meter-h">{name}</h3>
            <LimitMeter label={name} pages={secs.reduce((n, s) => n + s.pages, 0)} limit={limit} />
          </div>
        );
      })}
      {overWarnings.length === 0 ? (
        <p className="bn-ok-words">Every section is within its limit.</p>
      ) : (
        <ul className="bn-warnings" aria-label="Over the limit">
          {overWarnings.map((w) => (
            <li key={w.message}>{w.message}</li>
          ))}
        </ul>
      )}
    </>
  );
}
