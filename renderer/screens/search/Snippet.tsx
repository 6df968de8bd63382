import { Fragment } from 'react';
import { HIT_CLOSE, HIT_OPEN } from '../../../shared/search.ts';

/** A search snippet with its matched words (marked ⟦…⟧ by the store) shown highlighted. */
export function Snippet({ text }: { text: string }) {
  const parts = text.split(new RegExp(`${HIT_OPEN}|${HIT_CLOSE}`));
  return (
    <span className="snippet">
      {parts.map((p, i) => (i % 2 === 1 ? <mark key={i}>{p}</mark> : <Fragment key={i}>{p}</Fragment>))}
    </span>
  );
}
