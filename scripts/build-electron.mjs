#!/usr/bin/env node
/**
 * Builds the Electron side into dist-electron/ with esbuild:
 *
 * - electron/ and shared/ are compiled file by file to ES modules, keeping the source layout
 *   (dist-electron/electron/core/…), with `./x.ts` imports rewritten to `./x.js`. Not one big
 *   bundle, because the core finds its own files next to itself, exactly as under tsx for the CLI
 *   and tests: pdf.js's worker (text/pdfWorkerBoot.mjs + pdfWorker.js), bundle profiles
 *   (bundle/profiles/*.json), templates. Non-TypeScript files are copied alongside.
 * - electron/preload.ts is bundled into ONE CommonJS file, dist-electron/electron/preload.cjs:
 *   a sandboxed preload cannot load ES modules or require anything but 'electron'.
 * - dist-electron/main.js is package.json's "main"; it loads electron/main.js.
 *
 * npm packages are never bundled: they resolve from node_modules at run time, so better-sqlite3
 * can be Electron's build (.electron-app/node_modules, see scripts/electronApp.mjs) while the
 * CLI and tests use Node's.
 */
import { build } from 'esbuild';
import { statSync } from 'node:fs';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const DIST_ELECTRON = join(ROOT, 'dist-electron');

/** Electron 45 runs Node 22 and Chromium 142. */
const NODE_TARGET = 'node22';
const CHROME_TARGET = 'chrome142';

/** The preload and its helpers: bundled on their own, never compiled into the main side. */
const isPreloadSource = (rel) => rel === 'electron/preload.ts' || rel.startsWith('electron/preload/');

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}

function isFile(path) {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Compiles each file alone: relative imports stay imports (of .js), JSON is inlined. */
const keepLayout = {
  name: 'casebook-keep-layout',
  setup(b) {
    b.onResolve({ filter: /^\.\.?\// }, (args) => {
      if (args.kind === 'entry-point' || args.path.endsWith('.json')) return undefined;
      // Each file is compiled alone, so a missing module would only show when the app runs.
      if (!isFile(join(args.resolveDir, args.path))) return { errors: [{ text: `Cannot find ${args.path}` }] };
      return { path: args.path.replace(/\.tsx?$/, '.js'), external: true };
    });
  },
};

export async function buildElectron({ outdir = DIST_ELECTRON } = {}) {
  rmSync(outdir, { recursive: true, force: true });
  const sources = ['electron', 'shared']
    .flatMap((d) => walk(join(ROOT, d)))
    .map((f) => relative(ROOT, f).split('\\').join('/'));
  const entries = sources.filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.d.ts') && !isPreloadSource(f));
  const assets = sources.filter((f) => !/\.tsx?$/.test(f) && !isPreloadSource(f));

  await Promise.all([
    build({
      absWorkingDir: ROOT,
      entryPoints: entries,
      outdir,
      outbase: ROOT,
      bundle: true,
      plugins: [keepLayout],
      packages: 'external',
      platform: 'node',
      format: 'esm',
      target: NODE_TARGET,
      sourcemap: 'linked',
      logLevel: 'warning',
    }),
    build({
      absWorkingDir: ROOT,
      entryPoints: { 'electron/preload': 'electron/preload.ts' },
      outdir,
      bundle: true,
      // Runs in the renderer's sandbox, not in Node.
      platform: 'browser',
      format: 'cjs',
      target: CHROME_TARGET,
      external: ['electron'],
      outExtension: { '.js': '.cjs' },
      minify: true,
      sourcemap: 'linked',
      logLevel: 'warning',
    }),
  ]);
  for (const asset of assets) {
    mkdirSync(dirname(join(outdir, asset)), { recursive: true });
    cpSync(join(ROOT, asset), join(outdir, asset));
  }
  // Letter and document templates, where core code looks for them relative to itself.
  if (existsSync(join(ROOT, 'templates')))
    cpSync(join(ROOT, 'templates'), join(outdir, 'templates'), { recursive: true });
  writeFileSync(
    join(outdir, 'main.js'),
    "// package.json's \"main\": the Electron main process.\nimport './electron/main.js';\n",
  );
  return outdir;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = Date.now();
  const outdir = await buildElectron();
  console.log(
    `Built the Electron main process, preload and core into ${relative(ROOT, outdir)}/ in ${Date.now() - started} ms.`,
  );
}
