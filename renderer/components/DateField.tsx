import { useCallback, useId, useState } from 'react';

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
  if (![day, month, year].every(Number.isInteger) || year < 1900 || year > 2100)
    return { error: 'Enter the year as four digits, for example 2026.' };
  const date = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || date.getUTCDate() !== day)
    return { error: 'That date does not exist. Check the day and the month.' };
  return { iso: date.toISOString().slice(0, 10) };
}

/**
 * A form's date: the three boxes' state, their error, and `read()` for submit, which returns the
 * ISO date (null when empty and optional) or undefined after showing what is wrong.
 */
export function useDateField(initial?: string, { required = false } = {}) {
  const [value, setValue] = useState<DateParts>(() => partsFromIso(initial));
  const [error, setError] = useState<string>();
  const read = useCallback((): string | null | undefined => {
    const parsed = isoFromParts(value);
    if ('error' in parsed) return void setError(parsed.error);
    if (required && parsed.iso === null) return void setError('Enter the date: day, month and year.');
    setError(undefined);
    return parsed.iso;
  }, [value, required]);
  const reset = useCallback((iso?: string) => {
    setValue(partsFromIso(iso));
    setError(undefined);
  }, []);
  return { value, onChange: setValue, error, read, reset };
}

export interface DateFieldProps {
  legend: string;
  value: DateParts;
  onChange: (v: DateParts) => void;
  error?: string | undefined;
  /** A line under the legend ("the date it was sent, not the date printed on it"). */
  hint?: string;
  /** For a date inside a row whose purpose is already visible: the legend is read, not shown. */
  hideLegend?: boolean;
}

/** The app's only way to enter a date: day, month and year boxes, en-GB order, errors in words. */
export function DateField({ legend, value, onChange, error, hint, hideLegend }: DateFieldProps) {
  const id = useId();
  const described = [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined;
  const part = (key: keyof DateParts, label: string, width: string) => (
    <div className="date-part">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input
        id={`${id}-${key}`}
        inputMode="numeric"
        autoComplete="off"
        style={{ width }}
        value={value[key]}
        onChange={(e) => onChange({ ...value, [key]: e.target.value })}
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
      />
    </div>
  );
  return (
    <fieldset className="date-field">
      <legend className={hideLegend ? 'visually-hidden' : undefined}>{legend}</legend>
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
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
