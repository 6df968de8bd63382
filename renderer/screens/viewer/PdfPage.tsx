import { TextLayer, type PDFDocumentProxy, type RenderTask } from 'pdfjs-dist';
import { useEffect, useRef, useState } from 'react';
import { highlightWords } from './highlight.ts';

interface Props {
  pdf: PDFDocumentProxy;
  page: number;
  /** CSS pixels per PDF point. */
  scale: number;
  words: string[];
  onHits: (count: number) => void;
}

/** One page: the image on a canvas, the text layer over it (selectable, with search hits marked). */
export function PdfPage({ pdf, page, scale, words, onHits }: Props) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState<{ width: number; height: number }>();
  const [failed, setFailed] = useState<string>();
  const wordsKey = words.join(' ');

  useEffect(() => {
    let cancelled = false;
    let task: RenderTask | undefined;
    let textLayer: TextLayer | undefined;
    void (async () => {
      try {
        const p = await pdf.getPage(page);
        if (cancelled) return;
        const viewport = p.getViewport({ scale });
        setSize({ width: viewport.width, height: viewport.height });
        const canvas = canvasRef.current;
        const container = textRef.current;
        if (!canvas || !container) return;
        // Draw at device resolution so text stays sharp on high-DPI screens and at 200% zoom.
        const ratio = window.devicePixelRatio || 1;
        canvas.width = Math.floor(viewport.width * ratio);
        canvas.height = Math.floor(viewport.height * ratio);
        task = p.render({ canvas, viewport, transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0] });
        await task.promise;
        if (cancelled) return;
        container.replaceChildren();
        textLayer = new TextLayer({ textContentSource: p.streamTextContent(), container, viewport });
        await textLayer.render();
        if (cancelled) return;
        const marks = highlightWords(textLayer.textDivs, wordsKey ? wordsKey.split(' ') : []);
        onHits(marks.length);
        marks[0]?.scrollIntoView({ block: 'center', behavior: 'auto' });
      } catch (e) {
        if (!cancelled && (e as Error).name !== 'RenderingCancelledException') setFailed((e as Error).message);
      }
    })();
    return () => {
      cancelled = true;
      task?.cancel();
      textLayer?.cancel();
    };
  }, [pdf, page, scale, wordsKey, onHits]);

  if (failed) {
    return (
      <p className="notice notice-error" role="alert">
        This page could not be shown ({failed}). Its text is still searchable.
      </p>
    );
  }
  return (
    <div
      className="pdf-page"
      style={{
        width: size?.width ?? 612 * scale,
        height: size?.height ?? 792 * scale,
        ['--total-scale-factor' as string]: String(scale),
      }}
    >
      <canvas ref={canvasRef} style={{ width: '100%', height: '100%' }} aria-hidden="true" />
      <div ref={textRef} className="textLayer" />
    </div>
  );
}
