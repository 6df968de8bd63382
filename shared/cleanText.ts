/**
 * Names and titles come from other people's files: an email subject, an attachment's name, a
 * PDF's Title. Control characters (ESC, BEL, CR/LF…, C0 and C1) and the Unicode bidi overrides
 * and isolates can rename a file in a listing ("report‮fdp.exe"), forge lines in a terminal or
 * change its title. They are removed before a name is stored; line breaks and tabs become spaces.
 * Marks that only steer direction inside Arabic or Hebrew text (LRM, RLM, ALM) are kept.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const BREAKS = /[\t\n\r]+/g;

export function cleanName(s: string): string {
  return s.replace(BREAKS, ' ').replace(CONTROLS, '').replace(/ {2,}/g, ' ').trim();
}

/** As cleanName, for an optional field: undefined and null stay as they are. */
export function cleanOptional<T extends string | null | undefined>(s: T): T {
  return (typeof s === 'string' ? cleanName(s) : s) as T;
}
