import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCoreApi, type CoreApi } from '../../electron/core/api/index.ts';
import { tempDir } from '../helpers/tempCase.ts';
import { bundlePdf, pageSentences, textPdf } from './fixtures.ts';

/* Bundles that cannot be read as they are: each gets a message a parent can act on. */
let tmp: ReturnType<typeof tempDir>;
let api: CoreApi;
let caseDir: string;
const PASSWORD = 'Westshire-2027';

beforeAll(async () => {
  tmp = tempDir();
  api = createCoreApi({ appDataDir: join(tmp.dir, 'app'), documentsDir: tmp.dir });
  caseDir = join(tmp.dir, 'case');
  await api.call('createCase', { caseDir, childName: 'Alex Example' });
  const report = [{ heading: 'Educational psychology report', lines: pageSentences(11) }];
  writeFileSync(join(tmp.dir, 'report.pdf'), await textPdf(report));
  await api.call('importFiles', { caseDir, paths: [join(tmp.dir, 'report.pdf')] });
  const bundle = await bundlePdf([{ kind: 'text', spec: { ...report[0]!, label: 'A1' } }], { userPassword: PASSWORD });
  writeFileSync(join(tmp.dir, 'locked.pdf'), bundle);
  const plain = await bundlePdf([{ kind: 'text', spec: { ...report[0]!, label: 'A1' } }]);
  writeFileSync(join(tmp.dir, 'truncated.pdf'), plain.subarray(0, Math.floor(plain.length / 3)));
  writeFileSync(join(tmp.dir, 'cut-near-end.pdf'), plain.subarray(0, Math.floor(plain.length * 0.9)));
  writeFileSync(join(tmp.dir, 'bundle.pdf'), 'PK\u0003\u0004 this is a zipped Word file, renamed');
}, 120_000);
afterAll(() => {
  api?.close();
  tmp?.cleanup();
});

const check = (file: string, password?: string) =>
  api.call('checkReceivedBundle', {
    caseDir,
    bundlePath: join(tmp.dir, file),
    ...(password !== undefined ? { password } : {}),
  });

describe('bundles that cannot be read as they are', () => {
  it('asks for the password of a locked bundle', async () => {
    const r = await check('locked.pdf');
    expect(r).toMatchObject({ ok: false, error: { code: 'bundle-password-needed' } });
    expect(!r.ok && r.error.message).toMatch(/password.*separate email/);
  });

  it('says when the password given is wrong', async () => {
    expect(await check('locked.pdf', 'guess')).toMatchObject({ ok: false, error: { code: 'bundle-password-wrong' } });
  });

  it('checks a locked bundle when given its password', async () => {
    const r = await check('locked.pdf', PASSWORD);
    expect(r.ok && r.value.report.documents[0]).toMatchObject({ status: 'present', labels: 'A1' });
  }, 60_000);

  it('explains a bundle cut short that cannot be rebuilt', async () => {
    const r = await check('truncated.pdf');
    expect(r).toMatchObject({ ok: false, error: { code: 'bundle-truncated' } });
    expect(!r.ok && r.error.message).toMatch(/end of the file is missing.*Download or copy it again/);
  });

  it('checks what arrived of a bundle cut near its end, and says the file is damaged', async () => {
    const r = await check('cut-near-end.pdf');
    expect(r.ok && r.value.report.warnings.map((w) => w.code)).toContain('damaged-file');
    expect(r.ok && r.value.report.documents[0]?.status).toBe('present');
  }, 60_000);

  it('refuses a file that is not a PDF, saying what it is', async () => {
    const r = await check('bundle.pdf');
    expect(r).toMatchObject({ ok: false, error: { code: 'bundle-not-pdf' } });
    expect(!r.ok && r.error.message).toMatch(/Word or zip file, not a PDF/);
  });

  it('says plainly when there is no file at the path', async () => {
    expect(await check('nowhere.pdf')).toMatchObject({ ok: false, error: { code: 'bundle-not-found' } });
  });
});
