#!/usr/bin/env node
/**
 * `npm run audit:electron`: @doyensec/electronegativity over the Electron shell and the renderer.
 * Fails (exit 1) on any HIGH-severity finding, or when it could not parse a file it should check.
 *
 * Runs electronegativity's runner directly: its command-line wrapper is broken by the newer
 * commander hoisted in node_modules ("version is not a function"). What is scanned is staged in
 * a temporary folder (the shell, the renderer, package.json for the Electron version), so the
 * scan does not walk node_modules.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { ROOT } from './build-electron.mjs';

const require = createRequire(import.meta.url);
const run = require('@doyensec/electronegativity/dist/runner.js');

const SCANNED = [
  'electron/main.ts',
  'electron/main',
  'electron/preload.ts',
  'electron/preload',
  'renderer',
  'package.json',
];

const stage = mkdtempSync(join(tmpdir(), 'casebook-audit-'));
try {
  for (const p of SCANNED)
    cpSync(join(ROOT, p), join(stage, p), { recursive: true, filter: (src) => !src.includes('node_modules') });
  const electronVersion = require(join(ROOT, 'node_modules/electron/package.json')).version;
  const started = Date.now();
  const { issues, errors } = await run({
    input: stage,
    electronVersionOverride: electronVersion,
    isRelative: true,
    // The one check that needs the internet (it downloads Electron's release list from GitHub,
    // with no timeout), so its answer depends on the day and the network. Keeping Electron
    // current is the dependency updates' job; every other check runs.
    excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const rank = { HIGH: 3, MEDIUM: 2, LOW: 1, INFORMATIONAL: 0 };
  issues.sort((a, b) => rank[b.severity.name] - rank[a.severity.name]);
  for (const i of issues) {
    const file = relative(stage, join(stage, i.file));
    console.log(
      `${i.severity.name.padEnd(13)} ${i.confidence.name.padEnd(9)} ${i.id.padEnd(40)} ${file}:${i.location.line}:${i.location.column}  ${i.manualReview ? '(review) ' : ''}${i.shortenedURL ?? ''}`,
    );
  }
  const broken = errors.filter((e) => !e.tolerable);
  for (const e of broken) console.log(`could not parse ${relative(stage, e.file)}: ${e.message}`);
  const high = issues.filter((i) => i.severity.name === 'HIGH');
  console.log(
    `\nelectronegativity ${electronVersion ? `(Electron ${electronVersion}) ` : ''}: ${issues.length} findings, ${high.length} high, ${broken.length} files not parsed, in ${seconds} s.`,
  );
  process.exitCode = high.length > 0 || broken.length > 0 ? 1 : 0;
} finally {
  rmSync(stage, { recursive: true, force: true });
}
