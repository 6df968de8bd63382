import { useEffect, useState } from 'react';
import { call } from '../../api.ts';
import { Loading } from '../../components/Status.tsx';
import { PageTextView } from './PageTextView.tsx';

interface Props {
  caseDir: string;
  documentId: number;
  page: number;
  words: string[];
  zoom: number;
}

/** A document with no PDF to draw: the photo or scan itself when it is one, otherwise its text. */
export function ImageOrTextView({ caseDir, documentId, page, words, zoom }: Props) {
  const [image, setImage] = useState<{ url: string } | null>();
  useEffect(() => {
    let live = true;
    let url: string | undefined;
    void call('getDocumentImage', { caseDir, documentId }).then((r) => {
      if (!live) return;
      if (!r.ok || !r.value) return setImage(null);
      url = URL.createObjectURL(new Blob([r.value.bytes.slice()], { type: r.value.mimeType }));
      setImage({ url });
    });
    return () => {
      live = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [caseDir, documentId]);

  if (image === undefined) return <Loading label="Loading the document" minHeight={400} />;
  if (image) {
    return (
      <div className="image-view">
        <img src={image.url} alt="The scanned page as it was imported" style={{ width: `${Math.round(zoom * 60)}%` }} />
        <details className="image-text">
          <summary>Text Casebook read from this scan</summary>
          <PageTextView caseDir={caseDir} documentId={documentId} page={page} words={words} />
        </details>
      </div>
    );
  }
  return (
    <div style={{ fontSize: `${Math.round(zoom * 80)}%` }}>
      <p className="hint text-note">
        This is the text Casebook read from the file; the file itself keeps its original layout.
      </p>
      <PageTextView caseDir={caseDir} documentId={documentId} page={page} words={words} />
    </div>
  );
}
