import type { LogEntry } from '../../../shared/deadlines.ts';
import type { DocumentSummary } from '../../../shared/documents.ts';
import { formatDate } from '../../format.ts';
import type { LogPrefill } from './LogEntryForm.tsx';

/** Kinds that are letters between the family, the council, the mediation service and the tribunal. */
const LETTER_KINDS: readonly string[] = ['decision-letter', 'correspondence', 'mediation-certificate', 'tribunal'];

/** Imported letters not yet in the log (emails are logged on import; each letter is offered once). */
export function lettersToOffer(documents: DocumentSummary[], log: LogEntry[]): DocumentSummary[] {
  const logged = new Set(log.map((e) => e.documentId).filter((id) => id !== undefined));
  return documents.filter(
    (d) => LETTER_KINDS.includes(d.kind) && d.sourceType !== 'email' && !logged.has(d.documentId),
  );
}

export function prefillFor(d: DocumentSummary): LogPrefill {
  return {
    date: d.date,
    direction: 'received',
    channel: 'letter',
    from: d.author ?? '',
    to: '',
    subject: d.title,
    documentId: d.documentId,
  };
}

/** "Add to the log" beside each imported letter: it fills in the form above for the user to check. */
export function LetterOffers({
  letters,
  onChoose,
}: {
  letters: DocumentSummary[];
  onChoose: (d: DocumentSummary) => void;
}) {
  if (letters.length === 0) return null;
  return (
    <section className="card" aria-labelledby="offers-h">
      <h2 id="offers-h">Letters you imported</h2>
      <p className="hint">
        These are in the case but not in the log yet. Add each one so the log tells the whole story.
      </p>
      <ul className="dl-suggestions">
        {letters.map((d) => (
          <li key={d.documentId}>
            <span>
              <strong>{d.title}</strong>
              <span className="sub">
                {[d.author, d.date ? formatDate(d.date) : 'no date found'].filter(Boolean).join(' · ')}
              </span>
            </span>
            <button
              type="button"
              className="secondary small"
              aria-label={`Add to the log: ${d.title}`}
              onClick={() => onChoose(d)}
            >
              Add to the log
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
