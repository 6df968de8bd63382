import { Fragment } from 'react';
import { ErrorMessage, Loading } from '../../components/Status.tsx';
import { useCall } from '../../useCall.ts';

/** For documents with no PDF to draw (an email, a Word file not yet rendered): the page's text. */
export function PageTextView({
  caseDir,
  documentId,
  page,
  words,
}: {
  caseDir: string;
  documentId: number;
  page: number;
  words: string[];
}) {
  const pages = useCall('getPages', { caseDir, documentId }, `${caseDir}:${documentId}`);
  if (pages.state === 'loading') return <Loading label="Loading the text" minHeight={400} />;
  if (pages.state === 'error') return <ErrorMessage error={pages.error} />;
  const text = pages.value.find((p) => p.page === page)?.text ?? '';
  const re = words.length
    ? new RegExp(`(${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'giu')
    : undefined;
  return (
    <div className="page-text">
      {(re ? text.split(re) : [text]).map((part, i) =>
        i % 2 === 1 ? (
          <mark key={i} className="hit">
            {part}
          </mark>
        ) : (
          <Fragment key={i}>{part}</Fragment>
        ),
      )}
    </div>
  );
}
