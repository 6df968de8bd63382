import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCoreApi, type CoreApi } from '../../electron/core/api/index.ts';
import { findSoffice } from '../../electron/core/documents/renderDocxLibreOffice.ts';
import type { LetterWritten, TemplateSummary } from '../../shared/papers.ts';
import { tempDir } from '../helpers/tempCase.ts';
import { decode, docxPart } from './docxXml.ts';

// A name in Arabic and Chinese script: the PDF must print both (the bundle's Noto fonts).
const CHILD = 'محمد علي 王芳';
let tmp: ReturnType<typeof tempDir>;
let api: CoreApi;
let caseDir: string;
let templates: TemplateSummary[];
const out = (name: string) => join(tmp.dir, 'letters', name);

async function call<T>(name: string, input: unknown): Promise<T> {
  const r = await api.call(name, input);
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
  return r.value as T;
}

const docxText = (path: string) =>
  decode(
    docxPart(path, 'word/document.xml')
      .replace(/<w:tab\/>/g, ' ')
      .replace(/<\/w:p>/g, '\n')
      .replace(/<[^>]+>/g, ''),
  );
const pdfText = (path: string) => execFileSync('pdftotext', [path, '-']).toString();
const RAW = /\{\{|\}\}|\bundefined\b|\bnull\b|\[object /;

beforeAll(async () => {
  tmp = tempDir();
  mkdirSync(join(tmp.dir, 'letters'));
  api = createCoreApi({ appDataDir: join(tmp.dir, 'appdata'), documentsDir: tmp.dir });
  caseDir = join(tmp.dir, 'case');
  await call('createCase', { caseDir, childName: CHILD, localAuthority: 'Anyshire Council' });
  // Some details known, some not: the unknown ones must show as [missing: …], never blank.
  await call('setCaseDetails', {
    caseDir,
    details: { dateOfBirth: '2015-02-03', parents: 'Amal Ali', caseworker: 'Pat Jones', laReference: 'SEN/1' },
  });
  // A request the council has not answered in 6 weeks: a missed deadline for the chaser.
  await call('addTimelineEvent', { caseDir, event: { kind: 'assessment-request', date: '2026-01-05' } });
  templates = await call<TemplateSummary[]>('listLetterTemplates', {});
});
afterAll(() => {
  api?.close();
  tmp?.cleanup();
});

describe('letter templates', () => {
  it('ships the 14 letters the issue lists (plus the subject access chaser the deadlines name, and the bundle corrections the bundle check drafts), each with a "when to use it"', () => {
    const ids = templates.map((t) => t.id);
    for (const id of [
      'ehc-needs-assessment-request',
      'draft-plan-response',
      'name-school-request',
      'mediation-certificate-request',
      'subject-access-request',
      'advice-and-minutes-request',
      'chaser-missed-deadline',
      'stage-1-complaint',
      'early-review-request',
      'section-f-not-delivered',
      'tribunal-order-non-compliance',
      'pre-action-letter',
      'tribunal-request',
      'evidence-covering-letter',
      'chaser-subject-access',
      'bundle-corrections',
    ])
      expect(ids).toContain(id);
    for (const t of templates) expect(t.purpose, t.id).toMatch(/^Use (when|to|within|as)\b/);
  });

  it("names the child, their date of birth and the date in every letter, and the council's reference once there is one (DOMAIN §6)", () => {
    for (const t of templates) {
      expect(t.fields, t.id).toEqual(expect.arrayContaining(['child name', 'date of birth', 'today']));
      // A first request for an assessment comes before the council has given the case a reference.
      if (t.id !== 'ehc-needs-assessment-request') expect(t.fields, t.id).toContain('la reference');
    }
  });

  it('renders every template to Word and PDF with no raw placeholder, each missing field highlighted and warned about', async () => {
    for (const t of templates) {
      for (const ext of ['docx', 'pdf'] as const) {
        const path = out(`${t.id}.${ext}`);
        const r = await call<LetterWritten>('writeLetter', {
          caseDir,
          templateId: t.id,
          outPath: path,
          saveToCase: false,
          deadlineRule: t.id.startsWith('chaser-missed') ? 'assessment-decision' : undefined,
        });
        const text = ext === 'docx' ? docxText(path) : pdfText(path);
        expect(text, `${t.id}.${ext}`).not.toMatch(RAW);
        // A PDF line may wrap inside a marker ("[missing: bundle\nchecked]").
        const shown = new Set([...text.matchAll(/\[missing: ([^\]]+)\]/g)].map((m) => m[1]!.replace(/\s+/g, ' ')));
        const warned = new Set(r.warnings.map((w) => /^No value for "([^"]+)"/.exec(w)?.[1]).filter(Boolean));
        expect(shown, `${t.id}.${ext}`).toEqual(warned);
        if (ext === 'docx') {
          const highlighted = (docxPart(path, 'word/document.xml').match(/<w:highlight w:val="yellow"\/>/g) ?? [])
            .length;
          expect(highlighted >= shown.size, t.id).toBe(true);
        }
        expect(text).toContain('王芳');
      }
    }
  }, 120_000);

  it('prints the Arabic name in the PDF, in reading order', () => {
    expect(pdfText(out('stage-1-complaint.pdf'))).toMatch(/محمد علي/);
  });

  it('fills a chaser from the missed deadline: the rule, the dates, the days overdue', async () => {
    const r = await call<LetterWritten>('writeLetter', {
      caseDir,
      templateId: 'chaser',
      deadlineRule: 'assessment-decision',
      outPath: out('chaser.docx'),
      saveToCase: false,
    });
    const text = docxText(r.out);
    expect(text).toMatch(/reg 5\(1\)/);
    expect(text).toContain('5 January 2026');
    expect(text).toContain('16 February 2026');
    expect(text).toMatch(/It is now \d+ days overdue/);
    expect(r.warnings.join(' ')).not.toMatch(/deadline/);
  });

  it('saves a generated letter into the case as correspondence: in the log, and offered to the bundle', async () => {
    const r = await call<LetterWritten>('writeLetter', {
      caseDir,
      templateId: 'stage-1-complaint',
      outPath: out('complaint.docx'),
      set: { complaint: 'No decision on the assessment request.' },
    });
    expect(r.documentId).not.toBeNull();
    const doc = await call<{ kind: string; pages: number }>('getDocument', { caseDir, documentId: r.documentId });
    expect(doc).toMatchObject({ kind: 'correspondence' });
    const log = await call<{ subject: string; documentId?: number; direction: string }[]>('getCorrespondenceLog', {
      caseDir,
    });
    expect(log.find((e) => e.documentId === r.documentId)).toMatchObject({
      subject: 'Stage 1 complaint',
      direction: 'sent',
    });
    const plan = await call<{ sections: { documents: { documentId: number }[] }[] }>('planBundle', { caseDir });
    expect(plan.sections.flatMap((s) => s.documents).some((d) => d.documentId === r.documentId)).toBe(true);
    expect(docxText(r.out)).toContain('No decision on the assessment request.');
    // Saving the same letter again as PDF keeps one letter in the case and one log entry.
    const again = await call<LetterWritten>('writeLetter', {
      caseDir,
      templateId: 'stage-1-complaint',
      outPath: out('complaint.pdf'),
      set: { complaint: 'No decision on the assessment request.' },
    });
    expect(again.documentId).toBe(r.documentId);
    const after = await call<{ documentId?: number }[]>('getCorrespondenceLog', { caseDir });
    expect(after.filter((e) => e.documentId === r.documentId)).toHaveLength(1);
  });

  it("keeps a user's edited copy apart from the built-in template and uses it", async () => {
    const original = await call<{ text: string }>('getLetterTemplate', { templateId: 'stage-1-complaint' });
    const text = original.text
      .replace('id: stage-1-complaint', 'id: my-complaint')
      .replace('Please treat this letter', 'Please treat this letter, our second,');
    await call('saveLetterTemplate', { templateId: 'my-complaint', text });
    const list = await call<TemplateSummary[]>('listLetterTemplates', {});
    expect(list.find((t) => t.id === 'my-complaint')?.origin).toBe('user');
    expect(readFileSync(join(tmp.dir, 'appdata', 'templates', 'letters', 'my-complaint.md'), 'utf8')).toContain(
      'our second',
    );
    const draft = await call<{ blocks: { runs: { text: string }[] }[] }>('draftLetter', {
      caseDir,
      templateId: 'my-complaint',
    });
    expect(draft.blocks.map((b) => b.runs.map((r) => r.text).join('')).join('\n')).toContain('our second');
    const bad = await api.call('saveLetterTemplate', { templateId: 'broken', text: 'no header here' });
    expect(bad.ok === false && bad.error.code).toBe('template-invalid');
  });

  it.runIf(findSoffice())(
    'every Word letter opens in LibreOffice Writer and holds its paragraphs',
    () => {
      const dir = join(tmp.dir, 'letters');
      const files = templates.map((t) => join(dir, `${t.id}.docx`));
      execFileSync(
        findSoffice()!,
        [
          `-env:UserInstallation=file://${join(tmp.dir, 'lo-profile')}`,
          '--headless',
          '--convert-to',
          'txt:Text (encoded):UTF8',
          '--outdir',
          join(tmp.dir, 'txt'),
          ...files,
        ],
        { timeout: 180_000 },
      );
      for (const t of templates) {
        const txt = readFileSync(join(tmp.dir, 'txt', `${t.id}.txt`), 'utf8');
        expect(txt, t.id).toContain('Yours sincerely');
        expect(txt, t.id).toContain('Amal Ali');
        expect(txt, t.id).toContain(CHILD);
      }
    },
    200_000,
  );
});
