import type { EvidencePlan, Recommendation, SectionId } from '../../../shared/evidence.ts';

/** The plan section where the recommendation was found (or belongs), with the matched paragraph(s) highlighted. */
export function PlanPane({ plan, rec }: { plan: EvidencePlan | null; rec: Recommendation }) {
  if (!plan) return <p>No EHC plan was found in the case.</p>;
  const section: SectionId = rec.section ?? rec.belongsIn;
  const paras = plan.sections[section] ?? [];
  const matched = new Set(rec.para?.split(', ') ?? []);
  return (
    <>
      <p className="sub">
        The EHC plan · Section {section}
        {rec.section ? '' : ' (where it belongs: nothing matched)'}
      </p>
      {paras.length === 0 ? <p>This section is empty or was not found.</p> : null}
      {paras.map((p, i) => (
        <p
          key={`${i}-${p.para}-${p.page}`}
          className={rec.section === section && matched.has(p.para) ? 'ev-para-current' : undefined}
        >
          <strong>{p.para}.</strong> {p.text}
        </p>
      ))}
    </>
  );
}
