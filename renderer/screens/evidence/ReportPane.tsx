import { useEffect } from 'react';
import type { Recommendation } from '../../../shared/evidence.ts';
import { ErrorMessage, Loading } from '../../components/Status.tsx';
import { useCall } from '../../useCall.ts';

/**
 * Where `needle` is in `text` when every run of whitespace counts as one space (a recommendation
 * may be split across lines on the page), as offsets into the text as printed.
 */
export function findSpan(text: string, needle: string): [number, number] | undefined {
  const at: number[] = [];
  let squashed = '';
  for (let i = 0; i < text.length; i++) {
    if (/\s/.test(text[i]!)) {
      if (squashed.endsWith(' ')) continue;
      squashed += ' ';
    } else squashed += text[i];
    at.push(i);
  }
  const want = needle.replace(/\s+/g, ' ').trim();
  const start = squashed.toLowerCase().indexOf(want.slice(0, 60).toLowerCase());
  if (start < 0) return undefined;
  const end = Math.min(squashed.length, start + want.length);
  return [at[start]!, (at[end - 1] ?? text.length - 1) + 1];
}

/** The report page as printed (its line breaks kept, so it reads like the page), the recommendation highlighted. */
export function ReportPane({
  caseDir,
  rec,
  onLoaded,
}: {
  caseDir: string;
  rec: Recommendation;
  onLoaded?: () => void;
}) {
  const pages = useCall('getPages', { caseDir, documentId: rec.documentId }, `${caseDir}:${rec.documentId}`);
  useEffect(() => {
    if (pages.state === 'ok') onLoaded?.();
  }, [pages.state, onLoaded]);
  if (pages.state === 'loading') return <Loading label="Loading the report" />;
  if (pages.state === 'error') return <ErrorMessage error={pages.error} />;
  const text = (pages.value.find((p) => p.page === rec.page)?.text ?? '').trim();
  const span = findSpan(text, rec.text);
  if (!span) return <div className="ev-page-text">{text}</div>;
  return (
    <div className="ev-page-text">
      {text.slice(0, span[0])}
      <mark>{text.slice(span[0], span[1])}</mark>
      {text.slice(span[1])}
    </div>
  );
}
