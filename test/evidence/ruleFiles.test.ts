import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadRuleFile, regexString, rx } from '../../electron/core/evidence/rules/index.ts';

const File = z.object({ phrases: z.array(z.object({ id: z.string(), pattern: regexString })) });

describe('evidence rule files', () => {
  it('refuses a pattern that only fails when compiled as the engine compiles it (Unicode mode), naming file and field', () => {
    // "\-" outside a class is a harmless escape without the u flag and a syntax error with it.
    const pattern = 'as\\-needed';
    expect(() => new RegExp(pattern, 'i')).not.toThrow();
    expect(() => rx(pattern)).toThrow();
    const load = () =>
      loadRuleFile('vague.json', File, {
        phrases: [
          { id: 'ok', pattern: 'when needed' },
          { id: 'bad', pattern },
        ],
      });
    expect(load).toThrow(/vague\.json: phrases\.1\.pattern: not a valid regular expression/);
  });

  it('loads a valid file as written', () => {
    expect(
      loadRuleFile('vague.json', File, { phrases: [{ id: 'ok', pattern: 'as (?:and when )?needed' }] }).phrases[0]!.id,
    ).toBe('ok');
  });
});
