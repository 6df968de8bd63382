import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { casebook } from '../helpers/cli.ts';
import { tempDir } from '../helpers/tempCase.ts';

let tmp: ReturnType<typeof tempDir>;
let caseDir: string;
const run = (...args: string[]) => {
  const r = casebook(args, { CASEBOOK_DOCX_RENDERER: 'none' });
  return { status: r.code, stdout: r.stdout, stderr: r.stderr };
};

beforeAll(() => {
  tmp = tempDir();
  caseDir = join(tmp.dir, 'case');
  expect(run('init', caseDir, '--child', 'Ali Example', '--la', 'Anyshire Council').status).toBe(0);
});
afterAll(() => tmp?.cleanup());

describe('casebook templates, letter, details, workdoc and appeal-pack', () => {
  it('lists templates as [{ id, title, purpose, fields }]', () => {
    const r = run('templates', '--json');
    const list = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(list.length).toBeGreaterThanOrEqual(14);
    for (const t of list) expect(Object.keys(t).sort()).toEqual(['fields', 'id', 'purpose', 'title']);
  });

  it('writes a letter and prints { out, warnings }, with typed fields filled in', () => {
    const out = join(tmp.dir, 'school.pdf');
    const r = run(
      'letter',
      caseDir,
      'name-school-request',
      '--out',
      out,
      '--set',
      'requested school=Meadow School',
      '--set',
      'reasons=it is small and calm.',
      '--json',
    );
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout) as { out: string; warnings: string[] };
    expect(Object.keys(json).sort()).toEqual(['out', 'warnings']);
    expect(existsSync(out)).toBe(true);
    expect(json.warnings.join(' ')).not.toMatch(/requested school|reasons/);
    expect(json.warnings.join(' ')).toMatch(/No value for "date of birth"/);
  });

  it('drafts the chaser for a deadline rule the timeline does not have yet, and says so', () => {
    const r = run(
      'letter',
      caseDir,
      'chaser',
      '--deadline',
      'final-plan',
      '--out',
      join(tmp.dir, 'chaser.docx'),
      '--no-save',
      '--json',
    );
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as { warnings: string[] }).warnings[0]).toMatch(/no "final-plan" deadline yet/);
  });

  it('keeps case details, such as the appeal reference and an extended appeal', () => {
    expect(run('details', caseDir, '--set', 'appealReference=EH1/26/0001', '--set', 'extendedAppeal=yes').status).toBe(
      0,
    );
    const json = JSON.parse(run('details', caseDir, '--json').stdout) as { details: Record<string, unknown> };
    expect(json.details).toMatchObject({ appealReference: 'EH1/26/0001', extendedAppeal: true });
    expect(run('details', caseDir, '--set', 'favouriteColour=blue').status).toBe(2);
  });

  it('says plainly when there is no plan to build a working document from', () => {
    const r = run('workdoc', caseDir, '--out', join(tmp.dir, 'wd.docx'));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/no EHC plan in this case/);
    expect(run('workdoc', caseDir, '--out', join(tmp.dir, 'wd.pdf')).status).toBe(2);
  });

  it('lists what the appeal pack is missing and exits 1', () => {
    const r = run('appeal-pack', caseDir, '--out', join(tmp.dir, 'pack.pdf'), '--json');
    expect(r.status).toBe(1);
    const json = JSON.parse(r.stdout) as {
      out: string;
      enclosures: { name: string; status: string }[];
      warnings: string[];
    };
    expect(Object.keys(json).sort()).toEqual(['enclosures', 'out', 'warnings']);
    expect(json.enclosures.filter((e) => e.status === 'missing').map((e) => e.name)).toEqual(
      expect.arrayContaining(["The local authority's decision letter", 'The mediation certificate']),
    );
    expect(json.warnings[0]).toMatch(/returned and has not started/);
  });
});
