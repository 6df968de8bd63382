import { useId } from 'react';

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export const partsFromIso = (iso: string | undefined): DateParts => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  return m ? { year: m[1]!, month: String(Number(m[2])), day: String(Number(m[3])) } : { day: '', month: '', year: '' };
};

/**
 * Day, month and year as three boxes (the GOV.UK pattern parents know). A browser date picker
 * shows the order of the computer's language, which on many machines is American (08/24/2026).
 * Returns the ISO date, null for all three empty, or an error message in words.
 */
export function isoFromParts(p: DateParts): { iso: string | null } | { error: string } {
  const [d, m, y] = [p.day.trim(), p.month.trim(), p.year.trim()];
  if (!d && !m && !y) return { iso: null };
  if (!d || !m || !y) return { error: 'Enter the day, the month and the year, or leave all three empty.' };
  const [day, month, year] = [Number(d), Number(m), Number(y)];
  if (![day, month, year].every(Number.isInteger) || year < 1900 || year > 2100) return { error: 'Enter the year as four digits, for example 2026.' };
  const date = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || date.getUTCDate() !== day) return { error: 'That date does not exist. Check the day and the month.' };
  return { iso: date.toISOString().slice(0, 10) };
}

export function DateField({ legend, value, onChange, error }: { legend: string; value: DateParts; onChange: (v: DateParts) => void; error?: string }) {
  const id = useId();
  const part = (key: keyof DateParts, label: string, width: string) => (
    <div className="date-part">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input
        id={`${id}-${key}`}
        inputMode="numeric"
        style={{ width }}
        value={value[key]}
        onChange={(e) => onChange({ ...value, [key]: e.target.value })}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
    </div>
  );
  return (
    <fieldset className="date-field">
      <legend>{legend}</legend>
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      <div className="date-parts">
        {part('day', 'Day', '4em')}
        {part('month', 'Month', '4em')}
        {part('year', 'Year', '6em')}
      </div>
    </fieldset>
  );
}
