import { shell, type Session, type WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from './csp.ts';
import { createGestureTracker, isAllowedLink } from './linkPolicy.ts';
import { isAllowedRequest, isAppUrl, safeExternalUrl } from './networkPolicy.ts';

/**
 * Session-wide rules (Electron security checklist): no network, no permissions, CSP on every
 * response. Applied before any window exists.
 */
export function hardenSession(ses: Session): void {
  // No request leaves the machine: anything but the app's own files and local data is cancelled.
  ses.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url);
    if (!allowed) console.warn(`casebook: blocked a request to ${details.url.slice(0, 200)}`);
    callback({ cancel: !allowed });
  });
  // The casebook:// handler already sends the CSP; this makes sure no app response goes without
  // it. (DevTools' own pages keep theirs.)
  ses.webRequest.onHeadersReceived((details, callback) => {
    if (!isAppUrl(details.url)) return callback({});
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  // Camera, microphone, location, notifications, MIDI, HID, serial…: Casebook needs none.
  ses.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  // Chromium's spellchecker fetches dictionaries from Google on Linux: that would be a request
  // about a child's records leaving the machine, so it is off.
  ses.setSpellCheckerEnabled(false);
  ses.on('will-download', (event) => event.preventDefault());
}

/** When the user last clicked or typed in a Casebook window, as main saw it. */
const userGestures = createGestureTracker();

/**
 * Hands a link to the user's browser: https, to a host on the allowlist (linkPolicy.ts), and
 * only just after a click or key press. Anything else goes nowhere.
 */
export async function openLinkOutside(url: string): Promise<boolean> {
  const safe = safeExternalUrl(url);
  if (!safe || !isAllowedLink(safe) || !userGestures.recent()) {
    console.warn(`casebook: did not open ${url.slice(0, 200)} (not an allowed site, or not just after a click)`);
    return false;
  }
  await shell.openExternal(safe, { activate: true });
  return true;
}

/**
 * Every web contents (the window, DevTools, anything a bug might create): no navigation away
 * from the app, no new windows, no <webview>.
 */
export function hardenWebContents(contents: WebContents): void {
  contents.on('input-event', (_event, input) => userGestures.record(input.type));
  contents.on('will-navigate', (event, url) => {
    if (isAppUrl(url)) return;
    event.preventDefault();
    void openLinkOutside(url);
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    void openLinkOutside(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
