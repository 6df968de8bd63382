import { createHash } from 'node:crypto';
import type { EvidenceMap, EvidencePlan, Flag, Recommendation, RecommendationKind } from '../../../shared/evidence.ts';
import { checkAdviceList, type AdviceDocument } from './adviceList.ts';
import type { Block, PageInput } from './blocks.ts';
import { provisionPart } from './asides.ts';
import { confidenceOf } from './confidence.ts';
import { type JobOptions } from '../../../shared/progress.ts';
import { jobSteps } from '../jobSteps.ts';
import type { VectorCache } from './embedder.ts';
import { attachMeanings } from './meanings.ts';
import { candidates, matchRecommendation, planUnits, unitKey, type Candidate, type MatchInput } from './matcher.ts';
import { documentAgency, placementOf } from './placement.ts';
import { PLAN_MIN_SECTIONS, splitPlan, type SplitPlan } from './planSplitter.ts';
import { extractRecommendations, hasAdviceSection, kindOf, type FoundRecommendation } from './recommendations.ts';
import { redPen } from './redPen.ts';
import { Similarity } from './similarity.ts';
import { extractSpecifics } from './specifics.ts';
import { normalise } from './text.ts';
import { reportName } from '../../../shared/reportName.ts';
import { mergeSharedWording, suggestWording } from './wording.ts';

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
  const key = normalise(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
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

/** onProgress hears each stage in words a parent understands; the signal stops the analysis between steps. */
export interface AnalyseOptions extends JobOptions {
  /**
   * Compare meanings with the sentence encoder as well as words (default). Off, matching uses
   * words and specifics only — what happens anyway if the model cannot be loaded.
   */
  semantic?: boolean;
  /** Where the case keeps sentence vectors, so a re-opened case needs no model. */
  vectors?: VectorCache;
}

interface Pending {
  doc: EngineDocument;
  found: FoundRecommendation;
  addedByUser: boolean;
  id: string;
  input: MatchInput;
  agency: Recommendation['agency'];
}

/** The whole evidence map from documents' text: no store, no network. */
export async function analyseDocuments(input: EngineInput, opts: AnalyseOptions = {}): Promise<EvidenceMap> {
  const stage = jobSteps(opts);
  const notes: string[] = [];
  await stage('Reading the plan');
  const chosen = choosePlan(input.documents);
  const reports = input.documents.filter((d) => d !== chosen?.doc && isAdvice(d));
  if (!chosen)
    notes.push('No EHC plan was found in this case. Import the plan (PDF or Word) and mark it as "EHC plan".');
  if (reports.length === 0)
    notes.push('No professional reports were found. Import the reports and mark them as "Professional report".');
  const ignore = new Set(
    (input.childNames ?? []).flatMap((n) => n.toLowerCase().split(/\s+/)).filter((w) => w.length > 1),
  );
  const sections = chosen?.split.sections ?? {};
  const corpus = Object.values(sections).flatMap((ps) => (ps ?? []).map((p) => p.text));
  const sim = new Similarity(corpus, ignore);
  const units = planUnits(sections, sim);

  const pending: Pending[] = [];
  const seen = new Set<string>();
  const add = (doc: EngineDocument, found: FoundRecommendation, addedByUser: boolean) => {
    const id = recommendationId(doc.documentId, found.text);
    if (seen.has(id)) return;
    seen.add(id);
    const agencyOfDoc = documentAgency(`${doc.title}\n${doc.pages[0]?.text ?? ''}`);
    const { belongsIn, agency } = placementOf(found.text, found.kind, agencyOfDoc);
    const core = provisionPart(found.text);
    pending.push({
      doc,
      found,
      addedByUser,
      id,
      agency,
      input: { text: found.text, core, kind: found.kind, belongsIn, specifics: extractSpecifics(core) },
    });
  };
  for (const [i, doc] of reports.entries()) {
    await stage(`Reading the reports (${i + 1} of ${reports.length})`, i, reports.length, doc.title);
    for (const found of extractRecommendations(doc.pages, doc.blocks)) add(doc, found, false);
  }
  for (const extra of input.extra ?? []) {
    const doc = input.documents.find((d) => d.documentId === extra.documentId);
    if (doc)
      add(
        doc,
        { page: extra.page, text: normalise(extra.text), kind: extra.kind ?? kindOf(extra.text, 'provision') },
        true,
      );
  }
  await stage('Matching recommendations');
  if (chosen && pending.length && opts.semantic !== false) {
    const ok = await attachMeanings(
      pending.map((p) => p.input),
      units,
      sim,
      opts.vectors,
      {
        ...(opts.signal ? { signal: opts.signal } : {}),
        // The encoder is the slow part of a first analysis: its batches move the bar.
        onBatch: (done, total) => stage(`Matching recommendations (${done} of ${total} passages)`, done, total),
      },
    );
    if (!ok) notes.push('Matching used the words of each recommendation only: the meaning model could not be loaded.');
  }

  opts.signal?.throwIfAborted();
  const scored = pending.map((p) => candidates(p.input, units, sim));
  const owners = owningScores(scored);
  const recs: Recommendation[] = pending.map((p, i) => {
    const { doc, found, input: rec } = p;
    const match = chosen
      ? matchRecommendation(rec, scored[i]!, sim, (u) =>
          Math.max(0, ...(owners.get(unitKey(u)) ?? []).filter((o) => o.rec !== i).map((o) => o.tfidf)),
        )
      : undefined;
    const { basis: _basis, ...result } = match ?? {
      status: 'missing' as const,
      section: null,
      para: null,
      planQuote: null,
      lostSpecifics: [],
      score: 0,
      basis: undefined,
    };
    const sure = match
      ? confidenceOf(rec, match)
      : { confidence: 0.99, reasons: ['There is no EHC plan in the case to compare it with.'], needsCheck: false };
    return {
      id: p.id,
      documentId: doc.documentId,
      fileName: doc.fileName,
      source: reportName(doc),
      page: found.page,
      ...(found.paragraph ? { paragraph: found.paragraph } : {}),
      text: found.text,
      kind: found.kind,
      agency: p.agency,
      belongsIn: rec.belongsIn,
      specifics: rec.specifics,
      ...result,
      suggestedWording: suggestWording({
        text: found.text,
        status: result.status,
        belongsIn: rec.belongsIn,
        section: result.section,
        para: result.para,
        source: reportName(doc),
        page: found.page,
        ...(found.paragraph ? { paragraph: found.paragraph } : {}),
      }),
      ...sure,
      confirmed: false,
      addedByUser: p.addedByUser,
    };
  });
  mergeSharedWording(recs);

  await stage("Checking the plan's wording");
  const flags: Flag[] = chosen ? redPen(sections, recs, ignore) : [];
  if (chosen) {
    const advice: AdviceDocument[] = reports.map((d) => ({
      documentId: d.documentId,
      fileName: d.fileName,
      title: d.title,
      ...(d.author ? { author: d.author } : {}),
      ...(d.profession ? { profession: d.profession } : {}),
      ...(d.date ? { date: d.date } : {}),
      opening: d.pages[0]?.text ?? '',
    }));
    flags.push(...checkAdviceList(chosen.split.adviceListed, advice));
  }
  const plan: EvidencePlan | null = chosen
    ? {
        documentId: chosen.doc.documentId,
        fileName: chosen.doc.fileName,
        sections,
        adviceListed: chosen.split.adviceListed,
      }
    : null;
  return { plan, recommendations: recs, flags, counts: countStatuses(recs), notes };
}

/** For each plan unit, how well each recommendation restates it (TF-IDF): a near copy owns the unit. */
function owningScores(scored: Candidate[][]): Map<string, { rec: number; tfidf: number }[]> {
  const out = new Map<string, { rec: number; tfidf: number }[]>();
  scored.forEach((list, rec) => {
    for (const c of list) {
      if (c.tfidf < 0.5) continue;
      const k = unitKey(c.u);
      out.set(k, [...(out.get(k) ?? []), { rec, tfidf: c.tfidf }]);
    }
  });
  return out;
}

export function countStatuses(recs: Pick<Recommendation, 'status'>[]): EvidenceMap['counts'] {
  const counts = { included: 0, weakened: 0, 'wrong-section': 0, missing: 0 };
  for (const r of recs) counts[r.status]++;
  return counts;
}
