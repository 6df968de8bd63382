#!/usr/bin/env node
/**
 * `npm run dist`: build, then make installers with electron-builder (electron-builder.yml).
 *
 * electron-builder rebuilds native modules for Electron IN PLACE, in this repository's
 * node_modules. Left like that, better-sqlite3 would load in the installer but no longer in
 * Node: `npm test` and the CLI would fail with "compiled against a different Node.js version".
 * So Node's build is set aside first and put back afterwards, whatever happens.
 *
 *   npm run dist                    installers for this platform (targets in electron-builder.yml)
 *   npm run dist -- --linux deb     any electron-builder arguments are passed on
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './build-electron.mjs';
import { nativeAbi } from './electronApp.mjs';

const BUILD_DIR = join(ROOT, 'node_modules', 'better-sqlite3', 'build');

function run(command, args) {
  const r = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) process.exitCode = r.status ?? 1;
  return r.status === 0;
}

if (!existsSync(join(BUILD_DIR, 'Release', 'better_sqlite3.node'))) {
  console.error('npm run dist: better-sqlite3 is not built for Node here. Run `npm install` first.');
  process.exit(1);
}
const saved = mkdtempSync(join(tmpdir(), 'casebook-sqlite-node-'));
cpSync(BUILD_DIR, join(saved, 'build'), { recursive: true });
try {
  if (run('npm', ['run', '--silent', 'build'])) {
    const builder = join(
      ROOT,
      'node_modules',
      '.bin',
      process.platform === 'win32' ? 'electron-builder.cmd' : 'electron-builder',
    );
    run(builder, ['--config', 'electron-builder.yml', ...process.argv.slice(2)]);
  }
} finally {
  rmSync(BUILD_DIR, { recursive: true, force: true });
  cpSync(join(saved, 'build'), BUILD_DIR, { recursive: true });
  rmSync(saved, { recursive: true, force: true });
  const abi = nativeAbi(join(BUILD_DIR, 'Release', 'better_sqlite3.node'));
  if (abi !== process.versions.modules) {
    console.error(
      `better-sqlite3 is now built for ABI ${abi}, not this Node's ${process.versions.modules}: run \`npm rebuild better-sqlite3\`.`,
    );
    process.exitCode = 1;
  } else {
    console.log("Put Node's build of better-sqlite3 back: `npm test` and the CLI work as before.");
  }
}
