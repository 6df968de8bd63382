import type { BundleChange } from '../../../shared/bundle.ts';
import type { BuildOutput } from './BuildPanel.tsx';

/** What changed since the previous version, in words ("B12–B20 moved to B15–B23"); unchanged ones are not listed. */
export function ChangeList({ changes }: { changes: BundleChange[] }) {
  const real = changes.filter((c) => c.kind !== 'unchanged');
  if (real.length === 0) return <p className="empty">Nothing moved: every document is on the same pages as before.</p>;
  return (
    <ul className="bn-changes">
      {real.map((c) => (
        <li key={`${c.kind}-${c.documentId}`}>{c.message}</li>
      ))}
    </ul>
  );
}

/** What the build left out and why, what is worth checking, and what changed since the last version. */
export function ResultPanel({ out }: { out: BuildOutput }) {
  const { result, changes } = out;
  return (
    <section className="card bn-result-details" aria-labelledby="bn-details-h">
      <h2 id="bn-details-h">What went into version {result.version}</h2>
      <h3>Left out while building</h3>
      {result.excluded.length === 0 ? (
        <p className="empty">Every document went in.</p>
      ) : (
        <ul className="bn-excluded">
          {result.excluded.map((x) => (
            <li key={x.documentId}>
              <strong>{x.fileName}</strong>: {x.reason}
            </li>
          ))}
        </ul>
      )}
      {result.warnings.length > 0 ? (
        <>
          <h3>Worth checking</h3>
          <ul className="bn-warnings">
            {result.warnings.map((w) => (
              <li key={`${w.code}-${w.message}`}>{w.message}</li>
            ))}
          </ul>
        </>
      ) : null}
      {result.version > 1 ? (
        <>
          <h3>What changed since version {result.version - 1}</h3>
          <ChangeList changes={changes} />
        </>
      ) : null}
    </section>
  );
}
