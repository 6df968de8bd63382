import type { BundleCheckOutcome, CheckStatus } from '../../../../shared/bundleCheck.ts';

/** The report as blocks any writer (Word, PDF) can lay out. */
export type ReportBlock =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'text'; text: string; bold?: boolean }
  | { kind: 'table'; header: string[]; rows: string[][]; widths: number[] }
  | { kind: 'page-break' };

const STATUS_WORDS: Record<CheckStatus, string> = {
  present: 'in the bundle',
  incomplete: 'incomplete',
  'older-version': 'an older or different version',
  missing: 'missing',
};

const pages = (ns: number[] | undefined) => (ns?.length ? `page${ns.length > 1 ? 's' : ''} ${ns.join(', ')}` : '');
const date = (iso: string) =>
  new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

/** Every problem the check found, each with what must be corrected, in plain words. */
export function bundleCorrections(o: BundleCheckOutcome): string[] {
  const r = o.report;
  const name = (id: number) => o.titles[String(id)] ?? `document ${id}`;
  const asks: string[] = [];
  for (const d of r.documents) {
    if (d.status === 'missing')
      asks.push(`"${name(d.documentId)}" is not in the bundle${d.note ? ` (${d.note})` : ''}. Please add it.`);
    if (d.status === 'incomplete')
      asks.push(
        `"${name(d.documentId)}" is incomplete at ${d.labels ?? 'its pages'}: ${pages(d.pagesMissing)} of the document ${d.pagesMissing!.length > 1 ? 'are' : 'is'} missing. Please add the complete document.`,
      );
    if (d.status === 'older-version')
      asks.push(
        `"${name(d.documentId)}" at ${d.labels ?? 'its pages'} is not the current version (${d.note ?? 'its text differs'}). Please replace it with the version we sent.`,
      );
  }
  for (const i of r.index) {
    if (i.problem === 'range wrong')
      asks.push(`The index lists "${i.entry}" at ${i.listed}, but it is at ${i.actual}. Please correct the index.`);
    if (i.problem === 'pages do not exist')
      asks.push(
        `The index lists "${i.entry}" at ${i.listed}, but the bundle has no such pages. Please add the document at the pages listed.`,
      );
    if (i.problem === 'not in the index')
      asks.push(
        `"${i.entry}" is in the bundle at ${i.actual ?? 'pages without labels'} but not in the index. Please add it to the index.`,
      );
  }
  for (const w of r.warnings.filter((x) =>
    ['label-skip', 'label-repeat', 'label-restart', 'blank-page', 'unreadable-page', 'page-limit'].includes(x.code),
  ))
    asks.push(w.message);
  return asks;
}

/**
 * The draft email as plain text, for when the letters' template for it cannot be read (the report
 * uses the template, filled from the case, when it can: see api/bundleCheck.ts).
 */
export function draftEmail(o: BundleCheckOutcome, childName: string): string {
  const r = o.report;
  const asks = bundleCorrections(o).map((a) => `- ${a}`);
  const body = asks.length ? asks.join('\n') : '- We have checked the bundle and found no problems with our documents.';
  return [
    `Subject: Hearing bundle for ${childName}: corrections needed`,
    '',
    'Dear Sir or Madam,',
    '',
    `We have checked the hearing bundle we received (${o.fileName}, ${r.pages} pages) against our documents. ${asks.length ? 'It needs the following corrections:' : ''}`,
    '',
    body,
    '',
    asks.length
      ? 'Please send a corrected bundle to us and to the tribunal as soon as possible, and confirm when you have done so.'
      : '',
    '',
    'Yours faithfully,',
    '',
    '[your name]',
    '[appeal reference]',
  ].join('\n');
}

/**
 * The report a parent reads in a minute: how many documents need attention first, then a table
 * per problem with the page labels, then the email to send (`email`, when the letters' template
 * made it; else the plain draft).
 */
export function checkReportBlocks(o: BundleCheckOutcome, childName: string, email?: string): ReportBlock[] {
  const r = o.report;
  const name = (id: number) => o.titles[String(id)] ?? `document ${id}`;
  const attention = r.documents.filter((d) => d.status !== 'present');
  const blocks: ReportBlock[] = [
    { kind: 'title', text: 'Bundle check' },
    { kind: 'text', text: `${childName} · ${o.fileName} (${r.pages} pages) · checked ${date(o.checkedAt)}` },
    {
      kind: 'heading',
      text: `${attention.length} of your ${r.documents.length} documents need${attention.length === 1 ? 's' : ''} attention`,
    },
    {
      kind: 'table',
      header: ['Document', 'In the bundle'],
      rows: r.documents.map((d) => [
        name(d.documentId),
        `${STATUS_WORDS[d.status]}${d.labels ? ` (${d.labels})` : ''}`,
      ]),
      widths: [60, 40],
    },
    {
      kind: 'text',
      text: `Index: ${r.index.length ? `${r.index.length} problem${r.index.length > 1 ? 's' : ''}` : 'no problems found'}. Other checks: ${r.warnings.length ? `${r.warnings.length} to look at` : 'nothing found'}. Pages that are not from your documents: ${r.extra.length ? r.extra.map((e) => e.labels).join(', ') : 'none'}.`,
    },
    {
      kind: 'text',
      text: 'Tell the local authority and the tribunal straight away: a draft email is at the end of this report. Casebook kept a copy of the bundle you checked in your case.',
      bold: true,
    },
    { kind: 'page-break' },
  ];
  const table = (heading: string, header: string[], rows: string[][], widths: number[]) => {
    if (rows.length) blocks.push({ kind: 'heading', text: heading }, { kind: 'table', header, rows, widths });
  };
  table(
    'Missing documents',
    ['Document', 'Note'],
    r.documents.filter((d) => d.status === 'missing').map((d) => [name(d.documentId), d.note ?? '']),
    [50, 50],
  );
  table(
    'Incomplete documents',
    ['Document', 'Where', 'Pages of the document missing'],
    r.documents
      .filter((d) => d.status === 'incomplete')
      .map((d) => [name(d.documentId), d.labels ?? '', pages(d.pagesMissing)]),
    [45, 20, 35],
  );
  table(
    'Older or different versions',
    ['Document', 'Label', 'Your version says', 'The bundle says'],
    o.differences.map((x) => [name(x.documentId), x.label ?? `page ${x.page}`, x.case, x.bundle]),
    [20, 8, 36, 36],
  );
  table(
    'Index problems',
    ['Index entry', 'Listed', 'Actually', 'Problem'],
    r.index.map((i) => [i.entry, i.listed ?? '—', i.actual ?? '—', i.problem]),
    [50, 15, 15, 20],
  );
  table(
    'Page labels, blank pages, limits and reports',
    ['What', 'Labels'],
    r.warnings.map((w) => [w.message, (w.labels ?? []).join(', ')]),
    [80, 20],
  );
  table(
    'Page limits by section',
    ['Section', 'Pages', 'Limit', 'Over?'],
    r.limits.map((l) => [`${l.section}: ${l.title}`, String(l.pages), String(l.limit), l.over ? 'yes' : 'no']),
    [55, 15, 15, 15],
  );
  table(
    'Pages that are not from your documents (for information)',
    ['Labels', 'Begins'],
    r.extra.map((e) => [e.labels, e.text]),
    [20, 80],
  );
  blocks.push(
    { kind: 'heading', text: 'Draft email to the local authority and the tribunal' },
    { kind: 'text', text: email ?? draftEmail(o, childName) },
  );
  return blocks;
}
