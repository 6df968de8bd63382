import type { SectionId } from '../../../shared/evidence.ts';
import { rules, rx } from './rules/index.ts';
import { normalise } from './text.ts';

const ids = rules.sections.sections.map((s) => s.id);
// H1/H2 before H so "Section H1" is not read as Section H; "H 1" and "H(1)" are seen in plans too.
const idAlternation = [...ids]
  .sort((a, b) => b.length - a.length)
  .map((id) => (id.length === 2 ? `${id[0]}\\s*\\(?${id[1]}\\)?` : id))
  .join('|');
const labelled = rx(rules.sections.headingForms.labelled.replace('{id}', idAlternation));
const bare = new RegExp(rules.sections.headingForms.bare.replace('{id}', idAlternation), 'u');
const titleRes = rules.sections.sections.map((s) => ({ id: s.id, res: s.titlePatterns.map((p) => rx(p)) }));

const toId = (raw: string): SectionId => raw.replace(/[\s()]/g, '').toUpperCase() as SectionId;

/** Which section a title (the words after the letter, or a heading alone) names, if any. */
export function sectionFromTitle(title: string): SectionId | undefined {
  const t = normalise(title)
    .toLowerCase()
    .replace(/^[\s:.\-–—]+/, '');
  if (!t) return undefined;
  // H1 before H2 and G: "social care provision … section 2 of the Chronically Sick…" is H1.
  for (const { id, res } of titleRes) if (res.some((r) => r.test(t))) return id;
  return undefined;
}

/**
 * The section a line opens, if it is a section heading: "Section F:", "SECTION F – …", "Part F",
 * "F. Special educational provision" (a bare letter only with a matching title, so a lettered
 * list item is not a heading), or, when `titleOnly`, a short heading naming the section.
 */
export function sectionHeading(line: string, titleOnly = false): SectionId | undefined {
  // OCR reads "Section I" as "Section |" or "Section l".
  const text = normalise(line).replace(/^((?:section|part)\s*)[|l](?=\s*[-–—:.)]|\s+[A-Z])/i, '$1I');
  const l = labelled.exec(text);
  if (l) return toId(l[1]!);
  const b = bare.exec(text);
  if (b && sectionFromTitle(b[2]!) === toId(b[1]!)) return toId(b[1]!);
  if (titleOnly && text.split(/\s+/).length <= 12 && !/[.;]$/.test(text)) return sectionFromTitle(text);
  return undefined;
}
