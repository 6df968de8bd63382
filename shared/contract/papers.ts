import { z } from 'zod';
import {
  AmendmentEdit,
  AppealPackResult,
  CaseDetailsPatch,
  CaseDetailsView,
  LetterDraft,
  LetterTemplateText,
  LetterWritten,
  TemplateSummary,
  WorkdocDraft,
  WorkdocVersion,
  WorkdocWritten,
} from '../papers.ts';
import { CaseRef, defineCall } from './define.ts';

const Path = z.string().min(1);
const Fields = z.record(z.string(), z.string());
const TemplateId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/);
const LetterInput = CaseRef.extend({
  templateId: TemplateId,
  /** Values typed for this letter, by field name ("school name"), over what the case knows. */
  set: Fields.optional(),
  /** For a chaser: the deadline rule it chases (the latest missed one of that rule). */
  deadlineRule: z.string().min(1).optional(),
});

/** The papers the family sends: case details, working document, amendments sought, appeal pack, letters. */
export const papersCalls = {
  getCaseDetails: defineCall({
    description:
      'Details letters and the working document need (date of birth, parents, caseworker, references, extended appeal), with those read from the documents.',
    input: CaseRef,
    output: CaseDetailsView,
  }),
  setCaseDetails: defineCall({
    description: 'Save case details; an empty value clears one.',
    input: CaseRef.extend({ details: CaseDetailsPatch }),
    output: CaseDetailsView,
  }),
  getWorkingDocument: defineCall({
    description:
      "The plan's sections with the family's amendments (from the evidence map and the user's edits), their evidence and warnings.",
    input: CaseRef.extend({ confirmedOnly: z.boolean().optional() }),
    output: WorkdocDraft,
    // A job: it runs the analysis.
    job: true,
  }),
  editAmendment: defineCall({
    description:
      'Change an amendment\'s wording or reason, leave it out, or add one of the user\'s own (id "own" makes a new one).',
    input: CaseRef.extend({ edit: AmendmentEdit }),
    output: z.object({ id: z.string() }),
  }),
  writeWorkingDocument: defineCall({
    description:
      'Write the working document as Word (and the amendments sought), optionally built on their Word version; kept in the case as the next version.',
    input: CaseRef.extend({
      outPath: Path,
      amendmentsPath: Path.optional(),
      fromPath: Path.optional(),
      confirmedOnly: z.boolean().optional(),
      agreed: z.array(z.string().min(1)).optional(),
    }),
    output: WorkdocWritten,
    // A job: it runs the analysis and may print Word files.
    job: true,
  }),
  listWorkingDocumentVersions: defineCall({
    description: 'Every working document written for this case, oldest first.',
    input: CaseRef,
    output: z.array(WorkdocVersion),
  }),
  writeAppealPack: defineCall({
    description:
      'What the SEND35 appeal form needs attached, found in the case, as one PDF in order, with what is missing.',
    input: CaseRef.extend({ outPath: Path }),
    output: AppealPackResult,
    // A job: it runs the analysis and gathers (and prints) every enclosure.
    job: true,
  }),
  listLetterTemplates: defineCall({
    description: 'The letter templates: those Casebook ships and those this user made.',
    input: z.object({}),
    output: z.array(TemplateSummary),
  }),
  getLetterTemplate: defineCall({
    description: "One template's text, to read or to copy and edit.",
    input: z.object({ templateId: TemplateId }),
    output: LetterTemplateText,
  }),
  saveLetterTemplate: defineCall({
    description:
      "Save the user's own template (a copy of a built-in one, edited). Kept for this user, not in the case.",
    input: z.object({ templateId: TemplateId, text: z.string().min(1).max(100_000) }),
    output: TemplateSummary,
  }),
  deleteLetterTemplate: defineCall({
    description: "Delete one of the user's own templates (built-in ones cannot be deleted).",
    input: z.object({ templateId: TemplateId }),
    output: z.object({ deleted: z.boolean() }),
  }),
  draftLetter: defineCall({
    description:
      'A letter filled from the case, to preview: its text, every field with its value, and warnings for fields with none.',
    input: LetterInput,
    output: LetterDraft,
  }),
  writeLetter: defineCall({
    description:
      'Write a letter as Word or PDF and save it into the case as correspondence (in the log, ready for the bundle).',
    input: LetterInput.extend({ outPath: Path, saveToCase: z.boolean().default(true) }),
    output: LetterWritten,
  }),
};
