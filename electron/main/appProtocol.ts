import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, relative, isAbsolute, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from './csp.ts';
import { APP_HOST, APP_SCHEME } from './networkPolicy.ts';

/** Only file types the built renderer (Vite output, pdf.js assets) contains are served. */
const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  // pdf.js: packed CMaps, standard font programs, ICC profiles.
  '.bcmap': 'application/octet-stream',
  '.pfb': 'application/octet-stream',
  '.icc': 'application/octet-stream',
  '.txt': 'text/plain; charset=utf-8',
};

/** Headers on every response: the CSP, no MIME sniffing, no referrer, no embedding. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

const respond = (status: number, body: BodyInit | null, contentType = 'text/plain; charset=utf-8'): Response =>
  new Response(body, {
    status,
    headers: { ...SECURITY_HEADERS, 'Content-Type': contentType, 'Cache-Control': 'no-store' },
  });

/**
 * Maps casebook://app/<path> to a file under `root`, or undefined when the URL is for another
 * host or escapes the folder (../, encoded slashes, absolute paths). Paths without an extension
 * are the single-page app's routes and get index.html.
 */
export function resolveAppFile(root: string, url: string): string | undefined {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return undefined;
  }
  if (u.protocol !== `${APP_SCHEME}:` || u.host !== APP_HOST) return undefined;
  let path: string;
  try {
    path = decodeURIComponent(u.pathname);
  } catch {
    return undefined;
  }
  if (path.includes('\0') || path.includes('\\')) return undefined;
  if (path === '/' || extname(path) === '') path = '/index.html';
  const file = normalize(join(root, path));
  const rel = relative(root, file);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel) || rel.split(sep).includes('..')) return undefined;
  return file;
}

/**
 * The handler for protocol.handle('casebook', …): serves the built renderer from `root` with the
 * security headers. Read-only, GET only, never a directory listing, never a file outside root.
 */
export function createAppRequestHandler(root: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return respond(405, 'Method not allowed');
    const file = resolveAppFile(root, request.url);
    if (!file) return respond(404, 'Not found');
    const type = MIME_TYPES[extname(file).toLowerCase()];
    if (!type) return respond(404, 'Not found');
    try {
      if (!(await stat(file)).isFile()) return respond(404, 'Not found');
      const bytes = await readFile(file);
      return respond(200, request.method === 'HEAD' ? null : new Uint8Array(bytes), type);
    } catch {
      return respond(404, 'Not found');
    }
  };
}
