/**
 * `npm run bench`: speed and memory targets, measured on real files. Timed tests are flaky on
 * shared CI machines, so targets live here and are reported, never asserted in `npm test`.
 *
 * Each area adds a section: a module exporting a function that returns a BenchReport, listed in
 * SECTIONS. `npm run bench -- import` runs only the sections named.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { benchBundle } from './bundle.ts';
import { benchBundleCheck } from './bundleCheck.ts';
import { benchEvidence } from './evidence.ts';
import { benchFirstPaintReport } from './firstPaint.ts';
import { benchHostile } from './hostile.ts';
import { benchImport } from './import.ts';
import { printReport, type BenchSection } from './report.ts';
import { benchStartup } from './startup.ts';

const SECTIONS: BenchSection[] = [
  { name: 'import', run: benchImport },
  { name: 'evidence', run: benchEvidence },
  { name: 'first-paint', run: benchFirstPaintReport },
  { name: 'bundle', run: benchBundle },
  { name: 'startup', run: benchStartup },
  { name: 'hostile', run: benchHostile },
  { name: 'bundle-check', run: benchBundleCheck },
];

const args = process.argv.slice(2);
const names = args.filter((a) => !a.startsWith('--'));
const chosen = names.length ? SECTIONS.filter((s) => names.includes(s.name)) : SECTIONS;
if (chosen.length === 0) {
  console.error(`No bench section named ${names.join(', ')}. Sections: ${SECTIONS.map((s) => s.name).join(', ')}`);
  process.exit(2);
}
/**
 * Peak RSS is a whole-process figure, so with more than one section each runs in its own child
 * process: a section never inherits the peak of the one before it.
 */
function runChild(name: string): number {
  const flags = args.filter((a) => a.startsWith('--'));
  const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), name, ...flags], {
    stdio: 'inherit',
  });
  return child.status ?? 1;
}

let missed = 0;
if (chosen.length > 1) {
  for (const section of chosen) missed += runChild(section.name) === 0 ? 0 : 1;
  console.log(missed ? `\n${missed} section(s) missed a target.` : '\nAll targets met.');
} else {
  for (const section of chosen) {
    const report = await section.run(args);
    printReport(report);
    missed += report.targets.filter((t) => !t.met).length;
  }
  console.log(missed ? `\n${missed} target(s) missed.` : '\nAll targets met.');
}
process.exitCode = missed ? 1 : 0;
