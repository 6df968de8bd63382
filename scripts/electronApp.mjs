/**
 * The app directory `npm start` launches: .electron-app/ (git-ignored).
 *
 * better-sqlite3 is a native module and a .node file is built for ONE ABI: Node's (the CLI,
 * `npm test`) or Electron's (the app). node_modules/better-sqlite3 stays Node's build, untouched.
 * This folder holds the app's built code plus its own copy of better-sqlite3 rebuilt for
 * Electron. Node resolves `better-sqlite3` from .electron-app/dist-electron/… by walking up:
 * .electron-app/node_modules (Electron's build) is found before the repository's node_modules,
 * which supplies every other package. So both builds live side by side and neither command
 * ever rebuilds what the other needs.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { ROOT } from './build-electron.mjs';

export const APP_DIR = join(ROOT, '.electron-app');
const ELECTRON_PKG = join(ROOT, 'node_modules', 'electron');
const SQLITE_SRC = join(ROOT, 'node_modules', 'better-sqlite3');
const SQLITE_DEST = join(APP_DIR, 'node_modules', 'better-sqlite3');
const SQLITE_BINARY = join('build', 'Release', 'better_sqlite3.node');
const STAMP = '.casebook-electron-build.json';

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

/** A failure the person running the command can act on; printed without a stack trace. */
export class StartError extends Error {}

export function electronVersion() {
  if (!existsSync(join(ELECTRON_PKG, 'package.json')))
    throw new StartError('The electron package is not installed. Run `npm install`.');
  return readJson(join(ELECTRON_PKG, 'package.json')).version;
}

/**
 * The Electron executable, found the way the electron package's index.js does — but without
 * requiring that file, which tries to download the binary when it is missing.
 */
export function electronBinary() {
  const pathFile = join(ELECTRON_PKG, 'path.txt');
  const exe = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined;
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH || join(ELECTRON_PKG, 'dist');
  const full = join(distDir, exe || (process.platform === 'win32' ? 'electron.exe' : 'electron'));
  if (exe && existsSync(full)) return full;
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH && existsSync(full)) return full;
  throw new StartError(
    [
      `The Electron runtime (version ${electronVersion()}) is not installed, so Casebook cannot open its window.`,
      `Looked for: ${full}`,
      'It is downloaded by `npm install` unless ELECTRON_SKIP_BINARY_DOWNLOAD is set. To fetch it now, run:',
      '    npx install-electron',
      'or delete node_modules/electron and run `npm install` again (this needs an internet connection).',
      'The command line (`npx casebook …`) and `npm test` do not need Electron.',
    ].join('\n'),
  );
}

/** The NODE_MODULE_VERSION this Electron's Node expects (shipped in the electron package). */
export function electronAbi() {
  const file = join(ELECTRON_PKG, 'abi_version');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  throw new StartError('node_modules/electron/abi_version is missing: reinstall electron with `npm install`.');
}

/**
 * The ABI a .node file was built for, read from the module's registration symbol
 * (node_register_module_v<ABI>), so a wrong build is caught here, with a clear message, rather
 * than as "was compiled against a different Node.js version" when the window opens.
 */
export function nativeAbi(nodeFile) {
  if (!existsSync(nodeFile)) return undefined;
  return readFileSync(nodeFile)
    .toString('latin1')
    .match(/node_register_module_v(\d+)/)?.[1];
}

/** Copies the built main process and renderer into the app folder with its package.json. */
export function stageApp({ log = console.log } = {}) {
  for (const dir of ['dist-electron', 'dist-renderer']) {
    if (!existsSync(join(ROOT, dir))) throw new StartError(`${dir}/ is missing: the build did not finish.`);
  }
  const pkg = readJson(join(ROOT, 'package.json'));
  mkdirSync(APP_DIR, { recursive: true });
  writeFileSync(
    join(APP_DIR, 'package.json'),
    `${JSON.stringify(
      {
        name: pkg.name,
        productName: pkg.productName,
        version: pkg.version,
        description: pkg.description,
        private: true,
        type: 'module',
        main: 'dist-electron/main.js',
        dependencies: { 'better-sqlite3': pkg.dependencies['better-sqlite3'] },
      },
      null,
      2,
    )}\n`,
  );
  // Copies, not symlinks: Node resolves a symlinked file from its real path, which would find
  // the repository's (Node ABI) better-sqlite3 instead of this folder's.
  for (const dir of ['dist-electron', 'dist-renderer']) {
    rmSync(join(APP_DIR, dir), { recursive: true, force: true });
    cpSync(join(ROOT, dir), join(APP_DIR, dir), { recursive: true });
  }
  log(`Staged the app in ${APP_DIR}`);
}

/**
 * Makes .electron-app/node_modules/better-sqlite3 an Electron build, rebuilding only when
 * better-sqlite3, Electron or the platform changed (the stamp records what it was built for).
 * @electron/rebuild first tries better-sqlite3's prebuilt binary for this Electron (a download),
 * then compiles from source against Electron's headers (about two minutes).
 */
export async function ensureSqliteForElectron({ log = console.log } = {}) {
  const want = {
    betterSqlite3: readJson(join(SQLITE_SRC, 'package.json')).version,
    electron: electronVersion(),
    abi: electronAbi(),
    platform: process.platform,
    arch: process.arch,
  };
  const stampFile = join(SQLITE_DEST, STAMP);
  const have = existsSync(stampFile) ? readJson(stampFile) : undefined;
  if (have && JSON.stringify(have) === JSON.stringify(want) && nativeAbi(join(SQLITE_DEST, SQLITE_BINARY)) === want.abi)
    return;

  log(
    `Building the database module (better-sqlite3 ${want.betterSqlite3}) for Electron ${want.electron}. This happens once and can take a few minutes…`,
  );
  rmSync(SQLITE_DEST, { recursive: true, force: true });
  // Everything but Node's compiled build/ folder: the sources are rebuilt for Electron.
  const nodeBuild = join(SQLITE_SRC, 'build');
  cpSync(SQLITE_SRC, SQLITE_DEST, {
    recursive: true,
    filter: (src) => src !== nodeBuild && !src.startsWith(nodeBuild + sep),
  });
  // An npm config `nodedir` (set on some machines for offline builds) points node-gyp at Node's
  // own headers: the result would load in Node and fail in Electron. Electron's headers only.
  for (const key of Object.keys(process.env)) if (/^npm_config_nodedir$/i.test(key)) delete process.env[key];
  const { rebuild } = await import('@electron/rebuild');
  try {
    await rebuild({
      buildPath: APP_DIR,
      electronVersion: want.electron,
      arch: process.arch,
      onlyModules: ['better-sqlite3'],
      force: true,
    });
  } catch (e) {
    throw new StartError(
      `Could not build better-sqlite3 for Electron ${want.electron}: ${e instanceof Error ? e.message : String(e)}\n` +
        'This needs an internet connection once (Electron headers or a prebuilt binary) and, to compile, a C++ toolchain ' +
        '(Windows: Visual Studio Build Tools with "Desktop development with C++"; macOS: `xcode-select --install`; Linux: build-essential, python3).',
    );
  }
  const built = nativeAbi(join(SQLITE_DEST, SQLITE_BINARY));
  if (built !== want.abi) {
    throw new StartError(
      `better-sqlite3 was built for ABI ${built ?? '(nothing built)'} but Electron ${want.electron} needs ABI ${want.abi}. ` +
        "The build most likely used Node.js headers instead of Electron's (check `npm config get nodedir`). " +
        `Delete ${APP_DIR} and run \`npm start\` again.`,
    );
  }
  writeFileSync(stampFile, `${JSON.stringify(want, null, 2)}\n`);
  log(`better-sqlite3 is built for Electron ${want.electron} (ABI ${want.abi}).`);
}
