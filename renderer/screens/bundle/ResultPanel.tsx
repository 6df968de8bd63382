import { useState } from 'react';
import type { BundleChange } from '../../../shared/bundle.ts';
import { call } from '../../api.ts';
import { plural } from '../../format.ts';
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

/** The bundle just built: open it or find it, what was left out and why, and what changed. */
export function ResultPanel({ out }: { out: BuildOutput }) {
  const [shellNote, setShellNote] = useState<string>();
  const { result, outPath, changes } = out;

  async function shell(which: 'openFile' | 'showInFolder') {
    const r = await call(which, { path: outPath });
    if (r.ok) return setShellNote(undefined);
    // In a browser (or tests) there is no desktop to hand the file to: say where it is instead.
    setShellNote(r.error.code === 'not-available' ? 'Opening files is only possible in the Casebook desktop app.' : r.error.message);
  }

  return (
    <section className="card bn-result" aria-labelledby="bn-result-h">
      <h2 id="bn-result-h">Version {result.version} is ready</h2>
      <p role="status">
        The bundle has {plural(result.pages, 'page')}: {plural(result.documents.length, 'document')} in {plural(result.sections.length, 'section')}.
      </p>
      <div className="button-row">
        <button type="button" onClick={() => void shell('openFile')}>
          Open the bundle
        </button>
        <button type="button" className="secondary" onClick={() => void shell('showInFolder')}>
          Show in folder
        </button>
      </div>
      {shellNote ? (
        <p className="notice" role="status">
          {shellNote} The bundle is saved here: <span className="path">{outPath}</span>
        </p>
      ) : null}
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
