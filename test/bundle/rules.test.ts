import { describe, expect, it } from 'vitest';
import type { BundleBuildResult, PlannedDocument } from '../../shared/bundle.ts';
import type { DocumentSummary } from '../../shared/documents.ts';
import { anonymiser, initialsOf } from '../../electron/core/bundle/anonymise.ts';
import { checkDocumentRules } from '../../electron/core/bundle/documentRules.ts';
import { splitRuns } from '../../electron/core/pdf/fonts.ts';
import { checkPageLimits } from '../../electron/core/bundle/pageLimits.ts';
import { displayToUser, fitScale } from '../../electron/core/bundle/pageGeometry.ts';
import { placeDocuments } from '../../electron/core/bundle/placement.ts';
import { builtInProfiles, checkProfile } from '../../electron/core/bundle/profiles.ts';
import { diffVersions } from '../../electron/core/bundle/versionDiff.ts';

const profile = builtInProfiles()[0]!;

let nextId = 1;
function doc(p: Partial<DocumentSummary> & { pages: number }): DocumentSummary {
  const id = p.documentId ?? nextId++;
  return {
    documentId: id,
    fileName: p.fileName ?? `doc-${id}.pdf`,
    title: p.title ?? `Document ${id}`,
    kind: p.kind ?? 'report',
    sourceType: p.sourceType ?? 'pdf',
    importedAt: '2026-01-01T00:00:00Z',
    sha256: String(id),
    ocrPages: 0,
    ...p,
  } as DocumentSummary;
}

describe('the PD 1/2025 profile', () => {
  it('is consistent: unique letters, default section and packs exist, patterns compile', () => {
    expect(checkProfile(profile)).toEqual([]);
    expect(profile.source).toMatch(/Practice Direction No\. 1 of 2025/);
  });

  it.each([
    // [section, limit, why]
    ['A', 100, 'core bundle 100 pages'],
    ['B', 150, 'plan with Section K appendices 150 pages'],
    ['C', 25, 'working document 25 pages'],
  ])('limits section %s to %i pages (%s)', (letter, limit) => {
    expect(profile.sections.find((s) => s.letter === letter)?.pageLimit).toBe(limit);
  });
});

describe('placement', () => {
  it('places documents by kind and orders each section by date, undated last', () => {
    const docs = [
      doc({ documentId: 1, kind: 'report', pages: 2, date: '2026-05-01' }),
      doc({ documentId: 2, kind: 'plan', pages: 3, date: '2026-07-10' }),
      doc({ documentId: 3, kind: 'report', pages: 1 }),
      doc({ documentId: 4, kind: 'report', pages: 1, date: '2025-01-01' }),
      doc({ documentId: 5, kind: 'decision-letter', pages: 1, date: '2026-07-10' }),
    ];
    const { sections } = placeDocuments(profile, docs, []);
    const ids = (l: string) => sections.find((s) => s.letter === l)!.documents.map((d) => d.documentId);
    expect(ids('A')).toEqual([5]);
    expect(ids('B')).toEqual([2]);
    expect(ids('D')).toEqual([4, 1, 3]);
  });

  it('keeps an email’s attachments directly after it, in its section', () => {
    const docs = [
      doc({ documentId: 10, kind: 'correspondence', sourceType: 'email', pages: 1, date: '2026-06-01' }),
      doc({ documentId: 11, kind: 'report', pages: 4, date: '2026-03-01', parentId: 10 }),
      doc({ documentId: 12, kind: 'report', pages: 4, date: '2026-05-01' }),
    ];
    const d = placeDocuments(profile, docs, []).sections.find((s) => s.letter === 'D')!;
    expect(d.documents.map((x) => x.documentId)).toEqual([12, 10, 11]);
  });

  it('follows the user: moved, reordered and left-out documents', () => {
    const docs = [
      doc({ documentId: 20, pages: 1, date: '2026-01-01' }),
      doc({ documentId: 21, pages: 1, date: '2026-02-01' }),
      doc({ documentId: 22, pages: 1 }),
    ];
    const placed = placeDocuments(profile, docs, [
      { documentId: 21, section: 'D', position: 1 },
      { documentId: 20, section: 'D', position: 2 },
      { documentId: 22, leaveOut: true },
    ]);
    expect(placed.sections.find((s) => s.letter === 'D')!.documents.map((x) => x.documentId)).toEqual([21, 20]);
    expect(placed.leftOut.map((x) => x.documentId)).toEqual([22]);
  });

  it("builds a party's evidence pack from that party's sections only", () => {
    const docs = [doc({ kind: 'plan', pages: 3 }), doc({ kind: 'report', pages: 2 })];
    const placed = placeDocuments(profile, docs, [], 'appellant');
    expect(placed.sections.map((s) => s.letter)).toEqual(['D']);
    expect(placed.sections[0]!.documents).toHaveLength(1);
  });
});

describe('page limits', () => {
  const planned = (id: number, pages: number): PlannedDocument => ({
    documentId: id,
    fileName: `${id}.pdf`,
    title: `Report ${id}`,
    pages,
    section: 'D',
  });
  const sectionD = (docs: PlannedDocument[]) => [
    { letter: 'D', title: "Appellant's evidence", party: 'appellant', documents: docs },
  ];

  it.each([
    // [appeal type, pages, warns?, why]
    ['contents-b-f', 100, false, 'Sections B/F appeals allow 100 pages of evidence'],
    ['contents-b-f', 101, true, 'one page over 100'],
    ['refusal-to-assess', 76, true, 'refusal to assess allows only 75'],
    ['refusal-to-assess', 75, false, 'exactly at 75'],
  ])('%s with %i pages of evidence: warns=%s (%s)', (type, pages, warns) => {
    const w = checkPageLimits(profile, sectionD([planned(1, pages)]), type);
    expect(w.length > 0).toBe(warns);
  });

  it('names the documents that push the evidence over its limit, in order', () => {
    const w = checkPageLimits(
      profile,
      sectionD([planned(1, 60), planned(2, 30), planned(3, 20), planned(4, 5)]),
      'contents-b-f',
    );
    expect(w).toHaveLength(1);
    expect(w[0]!.documentIds).toEqual([3, 4]);
    expect(w[0]!.message).toContain('"Report 3" (20 pages)');
    expect(w[0]!.message).toContain('15 over the limit of 100');
  });
});

describe('document rules (PD 1/2025)', () => {
  const subject = (d: Partial<DocumentSummary> & { pages: number }, pageTexts: string[] = []) => ({
    doc: doc(d),
    pageText: (n: number) => pageTexts[n - 1] ?? '',
  });
  const flags = (s: ReturnType<typeof subject>, today = '2026-09-14') =>
    checkDocumentRules(profile.documentRules, [s], today).map((w) => w.message.split(':')[0]);
  const summary = ['Executive summary\n1. Sam needs…'];

  it.each([
    // [what, subject, expected flags]
    [
      'a 15-page report with a summary, 1 year old',
      { kind: 'report' as const, pages: 15, date: '2025-09-14' },
      summary,
      [],
    ],
    [
      'a 16-page report',
      { kind: 'report' as const, pages: 16, date: '2025-09-14' },
      summary,
      ['Expert report over 15 pages'],
    ],
    [
      'a report without a summary',
      { kind: 'report' as const, pages: 5, date: '2025-09-14' },
      ['1. Background'],
      ['Expert report without an executive summary'],
    ],
    [
      'a report exactly 3 years old on the hearing day',
      { kind: 'report' as const, pages: 5, date: '2023-09-14' },
      summary,
      [],
    ],
    [
      'a report 3 years and a day old',
      { kind: 'report' as const, pages: 5, date: '2023-09-13' },
      summary,
      ['Expert report more than 3 years old'],
    ],
    [
      'an 11-page witness statement',
      { kind: 'evidence' as const, pages: 11, title: 'Witness statement of Jo Taylor' },
      [],
      ['Witness statement over 10 pages'],
    ],
    [
      'a 12-page witness statement filed as a report is judged as a statement',
      { kind: 'report' as const, pages: 12, title: 'Witness statement of the SENCO' },
      summary,
      ['Witness statement over 10 pages'],
    ],
    [
      'an unread scan cannot be judged for a summary',
      { kind: 'report' as const, pages: 2, date: '2026-01-01' },
      [],
      [],
    ],
  ])('%s', (_what, d, texts, expected) => {
    expect(flags(subject(d, texts))).toEqual(expected);
  });
});

describe('page geometry', () => {
  const box = { x0: 0, y0: 0, x1: 100, y1: 200 };
  it.each([
    // rotation, display point (bottom-left), user point: a page turned clockwise shows its
    // user-space bottom-right corner at the display's bottom-left.
    [0, { x: 0, y: 0 }],
    [90, { x: 100, y: 0 }],
    [180, { x: 100, y: 200 }],
    [270, { x: 0, y: 200 }],
  ] as const)('rotation %i maps the display bottom-left to user %o', (r, user) => {
    expect(displayToUser(box, r, 0, 0)).toEqual(user);
  });

  it.each([
    [595, 842, 1, 'A4 is left alone'],
    [612, 792, 1, 'US Letter is left alone'],
    [842, 595, 1, 'landscape A4 is left alone'],
    [1191, 1684, 0.5, 'A2 is halved'],
  ])('%i × %i → scale %f (%s)', (w, h, s) => {
    expect(fitScale(w, h)).toBeCloseTo(s, 2);
  });

  it('enlarges a tiny page so it can be read', () => {
    expect(fitScale(50, 65)).toBeGreaterThan(5);
  });
});

describe('text runs for generated pages', () => {
  it('keeps a Latin name with diacritics in one run', () => {
    expect(splitRuns("Zoë Łukasiewicz-O'Brien").map((r) => r.font)).toEqual(['regular']);
  });
  it('gives an Arabic name one right-to-left run and a Chinese name the Chinese font', () => {
    const runs = splitRuns('Report by محمد علي and 王小明');
    expect(runs.find((r) => r.rtl)?.text.trim()).toBe('محمد علي');
    expect(runs.some((r) => r.font === 'chinese' && r.text.includes('王小明'))).toBe(true);
  });
  it('keeps the space after an Arabic name with the English that follows', () => {
    const runs = splitRuns('محمد علي wrote');
    expect(runs.map((r) => r.text)).toEqual(['محمد علي', ' wrote']);
  });
});

describe('anonymising', () => {
  it.each([
    ["Zoë Łukasiewicz-O'Brien", 'Z. Ł.'],
    ['Sam Taylor', 'S. T.'],
  ])('%s → %s', (name, initials) => expect(initialsOf(name)).toBe(initials));
  it('replaces the whole name and its parts in generated text', () => {
    expect(anonymiser('Sam Taylor')('Sam Taylor — EHC plan; Sam’s views')).toBe('S. T. — EHC plan; S.’s views');
  });
});

describe('version diff', () => {
  const result = (docs: [number, string, string, number][]): BundleBuildResult => ({
    version: 1,
    pages: 0,
    sections: [],
    documents: docs.map(([id, start, end, pages]) => ({
      documentId: id,
      fileName: `${id}.pdf`,
      section: start[0]!,
      pages,
      startPage: 0,
      endPage: 0,
      startLabel: start,
      endLabel: end,
    })),
    excluded: [],
    warnings: [],
  });
  it('says which ranges moved, which grew, and what was added or removed', () => {
    const before = result([
      [1, 'B12', 'B20', 9],
      [2, 'B21', 'B22', 2],
      [3, 'D1', 'D1', 1],
    ]);
    const after = result([
      [4, 'B12', 'B14', 3],
      [1, 'B15', 'B23', 9],
      [2, 'B24', 'B26', 3],
    ]);
    const byKind = Object.fromEntries(diffVersions(before, after).map((c) => [c.documentId, c]));
    expect(byKind[1]!.message).toBe('B12–B20 moved to B15–B23 ("1.pdf").');
    expect(byKind[2]!.kind).toBe('resized');
    expect(byKind[3]!.kind).toBe('removed');
    expect(byKind[4]!.kind).toBe('added');
  });
});
