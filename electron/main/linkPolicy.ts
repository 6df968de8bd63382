/**
 * Which web pages Casebook may open in the user's browser, and when. A page that could open any
 * address could send a child's details out in a URL; so only the bodies a family needs
 * (the law and guidance, the tribunal, SEND advice charities and local information, advice and
 * support services), and only right after the user clicked or pressed a key.
 */
export const LINK_HOSTS: readonly string[] = [
  'gov.uk', // GOV.UK, legislation.gov.uk, the SEND Tribunal's pages, councils' *.gov.uk sites
  'judiciary.uk', // tribunal practice directions
  'nhs.uk',
  'ipsea.org.uk', // Independent Provider of Special Education Advice
  'councilfordisabledchildren.org.uk', // the IASS Network (SENDIASS services)
  'sossen.org.uk',
  'contact.org.uk',
  'kids.org.uk', // runs several SENDIASS services
  'lgo.org.uk', // Local Government and Social Care Ombudsman
  'citizensadvice.org.uk',
];

/** True for https links (no user:password@) to a listed host or one of its subdomains. */
export function isAllowedLink(url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol !== 'https:' || u.username || u.password || u.port) return false;
  const host = u.hostname.toLowerCase().replace(/\.$/, '');
  return LINK_HOSTS.some((h) => host === h || host.endsWith(`.${h}`));
}

/** How soon after a click or key press a link may still open. */
export const GESTURE_WINDOW_MS = 5_000;

/** Input events that are a person acting (not a mouse passing over). */
const GESTURES = new Set([
  'mouseDown',
  'mouseUp',
  'keyDown',
  'rawKeyDown',
  'keyUp',
  'char',
  'gestureTap',
  'touchEnd',
  'pointerUp',
]);

/** Remembers when the user last clicked or typed (from main's own view of input, not the page's word). */
export function createGestureTracker(now: () => number = Date.now) {
  let last = Number.NEGATIVE_INFINITY;
  return {
    record(type: string): void {
      if (GESTURES.has(type)) last = now();
    },
    recent(): boolean {
      return now() - last <= GESTURE_WINDOW_MS;
    },
  };
}
export type GestureTracker = ReturnType<typeof createGestureTracker>;
