import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { BundleBuildResult } from '../../../shared/bundle.ts';
import type { ApiError } from '../../../shared/contract/define.ts';
import { call } from '../../api.ts';
import { ErrorMessage, Loading } from '../../components/Status.tsx';
import { openPdf } from '../viewer/pdfjs.ts';
import { PdfPage } from '../viewer/PdfPage.tsx';

const NO_WORDS: string[] = [];

/** Which document a page of the bundle belongs to, with its stamp label (e.g. "B14"). */
function describe(result: BundleBuildResult | undefined, page: number): string {
  const d = result?.documents.find((x) => page >= x.startPage && page <= x.endPage);
  if (!d) return 'A page Casebook made (cover, index or divider)';
  const m = /^([A-Z]+)(\d+)$/.exec(d.startLabel);
  const label = m ? `${m[1]}${Number(m[2]) + (page - d.startPage)}` : d.startLabel;
  return `${d.fileName}, stamped ${label}`;
}

/** Any page of a built version, drawn by pdf.js exactly as printed, stamp included. Key it by version. */
export function BundlePreview({ caseDir, version }: { caseDir: string; version: number }) {
  const id = useId();
  const [pdf, setPdf] = useState<PDFDocumentProxy>();
  const [result, setResult] = useState<BundleBuildResult>();
  const [error, setError] = useState<ApiError>();
  const [page, setPage] = useState(1);
  const [typed, setTyped] = useState('1');
  const stageRef = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(0.9);

  useEffect(() => {
    let live = true;
    let opened: PDFDocumentProxy | undefined;
    void Promise.all([call('getBundlePdf', { caseDir, version }), call('getBundleVersion', { caseDir, version })]).then(
      async ([bytes, info]) => {
        if (!live) return;
        if (info.ok) setResult(info.value);
        if (!bytes.ok) return setError(bytes.error);
        try {
          opened = await openPdf(bytes.value);
          if (!live) return void opened.destroy();
          // Fit the page to the room there is (narrow windows, 200% zoom), never above 100%.
          const width = (await opened.getPage(1)).getViewport({ scale: 1 }).width;
          const room = (stageRef.current?.clientWidth ?? 0) - 8;
          if (room > 0) setScale(Math.min(1, Math.max(0.4, Math.floor((room / width) * 20) / 20)));
          setPdf(opened);
        } catch (e) {
          if (live)
            setError({
              code: 'pdf-display',
              message: `The bundle could not be shown here (${(e as Error).message}). Open it in your PDF reader instead.`,
            });
        }
      },
    );
    return () => {
      live = false;
      void opened?.destroy();
    };
  }, [caseDir, version]);

  const total = pdf?.numPages ?? 1;
  const goTo = (p: number) => {
    const n = Math.min(Math.max(1, Math.round(p) || 1), total);
    setPage(n);
    setTyped(String(n));
  };
  const onHits = useCallback(() => {}, []);

  return (
    <div className="bn-preview">
      <form
        className="bn-page-nav"
        onSubmit={(e) => {
          e.preventDefault();
          goTo(Number(typed));
        }}
      >
        <button type="button" className="secondary" disabled={!pdf || page <= 1} onClick={() => goTo(page - 1)}>
          Previous page
        </button>
        <label htmlFor={`${id}-page`}>Page</label>
        <input
          id={`${id}-page`}
          inputMode="numeric"
          size={4}
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
        />
        <span>of {total}</span>
        <button type="submit" className="secondary" disabled={!pdf}>
          Show
        </button>
        <button type="button" className="secondary" disabled={!pdf || page >= total} onClick={() => goTo(page + 1)}>
          Next page
        </button>
      </form>
      {pdf ? (
        <p className="sub" aria-live="polite">
          Page {page}: {describe(result, page)}
        </p>
      ) : null}
      <div className="bn-stage" ref={stageRef}>
        {error ? (
          <ErrorMessage error={error} />
        ) : pdf ? (
          <PdfPage pdf={pdf} page={page} scale={scale} words={NO_WORDS} onHits={onHits} />
        ) : (
          <Loading label="Loading the bundle" minHeight={400} />
        )}
      </div>
    </div>
  );
}
