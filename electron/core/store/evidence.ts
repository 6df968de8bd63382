import type {
  EvidenceDecision,
  EvidenceDecisionInput,
  RecommendationKind,
  SectionId,
  EvidenceStatus,
  UserRecommendationInput,
} from '../../../shared/evidence.ts';
import type { CaseStore } from './caseStore.ts';

interface DecisionRow {
  id: number;
  recommendation_id: string;
  recommendation_text: string | null;
  status: EvidenceStatus;
  section: SectionId | null;
  plan_quote: string | null;
  note: string | null;
  decided_at: string;
}

const toDecision = (r: DecisionRow): EvidenceDecision => ({
  recommendationId: r.recommendation_id,
  ...(r.recommendation_text ? { recommendationText: r.recommendation_text } : {}),
  status: r.status,
  section: r.section,
  planQuote: r.plan_quote,
  ...(r.note ? { note: r.note } : {}),
  decidedAt: r.decided_at,
});

/** Records a user's decision. Appends: the earlier ones stay as its history. */
export function recordDecision(store: CaseStore, d: EvidenceDecisionInput): EvidenceDecision {
  const decidedAt = new Date().toISOString();
  store.db
    .prepare(
      'INSERT INTO evidence_decisions (recommendation_id, recommendation_text, status, section, plan_quote, note, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    )
    .run(d.recommendationId, d.recommendationText ?? null, d.status, d.section, d.planQuote, d.note ?? null, decidedAt);
  return { ...d, decidedAt };
}

/** The current decision for each recommendation the user has confirmed or overridden. */
export function currentDecisions(store: CaseStore): Map<string, EvidenceDecision> {
  const rows = store.db
    .prepare(
      `SELECT d.* FROM evidence_decisions d
       JOIN (SELECT recommendation_id, MAX(id) AS id FROM evidence_decisions GROUP BY recommendation_id) last ON last.id = d.id`,
    )
    .all() as DecisionRow[];
  return new Map(rows.map((r) => [r.recommendation_id, toDecision(r)]));
}

/** Every decision on one recommendation, oldest first. */
export function decisionHistory(store: CaseStore, recommendationId: string): EvidenceDecision[] {
  const rows = store.db
    .prepare('SELECT * FROM evidence_decisions WHERE recommendation_id = ? ORDER BY id')
    .all(recommendationId) as DecisionRow[];
  return rows.map(toDecision);
}

export interface UserRecommendation {
  id: number;
  documentId: number;
  page: number;
  text: string;
  kind?: RecommendationKind;
  createdAt: string;
}

export function addUserRecommendation(store: CaseStore, r: UserRecommendationInput): UserRecommendation {
  const createdAt = new Date().toISOString();
  const id = Number(
    store.db
      .prepare(
        'INSERT INTO evidence_user_recommendations (document_id, page, text, kind, created_at) VALUES (?, ?, ?, ?, ?)',
      )
      .run(r.documentId, r.page, r.text, r.kind ?? null, createdAt).lastInsertRowid,
  );
  return { id, documentId: r.documentId, page: r.page, text: r.text, ...(r.kind ? { kind: r.kind } : {}), createdAt };
}

export function listUserRecommendations(store: CaseStore): UserRecommendation[] {
  const rows = store.db
    .prepare(
      'SELECT id, document_id, page, text, kind, created_at FROM evidence_user_recommendations WHERE removed_at IS NULL ORDER BY id',
    )
    .all() as {
    id: number;
    document_id: number;
    page: number;
    text: string;
    kind: RecommendationKind | null;
    created_at: string;
  }[];
  return rows.map((r) => ({
    id: r.id,
    documentId: r.document_id,
    page: r.page,
    text: r.text,
    ...(r.kind ? { kind: r.kind } : {}),
    createdAt: r.created_at,
  }));
}

/** Soft removal, so an added recommendation removed by mistake can be found again. */
export function removeUserRecommendation(store: CaseStore, id: number): boolean {
  return (
    store.db
      .prepare('UPDATE evidence_user_recommendations SET removed_at = ? WHERE id = ? AND removed_at IS NULL')
      .run(new Date().toISOString(), id).changes === 1
  );
}
