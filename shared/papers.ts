import { z } from 'zod';
import { IsoDate } from './documents.ts';
import { SectionId } from './evidence.ts';

/**
 * The papers a family sends: the working document, the amendments sought, the appeal pack and
 * letters. Types for everything that crosses the API (electron/core/{workdoc,letters,appealPack}).
 */

/** Facts about the case that letters and the working document need and documents rarely give reliably. */
export const CaseDetails = z.object({
  dateOfBirth: IsoDate.optional(),
  /** "Jo Taylor and Chris Taylor": who signs the letters. */
  parents: z.string().optional(),
  address: z.string().optional(),
  caseworker: z.string().optional(),
  laReference: z.string().optional(),
  laAddress: z.string().optional(),
  school: z.string().optional(),
  requestedSchool: z.string().optional(),
  /** The school asked for in Section I is independent: the appeal needs its written confirmation (SEND35). */
  requestedSchoolIndependent: z.boolean().optional(),
  appealReference: z.string().optional(),
  /** The appeal also asks for health and social care recommendations (C, D, G, H1, H2). */
  extendedAppeal: z.boolean().optional(),
  /** The appeal is only about Section I: no mediation certificate needed. */
  sectionIOnly: z.boolean().optional(),
});
export type CaseDetails = z.infer<typeof CaseDetails>;
export const CASE_DETAIL_KEYS = Object.keys(CaseDetails.shape) as (keyof CaseDetails)[];

/** A change to case details: `null` clears a value. */
export const CaseDetailsPatch = z
  .object({
    dateOfBirth: IsoDate.nullable().optional(),
    parents: z.string().nullable().optional(),
    address: z.string().nullable().optional(),
    caseworker: z.string().nullable().optional(),
    laReference: z.string().nullable().optional(),
    laAddress: z.string().nullable().optional(),
    school: z.string().nullable().optional(),
    requestedSchool: z.string().nullable().optional(),
    requestedSchoolIndependent: z.boolean().nullable().optional(),
    appealReference: z.string().nullable().optional(),
    extendedAppeal: z.boolean().nullable().optional(),
    sectionIOnly: z.boolean().nullable().optional(),
  })
  .strict();
export type CaseDetailsPatch = z.infer<typeof CaseDetailsPatch>;

export const CaseDetailsView = z.object({
  details: CaseDetails,
  /** Details read from the case's documents (the plan's front page, the decision letter), not typed in. */
  guessed: z.record(z.string(), z.object({ value: z.string(), source: z.string() })),
});
export type CaseDetailsView = z.infer<typeof CaseDetailsView>;

/** One piece of evidence behind an amendment, as its footnote cites it. */
export const Citation = z.object({
  documentId: z.number().int().positive(),
  author: z.string(),
  profession: z.string(),
  date: z.string(),
  /** The bundle page label ("B14") from the latest bundle version, when the document is in it. */
  label: z.string().optional(),
  page: z.number().int().positive(),
  paragraph: z.string().optional(),
  /** "Okafor, EP, 12/05/2026, B14 para 5" */
  text: z.string(),
});
export type Citation = z.infer<typeof Citation>;

export const AmendmentKind = z.enum(['amend', 'add', 'move']);
export type AmendmentKind = z.infer<typeof AmendmentKind>;

/** One change the family asks for: a row of the amendments sought and a footnoted change in the working document. */
export const Amendment = z.object({
  /** The recommendation's id, or "own-N" for one the user wrote. */
  id: z.string(),
  kind: AmendmentKind,
  /** The section the wording goes into. */
  section: SectionId,
  /** The plan paragraph it changes (amend) or follows (add); null when added at the end. */
  para: z.string().nullable(),
  /** For a move: where the wording is now (struck there). */
  fromSection: SectionId.nullable(),
  fromPara: z.string().nullable(),
  /** The words struck out: the plan's current wording, or "" when nothing is removed. */
  current: z.string(),
  sought: z.string(),
  reason: z.string(),
  citations: z.array(Citation),
  confirmed: z.boolean(),
  /** Changed or written by the user rather than taken from the evidence map as is. */
  edited: z.boolean(),
  /** The user left this one out of the working document. */
  excluded: z.boolean(),
});
export type Amendment = z.infer<typeof Amendment>;

/** The user's change to one amendment (or a new one of their own). */
export const AmendmentEdit = z.object({
  id: z.string().min(1),
  sought: z.string().optional(),
  reason: z.string().optional(),
  excluded: z.boolean().optional(),
  /** Only for the user's own amendments. */
  section: SectionId.optional(),
  para: z.string().nullable().optional(),
  current: z.string().optional(),
  /** Remove the user's edit (back to the evidence map's wording) or their own amendment. */
  reset: z.boolean().optional(),
});
export type AmendmentEdit = z.infer<typeof AmendmentEdit>;

export const WorkdocParagraph = z.object({
  para: z.string(),
  page: z.number().int().positive(),
  text: z.string(),
  cells: z.array(z.string()).optional(),
  area: z.string().optional(),
});

export const WorkdocSection = z.object({
  id: SectionId,
  title: z.string(),
  underAppeal: z.boolean(),
  paragraphs: z.array(WorkdocParagraph),
});

/** What the working-document screen edits: the plan's sections and the amendments laid over them. */
export const WorkdocDraft = z.object({
  planDocumentId: z.number().int().positive().nullable(),
  sections: z.array(WorkdocSection),
  amendments: z.array(Amendment),
  /** Bundle version the citations' labels come from; null when there is no bundle yet. */
  bundleVersion: z.number().int().positive().nullable(),
  nextVersion: z.number().int().positive(),
  warnings: z.array(z.string()),
});
export type WorkdocDraft = z.infer<typeof WorkdocDraft>;

export const WorkdocVersion = z.object({
  version: z.number().int().positive(),
  createdAt: z.string(),
  amendments: z.number().int().nonnegative(),
  pages: z.number().int().nonnegative(),
  fromTheirs: z.string().nullable(),
  path: z.string(),
});
export type WorkdocVersion = z.infer<typeof WorkdocVersion>;

export const WorkdocWritten = z.object({
  out: z.string(),
  amendmentsOut: z.string().nullable(),
  version: z.number().int().positive(),
  pages: z.number().int().nonnegative(),
  /** True when the page count is an estimate (no Word renderer on this machine). */
  pagesEstimated: z.boolean(),
  amendments: z.number().int().nonnegative(),
  footnotes: z.number().int().nonnegative(),
  warnings: z.array(z.string()),
});
export type WorkdocWritten = z.infer<typeof WorkdocWritten>;

export const Enclosure = z.object({
  name: z.string(),
  status: z.enum(['found', 'missing']),
  documentId: z.number().int().positive().optional(),
  note: z.string().optional(),
});
export type Enclosure = z.infer<typeof Enclosure>;

export const AppealPackResult = z.object({
  out: z.string(),
  enclosures: z.array(Enclosure),
  warnings: z.array(z.string()),
});
export type AppealPackResult = z.infer<typeof AppealPackResult>;

export const TemplateSummary = z.object({
  id: z.string(),
  title: z.string(),
  /** When to use it, in one plain sentence. */
  purpose: z.string(),
  fields: z.array(z.string()),
  origin: z.enum(['built-in', 'user']),
});
export type TemplateSummary = z.infer<typeof TemplateSummary>;

export const LetterTemplateText = TemplateSummary.extend({ text: z.string() });
export type LetterTemplateText = z.infer<typeof LetterTemplateText>;

/** A piece of letter text: plain, bold, or a field with no value ("[missing: school name]"). */
export const LetterRun = z.object({ text: z.string(), bold: z.boolean().optional(), missing: z.boolean().optional() });
export type LetterRun = z.infer<typeof LetterRun>;
export const LetterBlock = z.object({ kind: z.enum(['para', 'heading', 'bullet']), runs: z.array(LetterRun) });
export type LetterBlock = z.infer<typeof LetterBlock>;

export const LetterDraft = z.object({
  templateId: z.string(),
  title: z.string(),
  blocks: z.array(LetterBlock),
  fields: z.array(z.object({ name: z.string(), value: z.string().nullable() })),
  warnings: z.array(z.string()),
});
export type LetterDraft = z.infer<typeof LetterDraft>;

export const LetterWritten = z.object({
  out: z.string(),
  warnings: z.array(z.string()),
  documentId: z.number().int().positive().nullable(),
  logEntryId: z.number().int().positive().nullable(),
});
export type LetterWritten = z.infer<typeof LetterWritten>;
