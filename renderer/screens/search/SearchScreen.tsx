import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import type { ApiError } from '../../../shared/contract/define.ts';
import type { SearchHit } from '../../../shared/documents.ts';
import { call } from '../../api.ts';
import { ScreenHeading } from '../../components/ScreenHeading.tsx';
import { ErrorMessage } from '../../components/Status.tsx';
import { plural } from '../../format.ts';
import { useNavigate } from '../../navigation.ts';
import type { CaseScreenProps } from '../caseScreens.ts';
import { Snippet } from './Snippet.tsx';

export function SearchScreen({ caseDir, params }: CaseScreenProps) {
  const navigate = useNavigate();
  const id = useId();
  const [query, setQuery] = useState(params.q ?? '');
  const [searched, setSearched] = useState<string>();
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [error, setError] = useState<ApiError>();

  const run = useCallback(
    async (q: string) => {
      const r = await call('search', { caseDir, query: q });
      if (!r.ok) return setError(r.error);
      setError(undefined);
      setHits(r.value);
      setSearched(q);
    },
    [caseDir],
  );

  // Back from a result in the viewer: show the same results again.
  useEffect(() => {
    if (params.q) void Promise.resolve().then(() => run(params.q ?? ''));
  }, [params.q, run]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    await run(query);
  }

  return (
    <>
      <ScreenHeading lead="Find words in every document in the case, including scanned pages.">Search</ScreenHeading>
      <form role="search" className="search-form" onSubmit={submit}>
        <label htmlFor={`${id}-q`}>Words to find</label>
        <div className="input-row">
          <input
            id={`${id}-q`}
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            aria-describedby={`${id}-hint`}
          />
          <button type="submit" className="primary">
            Search
          </button>
        </div>
        <p className="hint" id={`${id}-hint`}>
          Every word must appear on the page. Put words in &ldquo;quotes&rdquo; to find them together, for example
          &ldquo;speech and language&rdquo;.
        </p>
      </form>
      {error ? <ErrorMessage error={error} /> : null}
      <div aria-live="polite" className="search-summary">
        {searched !== undefined ? (
          hits.length === 0 ? (
            <p className="empty">
              Nothing found for &ldquo;{searched}&rdquo;. Try fewer words, or a different form of the word
              (&ldquo;therapy&rdquo; rather than &ldquo;therapist&rdquo;).
            </p>
          ) : (
            <p>
              {plural(hits.length, 'page')} found for &ldquo;{searched}&rdquo;, best match first.
            </p>
          )
        ) : null}
      </div>
      {hits.length > 0 ? (
        <ol className="hits">
          {hits.map((h) => (
            <li key={`${h.documentId}:${h.page}`}>
              <button
                type="button"
                className="hit-card"
                onClick={() =>
                  navigate({
                    name: 'case',
                    caseDir,
                    screen: 'viewer',
                    params: {
                      documentId: String(h.documentId),
                      page: String(h.page),
                      q: searched ?? '',
                      from: 'search',
                    },
                  })
                }
              >
                <span className="hit-title">
                  {h.title} <span className="hit-page">page {h.page}</span>
                  <span className="file-name">{h.fileName}</span>
                </span>
                <Snippet text={h.snippet} />
              </button>
            </li>
          ))}
        </ol>
      ) : null}
    </>
  );
}
