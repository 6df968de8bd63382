import { monthNumber } from '../../../shared/deadlineWords.ts';
import type { Flag } from '../../../shared/evidence.ts';
import { reportName } from '../../../shared/reportName.ts';
import { normalise } from './text.ts';

export interface AdviceDocument {
  documentId: number;
  fileName: string;
  title: string;
  author?: string;
  profession?: string;
  date?: string;
  /** The first page's text: names, dates and titles are printed there. */
  opening: string;
}

/** Dates written in a text, as ISO strings (12 May 2026, 12/05/2026). */
export function datesIn(text: string): Set<string> {
  const out = new Set<string>();
  const pad = (n: number) => String(n).padStart(2, '0');
  for (const m of text.matchAll(
    /\b(\d{1,2})(?:st|nd|rd|th)? (january|february|march|april|may|june|july|august|september|october|november|december) (\d{4})\b/gi,
  )) {
    out.add(`${m[3]}-${pad(monthNumber(m[2]!))}-${pad(Number(m[1]))}`);
  }
  for (const m of text.matchAll(/\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/g))
    out.add(`${m[3]}-${pad(Number(m[2]))}-${pad(Number(m[1]))}`);
  return out;
}

const nameWords = (s: string) =>
  new Set(
    normalise(s)
      .split(/[^A-Za-z'-]+/)
      .filter(
        (w) =>
          /^[A-Z][a-z'-]{2,}$/.test(w) &&
          !/^(The|Dr|Mr|Mrs|Ms|Report|Advice|Assessment|And|For|Of|Team|Service|Services|Children|Child|Care|Health|Social|Educational|Education|Speech|Language|Therapy|Occupational|Psychology|Parental|Community)$/.test(
            w,
          ),
      ),
  );

/**
 * Whether a Section K entry names this document: its date, or its author's name — with the
 * entry's date printed on the document's first page when the entry gives one (a clinic letter
 * dated for the clinic, which K lists by the day it was typed).
 */
export function lists(entry: string, doc: AdviceDocument): boolean {
  const entryDates = datesIn(entry);
  const openingDates = datesIn(doc.opening.slice(0, 2000));
  const docDates = doc.date ? new Set([doc.date]) : openingDates;
  const sameDate = [...entryDates].some((d) => docDates.has(d));
  const names = nameWords(entry);
  const docNames = nameWords(`${doc.author ?? ''} ${doc.opening.slice(0, 2000)}`);
  const sameName = [...names].some((n) => docNames.has(n));
  return sameDate || (sameName && (entryDates.size === 0 || [...entryDates].some((d) => openingDates.has(d))));
}

/**
 * A K entry that is the family's own contribution (parental advice or views, the child's views):
 * the parent wrote it, so Casebook never tells them to ask the council for a copy (reg 6(1)(a)).
 */
const FAMILY_OWN =
  /\b(parent(al|s'?|'s)?|mother|father|family'?s? views|child'?s views|young person'?s views|views of the (child|young person))\b/i;

/**
 * Section K against the case: every report in the case should be listed (reg 6 advice), and
 * every K entry should be a document the family has (seed 000: evidence omitted).
 */
export function checkAdviceList(adviceListed: string[], reports: AdviceDocument[]): Flag[] {
  const flags: Flag[] = [];
  for (const doc of reports) {
    if (adviceListed.some((e) => lists(e, doc))) continue;
    flags.push({
      section: 'K',
      para: null,
      // Named as the parent knows it (who wrote it and when), never by its file name.
      text: reportName(doc) === doc.title ? doc.title : `${doc.title} (${reportName(doc)})`,
      kind: 'advice-not-in-K',
      reason:
        'This report is in the case but Section K does not list it. Ask for it to be listed and its advice reflected in the plan (SEND Regulations 2014 reg 6; Code of Practice 9.62).',
    });
  }
  adviceListed.forEach((entry, i) => {
    if (reports.some((doc) => lists(entry, doc))) return;
    if (FAMILY_OWN.test(entry)) return;
    flags.push({
      section: 'K',
      para: String(i + 1),
      text: entry,
      kind: 'K-entry-not-in-case',
      reason:
        'Section K lists this advice but it is not in the case. Ask the local authority for a copy: it is part of the plan.',
    });
  });
  return flags;
}
