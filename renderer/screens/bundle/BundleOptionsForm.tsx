import { useId, useState } from 'react';
import type { BundleOptions, BundleProfile } from '../../../shared/bundle.ts';
import { DateField, isoFromParts, partsFromIso, type DateParts } from '../../components/DateField.tsx';

/**
 * What to build: a party's evidence pack or the full hearing bundle, the appeal type (it sets the
 * evidence limits), dividers, anonymising, and the cover's reference and hearing date.
 */
export function BundleOptionsForm({
  profile,
  options,
  onChange,
  disabled,
}: {
  profile: BundleProfile;
  options: BundleOptions;
  onChange: (o: BundleOptions) => void;
  disabled: boolean;
}) {
  const id = useId();
  const set = (patch: Partial<BundleOptions>) => onChange({ ...options, ...patch });
  const types = Object.entries(profile.appealTypes);
  const [hearing, setHearing] = useState<DateParts>(() => partsFromIso(options.hearingDate));
  const hearingParsed = isoFromParts(hearing);
  // The options change only once the boxes make a whole date (or are all cleared).
  const onHearing = (parts: DateParts) => {
    setHearing(parts);
    const parsed = isoFromParts(parts);
    if ('iso' in parsed) set({ hearingDate: parsed.iso ?? undefined });
  };
  return (
    <fieldset className="bn-options" disabled={disabled}>
      <legend>What to build</legend>
      <div className="bn-field">
        <label htmlFor={`${id}-pack`}>Bundle</label>
        <select
          id={`${id}-pack`}
          value={options.pack ?? ''}
          onChange={(e) => set({ pack: e.target.value || undefined })}
        >
          <option value="">Full hearing bundle (every section)</option>
          {profile.packs.map((p) => (
            <option key={p.id} value={p.id}>
              Evidence pack: {p.title}
            </option>
          ))}
        </select>
      </div>
      {types.length > 0 ? (
        <div className="bn-field">
          <label htmlFor={`${id}-type`}>Type of appeal (sets the evidence page limits)</label>
          <select
            id={`${id}-type`}
            value={options.appealType ?? profile.defaultAppealType ?? ''}
            onChange={(e) => set({ appealType: e.target.value || undefined })}
          >
            {types.map(([k, label]) => (
              <option key={k} value={k}>
                {label}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div className="bn-field">
        <label htmlFor={`${id}-ref`}>Appeal reference (for the cover)</label>
        <input
          id={`${id}-ref`}
          value={options.appealReference ?? ''}
          onChange={(e) => set({ appealReference: e.target.value || undefined })}
        />
      </div>
      <div className="bn-field">
        <DateField
          legend="Hearing date (for the cover)"
          value={hearing}
          onChange={onHearing}
          error={'error' in hearingParsed && hearing.year.trim().length >= 4 ? hearingParsed.error : undefined}
        />
      </div>
      <div className="bn-checks">
        <label>
          <input
            type="checkbox"
            checked={options.dividers ?? profile.dividers}
            onChange={(e) => set({ dividers: e.target.checked })}
          />{' '}
          A divider page before each section
        </label>
        <label>
          <input
            type="checkbox"
            checked={options.anonymise ?? false}
            onChange={(e) => set({ anonymise: e.target.checked })}
          />{' '}
          Use the child’s initials on the cover, not their name
        </label>
      </div>
    </fieldset>
  );
}
