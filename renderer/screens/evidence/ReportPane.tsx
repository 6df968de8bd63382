import { useEffect } from 'react';
import type { Recommendation } from '../../../shared/evidence.ts';
import { ErrorMessage, Loading } from '../../components/Status.tsx';
import { useCall } from '../../useCall.ts';

const squash = (s: string) => s.replace(/\s+/g, ' ');

/** The report page with the recommendation highlighted (line breaks in the page are ignored when finding it). */
export function ReportPane({ caseDir, rec, onLoaded }: { caseDir: string; rec: Recommendation; onLoaded?: () => void }) {
  const pages = useCall('getPages', { caseDir, documentId: rec.documentId }, `${caseDir}:${rec.documentId}`);
  useEffect(() => {
    if (pages.state === 'ok') onLoaded?.();
  }, [pages.state, onLoaded]);
  if (pages.state === 'loading') return <Loading label="Loading the report" />;
  if (pages.state === 'error') return <ErrorMessage error={pages.error} />;
  const text = squash(pages.value.find((p) => p.page === rec.page)?.text ?? '');
  const needle = squash(rec.text).slice(0, 60);
  const at = text.toLowerCase().indexOf(needle.toLowerCase());
  if (at < 0) return <p>{text}</p>;
  const end = Math.min(text.length, at + squash(rec.text).length);
  return (
    <p>
      {text.slice(0, at)}
      <mark>{text.slice(at, end)}</mark>
      {text.slice(end)}
    </p>
  );
}
