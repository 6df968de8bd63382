import { useId } from 'react';
import type { CaseDetails, LetterDraft } from '../../../shared/papers.ts';

/** Letter fields that are case details: what is typed can be kept for every letter. */
export const DETAIL_OF_FIELD: Partial<Record<string, keyof CaseDetails>> = {
  parents: 'parents',
  address: 'address',
  caseworker: 'caseworker',
  'la reference': 'laReference',
  'la address': 'laAddress',
  'school name': 'school',
  'requested school': 'requestedSchool',
  'appeal reference': 'appealReference',
};

/**
 * One box per field the letter uses: what the case already knows is shown as the placeholder,
 * and typing overrides it for this letter only.
 */
export function FieldsForm({
  draft,
  typed,
  onChange,
  onKeep,
}: {
  draft: LetterDraft;
  typed: Record<string, string>;
  onChange: (name: string, value: string) => void;
  /** Saves a typed value as a case detail, so every later letter has it. */
  onKeep: (name: string) => void;
}) {
  const id = useId();
  return (
    <div className="letter-fields">
      {draft.fields.map((f, i) => {
        const long = (f.value ?? '').length > 60 || /reasons|details|issues|complaint|what|provision/.test(f.name);
        const common = {
          id: `${id}-${i}`,
          value: typed[f.name] ?? '',
          placeholder: f.value ?? 'not known yet',
          'aria-invalid': f.value === null && !typed[f.name] ? true : undefined,
        };
        return (
          <div key={f.name} className="letter-field">
            <label htmlFor={`${id}-${i}`}>{f.name}</label>
            {long ? (
              <textarea {...common} rows={3} onChange={(e) => onChange(f.name, e.target.value)} />
            ) : (
              <input {...common} onChange={(e) => onChange(f.name, e.target.value)} />
            )}
            {DETAIL_OF_FIELD[f.name] && typed[f.name]?.trim() ? (
              <button type="button" className="link-button" onClick={() => onKeep(f.name)}>
                Keep this {f.name} for every letter
              </button>
            ) : null}
          </div>
        );
      })}
    </div>
  );
}
