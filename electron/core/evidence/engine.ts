import { createHash } from 'node:crypto';
import type { EvidenceMap, EvidencePlan, Flag, Recommendation, RecommendationKind } from '../../../shared/evidence.ts';
import { checkAdviceList, type AdviceDocument } from './adviceList.ts';
import type { Block, PageInput } from './blocks.ts';
import { matchRecommendation, planUnits } from './matcher.ts';
import { documentAgency, placementOf } from './placement.ts';
import { PLAN_MIN_SECTIONS, splitPlan, type SplitPlan } from './planSplitter.ts';
import { extractRecommendations, hasAdviceSection, kindOf } from './recommendations.ts';
import { redPen } from './redPen.ts';
import { Similarity } from './similarity.ts';
import { extractSpecifics } from './specifics.ts';
import { normalise } from './text.ts';
import { suggestWording } from './wording.ts';

export interface EngineDocument {
  documentId: number;
  fileName: string;
  title: string;
  kind: string;
  sourceType?: string;
  author?: string;
  /** The author's profession, when the importer or the user named one. */
  profession?: string;
  date?: string;
  pages: PageInput[];
  /** Blocks read from a Word file's own structure (headings, lists, tables), when there are any. */
  blocks?: Block[];
}

export interface ExtraRecommendation {
  documentId: number;
  page: number;
  text: string;
  kind?: RecommendationKind;
}

export interface EngineInput {
  documents: EngineDocument[];
  /** The child's names: every paragraph names the child, so they say nothing about a match. */
  childNames?: string[];
  /** Recommendations the user added from report text. */
  extra?: ExtraRecommendation[];
}

/** Stable across re-analysis, so a user's decision stays attached to the same recommendation. */
export function recommendationId(documentId: number, text: string): string {
  const key = normalise(text).toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  return `r${documentId}-${createHash('sha256').update(key).digest('hex').slice(0, 10)}`;
}

/**
 * The plan: documents of kind "plan", or any document with most of the A–K headings. With more
 * than one (the PDF and the Word copy of one plan), the one where most sections were found; a PDF
 * on a tie, since its page numbers are the ones a tribunal will cite.
 */
export function choosePlan(documents: EngineDocument[]): { doc: EngineDocument; split: SplitPlan } | undefined {
  const candidates = documents
    .map((doc) => ({ doc, split: splitPlan(doc.pages, doc.blocks) }))
    .filter(({ doc, split }) => (doc.kind === 'plan' && split.found >= 3) || split.found >= PLAN_MIN_SECTIONS);
  candidates.sort(
    (a, b) =>
      b.split.found - a.split.found ||
      Number(b.doc.sourceType === 'pdf') - Number(a.doc.sourceType === 'pdf') ||
      Number(b.doc.kind === 'plan') - Number(a.doc.kind === 'plan') ||
      // An LA bundle holds the plan among much else: a much shorter document is the plan itself.
      muchShorter(a.doc, b.doc) ||
      // Between a draft and a final plan, the newer date first.
      (b.doc.date ?? '').localeCompare(a.doc.date ?? ''),
  );
  return candidates[0];
}

function muchShorter(a: EngineDocument, b: EngineDocument): number {
  const [pa, pb] = [a.pages.length, b.pages.length];
  if (pa * 1.5 < pb) return -1;
  if (pb * 1.5 < pa) return 1;
  return 0;
}

/**
 * Whether a document is professional advice to read for recommendations, whatever it was filed
 * as: a report, or a letter, email or note written by a professional or with a recommendations,
 * plan or advice section (a consultant's "Dear Colleague" letter with a numbered "Plan:"). Never
 * the LA's decision letter, and never a plan (or a bundle holding one): its provision is what
 * the advice is checked against.
 */
export function isAdvice(doc: EngineDocument): boolean {
  if (doc.kind === 'plan' || doc.kind === 'decision-letter') return false;
  if (splitPlan(doc.pages, doc.blocks).found >= PLAN_MIN_SECTIONS) return false;
  if (doc.kind === 'report') return true;
  return Boolean(doc.profession) || hasAdviceSection(doc.pages, doc.blocks);
}

/** The whole evidence map from documents' text: pure, no store, no network. */
export function analyseDocuments(input: EngineInput): EvidenceMap {
  const notes: string[] = [];
  const chosen = choosePlan(input.documents);
  const reports = input.documents.filter((d) => d !== chosen?.doc && isAdvice(d));
  if (!chosen) notes.push('No EHC plan was found in this case. Import the plan (PDF or Word) and mark it as "EHC plan".');
  if (reports.length === 0) notes.push('No professional reports were found. Import the reports and mark them as "Professional report".');
  const ignore = new Set((input.childNames ?? []).flatMap((n) => n.toLowerCase().split(/\s+/)).filter((w) => w.length > 1));
  const sections = chosen?.split.sections ?? {};
  const corpus = Object.values(sections).flatMap((ps) => (ps ?? []).map((p) => p.text));
  const sim = new Similarity(corpus, ignore);
  const units = planUnits(sections, sim);

  const recs: Recommendation[] = [];
  const seen = new Set<string>();
  const add = (doc: EngineDocument, found: { page: number; paragraph?: string; text: string; kind: RecommendationKind }, addedByUser: boolean) => {
    const id = recommendationId(doc.documentId, found.text);
    if (seen.has(id)) return;
    seen.add(id);
    const agencyOfDoc = documentAgency(`${doc.title}\n${doc.pages[0]?.text ?? ''}`);
    const { belongsIn, agency } = placementOf(found.text, found.kind, agencyOfDoc);
    const specifics = extractSpecifics(found.text);
    const match = chosen
      ? matchRecommendation({ text: found.text, kind: found.kind, belongsIn, specifics }, units, sim)
      : { status: 'missing' as const, section: null, para: null, planQuote: null, lostSpecifics: [], score: 0 };
    recs.push({
      id,
      documentId: doc.documentId,
      fileName: doc.fileName,
      page: found.page,
      ...(found.paragraph ? { paragraph: found.paragraph } : {}),
      text: found.text,
      kind: found.kind,
      agency,
      belongsIn,
      specifics,
      ...match,
      suggestedWording: suggestWording({ text: found.text, status: match.status, belongsIn, section: match.section, para: match.para, fileName: doc.fileName, page: found.page, ...(found.paragraph ? { paragraph: found.paragraph } : {}) }),
      confirmed: false,
      addedByUser,
    });
  };
  for (const doc of reports) for (const found of extractRecommendations(doc.pages, doc.blocks)) add(doc, found, false);
  for (const extra of input.extra ?? []) {
    const doc = input.documents.find((d) => d.documentId === extra.documentId);
    if (doc) add(doc, { page: extra.page, text: normalise(extra.text), kind: extra.kind ?? kindOf(extra.text, 'provision') }, true);
  }

  const flags: Flag[] = chosen ? redPen(sections, recs, ignore) : [];
  if (chosen) {
    const advice: AdviceDocument[] = reports.map((d) => ({
      documentId: d.documentId,
      fileName: d.fileName,
      title: d.title,
      ...(d.author ? { author: d.author } : {}),
      ...(d.date ? { date: d.date } : {}),
      opening: d.pages[0]?.text ?? '',
    }));
    flags.push(...checkAdviceList(chosen.split.adviceListed, advice));
  }
  const plan: EvidencePlan | null = chosen
    ? { documentId: chosen.doc.documentId, fileName: chosen.doc.fileName, sections, adviceListed: chosen.split.adviceListed }
    : null;
  return { plan, recommendations: recs, flags, counts: countStatuses(recs), notes };
}

export function countStatuses(recs: Pick<Recommendation, 'status'>[]): EvidenceMap['counts'] {
  const counts = { included: 0, weakened: 0, 'wrong-section': 0, missing: 0 };
  for (const r of recs) counts[r.status]++;
  return counts;
}
