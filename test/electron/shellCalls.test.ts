import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createCoreApi } from '../../electron/core/api/index.ts';
import type { ShellHost } from '../../electron/core/api/shell.ts';
import { caseFolder } from '../fixtures/caseFiles/index.ts';
import { tempDir } from '../helpers/tempCase.ts';

// The fictional case the tests make (test/fixtures/caseFiles): its reports, plan, letters and email.
const FIXTURES = await caseFolder();

/** Stands in for the operating system (Electron's shell and dialog), recording what was asked. */
function recordingHost() {
  const asked: string[] = [];
  const host: ShellHost = {
    chooseSaveFile: async (name) => {
      asked.push(`save ${name}`);
      return `/home/parent/Documents/${name}`;
    },
    openPath: async (path) => {
      asked.push(`open ${path}`);
      return '';
    },
    showItemInFolder: (path) => void asked.push(`show ${path}`),
    openExternal: async (url) => {
      asked.push(`link ${url}`);
      return true;
    },
  };
  return { host, asked };
}

describe('desktop-only calls (save, open, show, link)', () => {
  const { dir, cleanup } = tempDir();
  afterAll(cleanup);
  const program = join(dir, 'invoice.exe');
  writeFileSync(program, 'MZ');
  chmodSync(program, 0o755);
  const { host, asked } = recordingHost();
  const api = createCoreApi({ appDataDir: dir, documentsDir: dir, shell: host });
  const report = join(FIXTURES, '01-ep-report.pdf');

  it('opens a PDF that exists in the usual app', async () => {
    expect(await api.call('openFile', { path: report })).toEqual({ ok: true, value: { opened: true } });
    expect(asked).toContain(`open ${report}`);
  });

  it.each([
    [program, 'not-openable', 'a program, even one that exists'],
    [join(dir, 'missing.pdf'), 'not-found', 'a file that is not there'],
    ['01-ep-report.pdf', 'not-found', 'a relative path'],
  ])('refuses to open %s (%s: %s)', async (path, code) => {
    const before = asked.length;
    expect(await api.call('openFile', { path })).toMatchObject({ ok: false, error: { code } });
    expect(asked.length).toBe(before);
  });

  it.each(['http://example.org/', 'file:///etc/passwd', 'javascript:alert(1)'])(
    'refuses the link %s before the OS sees it',
    async (url) => {
      const before = asked.length;
      expect(await api.call('openLink', { url })).toMatchObject({ ok: false, error: { code: 'bad-input' } });
      expect(asked.length).toBe(before);
    },
  );

  it('opens an https link and asks where to save a file, through the host', async () => {
    expect(await api.call('openLink', { url: 'https://www.gov.uk/' })).toEqual({ ok: true, value: { opened: true } });
    expect(await api.call('chooseSaveFile', { suggestedName: 'Sam bundle.pdf' })).toEqual({
      ok: true,
      value: '/home/parent/Documents/Sam bundle.pdf',
    });
    expect(await api.call('showInFolder', { path: FIXTURES })).toEqual({ ok: true, value: { shown: true } });
  });

  it('says plainly that these need the desktop app where there is no shell (browser, E2E)', async () => {
    const bare = createCoreApi({ appDataDir: dir, documentsDir: dir });
    for (const [name, input] of [
      ['openFile', { path: report }],
      ['chooseSaveFile', { suggestedName: 'x.pdf' }],
      ['openLink', { url: 'https://www.gov.uk/' }],
      ['showInFolder', { path: FIXTURES }],
    ] as const) {
      expect(await bare.call(name, input)).toMatchObject({ ok: false, error: { code: 'not-available' } });
    }
  });
});
