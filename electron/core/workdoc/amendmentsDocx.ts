import { docxHeading, docxLines, docxTable, landscapeDocx, type TableStyle } from '../docx/reportDocx.ts';
import type { Amendment } from '../../../shared/papers.ts';
import { sectionTitle, SECTION_ORDER } from './appealSections.ts';

const BLACK = '000000';
const WIDTHS = [9, 24, 27, 22, 18];
const HEAD = ['Section and paragraph', 'Current wording', 'Wording sought', 'Reason', 'Evidence'];
const TABLE: TableStyle = {
  text: { size: 20, color: BLACK },
  headerFill: 'E6E6E6',
  ruleColor: BLACK,
  sidePadding: 80,
};

function where(a: Amendment): string {
  if (a.kind === 'move')
    return `${a.fromSection}${a.fromPara ? ` para ${a.fromPara}` : ''} → ${a.section} (new paragraph)`;
  if (a.kind === 'add') return `${a.section}${a.para ? `, after para ${a.para}` : ''} (new paragraph)`;
  return `${a.section}${a.para ? ` para ${a.para}` : ''}`;
}

/** The table's rows, grouped by section in letter order: also what tests and the app read. */
export function amendmentRows(amendments: Amendment[]): { section: string; rows: string[][] }[] {
  const live = amendments.filter((a) => !a.excluded);
  return SECTION_ORDER.filter((s) => live.some((a) => a.section === s)).map((s) => ({
    section: sectionTitle(s),
    rows: live
      .filter((a) => a.section === s)
      .map((a) => [
        where(a),
        a.current || '(nothing: new wording)',
        a.sought,
        a.reason,
        a.citations.map((c) => c.text).join('\n') || '—',
      ]),
  }));
}

/**
 * "Amendments sought": the separate, labelled document that goes with the SEND35 appeal form
 * (DOMAIN §3) — a landscape table, one row per amendment, grouped by section.
 */
export async function amendmentsDocx(
  amendments: Amendment[],
  childName: string,
  appealReference: string,
  date: string,
): Promise<Uint8Array> {
  const groups = amendmentRows(amendments);
  return landscapeDocx(
    `Amendments sought — ${childName}`,
    [
      docxHeading('Amendments sought', 'title', { color: BLACK }),
      ...docxLines(
        `Attached to the SEND35 appeal form. Child: ${childName}. Appeal reference: ${appealReference}. Date: ${date}.`,
        { size: 20, color: BLACK },
      ),
      ...docxLines(
        'Each row is one amendment the family asks the Tribunal to order, with the evidence for it (bundle page labels where the bundle has been built).',
        { size: 20, color: BLACK },
      ),
      ...groups.flatMap((g) => [
        docxHeading(g.section, 'section', { color: BLACK, spaced: true }),
        docxTable(HEAD, g.rows, WIDTHS, TABLE),
      ]),
    ],
    { text: `Amendments sought · ${childName}`, style: { size: 16, color: BLACK } },
  );
}
