import { useEffect, useRef, useState } from 'react';
import { call } from '../../api.ts';
import { baseName, folderOf, plural } from '../../format.ts';
import type { BuildOutput } from './BuildPanel.tsx';

/**
 * The bundle just built, right under the Build button: which file, in which folder, how many
 * pages, and Open / Show in folder. It takes focus when it appears, so it is seen and heard.
 */
export function BuildResult({ out }: { out: BuildOutput }) {
  const [shellNote, setShellNote] = useState<string>();
  const heading = useRef<HTMLHeadingElement>(null);
  const { result, outPath } = out;
  useEffect(() => heading.current?.focus(), []);

  async function shell(which: 'openFile' | 'showInFolder') {
    const r = await call(which, { path: outPath });
    if (r.ok) return setShellNote(undefined);
    // In a browser (or tests) there is no desktop to hand the file to: the path is shown above.
    setShellNote(
      r.error.code === 'not-available'
        ? 'Opening files is only possible in the Casebook desktop app.'
        : r.error.message,
    );
  }

  return (
    <div className="bn-result" aria-labelledby="bn-result-h">
      <h3 id="bn-result-h" ref={heading} tabIndex={-1}>
        Version {result.version} is ready
      </h3>
      <dl className="facts bn-result-facts">
        <dt>File</dt>
        <dd className="path">{baseName(outPath)}</dd>
        <dt>Folder</dt>
        <dd className="path">{folderOf(outPath)}</dd>
        <dt>Pages</dt>
        <dd>
          {plural(result.pages, 'page')}, {plural(result.documents.length, 'document')}
        </dd>
      </dl>
      <div className="button-row">
        <button type="button" className="secondary" onClick={() => void shell('openFile')}>
          Open the bundle
        </button>
        <button type="button" className="secondary" onClick={() => void shell('showInFolder')}>
          Show in folder
        </button>
      </div>
      <p className="hint" role="status">
        {shellNote ?? ''}
      </p>
    </div>
  );
}
