#!/usr/bin/env node
/**
 * `npm start`: build the renderer (Vite) and the main process (esbuild), stage them in
 * .electron-app/ with better-sqlite3 built for Electron (scripts/electronApp.mjs), then launch
 * Electron on that folder. The repository's own node_modules keeps Node's build for the CLI and
 * `npm test`, so the two never need a manual rebuild, in either order.
 *
 *   npm start                 build and launch
 *   npm start -- --no-launch  build and stage only (CI, or a machine without the Electron binary)
 */
import { spawn, spawnSync } from 'node:child_process';
import { buildElectron, ROOT } from './build-electron.mjs';
import { APP_DIR, electronBinary, ensureSqliteForElectron, stageApp, StartError } from './electronApp.mjs';

const launch = !process.argv.includes('--no-launch');

function run(command, args) {
  const r = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0)
    throw new StartError(`\`${command} ${args.join(' ')}\` failed (exit code ${r.status ?? r.signal}).`);
}

try {
  // Checked first: no point building for two minutes to find there is nothing to launch.
  const electron = launch ? electronBinary() : undefined;
  run('npm', ['run', '--silent', 'build:renderer']);
  await buildElectron().catch(() => {
    throw new StartError('Building the main process failed: see the errors above.');
  });
  stageApp();
  await ensureSqliteForElectron();
  if (!electron) {
    console.log(`Built and staged in ${APP_DIR}. Not launching (--no-launch).`);
  } else {
    const env = { ...process.env };
    // Set by some tools (and this repository's tests never set it): it would make Electron a plain Node.
    delete env.ELECTRON_RUN_AS_NODE;
    const child = spawn(electron, [APP_DIR], { cwd: ROOT, stdio: 'inherit', env });
    for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
    child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  }
} catch (e) {
  if (!(e instanceof StartError)) throw e;
  console.error(`\nnpm start: ${e.message}`);
  process.exit(1);
}
