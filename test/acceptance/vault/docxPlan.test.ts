import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DocxStructure } from '../../../shared/importStructure.ts';
import { importDocx } from '../../../electron/core/importers/docx.ts';
import type { ImportContext } from '../../../electron/core/importers/types.ts';
import { SAMPLES } from '../shared.ts';

// Word files need no OCR: an engine that fails loudly if the importer ever asks for one.
const ctx: ImportContext = {
  ocr: {
    recognise: () => Promise.reject(new Error('OCR must not be used for Word files')),
    close: () => Promise.resolve(),
  },
};

const PLAN_DOCX = join(SAMPLES, '05-final-ehcp.docx');

async function read(bytes: Uint8Array) {
  const r = await importDocx({ fileName: '05-final-ehcp.docx', bytes }, ctx);
  if (!r.ok) throw new Error(`expected the Word file to import: ${r.message}`);
  return { ...r.value, structure: DocxStructure.parse(r.value.structure) };
}

describe('importDocx on the case-a plan', () => {
  it('keeps the text, the plan headings A–K with levels, and the front-sheet table', async () => {
    const file = await read(readFileSync(PLAN_DOCX));
    const text = file.pages.map((p) => p.text).join('\n');
    expect(text).toContain('Daily precision teaching for reading');
    expect(text).toMatch(/^Date of this plan\t10 July 2026$/m); // label and value on one line
    expect(text).toContain('\n5. Daily precision teaching for reading'); // Word's own list number
    const headings = file.structure.blocks.filter((b) => b.type === 'heading');
    expect(headings[0]).toMatchObject({ level: 0, text: 'Education, Health and Care Plan' });
    const sections = headings.filter((h) => h.level === 1).map((h) => h.text.match(/^Section (\w+):/)?.[1]);
    expect(sections).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H1', 'H2', 'I', 'J', 'K']);
    const table = file.structure.blocks.find((b) => b.type === 'table');
    expect(table?.type === 'table' && table.rows.map((r) => r.cells.map((c) => c.text))).toContainEqual([
      'Date of this plan',
      '10 July 2026',
    ]);
    expect(file.structure.properties.title).toBe('Education, Health and Care Plan');
    expect(file.structure.html).toMatch(/<h1[^>]*>Section A:/);
    expect(file.structure.html).toContain('<table>');
  });

  it('is one page when the file records no page starts', async () => {
    const file = await read(readFileSync(PLAN_DOCX));
    expect(file.pages).toHaveLength(1);
    expect(file.structure.pageSplit).toBe('none');
  });
});
