import { join } from 'node:path';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { contract } from '../../shared/contract/index.ts';
import { createFileTokens, FILE_FIELDS, TOKEN_PREFIX } from '../../electron/main/fileTokens.ts';
import { createGestureTracker, GESTURE_WINDOW_MS, isAllowedLink } from '../../electron/main/linkPolicy.ts';

describe('files the renderer names', () => {
  it('resolves only tokens main issued, for the use they were issued for', () => {
    const tokens = createFileTokens();
    const read = tokens.issue('/home/sam/Downloads/EP report.pdf', 'read');
    const write = tokens.issue('/home/sam/Documents/bundle.pdf', 'write');
    expect(read.startsWith(TOKEN_PREFIX)).toBe(true);
    expect(read.endsWith('/EP report.pdf')).toBe(true);
    expect(tokens.resolveInput('importFiles', { caseDir: '/c', paths: [read] })).toMatchObject({
      ok: true,
      input: { paths: ['/home/sam/Downloads/EP report.pdf'] },
    });
    // A real path, a made-up token, or a write token used for reading: all refused.
    for (const bad of ['/home/sam/.ssh/id_rsa', `${TOKEN_PREFIX}00000000-0000-0000-0000-000000000000/x.pdf`, write]) {
      expect(tokens.resolveInput('importFiles', { caseDir: '/c', paths: [bad] })).toMatchObject({
        ok: false,
        code: 'file-not-chosen',
      });
    }
    expect(
      tokens.resolveInput('gapReport', { caseDir: '/c', format: 'pdf', outPath: '/home/sam/.bashrc' }),
    ).toMatchObject({ ok: false });
    expect(tokens.resolveInput('buildBundle', { caseDir: '/c', outPath: write })).toMatchObject({
      ok: true,
      input: { outPath: '/home/sam/Documents/bundle.pdf' },
    });
    expect(tokens.resolveInput('buildBundle', { caseDir: '/c', outPath: read })).toMatchObject({ ok: false });
  });

  it('lets a token for a dropped folder name files inside it, never outside', () => {
    const tokens = createFileTokens();
    const folder = tokens.issue('/home/sam/School letters', 'read');
    expect(tokens.resolve(`${folder}/2026/letter.pdf`, 'read')).toBe(
      join('/home/sam/School letters', '2026/letter.pdf'),
    );
    expect(tokens.resolve(`${folder}/../../.ssh/id_rsa`, 'read')).toBeUndefined();
    expect(tokens.resolve(`${folder}x/letter.pdf`, 'read')).toBeUndefined();
  });

  it('shows import progress and outcomes with the tokens the screen sent', () => {
    const tokens = createFileTokens();
    const folder = tokens.issue('/home/sam/School letters', 'read');
    const resolved = tokens.resolveInput('importFiles', { caseDir: '/c', paths: [folder] });
    if (!resolved.ok) throw new Error(resolved.message);
    tokens.watchJob('j1', resolved.restore);
    const progress = tokens.restoreEvent({
      jobId: 'j1',
      type: 'progress',
      progress: { message: 'Reading', done: 0, total: 1, item: '/home/sam/School letters/a.eml' },
    });
    expect(progress.type === 'progress' && progress.progress.item).toBe(`${folder}/a.eml`);
    const done = tokens.restoreEvent({
      jobId: 'j1',
      type: 'done',
      result: {
        ok: true,
        value: [
          {
            path: '/home/sam/School letters/a.eml › b.pdf',
            status: 'imported',
            parentPath: '/home/sam/School letters/a.eml',
          },
        ],
      },
    });
    expect(JSON.stringify(done)).not.toContain('/home/sam');
  });

  it('covers every call whose input names a file to read or write', () => {
    const named = Object.entries(contract).flatMap(([name, def]) => {
      const shape = def.input instanceof z.ZodObject ? (def.input.shape as Record<string, unknown>) : {};
      return Object.keys(shape)
        .filter((f) => /^(paths?|[a-z]+Path)$/.test(f))
        .map((f) => `${name}.${f}`);
    });
    const covered = Object.entries(FILE_FIELDS).flatMap(([name, fields]) => fields.map((f) => `${name}.${f.field}`));
    // openFile and showInFolder take files Casebook made; main checks those itself (mayOpen).
    expect(named.filter((n) => !/^(openFile|showInFolder)\./.test(n)).sort()).toEqual(covered.sort());
  });

  it('opens only files Casebook made in a case folder, or saved where the user chose', () => {
    const tokens = createFileTokens();
    tokens.issue('/home/sam/Documents/log.csv', 'write');
    expect(tokens.mayOpen('/home/sam/Documents/log.csv', [])).toBe(true);
    expect(tokens.mayOpen('/home/sam/cases/Sam/bundles/bundle-v1.pdf', ['/home/sam/cases/Sam'])).toBe(true);
    expect(tokens.mayOpen('/home/sam/Downloads/setup.pdf', ['/home/sam/cases/Sam'])).toBe(false);
    expect(tokens.mayOpen('/home/sam/cases/Sammy/x.pdf', ['/home/sam/cases/Sam'])).toBe(false);
  });
});

describe('links to the web', () => {
  it.each([
    ['https://www.gov.uk/courts-tribunals/first-tier-tribunal-special-educational-needs-and-disability', true],
    ['https://www.legislation.gov.uk/uksi/2014/1530/regulation/44', true],
    ['https://www.ipsea.org.uk/', true],
    ['https://councilfordisabledchildren.org.uk/information-advice-and-support-services-network', true],
    ['http://www.gov.uk/', false],
    ['https://gov.uk.evil.example/', false],
    ['https://evilgov.uk/', false],
    ['https://user:pw@www.gov.uk/', false],
    ['https://www.gov.uk:8443/', false],
    ['https://tracker.example/?child=Sam', false],
    ['file:///etc/passwd', false],
  ])('%s → %s', (url, ok) => {
    expect(isAllowedLink(url)).toBe(ok);
  });

  it('open only just after the user clicked or typed', () => {
    let t = 1_000_000;
    const gestures = createGestureTracker(() => t);
    expect(gestures.recent()).toBe(false);
    gestures.record('mouseMove');
    expect(gestures.recent()).toBe(false);
    gestures.record('mouseUp');
    expect(gestures.recent()).toBe(true);
    t += GESTURE_WINDOW_MS + 1;
    expect(gestures.recent()).toBe(false);
  });
});
