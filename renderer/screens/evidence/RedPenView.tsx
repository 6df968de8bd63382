import type { EvidenceMap, SectionId } from '../../../shared/evidence.ts';

const ORDER: SectionId[] = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H1', 'H2', 'I', 'J', 'K'];

/** The plan read with a red pen: each flagged paragraph with the reason and, where a report has one, the specific version. */
export function RedPenView({ map }: { map: EvidenceMap }) {
  if (!map.plan) return <p>No EHC plan was found in the case.</p>;
  const sections = ORDER.filter((s) => map.plan!.sections[s] || map.flags.some((f) => f.section === s));
  return (
    <>
      <p className="hint">
        Wording is marked as likely not specific enough, with the reason. These are suggestions to check, not legal
        advice.
      </p>
      {sections.map((s) => {
        const paras = map.plan!.sections[s] ?? [];
        const loose = map.flags.filter(
          (f) => f.section === s && (f.para === null || !paras.some((p) => p.para === f.para)),
        );
        return (
          <section key={s} className="card" aria-label={`Section ${s}`}>
            <h2>Section {s}</h2>
            {paras.map((p, i) => {
              const flags = map.flags.filter((f) => f.section === s && f.para === p.para);
              return (
                <div key={`${i}-${p.para}-${p.page}`}>
                  <p>
                    <strong>{p.para}.</strong> {flags.length ? <mark>{p.text}</mark> : p.text}
                  </p>
                  {flags.map((f) => (
                    <div key={f.kind + f.text} className="ev-flag">
                      <p>{f.reason}</p>
                      {f.suggestion ? <p className="sub">A report gives: {f.suggestion}</p> : null}
                    </div>
                  ))}
                </div>
              );
            })}
            {loose.map((f) => (
              <div key={f.kind + f.text} className="ev-flag">
                <p>
                  <strong>{f.text}</strong>
                </p>
                <p>{f.reason}</p>
              </div>
            ))}
          </section>
        );
      })}
    </>
  );
}
