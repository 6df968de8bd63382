import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { KeyItem } from '../../test/evidence/score.ts';
import { FixtureDocument, fixtureDocx, fixturePdf } from './fixtureFiles.ts';

/** One answer-keyed case: a folder of files as a family would import them, and its key. */
export interface EvalCase {
  name: string;
  childName: string;
  dir: string;
  files: string[];
  expected: KeyItem[];
}

/** One run of a case: with one rendition of the plan (the other hidden), or as it comes. */
export interface EvalRun {
  case: EvalCase;
  label: string;
  files: string[];
}

const REPO = join(import.meta.dirname, '../..');
export const SHARED_SAMPLES = join(REPO, '../shared/samples');
export const FIXTURE_CASES = join(REPO, 'test/fixtures/evidence-cases');

const KeyFile = z.object({
  recommendations: z.array(
    z.object({
      id: z.string(),
      document: z.string(),
      kind: z.string(),
      text: z.string(),
      status: z.string(),
      section: z.string().nullable(),
      notes: z.string().optional(),
    }),
  ),
});
const FixtureCase = z.object({
  about: z.string(),
  child: z.string(),
  documents: z.array(FixtureDocument).min(1),
  expected: KeyFile.shape.recommendations,
});

/** The child's name from a sample's README heading ("# case-c: Amara Okonkwo-Reid, Eastmoor …"). */
function childFromReadme(dir: string): string | undefined {
  const readme = join(dir, 'README.md');
  if (!existsSync(readme)) return undefined;
  return /^#\s*[^:\n]+:\s*([^,\n]+),/m.exec(readFileSync(readme, 'utf8'))?.[1]?.trim();
}

/** Shared samples have no case file; case-a has no README, so its child's name is given here. */
const KNOWN_CHILDREN: Record<string, string> = { 'case-a': 'Sam Taylor' };

/** Every folder under ../shared/samples with an expected-map.json; its top-level PDF and Word files. */
export function sharedCases(): EvalCase[] {
  if (!existsSync(SHARED_SAMPLES)) return [];
  return readdirSync(SHARED_SAMPLES)
    .sort()
    .map((name) => join(SHARED_SAMPLES, name))
    .filter((dir) => existsSync(join(dir, 'expected-map.json')))
    .map((dir) => {
      const name = dir.split('/').at(-1)!;
      return {
        name,
        childName: childFromReadme(dir) ?? KNOWN_CHILDREN[name] ?? 'the child',
        dir,
        files: readdirSync(dir)
          .filter((f) => /\.(pdf|docx)$/i.test(f))
          .sort()
          .map((f) => join(dir, f)),
        expected: KeyFile.parse(JSON.parse(readFileSync(join(dir, 'expected-map.json'), 'utf8'))).recommendations,
      };
    });
}

/** The project's own cases (test/fixtures/evidence-cases/*.json), printed to real files under `outDir`. */
export async function fixtureCases(outDir: string): Promise<EvalCase[]> {
  const out: EvalCase[] = [];
  for (const file of readdirSync(FIXTURE_CASES)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const fixture = FixtureCase.parse(JSON.parse(readFileSync(join(FIXTURE_CASES, file), 'utf8')));
    const name = file.replace(/\.json$/, '');
    const dir = join(outDir, name);
    mkdirSync(dir, { recursive: true });
    const files: string[] = [];
    for (const doc of fixture.documents) {
      for (const r of doc.renditions) {
        const path = join(dir, `${doc.name}.${r}`);
        writeFileSync(path, r === 'pdf' ? await fixturePdf(doc) : await fixtureDocx(doc));
        files.push(path);
      }
    }
    out.push({ name, childName: fixture.child, dir, files, expected: fixture.expected });
  }
  return out;
}

/**
 * A document with both a PDF and a Word file is read twice: once with only the PDF, once with only
 * the Word file, so each rendition is measured on its own (the app would otherwise pick one).
 */
export function runsOf(c: EvalCase): EvalRun[] {
  const stem = (f: string) => f.replace(/\.(pdf|docx)$/i, '');
  const stems = c.files.map(stem);
  const both = [...new Set(stems.filter((s, i) => stems.indexOf(s) !== i))];
  if (both.length === 0) return [{ case: c, label: 'as supplied', files: c.files }];
  return [
    { case: c, label: 'PDF plan', files: c.files.filter((f) => !(both.includes(stem(f)) && /\.docx$/i.test(f))) },
    { case: c, label: 'Word plan', files: c.files.filter((f) => !(both.includes(stem(f)) && /\.pdf$/i.test(f))) },
  ];
}
