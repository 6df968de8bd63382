import type { LetterDraft } from '../../../shared/papers.ts';

/** The letter as it will print: bold where the template says, missing fields marked. */
export function LetterPreview({ draft }: { draft: LetterDraft }) {
  return (
    <article className="letter-preview" aria-label="Letter preview" tabIndex={0}>
      {draft.blocks.map((b, i) => {
        const runs = b.runs.map((r, j) =>
          r.missing ? (
            <mark key={j} className="letter-missing">
              {r.text}
            </mark>
          ) : r.bold ? (
            <strong key={j}>{r.text}</strong>
          ) : (
            <span key={j}>{r.text}</span>
          ),
        );
        if (b.kind === 'bullet')
          return (
            <p key={i} className="letter-bullet">
              • {runs}
            </p>
          );
        return b.kind === 'heading' ? (
          <p key={i} className="letter-heading">
            {runs}
          </p>
        ) : (
          <p key={i}>{runs}</p>
        );
      })}
    </article>
  );
}
