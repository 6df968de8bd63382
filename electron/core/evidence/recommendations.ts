import type { RecommendationKind } from '../../../shared/evidence.ts';
import { toBlocks, type Block, type PageInput } from './blocks.ts';
import { anyOf, rules } from './rules/index.ts';
import { extractSpecifics, professionsIn } from './specifics.ts';
import { normalise, sentences } from './text.ts';

export interface FoundRecommendation {
  page: number;
  /** Printed number of the item, prefixed by its heading's number when there is one ("7.2.3"). */
  paragraph?: string;
  text: string;
  kind: RecommendationKind;
}

const { cues } = rules;
const headingText = (h: string) =>
  normalise(h)
    .replace(/^(\d{1,2}(\.\d{1,2})*\.?|[A-Z][.)]|section \d+[:.]?)\s+/i, '')
    .replace(/[:.]$/, '')
    .trim();
const anchored = (list: string[]) => new RegExp(`^(?:${list.map((p) => `(?:${p})`).join('|')})$`, 'iu');
const recAnchored = anchored(
  cues.recommendationHeadings.map((p) => `(?:(?:summary of|my|key|main|specific|further) )?${p}`),
);
// Any heading that says "recommend…" ("Summary and recommendations", "Recommendations for school").
const recHeading = { test: (h: string) => recAnchored.test(h) || /\brecommend/i.test(h) };
const notRecHeading = anchored(cues.notRecommendationHeadings.map((p) => `${p}.*`));
const outcomeHeading = new RegExp(`\\b(${cues.outcomeHeadings.join('|')})\\b`, 'iu');
const needHeading = anchored(cues.needHeadings);
const meta = anyOf(cues.metaSentence.patterns);
const outcomeRe = anyOf(cues.outcomePatterns);
const needRe = anyOf(cues.needPatterns);
const cueRe = new RegExp(`\\b(${cues.cuePhrases.map((c) => c.replace(/ /g, '\\s+')).join('|')})\\b`, 'iu');
// Outside a recommendations section, these say "do this"; "needs" and "benefits from" also describe.
const strongCue = /\b(should|must|i recommend|it is recommended|recommends?|requires|will need|needs? to)\b/i;
// A heading that is a signature ("Dr Ruth Okafor, Educational Psychologist") ends the advice.
const signature = /^(dr|mr|mrs|ms|miss|prof|signed|yours)\b/i;

/**
 * A signature line: "Dr …", or a name before a job title ("Priya Nandra, Highly Specialist Speech
 * and Language Therapist"). A sub-heading such as "Strategies for the class teacher" is not one.
 */
function isSignature(h: string): boolean {
  if (signature.test(h)) return true;
  if (/\b(advice|report|strategies|recommend\w*|provision|support)\b/i.test(h)) return false;
  return professionsIn(h).some(
    (p) => p.prof.rank >= 2 && (h.slice(0, Math.max(0, p.at - 1)).match(/\b[A-Z][a-z'-]+\b/g) ?? []).length >= 2,
  );
}

/** Kind from the words and the heading above: "By July 2027, X will be able to…" is an outcome. */
export function kindOf(text: string, zone: RecommendationKind): RecommendationKind {
  if (outcomeRe.test(text)) return 'outcome';
  if (zone === 'outcome' && !cueRe.test(text)) return 'outcome';
  if (needRe.test(text)) return 'need';
  return zone === 'outcome' ? 'outcome' : 'provision';
}

/** Whether a sentence carries a recommendation cue ("should", "requires", "will benefit from"…). */
export const hasCue = (text: string): boolean => cueRe.test(text);

const LEAD_IN =
  /^(the following (\w+ )*(is|are) (recommended|advised|suggested|needed|required)\b|i (would )?(recommend|suggest|advise) the following\b)/i;
// The paragraph's last sentence: a text layer without positions may join it to the one before.
const leadIn = (b: Block) => b.kind === 'para' && LEAD_IN.test(sentences(b.text).at(-1) ?? '');

/** Whether a document has a section of advice: Recommendations, Plan, Provision required, Advice… */
export function hasAdviceSection(pages: PageInput[], blocks?: Block[]): boolean {
  return (blocks ?? toBlocks(pages)).some((b) => b.kind === 'heading' && recHeading.test(headingText(b.text)));
}

/**
 * Finds recommendations in one professional report. Where the report has recommendation headings
 * (Recommendations, Provision required, Outcomes, Advice…), everything listed under them is taken
 * and nothing else: background and history use "needs" and "should" too. A report without such
 * headings gives its cue sentences ("should", "requires", "I recommend") that name a provision.
 */
export function extractRecommendations(pages: PageInput[], blocksIn?: Block[]): FoundRecommendation[] {
  const blocks = blocksIn ?? toBlocks(pages);
  const zoned = blocks.some((b) => (b.kind === 'heading' && recHeading.test(headingText(b.text))) || leadIn(b));
  const out: FoundRecommendation[] = [];
  let inZone = false;
  let zoneKind: RecommendationKind = 'provision';
  let zoneNumber: string | undefined;
  let excluded = false;
  for (const b of blocks) {
    // "The following provision is recommended…" opens the advice as a heading would (a scan may
    // have lost the heading itself: white text on a coloured bar).
    if (leadIn(b) && !inZone) {
      inZone = true;
      zoneKind = 'provision';
      excluded = false;
      continue;
    }
    if (b.kind === 'heading') {
      const h = headingText(b.text);
      const top = b.number?.split('.')[0];
      if (recHeading.test(h)) {
        inZone = true;
        zoneKind = outcomeHeading.test(h) ? 'outcome' : 'provision';
        // "7.1 Recommended outcomes" under "7. Recommendations" keeps the parent's number.
        if (!(zoneNumber && top === zoneNumber.split('.')[0])) zoneNumber = b.number;
        else zoneNumber = b.number ?? zoneNumber;
        excluded = false;
      } else if (notRecHeading.test(h) || needHeading.test(h)) {
        inZone = false;
        excluded = true;
      } else if (isSignature(h)) {
        inZone = false;
        excluded = true;
      } else if (b.number && zoneNumber && top !== zoneNumber.split('.')[0]) {
        inZone = false;
        excluded = false;
      }
      continue;
    }
    if (zoned && !inZone) continue;
    if (!zoned && excluded) continue;
    const prefix = zoneNumber ? `${zoneNumber.replace(/\.$/, '')}.` : '';
    if (b.kind === 'item' || b.kind === 'row') {
      const text = cleanItem(b.text);
      if (!text || meta.test(text) || text.split(/\s+/).length < 4) continue;
      if (!zoned && !hasCue(text)) continue;
      // "7.1" under "7. Recommendations" already carries its heading's number.
      const paragraph = b.number && (prefix && !b.number.startsWith(prefix) ? `${prefix}${b.number}` : b.number);
      out.push({ page: b.page, ...(paragraph ? { paragraph } : {}), text, kind: kindOf(text, zoneKind) });
      continue;
    }
    // A table of advice whose columns the PDF text lost: one printed line per row, not one blob.
    const tableRows = zoned && tableLike(b) ? b.lines!.filter((l) => l.split(/\s+/).length >= 4) : undefined;
    if (tableRows) {
      for (const s of tableRows)
        if (isAdviceSentence(s, zoned, zoneKind)) out.push({ page: b.page, text: s, kind: kindOf(s, zoneKind) });
      continue;
    }
    for (const group of adviceInProse(b.text, zoned, zoneKind))
      out.push({ page: b.page, text: group, kind: kindOf(group, zoneKind) });
  }
  return out;
}

/** A sentence that gives advice: a cue word, an outcome, or (under an advice heading) who and how often. */
function isAdviceSentence(s: string, zoned: boolean, zoneKind: RecommendationKind): boolean {
  if (meta.test(s) || s.split(/\s+/).length < 5) return false;
  const outcome = zoneKind === 'outcome' && outcomeRe.test(s);
  // Under a recommendations heading, a line that names who or how often is advice even with
  // no cue word (table rows: "Direct SALT | 45 minutes weekly | Speech and language therapist").
  const specific = zoned && extractSpecifics(s).length >= 2;
  if (!hasCue(s) && !outcome && !specific) return false;
  return zoned || strongCue.test(s) || namesProvision(s);
}

/**
 * A sentence that opens by pointing back ("This teaching should…", "Any fault should…", "Where no
 * subtitled version exists…", "During class discussion…") adds to the recommendation before it.
 */
const continuesAdvice =
  /^(this|these|that|those|such|it|its|they|their|any|each|where|if|when|whenever|during|otherwise|alternatively|both|again|the same)\b/i;

/**
 * The recommendations in a paragraph of prose: each advice sentence starts one, a sentence that
 * points back adds to it, and a sentence with no advice in it (background, a reason, "this is an
 * increase on…") belongs to none. So one paragraph may hold two recommendations, or none.
 */
export function adviceInProse(text: string, zoned: boolean, zoneKind: RecommendationKind): string[] {
  const groups: string[][] = [];
  let current: string[] | undefined;
  for (const s of sentences(text)) {
    if (!isAdviceSentence(s, zoned, zoneKind)) {
      current = undefined;
      continue;
    }
    if (current && continuesAdvice.test(s)) current.push(s);
    else groups.push((current = [s]));
  }
  return groups.map((g) => g.join(' '));
}

function tableLike(b: Block): boolean {
  if (!b.lines || b.lines.length < 3) return false;
  return (b.text.match(/[.!?](\s|$)/g) ?? []).length * 3 < b.lines.length;
}

/** Outside a recommendations section, a cue sentence counts only if it names who, how much or what support. */
function namesProvision(s: string): boolean {
  return (
    professionsIn(s).length > 0 ||
    /\b(\d+\s*(minutes?|hours?|sessions?)|weekly|daily|1:1|programme|therapy|support|training|provision)\b/i.test(s)
  );
}

function cleanItem(text: string): string {
  return normalise(text)
    .replace(/\s+(signed|yours sincerely|yours faithfully)\b.*$/i, '')
    .trim();
}
