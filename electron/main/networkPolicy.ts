/**
 * Which URLs the app may load, and which links may be handed to the operating system.
 * Pure functions so the rules are tested without Electron.
 */
export const APP_SCHEME = 'casebook';
export const APP_HOST = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** Schemes that never leave the machine: the app's own files, in-memory data, DevTools' UI. */
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'devtools:', 'chrome-devtools:']);

function parse(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/** True only for casebook://app/… (the built renderer): the one origin the window may show. */
export function isAppUrl(url: string): boolean {
  const u = parse(url);
  return u !== undefined && u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST;
}

/**
 * The runtime network guard (session.webRequest.onBeforeRequest): every request that is not the
 * app's own files or local data is cancelled — http(s), ws(s), ftp, file://, anything new.
 * Nothing about a child may leave the machine, even if a bug or a malicious document tried.
 */
export function isAllowedRequest(url: string): boolean {
  if (isAppUrl(url)) return true;
  const u = parse(url);
  return u !== undefined && LOCAL_SCHEMES.has(u.protocol);
}

/**
 * Links the user clicked that may open in their browser: https only, no user:password@ (a
 * classic way to disguise a host), a real host name. Everything else is ignored.
 */
export function safeExternalUrl(url: string): string | undefined {
  const u = parse(url);
  if (!u || u.protocol !== 'https:' || u.username || u.password || !u.hostname.includes('.')) return undefined;
  return u.toString();
}
