import { useId, useState } from 'react';
import type { CaseDetailsView } from '../../../shared/papers.ts';
import { call } from '../../api.ts';

/** The case settings the working document depends on: the appeal reference, and whether the appeal is extended. */
export function AppealSettings({
  caseDir,
  view,
  onChanged,
}: {
  caseDir: string;
  view: CaseDetailsView;
  onChanged: () => void;
}) {
  const id = useId();
  const [reference, setReference] = useState(view.details.appealReference ?? '');
  const save = async (details: { appealReference?: string | null; extendedAppeal?: boolean }) => {
    const r = await call('setCaseDetails', { caseDir, details });
    if (r.ok) onChanged();
  };
  return (
    <div className="wd-settings">
      <div>
        <label htmlFor={`${id}-ref`}>Appeal reference</label>
        <input
          id={`${id}-ref`}
          value={reference}
          placeholder="from the tribunal’s registration letter"
          onChange={(e) => setReference(e.target.value)}
          onBlur={() => void save({ appealReference: reference.trim() || null })}
        />
      </div>
      <label className="wd-check">
        <input
          type="checkbox"
          checked={Boolean(view.details.extendedAppeal)}
          onChange={(e) => void save({ extendedAppeal: e.target.checked })}
        />{' '}
        Also ask for health and social care recommendations (an extended appeal: Sections C, D, G, H1 and H2)
      </label>
    </div>
  );
}
