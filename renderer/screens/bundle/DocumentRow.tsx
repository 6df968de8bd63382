import { useId, useState, type DragEvent } from 'react';
import type { BundlePlan, BundleWarning, PlannedDocument } from '../../../shared/bundle.ts';
import { formatDate, plural } from '../../format.ts';

export interface MoveActions {
  move(documentId: number, section: string, position: number): void;
  leaveOut(documentId: number, leaveOut: boolean): void;
}

/** The drag payload: a document id under our own type, so dropped files are never mistaken for it. */
/** Past the end: the core puts the document last in the section. */
export const LAST = 100_000;

export const DRAG_TYPE = 'application/x-casebook-document';

interface Props {
  doc: PlannedDocument;
  index: number;
  count: number;
  sections: BundlePlan['sections'];
  flags: BundleWarning[];
  actions: MoveActions;
  busy: boolean;
}

/**
 * One document in a section: drag it anywhere, or use the buttons (keyboard and screen readers):
 * Move up / Move down within the section, Move to another section, Leave out.
 */
export function DocumentRow({ doc, index, count, sections, flags, actions, busy }: Props) {
  const id = useId();
  const [target, setTarget] = useState('');
  const others = sections.filter((s) => s.letter !== doc.section);
  const name = doc.title || doc.fileName;
  const onDragStart = (e: DragEvent) => {
    e.dataTransfer.setData(DRAG_TYPE, String(doc.documentId));
    e.dataTransfer.effectAllowed = 'move';
  };
  const onDrop = (e: DragEvent) => {
    const moved = Number(e.dataTransfer.getData(DRAG_TYPE));
    if (!moved) return;
    e.preventDefault();
    e.stopPropagation();
    // Dropped on a document: take its place (it and those after it move down one).
    if (moved !== doc.documentId) actions.move(moved, doc.section, index + 1);
  };
  return (
    <li
      className="bn-doc"
      data-document-id={doc.documentId}
      draggable={!busy}
      onDragStart={onDragStart}
      onDragOver={(e) => {
        if (e.dataTransfer.types.includes(DRAG_TYPE)) e.preventDefault();
      }}
      onDrop={onDrop}
    >
      <div className="bn-doc-main">
        <span className="bn-grip" aria-hidden="true">
          ⋮⋮
        </span>
        <div>
          <strong>{name}</strong>
          <span className="sub">
            {[
              doc.author,
              doc.date ? formatDate(doc.date) : 'No date',
              `${doc.pagesEstimated ? 'about ' : ''}${plural(doc.pages, 'page')}`,
            ]
              .filter(Boolean)
              .join(' · ')}
          </span>
          {flags.map((f) => (
            <p key={f.message} className="bn-flag">
              <span className="bn-flag-word">Check:</span> {f.message}
            </p>
          ))}
        </div>
      </div>
      <div className="bn-doc-actions" role="group" aria-label={`Arrange ${name}`}>
        <button
          type="button"
          className="secondary"
          aria-label={`Move up: ${name}`}
          disabled={busy || index === 0}
          onClick={() => actions.move(doc.documentId, doc.section, index)}
        >
          Move up
        </button>
        <button
          type="button"
          className="secondary"
          aria-label={`Move down: ${name}`}
          disabled={busy || index === count - 1}
          onClick={() => actions.move(doc.documentId, doc.section, index + 2)}
        >
          Move down
        </button>
        <form
          className="bn-move-to"
          onSubmit={(e) => {
            e.preventDefault();
            if (target) actions.move(doc.documentId, target, LAST);
          }}
        >
          <label htmlFor={`${id}-to`} className="visually-hidden">
            Section to move {name} to
          </label>
          <select id={`${id}-to`} value={target} onChange={(e) => setTarget(e.target.value)} disabled={busy}>
            <option value="">Move to section…</option>
            {others.map((s) => (
              <option key={s.letter} value={s.letter}>
                {s.letter}: {s.title}
              </option>
            ))}
          </select>
          <button
            type="submit"
            className="secondary"
            aria-label={`Move ${name} to the chosen section`}
            disabled={busy || !target}
          >
            Move
          </button>
        </form>
        <button
          type="button"
          className="secondary"
          aria-label={`Leave out: ${name}`}
          disabled={busy}
          onClick={() => actions.leaveOut(doc.documentId, true)}
        >
          Leave out
        </button>
      </div>
    </li>
  );
}
