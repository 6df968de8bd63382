import { useEffect } from 'react';
import type { CaseOverview } from '../../../shared/contract/vault.ts';
import { DOCUMENT_KIND_LABELS, DocumentKind } from '../../../shared/documents.ts';
import { ScreenHeading } from '../../components/ScreenHeading.tsx';
import { ErrorMessage, Loading } from '../../components/Status.tsx';
import { formatDate, plural } from '../../format.ts';
import { useNavigate } from '../../navigation.ts';
import { useCall } from '../../useCall.ts';
import type { CaseScreenProps } from '../caseScreens.ts';
import { UpcomingDeadlines } from '../deadlines/UpcomingDeadlines.tsx';
import { FirstStepsCard } from './FirstStepsCard.tsx';
import { NextStepsCard } from './NextStepsCard.tsx';

export function OverviewScreen({ caseDir }: CaseScreenProps) {
  const overview = useCall('getCaseOverview', { caseDir }, caseDir);
  return (
    <>
      <ScreenHeading>Overview</ScreenHeading>
      {overview.state === 'loading' ? <Loading label="Loading the overview" minHeight={360} /> : null}
      {overview.state === 'error' ? <ErrorMessage error={overview.error} /> : null}
      {overview.state === 'ok' ? <OverviewBody overview={overview.value} reload={overview.reload} /> : null}
    </>
  );
}

/** Marks the moment the overview's content is on screen (read by bench/firstPaint.ts). */
export const OVERVIEW_PAINTED = 'casebook:overview-painted';

function OverviewBody({ overview, reload }: { overview: CaseOverview; reload: () => void }) {
  const navigate = useNavigate();
  useEffect(() => {
    // The frame after commit is when the content is actually painted.
    const raf = requestAnimationFrame(() => {
      if (performance.getEntriesByName(OVERVIEW_PAINTED).length === 0) performance.mark(OVERVIEW_PAINTED);
    });
    return () => cancelAnimationFrame(raf);
  }, []);
  const { info, caseDir } = overview;
  return (
    <>
      {overview.documentCount > 0 ? <NextStepsCard overview={overview} /> : null}
      {/* Straight after the steps, so a provisional or missed deadline is seen on opening the case. */}
      <UpcomingDeadlines caseDir={caseDir} deadlines={overview.deadlines} onChanged={reload} />
      <div className={`overview-grid${overview.documentCount === 0 ? ' is-empty' : ''}`}>
        {overview.documentCount === 0 ? (
          <>
            <FirstStepsCard onImport={() => navigate({ name: 'case', caseDir, screen: 'documents' })} />
            <CaseCard info={info} caseDir={caseDir} />
          </>
        ) : (
          <>
            <section className="card area-dates" aria-labelledby="dates-h">
              <h2 id="dates-h">Key dates</h2>
              {overview.keyDates.length === 0 ? (
                <p className="empty">
                  No dates found on the documents yet. Open a document on the Documents screen and add its date: the
                  date of the decision letter is the one your appeal deadline is counted from.
                </p>
              ) : (
                <ul className="key-dates">
                  {overview.keyDates.map((d) => (
                    <li key={d.label}>
                      <span className="key-date">{formatDate(d.date)}</span>
                      {d.documentId ? (
                        <button
                          type="button"
                          className="link-button"
                          onClick={() =>
                            navigate({
                              name: 'case',
                              caseDir,
                              screen: 'viewer',
                              params: { documentId: String(d.documentId) },
                            })
                          }
                        >
                          {d.label}
                        </button>
                      ) : (
                        <span>{d.label}</span>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </section>
            <section className="card area-docs" aria-labelledby="docs-h">
              <h2 id="docs-h">Documents</h2>
              <p>
                {plural(overview.documentCount, 'document')}, {plural(overview.pageCount, 'page')} in all.
              </p>
              <table className="counts">
                <caption className="visually-hidden">Documents by kind</caption>
                <thead>
                  <tr>
                    <th scope="col">Kind</th>
                    <th scope="col" className="num">
                      Number
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {DocumentKind.options
                    .filter((k) => (overview.countsByKind[k] ?? 0) > 0)
                    .map((k) => (
                      <tr key={k}>
                        <th scope="row">{DOCUMENT_KIND_LABELS[k]}</th>
                        <td className="num">{overview.countsByKind[k] ?? 0}</td>
                      </tr>
                    ))}
                </tbody>
              </table>
              {(overview.countsByKind.plan ?? 0) === 0 ? (
                <p className="notice">
                  There is no EHC plan in the case yet. Import the latest plan so Casebook can compare it with the
                  reports.
                </p>
              ) : null}
              <button
                type="button"
                className="secondary"
                onClick={() => navigate({ name: 'case', caseDir, screen: 'documents' })}
              >
                See all documents
              </button>
            </section>
            <CaseCard info={info} caseDir={caseDir} />
          </>
        )}
      </div>
    </>
  );
}

/** Who the case is for and where it is kept. */
function CaseCard({ info, caseDir }: { info: CaseOverview['info']; caseDir: string }) {
  return (
    <section className="card area-case" aria-labelledby="child-h">
      <h2 id="child-h">The case</h2>
      <dl className="facts">
        <dt>Child</dt>
        <dd>{info.childName}</dd>
        <dt>Local authority</dt>
        <dd>{info.localAuthority ?? <span className="muted">Not recorded yet</span>}</dd>
        <dt>Case started</dt>
        <dd>{formatDate(info.createdAt)}</dd>
        <dt>Folder</dt>
        <dd className="path">{caseDir}</dd>
      </dl>
    </section>
  );
}
