import type { Amendment, WorkdocDraft } from '../../../shared/papers.ts';
import { AddOwnChange } from './AddOwnChange.tsx';
import { AmendmentEditor } from './AmendmentEditor.tsx';

type Section = WorkdocDraft['sections'][number];

/** One plan section, paragraph by paragraph, with the changes asked for under the paragraph they change. */
export function SectionEditor({
  caseDir,
  section,
  amendments,
  onChanged,
}: {
  caseDir: string;
  section: Section;
  amendments: Amendment[];
  onChanged: () => void;
}) {
  const at = (para: string) =>
    amendments.filter(
      (a) =>
        (a.kind === 'amend' && a.section === section.id && a.para === para) ||
        (a.kind === 'move' && a.fromSection === section.id && a.fromPara === para),
    );
  const placed = new Set(section.paragraphs.flatMap((p) => at(p.para)).map((a) => a.id));
  const added = amendments.filter((a) => a.section === section.id && !placed.has(a.id));
  return (
    <section className="card wd-section" aria-labelledby={`wd-${section.id}`}>
      <h2 id={`wd-${section.id}`}>{section.title}</h2>
      {!section.underAppeal ? <p className="hint">Not part of this appeal: shown as it stands.</p> : null}
      {/* A plan can number two paragraphs alike on one page (a list restarting): the position keeps keys unique. */}
      {section.paragraphs.map((p, i) => (
        <div key={`${i}-${p.para}-${p.page}`} className="wd-paragraph">
          <p>
            <span className="wd-para">{p.para}.</span> {p.text}
          </p>
          {at(p.para).map((a) => (
            <AmendmentEditor key={a.id} caseDir={caseDir} amendment={a} onChanged={onChanged} />
          ))}
        </div>
      ))}
      {added.map((a) => (
        <AmendmentEditor key={a.id} caseDir={caseDir} amendment={a} onChanged={onChanged} />
      ))}
      {section.underAppeal ? <AddOwnChange caseDir={caseDir} section={section.id} onAdded={onChanged} /> : null}
    </section>
  );
}
