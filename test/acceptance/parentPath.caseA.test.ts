import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tempCase.ts';
import { SAMPLES } from './shared.ts';

/**
 * Issue 16's acceptance on case-a, through the CLI as a user runs it: import everything, confirm
 * nothing, then read the timeline, the document list and the bundle as JSON.
 */
const BIN = join(import.meta.dirname, '../../bin/casebook.js');
const cli = (...args: string[]) => {
  const r = spawnSync('node', [BIN, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`casebook ${args[0]} failed: ${r.stderr}`);
  return r.stdout;
};
const json = <T>(...args: string[]): T => JSON.parse(cli(...args, '--json')) as T;

interface Listed {
  documentId: number;
  fileName: string;
  kind: string;
  pages: number;
  renditions?: { documentId: number; fileName: string }[];
}
interface Built {
  pages: number;
  documents: {
    documentId: number;
    fileName: string;
    section: string;
    pages: number;
    startPage: number;
    endPage: number;
  }[];
}

let tmp: ReturnType<typeof tempDir>;
let caseDir: string;
beforeAll(() => {
  tmp = tempDir();
  caseDir = join(tmp.dir, 'case');
  cli('init', caseDir, '--child', 'Sam Taylor');
  const files = readdirSync(SAMPLES)
    .filter((f) => /\.(pdf|docx)$/.test(f))
    .map((f) => join(SAMPLES, f));
  cli('add', caseDir, ...files);
}, 300_000);
afterAll(() => tmp?.cleanup());

async function coverText(path: string): Promise<string> {
  const doc = await getDocument({ data: new Uint8Array(readFileSync(path)) }).promise;
  const content = await (await doc.getPage(1)).getTextContent();
  await doc.destroy();
  return content.items.map((i) => ('str' in i ? i.str : '')).join(' ');
}

describe('issue 16 on case-a', () => {
  it('lists the appeal deadline 2026-09-24 as provisional with nothing confirmed', () => {
    const t = json<{
      events: unknown[];
      deadlines: { rule: string; date: string; provisional?: boolean; headline: string }[];
    }>('timeline', 'show', caseDir);
    expect(t.events).toEqual([]);
    // Decision 10 July + 2 months = 10 September; certificate 24 August + 1 month = 24 September, later.
    expect(t.deadlines.find((d) => d.rule === 'appeal')).toMatchObject({
      date: '2026-09-24',
      provisional: true,
      headline: 'Appeal by 24 September 2026 (provisional: confirm the date the letter was sent)',
    });
  });

  it('files the mediation certificate as one, and lists the Word and PDF plan as one document', () => {
    const docs = json<Listed[]>('list', caseDir);
    expect(docs.find((d) => d.fileName === '07-mediation-certificate.pdf')?.kind).toBe('mediation-certificate');
    const plans = docs.filter((d) => d.kind === 'plan');
    expect(plans).toHaveLength(1);
    expect(plans[0]).toMatchObject({
      fileName: '05-final-ehcp.pdf',
      renditions: [expect.objectContaining({ fileName: '05-final-ehcp.docx' })],
    });
    expect(docs.find((d) => d.fileName === '06-decision-letter.pdf')?.kind).toBe('decision-letter');
  });

  it('builds a bundle right by default: the plan once, Section K advice with it, the independent OT report in the family’s evidence, a clean cover', async () => {
    const out = join(tmp.dir, 'bundle.pdf');
    const r = json<Built>('bundle', caseDir, '--out', out);
    const section = (prefix: string) => r.documents.find((d) => d.fileName.startsWith(prefix))?.section;
    expect(r.documents.filter((d) => d.fileName.startsWith('05-final-ehcp'))).toHaveLength(1);
    // Section K lists the EP's (12 May), the SALT's (20 May) and the social worker's (27 May) advice.
    expect([section('05-'), section('01-'), section('02-'), section('04-')]).toEqual(['B', 'B', 'B', 'B']);
    expect(section('03-')).toBe('D');
    const cover = await coverText(out);
    expect(cover).toContain('Sam Taylor');
    expect(cover).not.toMatch(/not given|profile/i);
  }, 300_000);

  it('gives every Word document in the bundle its rendered page count, listed and in the bundle alike', async () => {
    const docs = json<Listed[]>('list', caseDir);
    const pdfPlan = docs.find((d) => d.renditions?.length)!;
    // Separated again, the Word plan is bundled on its own: its listed count must be its span.
    const { createCoreApi } = await import('../../electron/core/api/index.ts');
    const api = createCoreApi({ appDataDir: join(tmp.dir, 'appdata'), documentsDir: tmp.dir });
    const unlinked = await api.call('unlinkRenditions', { caseDir, documentId: pdfPlan.documentId });
    api.close();
    expect(unlinked.ok).toBe(true);
    const r = json<Built>('bundle', caseDir, '--out', join(tmp.dir, 'bundle-2.pdf'));
    const listed = json<Listed[]>('list', caseDir);
    const words = listed.filter((d) => d.fileName.endsWith('.docx'));
    expect(words.length).toBeGreaterThan(0);
    for (const w of words) {
      const placed = r.documents.find((d) => d.documentId === w.documentId)!;
      expect(placed, w.fileName).toBeDefined();
      expect(w.pages, w.fileName).toBe(placed.endPage - placed.startPage + 1);
    }
  }, 300_000);
});
