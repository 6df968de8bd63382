import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createCoreApi } from '../../electron/core/api/index.ts';
import { EXIT_FAILED, EXIT_USAGE, errorFrom } from '../../electron/cli/api.ts';
import { tempDir } from '../helpers/tempCase.ts';
import { casebook } from '../helpers/cli.ts';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

describe('the CLI as a face over the core API', () => {
  it.each([
    ['not-a-case', EXIT_USAGE],
    ['bad-input', EXIT_USAGE],
    ['no-such-profile', EXIT_USAGE],
    ['write-failed', EXIT_FAILED],
    ['internal', EXIT_FAILED],
  ] as const)('turns an API failure %s into exit code %i, keeping its message', (code, exit) => {
    const e = errorFrom({ code, message: 'What to do next.' });
    expect(e.exitCode).toBe(exit);
    expect(e.message).toBe('What to do next.');
  });

  it("creates a case through the app's own createCase: it is in the app's recent list", async () => {
    const appDataDir = join(tmp.dir, 'appdata');
    const caseDir = join(tmp.dir, 'case');
    const r = casebook(['init', caseDir, '--child', 'Alex Morgan'], { CASEBOOK_APP_DATA: appDataDir });
    expect(r.code).toBe(0);
    const api = createCoreApi({ appDataDir, documentsDir: tmp.dir });
    try {
      const recent = await api.call('listRecentCases', {});
      expect(recent.ok && recent.value.map((c) => [c.caseDir, c.childName])).toEqual([[caseDir, 'Alex Morgan']]);
    } finally {
      api.close();
    }
  });

  it('prints the API’s message and exit code 2 for a folder that is not a case', () => {
    const r = casebook(['timeline', tmp.dir, '--json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^casebook: .*not a Casebook case/);
    expect(r.stdout).toBe('');
  });
});
