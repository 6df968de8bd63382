import { useState } from 'react';
import type { AppealPackResult } from '../../../shared/papers.ts';
import { mapJob, startJob } from '../../api.ts';
import { SaveFileButton } from '../deadlines/SaveFileButton.tsx';

/** What SEND35 needs attached, in one PDF, and what is still missing. */
export function AppealPackCard({ caseDir }: { caseDir: string }) {
  const [pack, setPack] = useState<AppealPackResult>();
  return (
    <section className="card" aria-labelledby="wd-pack-h">
      <h2 id="wd-pack-h">Appeal pack</h2>
      <p className="hint">
        The decision letter, the final plan with its appendices, the mediation certificate and the amendments sought, in
        the order the SEND35 form asks for.
      </p>
      <SaveFileButton
        label="Save the appeal pack (PDF)"
        suggestedName="Appeal pack.pdf"
        defaultPath={`${caseDir}/Appeal pack.pdf`}
        start={(outPath, onProgress) =>
          mapJob(startJob('writeAppealPack', { caseDir, outPath }, onProgress), (r) => {
            if (!r.ok) return r;
            setPack(r.value);
            return { ok: true, value: { path: r.value.out } };
          })
        }
      />
      {pack ? (
        <ul className="wd-enclosures">
          {pack.enclosures.map((e) => (
            <li key={e.name}>
              <strong className={e.status === 'found' ? 'wd-found' : 'wd-missing'}>
                {e.status === 'found' ? 'Included' : 'Missing'}
              </strong>{' '}
              {e.name}
              {e.note ? <span className="sub">{e.note}</span> : null}
            </li>
          ))}
          {pack.warnings.map((w) => (
            <li key={w} className="sub">
              {w}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
