import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronAbi, nativeAbi } from '../../scripts/electronApp.mjs';

const ROOT = join(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);
// electron-builder's own YAML reader and schema check: the config is judged by the tool that uses it.
const yaml = createRequire(require.resolve('app-builder-lib'))('js-yaml') as {
  load(text: string): Record<string, unknown>;
};
const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  validateConfiguration(config: unknown, logger: unknown): Promise<void>;
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };

const config = yaml.load(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8'));
const targets = (platform: string) =>
  ((config[platform] as { target: { target: string }[] }).target ?? []).map((t) => t.target);

describe('electron-builder.yml', () => {
  it("passes electron-builder's own configuration schema", async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('makes an NSIS installer for Windows, a DMG for macOS, an AppImage and a .deb for Linux', () => {
    expect(targets('win')).toEqual(['nsis']);
    expect(targets('mac')).toEqual(['dmg']);
    expect(targets('linux')).toEqual(['AppImage', 'deb']);
    expect(config.productName).toBe('Casebook');
    expect(config.appId).toMatch(/^[a-z]+(\.[a-z]+)+$/);
  });

  it("rebuilds native modules (better-sqlite3) for Electron's ABI and never lets Electron run as plain Node", () => {
    expect(config.npmRebuild).toBe(true);
    expect((config.electronFuses as Record<string, boolean>).runAsNode).toBe(false);
  });

  it('ships what the core reads at run time: these are production dependencies, which electron-builder packs', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    // OCR model and engine, pdf.js (standard fonts, CMaps, wasm), fonts for generated pages, SQLite.
    for (const name of [
      'better-sqlite3',
      'tesseract.js',
      '@tesseract.js-data/eng',
      'pdfjs-dist',
      '@expo-google-fonts/noto-sans',
      '@expo-google-fonts/noto-sans-arabic',
      '@embedpdf/fonts-sc',
    ]) {
      expect(pkg.dependencies, name).toHaveProperty([name]);
      expect(
        (config.files as string[]).some((f) => f.startsWith('!') && f.includes(name)),
        name,
      ).toBe(false);
    }
  });

  it('ships the built app, and package.json points Electron at the built main process', () => {
    expect(config.files).toEqual(expect.arrayContaining(['dist-electron/**/*', 'dist-renderer/**/*']));
    expect(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).main).toBe('dist-electron/main.js');
  });
});

describe('native module ABIs', () => {
  it("reads the ABI a .node file was built for: the repository's better-sqlite3 is Node's (for the CLI and tests)", () => {
    expect(nativeAbi(join(ROOT, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node'))).toBe(
      process.versions.modules,
    );
  });

  it("knows the ABI this Electron needs, which is not Node's: the app needs its own build", () => {
    expect(electronAbi()).toMatch(/^\d+$/);
    expect(electronAbi()).not.toBe(process.versions.modules);
  });
});
