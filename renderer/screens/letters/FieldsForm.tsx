import { useId } from 'react';
import type { LetterDraft } from '../../../shared/papers.ts';

/**
 * One box per field the letter uses: what the case already knows is shown as the placeholder,
 * and typing overrides it for this letter only.
 */
export function FieldsForm({ draft, typed, onChange }: { draft: LetterDraft; typed: Record<string, string>; onChange: (name: string, value: string) => void }) {
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
            {long ? <textarea {...common} rows={3} onChange={(e) => onChange(f.name, e.target.value)} /> : <input {...common} onChange={(e) => onChange(f.name, e.target.value)} />}
          </div>
        );
      })}
    </div>
  );
}
