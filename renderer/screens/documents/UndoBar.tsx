import { useState } from 'react';
import type { ApiError } from '../../../shared/contract/define.ts';
import { call } from '../../api.ts';
import { ErrorMessage } from '../../components/Status.tsx';

export interface Undoable {
  documentId: number;
  title: string;
}

/**
 * Says what was removed and offers to put it back. It stays until dismissed: a timed toast
 * would punish anyone who reads slowly or uses a screen reader.
 */
export function UndoBar({
  caseDir,
  item,
  onDone,
  onRestored,
}: {
  caseDir: string;
  item: Undoable | undefined;
  onDone: () => void;
  onRestored: () => void;
}) {
  const [error, setError] = useState<ApiError>();
  return (
    <div aria-live="polite" className="undo-slot">
      {item ? (
        <div className="undo-bar">
          <span>&ldquo;{item.title}&rdquo; was removed from the case.</span>
          <button
            type="button"
            className="secondary small"
            onClick={async () => {
              const r = await call('restoreDocument', { caseDir, documentId: item.documentId });
              if (!r.ok) return setError(r.error);
              setError(undefined);
              onRestored();
              onDone();
            }}
          >
            Undo
          </button>
          <button type="button" className="link-button small" onClick={onDone} aria-label="Dismiss this message">
            Dismiss
          </button>
        </div>
      ) : null}
      {error ? <ErrorMessage error={error} /> : null}
    </div>
  );
}
