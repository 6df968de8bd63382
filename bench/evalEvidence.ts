/**
 * `npm run eval:evidence`: how right the evidence map is on every answer-keyed case — the shared
 * samples (../shared/samples/*\/expected-map.json) and the project's own cases
 * (test/fixtures/evidence-cases). Each case is imported into a temporary case through the real
 * importers (scans read by OCR, as import does) and analysed as the app does; a plan supplied as
 * PDF and Word is measured once with each. A report, not a test: it prints figures and misses
 * and exits 0 unless it crashes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Recommendation } from '../shared/evidence.ts';
import { analyseCase } from '../electron/core/evidence/analyseCase.ts';
import { importPaths } from '../electron/core/importers/importFiles.ts';
import { initCase } from '../electron/core/store/caseStore.ts';
import { listDocuments } from '../electron/core/store/documents.ts';
import { createOcrEngine } from '../electron/core/text/ocr.ts';
import { score } from '../test/evidence/score.ts';
import { fixtureCases, runsOf, sharedCases, SHARED_SAMPLES, type EvalRun } from './evidence/evalCases.ts';

interface Tally {
  expected: number;
  found: number;
  status: number;
  section: number;
  extra: number;
  /** Findings with the wrong status, and how many of them were marked "Please check". */
  wrong: number;
  wrongChecked: number;
  /** Findings with the right status that were marked "Please check" anyway. */
  rightChecked: number;
}
const pct = (n: number, d: number) => (d ? `${Math.round((n / d) * 1000) / 10}%` : '–');
const clip = (s: string | null | undefined, n = 90) => (!s ? '—' : s.length > n ? `${s.slice(0, n - 1)}…` : s);
const where = (r: Pick<Recommendation, 'status' | 'section' | 'para'>) =>
  `${r.status}${r.section ? ` in ${r.section}${r.para ? ` para ${r.para}` : ''}` : ''}`;

async function evaluate(run: EvalRun, ocr: ReturnType<typeof createOcrEngine>, tmp: string): Promise<Tally> {
  const made = initCase(mkdtempSync(join(tmp, 'case-')), { childName: run.case.childName });
  if (!made.ok) throw new Error(made.message);
  const store = made.value;
  try {
    const t0 = performance.now();
    await importPaths(store, run.files, { ocr });
    const t1 = performance.now();
    const map = await analyseCase(store);
    const t2 = performance.now();
    const s = score(map, run.case.expected);
    const n = run.case.expected.length;
    const wrongOnes = s.pairs.filter((p) => p.found && p.found.status !== p.key.status).map((p) => p.found!);
    const rightOnes = s.pairs.filter((p) => p.found && p.found.status === p.key.status).map((p) => p.found!);
    const t: Tally = {
      expected: n,
      found: Math.round(s.found * n),
      status: Math.round(s.status * n),
      section: Math.round(s.section * n),
      extra: s.extra,
      wrong: wrongOnes.length,
      wrongChecked: wrongOnes.filter((r) => r.needsCheck).length,
      rightChecked: rightOnes.filter((r) => r.needsCheck).length,
    };
    const docs = listDocuments(store);
    console.log(
      `\n${run.case.name} · ${run.label} · ${n} expected, ${map.recommendations.length} extracted · import ${((t1 - t0) / 1000).toFixed(1)} s, analysis ${((t2 - t1) / 1000).toFixed(2)} s`,
    );
    console.log(
      `  read as: ${docs.map((d) => `${d.fileName} (${d.kind})`).join(', ')}${map.plan ? ` · plan: ${map.plan.fileName}` : ' · NO PLAN FOUND'}`,
    );
    console.log(
      `  recall ${pct(t.found, n)} (${t.found}/${n}) · status ${pct(t.status, n)} · section ${pct(t.section, n)} · precision ${pct(t.found, t.found + t.extra)} (${t.extra} extra)`,
    );
    console.log(
      `  "Please check": ${t.wrongChecked} of ${t.wrong} wrong statuses, ${t.rightChecked} of ${rightOnes.length} right ones`,
    );
    for (const { key, found } of s.pairs) {
      if (!found) {
        const doc = docs.find((d) => d.fileName === key.document);
        console.log(
          `  ✗ ${key.id} not found${doc ? ` (${key.document} read as ${doc.kind})` : ` (${key.document} not imported)`}: ${clip(key.text)}`,
        );
        continue;
      }
      if (found.status === key.status && found.section === key.section) continue;
      console.log(
        `  ✗ ${key.id} expected ${key.status}${key.section ? ` in ${key.section}` : ''}, found ${where(found)}${found.needsCheck ? ' (marked "Please check")' : ''}, confidence ${found.confidence}: ${clip(key.text, 70)}`,
      );
      if (found.planQuote) console.log(`      plan quote: ${clip(found.planQuote, 110)}`);
      if (found.lostSpecifics.length) console.log(`      lost: ${clip(found.lostSpecifics.join(' | '), 160)}`);
      if (key.notes) console.log(`      key says: ${clip(key.notes, 160)}`);
    }
    for (const r of s.extras) console.log(`  + extra from ${r.fileName} p.${r.page} (${where(r)}): ${clip(r.text)}`);
    return t;
  } finally {
    store.close();
  }
}

const tmp = mkdtempSync(join(tmpdir(), 'casebook-eval-'));
const ocr = createOcrEngine();
try {
  const shared = sharedCases();
  if (shared.length === 0) console.log(`No shared samples at ${SHARED_SAMPLES}: running the project's own cases only.`);
  const cases = [...shared, ...(await fixtureCases(join(tmp, 'fixtures')))];
  console.log(`Evidence map evaluation: ${cases.map((c) => c.name).join(', ')}`);
  const total: Tally = {
    expected: 0,
    found: 0,
    status: 0,
    section: 0,
    extra: 0,
    wrong: 0,
    wrongChecked: 0,
    rightChecked: 0,
  };
  const rows: string[] = [];
  for (const c of cases) {
    for (const run of runsOf(c)) {
      const t = await evaluate(run, ocr, tmp);
      for (const k of Object.keys(total) as (keyof Tally)[]) total[k] += t[k];
      rows.push(
        `${`${c.name} · ${run.label}`.padEnd(34)} ${pct(t.found, t.expected).padStart(6)} ${pct(t.status, t.expected).padStart(7)} ${pct(t.section, t.expected).padStart(8)} ${pct(t.found, t.found + t.extra).padStart(10)}`,
      );
    }
  }
  console.log(
    `\n${'run'.padEnd(34)} ${'recall'.padStart(6)} ${'status'.padStart(7)} ${'section'.padStart(8)} ${'precision'.padStart(10)}`,
  );
  for (const r of rows) console.log(r);
  console.log(
    `${'TOTAL'.padEnd(34)} ${pct(total.found, total.expected).padStart(6)} ${pct(total.status, total.expected).padStart(7)} ${pct(total.section, total.expected).padStart(8)} ${pct(total.found, total.found + total.extra).padStart(10)}`,
  );
  console.log(
    `(${total.expected} expected recommendations over ${rows.length} runs; files read from ${cases.map((c) => basename(c.dir)).join(', ')})`,
  );
  console.log(
    `"Please check" on ${total.wrongChecked} of ${total.wrong} wrong statuses and on ${total.rightChecked} of ${total.found - total.wrong} right ones.`,
  );
} finally {
  await ocr.close();
  rmSync(tmp, { recursive: true, force: true });
}
