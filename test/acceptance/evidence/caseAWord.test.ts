import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docxBlocks } from '../../../electron/core/evidence/docxBlocks.ts';
import { analyseDocuments, type EngineDocument } from '../../../electron/core/evidence/engine.ts';
import { importDocx } from '../../../electron/core/importers/docx.ts';
import type { ImportContext } from '../../../electron/core/importers/types.ts';
import { SAMPLES } from '../shared.ts';
import { pdfPages } from '../../evidence/pdfText.ts';
import { score, type KeyItem } from '../../evidence/score.ts';

const expected = (
  JSON.parse(readFileSync(join(SAMPLES, 'expected-map.json'), 'utf8')) as { recommendations: KeyItem[] }
).recommendations;

describe('evidence map on case-a with the Word copy of the plan', () => {
  it('reads the plan from the DOCX structure (Word numbering restored) and still meets the bar', async () => {
    const read = await importDocx(
      { fileName: '05-final-ehcp.docx', bytes: new Uint8Array(readFileSync(join(SAMPLES, '05-final-ehcp.docx'))) },
      {} as ImportContext,
    );
    if (!read.ok) throw new Error(read.message);
    const blocks = docxBlocks(read.value.structure);
    expect(blocks?.length).toBeGreaterThan(20);
    const documents: EngineDocument[] = [
      {
        documentId: 5,
        fileName: '05-final-ehcp.docx',
        title: 'EHC plan',
        kind: 'plan',
        sourceType: 'docx',
        pages: read.value.pages.map((p, i) => ({ page: i + 1, text: p.text })),
        blocks: blocks!,
      },
    ];
    for (const [i, f] of [
      '01-ep-report.pdf',
      '02-salt-report.pdf',
      '03-ot-report.pdf',
      '04-social-care-assessment.pdf',
    ].entries()) {
      documents.push({
        documentId: i + 1,
        fileName: f,
        title: f,
        kind: 'report',
        sourceType: 'pdf',
        pages: await pdfPages(join(SAMPLES, f)),
      });
    }
    const map = await analyseDocuments({ documents, childNames: ['Sam Taylor'] });
    expect(map.plan?.fileName).toBe('05-final-ehcp.docx');
    expect(map.plan!.sections.F!.map((p) => p.para)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
      '11',
      '12',
    ]);
    const s = score(map, expected);
    expect(s.found).toBeGreaterThanOrEqual(0.9);
    expect(s.status).toBeGreaterThanOrEqual(0.85);
    expect(s.section).toBeGreaterThanOrEqual(0.9);
    expect(s.precision).toBeGreaterThanOrEqual(0.8);
  });
});
