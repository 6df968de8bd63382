import { toRoman } from '../../../shared/romanNumerals.ts';

/**
 * Word's automatic list numbers ("1.", "a)", "iv.") are not in a .docx's text: Word computes
 * them when it lays the file out, from word/numbering.xml (ECMA-376 Part 1 §17.9). Plans and
 * reports number their provision this way, and a parent cites "Section F, item 5", so we compute
 * the labels and write them into the text as runs of a style of our own, which the page text
 * keeps, the block structure records as `list.label`, and the HTML leaves out (the HTML list
 * numbers itself).
 *
 * Simplified rules, as Word applies them: paragraphs with the same w:numId continue one list;
 * a w:num with a w:startOverride is a list of its own that starts again; other w:num sharing an
 * abstract list continue its count. A level's count resets when a shallower level moves on.
 * Numbering set through paragraph styles and w:lvlRestart are not followed.
 */

export const LIST_LABEL_STYLE = 'CasebookListLabel';

interface Level {
  start: number;
  format: string;
  text: string;
}

interface NumberingDefinitions {
  abstract: Map<string, Map<number, Level>>;
  nums: Map<string, { abstractId: string; starts: Map<number, number> }>;
}

const attr = (xml: string, tag: string) => xml.match(new RegExp(`<w:${tag}\\b[^>]*\\bw:val="([^"]*)"`))?.[1];

function readDefinitions(numberingXml: string): NumberingDefinitions {
  const abstract = new Map<string, Map<number, Level>>();
  for (const m of numberingXml.matchAll(
    /<w:abstractNum\b[^>]*w:abstractNumId="([^"]+)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g,
  )) {
    const levels = new Map<number, Level>();
    for (const l of m[2]!.matchAll(/<w:lvl\b[^>]*w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvl>/g)) {
      levels.set(Number(l[1]), {
        start: Number(attr(l[2]!, 'start') ?? 1),
        format: attr(l[2]!, 'numFmt') ?? 'decimal',
        text: attr(l[2]!, 'lvlText') ?? '',
      });
    }
    abstract.set(m[1]!, levels);
  }
  const nums = new Map<string, { abstractId: string; starts: Map<number, number> }>();
  for (const m of numberingXml.matchAll(/<w:num\b[^>]*w:numId="([^"]+)"[^>]*>([\s\S]*?)<\/w:num>/g)) {
    const starts = new Map<number, number>();
    for (const o of m[2]!.matchAll(/<w:lvlOverride\b[^>]*w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvlOverride>/g)) {
      const s = attr(o[2]!, 'startOverride');
      if (s !== undefined) starts.set(Number(o[1]), Number(s));
    }
    nums.set(m[1]!, { abstractId: attr(m[2]!, 'abstractNumId') ?? '', starts });
  }
  return { abstract, nums };
}

function letters(n: number): string {
  // Word repeats the letter past z: aa, bb, … (§17.18.59 lowerLetter).
  return String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
}

/** One level's number in its format, or undefined for bullets and formats we do not print. */
function formatNumber(n: number, format: string): string | undefined {
  switch (format) {
    case 'decimal':
      return String(n);
    case 'decimalZero':
      return String(n).padStart(2, '0');
    case 'lowerLetter':
      return letters(n);
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerRoman':
      return toRoman(n);
    case 'upperRoman':
      return toRoman(n).toUpperCase();
    default:
      return undefined;
  }
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** document.xml with each numbered paragraph's label written in as a run of LIST_LABEL_STYLE. */
export function labelListParagraphs(documentXml: string, numberingXml: string | undefined): string {
  if (!numberingXml || !documentXml.includes('<w:numPr')) return documentXml;
  const defs = readDefinitions(numberingXml);
  const counters = new Map<string, number[]>();
  const seenNums = new Set<string>();
  return documentXml.replace(/<w:pPr(?:\s[^>]*)?>[\s\S]*?<\/w:pPr>/g, (pPr) => {
    if (pPr.includes('<w:pPrChange')) return pPr;
    const numPr = pPr.match(/<w:numPr>([\s\S]*?)<\/w:numPr>/)?.[1];
    const numId = numPr ? attr(numPr, 'numId') : undefined;
    if (!numId || numId === '0') return pPr;
    const ilvl = Number(attr(numPr!, 'ilvl') ?? 0);
    const num = defs.nums.get(numId);
    const levels = num ? defs.abstract.get(num.abstractId) : undefined;
    if (!num || !levels?.get(ilvl) || levels.get(ilvl)!.format === 'bullet') return pPr;
    const key = num.starts.size ? `num:${numId}` : `abstract:${num.abstractId}`;
    const count = counters.get(key) ?? [];
    if (!seenNums.has(numId)) {
      seenNums.add(numId);
      for (const [lvl, start] of num.starts) count[lvl] = start - 1;
    }
    count[ilvl] = (count[ilvl] ?? levels.get(ilvl)!.start - 1) + 1;
    count.length = ilvl + 1; // deeper levels start again under this item
    counters.set(key, count);
    let label: string | undefined = levels.get(ilvl)!.text;
    for (const m of label.matchAll(/%(\d)/g)) {
      const lvl = Number(m[1]) - 1;
      const level = levels.get(lvl);
      const n = formatNumber(count[lvl] ?? level?.start ?? 1, level?.format ?? 'decimal');
      if (n === undefined) {
        label = undefined;
        break;
      }
      label = label.replace(m[0], n);
    }
    if (!label?.trim() || !/[\p{L}\p{N}]/u.test(label)) return pPr;
    return `${pPr}<w:r><w:rPr><w:rStyle w:val="${LIST_LABEL_STYLE}"/></w:rPr><w:t xml:space="preserve">${escapeXml(label)} </w:t></w:r>`;
  });
}
