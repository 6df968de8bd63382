/**
 * The renderer's Content-Security-Policy, sent as a response header on every casebook:// file
 * (Electron security checklist §7: a header is stronger than a <meta> tag, which only applies
 * after the HTML has been parsed and cannot set frame-ancestors).
 *
 * Everything comes from the app itself ('self' = casebook://app). No remote origin may appear
 * here: the app must work, and be unable to leak a child's records, with the network unplugged.
 */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  // 'wasm-unsafe-eval' lets pdf.js compile its own WebAssembly image decoders (JPEG 2000, JBIG2:
  // common in council scans). It allows WebAssembly.compile of same-origin bytes only; it does NOT
  // allow eval() or new Function() (that would be 'unsafe-eval', which is never set).
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  // No 'unsafe-inline': React sets styles through the CSSOM (allowed); Vite emits CSS files.
  'style-src': ["'self'"],
  // pdf.js paints pages to canvases and hands images around as blob:/data: URLs.
  'img-src': ["'self'", 'data:', 'blob:'],
  // pdf.js may load a PDF's embedded fonts as data: URLs.
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'", 'blob:', 'data:'],
  // pdf.js runs its parser in a worker served by the app.
  'worker-src': ["'self'", 'blob:'],
  'media-src': ["'self'", 'blob:'],
  'object-src': ["'none'"],
  'frame-src': ["'none'"],
  'child-src': ["'self'", 'blob:'],
  'frame-ancestors': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
};

export const CONTENT_SECURITY_POLICY = Object.entries(CSP_DIRECTIVES)
  .map(([name, sources]) => `${name} ${sources.join(' ')}`)
  .join('; ');
