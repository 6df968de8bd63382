import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { ApiError } from '../../../shared/contract/define.ts';
import type { SearchHit } from '../../../shared/documents.ts';
import { queryWords } from '../../../shared/search.ts';
import { call } from '../../api.ts';
import { ScreenHeading } from '../../components/ScreenHeading.tsx';
import { ErrorMessage, Loading } from '../../components/Status.tsx';
import { formatDate, plural } from '../../format.ts';
import { useNavigate } from '../../navigation.ts';
import { useCall } from '../../useCall.ts';
import type { CaseScreenProps } from '../caseScreens.ts';
import { openPdf } from './pdfjs.ts';
import { PdfPage } from './PdfPage.tsx';
import { ImageOrTextView } from './ImageOrTextView.tsx';

const ZOOMS = [0.5, 0.75, 1, 1.25, 1.5, 2, 3];

export function ViewerScreen({ caseDir, params }: CaseScreenProps) {
  const navigate = useNavigate();
  const documentId = Number(params.documentId);
  const id = useId();
  const doc = useCall('getDocument', { caseDir, documentId }, `${caseDir}:${documentId}`);
  const [pdf, setPdf] = useState<PDFDocumentProxy | null>();
  const [loadError, setLoadError] = useState<ApiError>();
  const [page, setPage] = useState(Math.max(1, Number(params.page) || 1));
  const [zoom, setZoom] = useState(1.25);
  const stageRef = useRef<HTMLDivElement>(null);
  const [query, setQuery] = useState(params.q ?? '');
  const [activeQuery, setActiveQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [hitsOnPage, setHitsOnPage] = useState(0);
  const pageCount = pdf ? pdf.numPages : doc.state === 'ok' ? doc.value.pages : 1;

  useEffect(() => {
    let live = true;
    let opened: PDFDocumentProxy | undefined;
    void call('getDocumentPdf', { caseDir, documentId }).then(async (r) => {
      if (!live) return;
      if (!r.ok) return setLoadError(r.error);
      if (!r.value) return setPdf(null);
      try {
        opened = await openPdf(r.value);
        if (!live) return void opened.destroy();
        // Start at a size that fits the window (a narrow window or 200% zoom), never above 125%.
        const width = (await opened.getPage(1)).getViewport({ scale: 1 }).width;
        const room = (stageRef.current?.clientWidth ?? 0) - 34;
        if (room > 0 && width > 0) setZoom(Math.min(1.25, Math.max(0.5, Math.floor((room / width) * 20) / 20)));
        setPdf(opened);
      } catch (e) {
        if (live)
          setLoadError({
            code: 'pdf-display',
            message: `The PDF could not be shown (${(e as Error).message}). Its text is below.`,
          });
        if (live) setPdf(null);
      }
    });
    return () => {
      live = false;
      void opened?.destroy();
    };
  }, [caseDir, documentId]);

  const runFind = useCallback(
    async (q: string, currentPage: number) => {
      setActiveQuery(q);
      if (!q.trim()) return setHits([]);
      const r = await call('search', { caseDir, query: q, documentId });
      const found = r.ok ? [...r.value].sort((a, b) => a.page - b.page) : [];
      setHits(found);
      // Jump to the first page with a match when the current page has none.
      if (found.length > 0 && !found.some((h) => h.page === currentPage)) setPage(found[0]!.page);
    },
    [caseDir, documentId],
  );

  useEffect(() => {
    // Opened from a search result: find the same words here, staying on the hit's page.
    if (params.q) void Promise.resolve().then(() => runFind(params.q ?? '', Number(params.page) || 1));
  }, [params.q, params.page, runFind]);

  const onHits = useCallback((n: number) => setHitsOnPage(n), []);
  const goTo = (p: number) => setPage(Math.min(Math.max(1, p), pageCount));
  const hitPages = [...new Set(hits.map((h) => h.page))];
  const nextHitPage = hitPages.find((p) => p > page);
  const prevHitPage = [...hitPages].reverse().find((p) => p < page);
  const words = queryWords(activeQuery);

  function find(e: FormEvent) {
    e.preventDefault();
    void runFind(query, page);
  }

  if (doc.state === 'loading') return <Loading label="Opening the document" minHeight={600} />;
  if (doc.state === 'error') return <ErrorMessage error={doc.error} />;
  const d = doc.value;

  return (
    <div className="viewer">
      <ScreenHeading
        lead={[d.author, d.profession, d.date ? formatDate(d.date) : undefined, plural(d.pages, 'page')]
          .filter(Boolean)
          .join(' · ')}
      >
        {d.title}
      </ScreenHeading>
      <div className="viewer-toolbar" role="toolbar" aria-label="Document controls">
        {params.from === 'search' ? (
          <button
            type="button"
            className="secondary small"
            aria-label="Back to search results"
            onClick={() => navigate({ name: 'case', caseDir, screen: 'search', params: { q: params.q ?? '' } })}
          >
            ‹ Search results
          </button>
        ) : (
          <button
            type="button"
            className="secondary small"
            aria-label="Back to documents"
            onClick={() => navigate({ name: 'case', caseDir, screen: 'documents' })}
          >
            ‹ Documents
          </button>
        )}
        <div className="tool-group" role="group" aria-label="Pages">
          <button
            type="button"
            className="small"
            aria-label="Previous page"
            onClick={() => goTo(page - 1)}
            disabled={page <= 1}
          >
            ‹ Previous
          </button>
          <label htmlFor={`${id}-page`} className="page-label">
            Page
          </label>
          <input
            id={`${id}-page`}
            className="page-input"
            type="number"
            min={1}
            max={pageCount}
            value={page}
            onChange={(e) => goTo(Number(e.target.value) || 1)}
          />
          <span className="page-of">of {pageCount}</span>
          <button
            type="button"
            className="small"
            aria-label="Next page"
            onClick={() => goTo(page + 1)}
            disabled={page >= pageCount}
          >
            Next ›
          </button>
        </div>
        {pdf !== undefined ? (
          <div className="tool-group" role="group" aria-label="Zoom">
            <button
              type="button"
              className="small"
              aria-label="Zoom out"
              onClick={() => setZoom(ZOOMS.filter((z) => z < zoom).pop() ?? zoom)}
              disabled={zoom <= ZOOMS[0]!}
            >
              −
            </button>
            <span className="zoom-value" aria-live="polite">
              {Math.round(zoom * 100)}%
            </span>
            <button
              type="button"
              className="small"
              aria-label="Zoom in"
              onClick={() => setZoom(ZOOMS.find((z) => z > zoom) ?? zoom)}
              disabled={zoom >= ZOOMS[ZOOMS.length - 1]!}
            >
              +
            </button>
          </div>
        ) : null}
        <form className="tool-group find" role="search" onSubmit={find}>
          <label htmlFor={`${id}-find`} className="visually-hidden">
            Find in this document
          </label>
          <input
            id={`${id}-find`}
            type="search"
            placeholder="Find in this document"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
          <button type="submit" className="small">
            Find
          </button>
        </form>
      </div>
      <div className="find-status" aria-live="polite">
        {activeQuery.trim() ? (
          hits.length === 0 ? (
            <span>No matches for &ldquo;{activeQuery}&rdquo; in this document.</span>
          ) : (
            <>
              <span>
                &ldquo;{activeQuery}&rdquo; is on {plural(hitPages.length, 'page')}: {hitPages.join(', ')}.
                {hitsOnPage > 0 ? ` Highlighted ${plural(hitsOnPage, 'time')} on this page.` : ''}
              </span>
              <button
                type="button"
                className="small"
                disabled={prevHitPage === undefined}
                onClick={() => prevHitPage && goTo(prevHitPage)}
              >
                Previous match
              </button>
              <button
                type="button"
                className="small"
                disabled={nextHitPage === undefined}
                onClick={() => nextHitPage && goTo(nextHitPage)}
              >
                Next match
              </button>
            </>
          )
        ) : null}
      </div>
      {loadError ? <ErrorMessage error={loadError} /> : null}
      <div className="page-stage" ref={stageRef} tabIndex={0} aria-label={`Page ${page} of ${pageCount}`}>
        {pdf === undefined ? <Loading label="Drawing the page" minHeight={800} /> : null}
        {pdf ? <PdfPage pdf={pdf} page={page} scale={zoom} words={words} onHits={onHits} /> : null}
        {pdf === null ? (
          <ImageOrTextView caseDir={caseDir} documentId={documentId} page={page} words={words} zoom={zoom} />
        ) : null}
      </div>
    </div>
  );
}
