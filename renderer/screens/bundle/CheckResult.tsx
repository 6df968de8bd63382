import { useState } from 'react';
import type { BundleCheckOutcome, CheckStatus } from '../../../shared/bundleCheck.ts';
import { call } from '../../api.ts';
import { plural } from '../../format.ts';

const STATUS: Record<CheckStatus, { words: string; tone: string }> = {
  present: { words: 'In the bundle', tone: 'ok' },
  incomplete: { words: 'Incomplete', tone: 'warn' },
  'older-version': { words: 'Older or different version', tone: 'warn' },
  missing: { words: 'Missing', tone: 'bad' },
};

/** One check's findings: how many documents need attention, then each problem with its labels. */
export function CheckResult({ caseDir, outcome }: { caseDir: string; outcome: BundleCheckOutcome }) {
  const [saved, setSaved] = useState<string>();
  const [marked, setMarked] = useState<number[]>([]);

  async function notForTribunal(documentId: number) {
    const r = await call('setNotForTribunal', { caseDir, documentId, notForTribunal: true });
    if (r.ok) setMarked(r.value);
    else setSaved(r.error.message);
  }
  const r = outcome.report;
  const name = (id: number) => outcome.titles[String(id)] ?? `Document ${id}`;
  const attention = r.documents.filter((d) => d.status !== 'present').length;

  async function saveReport(ext: 'docx' | 'pdf') {
    const where = await call('chooseSaveFile', {
      suggestedName: `Bundle check ${outcome.checkedAt.slice(0, 10)}.${ext}`,
      title: 'Save the bundle check report',
    });
    const path = where.ok ? where.value : undefined;
    if (where.ok && !path) return;
    if (!path)
      return setSaved(
        'Saving a report is only possible in the Casebook desktop app; on the command line use casebook bundle-check --out report.docx.',
      );
    const w = await call('writeBundleCheckReport', { caseDir, checkId: outcome.checkId, outPath: path });
    setSaved(w.ok ? `Saved to ${w.value.path}.` : w.error.message);
  }

  return (
    <section className="card bc-result" aria-labelledby="bc-result-h">
      <h2 id="bc-result-h">
        {attention} of your {plural(r.documents.length, 'document')} need{attention === 1 ? 's' : ''} attention
      </h2>
      <p className="sub">
        {outcome.fileName}: {plural(r.pages, 'page')}. Casebook kept a copy of this bundle in the case.
      </p>
      <table className="bc-table">
        <caption className="visually-hidden">Your documents in the bundle</caption>
        <thead>
          <tr>
            <th scope="col">Document</th>
            <th scope="col">Status</th>
            <th scope="col">Pages in the bundle</th>
            <th scope="col">Note</th>
          </tr>
        </thead>
        <tbody>
          {r.documents.map((d) => (
            <tr key={d.documentId}>
              <td>{name(d.documentId)}</td>
              <td className={`status-${STATUS[d.status].tone}`}>{STATUS[d.status].words}</td>
              <td>{d.labels ?? '—'}</td>
              <td>
                {d.pagesMissing?.length ? `Pages ${d.pagesMissing.join(', ')} of the document are not there. ` : ''}
                {d.note ?? ''}
                {d.status === 'missing' ? (
                  marked.includes(d.documentId) ? (
                    <span className="sub">
                      {' '}
                      Marked as not for the tribunal: it will not be looked for again, and it is left out of your own
                      bundle. To undo this, use “Put back” on the Bundle screen.
                    </span>
                  ) : (
                    <button
                      type="button"
                      className="link-button"
                      aria-label={`${name(d.documentId)} is not for the tribunal`}
                      onClick={() => void notForTribunal(d.documentId)}
                    >
                      Not for the tribunal?
                    </button>
                  )
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {outcome.differences.length ? (
        <>
          <h3>Where the bundle’s version differs from yours</h3>
          <table className="bc-table">
            <thead>
              <tr>
                <th scope="col">Document</th>
                <th scope="col">Your version</th>
                <th scope="col">The bundle</th>
              </tr>
            </thead>
            <tbody>
              {outcome.differences.map((x, i) => (
                <tr key={i}>
                  <td>
                    {name(x.documentId)}, {x.label ?? `page ${x.page}`}
                  </td>
                  <td className="bc-lines">{x.case || '(nothing)'}</td>
                  <td className="bc-lines">{x.bundle || '(nothing)'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
      <h3>The index</h3>
      {r.index.length === 0 ? (
        <p className="empty">No problems found in the index.</p>
      ) : (
        <ul>
          {r.index.map((i) => (
            <li key={`${i.entry}-${i.listed}`}>
              <strong>{i.entry}</strong>: {i.problem} (listed {i.listed ?? '—'}, actually {i.actual ?? '—'})
            </li>
          ))}
        </ul>
      )}
      {r.warnings.length ? (
        <>
          <h3>Other things to check</h3>
          <ul>
            {r.warnings.map((w, i) => (
              <li key={i}>{w.message}</li>
            ))}
          </ul>
        </>
      ) : null}
      {r.extra.length ? (
        <>
          <h3>Pages that are not from your documents</h3>
          <p className="sub">Usually the council’s own evidence. Listed for information, not as errors.</p>
          <ul>
            {r.extra.map((e) => (
              <li key={e.labels}>
                <strong>{e.labels}</strong>: {e.text}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <div className="button-row">
        <button type="button" onClick={() => void saveReport('docx')}>
          Save the report and draft email (Word)
        </button>
        <button type="button" className="secondary" onClick={() => void saveReport('pdf')}>
          Save as PDF
        </button>
      </div>
      {saved ? (
        <p className="notice" role="status">
          {saved}
        </p>
      ) : null}
    </section>
  );
}
