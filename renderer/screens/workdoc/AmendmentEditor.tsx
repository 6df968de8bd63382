import { useId, useState } from 'react';
import type { Amendment } from '../../../shared/papers.ts';
import { call } from '../../api.ts';
import { useNavigate } from '../../navigation.ts';

/**
 * One requested change: the wording asked for (pre-filled from the evidence map, saved when the
 * box is left), the evidence behind it one click away, and "leave it out".
 */
export function AmendmentEditor({
  caseDir,
  amendment,
  onChanged,
}: {
  caseDir: string;
  amendment: Amendment;
  onChanged: () => void;
}) {
  const id = useId();
  const navigate = useNavigate();
  const [sought, setSought] = useState(amendment.sought);
  const save = async (edit: { sought?: string; excluded?: boolean; reset?: boolean }) => {
    const r = await call('editAmendment', { caseDir, edit: { id: amendment.id, ...edit } });
    if (r.ok) onChanged();
  };
  const what =
    amendment.kind === 'move'
      ? `Move to Section ${amendment.section}`
      : amendment.kind === 'add'
        ? `Add to Section ${amendment.section}`
        : 'Change to';
  return (
    <div className={`wd-amendment${amendment.excluded ? ' wd-excluded' : ''}`}>
      {amendment.current ? (
        <p className="wd-current">
          <span className="visually-hidden">Strike out: </span>
          <s>{amendment.current}</s>
        </p>
      ) : null}
      <label htmlFor={`${id}-sought`}>{what}</label>
      <textarea
        id={`${id}-sought`}
        rows={3}
        value={sought}
        disabled={amendment.excluded}
        onChange={(e) => setSought(e.target.value)}
        onBlur={() => (sought.trim() && sought !== amendment.sought ? void save({ sought }) : undefined)}
      />
      <p className="hint">{amendment.reason}</p>
      <div className="wd-evidence">
        {amendment.citations.map((c) => (
          <button
            key={c.text}
            type="button"
            className="link-button"
            onClick={() =>
              navigate({
                name: 'case',
                caseDir,
                screen: 'viewer',
                params: { documentId: String(c.documentId), page: String(c.page) },
              })
            }
          >
            Evidence: {c.text}
          </button>
        ))}
        <label className="wd-check">
          <input
            type="checkbox"
            checked={amendment.excluded}
            onChange={(e) => void save({ excluded: e.target.checked })}
          />{' '}
          Leave this change out
        </label>
        {amendment.edited && !amendment.id.startsWith('own-') ? (
          <button
            type="button"
            className="link-button"
            onClick={() => void save({ reset: true }).then(() => setSought(amendment.sought))}
          >
            Use the evidence map’s wording again
          </button>
        ) : null}
        {amendment.id.startsWith('own-') ? (
          <button type="button" className="link-button" onClick={() => void save({ reset: true })}>
            Remove my change
          </button>
        ) : null}
      </div>
    </div>
  );
}
