import type { DragEvent } from 'react';
import type { BundlePlan, BundleWarning } from '../../../shared/bundle.ts';
import { plural } from '../../format.ts';
import { DocumentRow, DRAG_TYPE, LAST, type MoveActions } from './DocumentRow.tsx';
import { LimitMeter } from './LimitMeter.tsx';

interface Props {
  plan: BundlePlan;
  actions: MoveActions;
  busy: boolean;
}

/** Document-rule flags (PD 1/2025 limits on expert reports and statements) for one document. */
const flagsFor = (warnings: BundleWarning[], documentId: number) =>
  warnings.filter((w) => w.code === 'document-rule' && w.documentIds.includes(documentId));

/** The planned bundle: each section with its documents, page count and limit, and what is left out. */
export function SectionList({ plan, actions, busy }: Props) {
  const dropAtEnd = (letter: string) => (e: DragEvent) => {
    const moved = Number(e.dataTransfer.getData(DRAG_TYPE));
    if (!moved) return;
    e.preventDefault();
    actions.move(moved, letter, LAST);
  };
  return (
    <>
      {plan.sections.map((s) => {
        const ids = new Set(s.documents.map((d) => d.documentId));
        // Section and party warnings alike: any that names a document in this section.
        const limitWarnings = plan.warnings.filter(
          (w) =>
            (w.code === 'page-limit' || w.code === 'total-page-limit') &&
            (w.section === s.letter || w.documentIds.some((d) => ids.has(d))),
        );
        return (
          <section
            key={s.letter}
            className="card bn-section"
            aria-labelledby={`bn-sec-${s.letter}`}
            onDragOver={(e) => {
              if (e.dataTransfer.types.includes(DRAG_TYPE)) e.preventDefault();
            }}
            onDrop={dropAtEnd(s.letter)}
          >
            <h3 id={`bn-sec-${s.letter}`}>
              <span className="bn-letter">{s.letter}</span> {s.title}
            </h3>
            <LimitMeter label={`Section ${s.letter}`} pages={s.pages} limit={s.pageLimit} />
            {limitWarnings.map((w) => (
              <p key={w.message} className="notice bn-over">
                {w.message}
              </p>
            ))}
            {s.documents.length === 0 ? (
              <p className="empty">No documents here yet. Drag one here, or use “Move to section…” on a document.</p>
            ) : (
              <ol className="bn-docs" aria-label={`Documents in section ${s.letter}`}>
                {s.documents.map((d, i) => (
                  <DocumentRow
                    key={d.documentId}
                    doc={d}
                    index={i}
                    count={s.documents.length}
                    sections={plan.sections}
                    flags={flagsFor(plan.warnings, d.documentId)}
                    actions={actions}
                    busy={busy}
                  />
                ))}
              </ol>
            )}
          </section>
        );
      })}
      <section className="card bn-section" aria-labelledby="bn-left-out">
        <h3 id="bn-left-out">Left out of the bundle</h3>
        {plan.leftOut.length === 0 ? (
          <p className="empty">
            Nothing is left out. Use “Leave out” on a document that is not for the tribunal, such as your own notes.
          </p>
        ) : (
          <ul className="bn-docs">
            {plan.leftOut.map((d) => (
              <li key={d.documentId} className="bn-doc">
                <div className="bn-doc-main">
                  <div>
                    <strong>{d.title || d.fileName}</strong>
                    <span className="sub">
                      {plural(d.pages, 'page')}. You marked this as not for the tribunal, so it is not in the bundle and
                      a check of the council’s bundle will not look for it.
                    </span>
                  </div>
                </div>
                <div className="bn-doc-actions">
                  <button
                    type="button"
                    className="secondary"
                    aria-label={`Put back: ${d.title || d.fileName}`}
                    disabled={busy}
                    onClick={() => actions.leaveOut(d.documentId, false)}
                  >
                    Put back
                  </button>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
