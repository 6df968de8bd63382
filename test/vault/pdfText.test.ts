import { describe, expect, it } from 'vitest';
import { isUsableText, tidyText } from '../../electron/core/text/pdfText.ts';

describe('whether a page text layer is usable or the page needs OCR', () => {
  it.each([
    ['Sam requires daily precision teaching for reading, 10 minutes per day.', true, 'ordinary English'],
    ['Dyma adroddiad seicolegydd addysg ar gyfer Sam.', true, 'Welsh still has vowels'],
    ['孩子需要每天进行精准教学，每次十分钟，由受过训练的助教一对一进行。', true, 'Chinese: letters, no Latin'],
    ['', false, 'a scanned page with no text layer'],
    ['Page 3', false, "only a page number or a scanner's stamp"],
    [
      '6WDWXWRU\\ DGYLFH IRU DQ (GXFDWLRQ +HDOWK DQG &DUH 1HHGV $VVHVVPHQW KDV EHHQ',
      false,
      'glyph codes shifted along the alphabet',
    ],
    [
      '\u0003\u0004\u0005 Sam\u0003 was\u0003 seen\u0003 in\u0003 school\u0003 on\u0003 two\u0003 occasions',
      false,
      'spaces coming out as U+0003',
    ],
    ['\uE001\uE002\uE003\uE004\uE005\uE006\uE007\uE008\uE009\uE00A\uE00B\uE00C\uE00D', false, 'private-use glyphs'],
  ])('%j → %s (%s)', (text, usable) => {
    expect(isUsableText(text)).toBe(usable);
  });

  it('tidies runs of spaces and blank lines but keeps line breaks', () => {
    expect(tidyText('Name   Sam\n\n\n\nDate  20/05/2026 \n')).toBe('Name Sam\n\nDate 20/05/2026');
  });
});
