import { useId, useState, type FormEvent } from 'react';
import type { SectionId } from '../../../shared/evidence.ts';
import { call } from '../../api.ts';

/** A change of the family's own, not from a report: the wording, and the paragraph it follows. */
export function AddOwnChange({
  caseDir,
  section,
  onAdded,
}: {
  caseDir: string;
  section: SectionId;
  onAdded: () => void;
}) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [sought, setSought] = useState('');
  const [reason, setReason] = useState('');
  async function submit(e: FormEvent) {
    e.preventDefault();
    const r = await call('editAmendment', { caseDir, edit: { id: 'own', section, sought, reason, para: null } });
    if (!r.ok) return;
    setSought('');
    setReason('');
    setOpen(false);
    onAdded();
  }
  if (!open) {
    return (
      <button type="button" className="link-button" onClick={() => setOpen(true)}>
        Add my own change to Section {section}
      </button>
    );
  }
  return (
    <form className="form" onSubmit={(e) => void submit(e)}>
      <label htmlFor={`${id}-s`}>Wording to add to Section {section}</label>
      <textarea id={`${id}-s`} rows={3} value={sought} required onChange={(e) => setSought(e.target.value)} />
      <label htmlFor={`${id}-r`}>Why (for the amendments sought)</label>
      <input id={`${id}-r`} value={reason} onChange={(e) => setReason(e.target.value)} />
      <div className="button-row">
        <button type="submit" className="secondary">
          Add this change
        </button>
        <button type="button" className="secondary" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
