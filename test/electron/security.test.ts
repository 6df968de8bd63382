import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAppRequestHandler, resolveAppFile } from '../../electron/main/appProtocol.ts';
import { CONTENT_SECURITY_POLICY, CSP_DIRECTIVES } from '../../electron/main/csp.ts';
import { isAllowedRequest, isAppUrl, safeExternalUrl } from '../../electron/main/networkPolicy.ts';

/** Parses "a b; c d" into directive → sources, as a browser does. */
const parseCsp = (csp: string) =>
  new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name as string, sources]),
  );

describe('the Content-Security-Policy', () => {
  const csp = parseCsp(CONTENT_SECURITY_POLICY);
  const allSources = [...csp.values()].flat();

  it('names no remote origin: no host, no http(s)/ws(s) scheme, no wildcard', () => {
    for (const source of allSources) {
      expect(source, source).toMatch(/^('[a-z-]+'|data:|blob:)$/);
    }
  });

  it("never allows eval or inline script ('unsafe-eval', 'unsafe-inline', 'unsafe-hashes')", () => {
    expect(allSources).not.toContain("'unsafe-eval'");
    expect(allSources).not.toContain("'unsafe-inline'");
    expect(allSources).not.toContain("'unsafe-hashes'");
    // Only the app's own scripts; WebAssembly compilation is pdf.js's image decoders.
    expect(csp.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  });

  it('defaults to the app itself and forbids plugins, frames, <base> and form posts', () => {
    expect(csp.get('default-src')).toEqual(["'self'"]);
    for (const d of ['object-src', 'frame-src', 'frame-ancestors', 'base-uri', 'form-action'])
      expect(csp.get(d), d).toEqual(["'none'"]);
  });

  it('is the serialisation of the directive table', () => {
    expect(csp.size).toBe(Object.keys(CSP_DIRECTIVES).length);
  });
});

describe('the runtime network guard', () => {
  it.each([
    ['casebook://app/index.html', true, "the app's own page"],
    ['casebook://app/assets/index-abc.js', true, "the app's scripts"],
    ['data:image/png;base64,AAAA', true, 'in-memory image'],
    ['blob:casebook://app/1234', true, 'pdf.js object URL'],
    ['devtools://devtools/bundled/inspector.html', true, 'DevTools UI (development)'],
    ['https://fonts.googleapis.com/css', false, 'remote font'],
    ['http://localhost:5173/', false, 'any local web server'],
    ['wss://example.org/socket', false, 'websocket'],
    ['file:///etc/passwd', false, 'files are only read by the core, never by the page'],
    ['casebook://evil/index.html', false, 'another host on our scheme'],
    ['ftp://example.org/x', false, 'ftp'],
    ['not a url', false, 'garbage'],
  ])('%s → %s (%s)', (url, allowed) => {
    expect(isAllowedRequest(url)).toBe(allowed);
  });

  it('treats only casebook://app as the app', () => {
    expect(isAppUrl('casebook://app/')).toBe(true);
    expect(isAppUrl('casebook://app.evil/')).toBe(false);
    expect(isAppUrl('https://app/')).toBe(false);
  });

  it.each([
    ['https://www.gov.uk/courts-tribunals/first-tier-tribunal-special-educational-needs-and-disability', true],
    ['http://www.gov.uk/', false],
    ['https://user:pass@evil.example/', false],
    ['file:///C:/Windows/System32/cmd.exe', false],
    ['javascript:alert(1)', false],
    ['https://localhost/', false],
    ['mailto:someone@example.org', false],
  ])('hands %s to the browser: %s', (url, ok) => {
    expect(safeExternalUrl(url) !== undefined).toBe(ok);
  });
});

describe('casebook:// serving the built renderer', () => {
  const root = mkdtempSync(join(tmpdir(), 'casebook-renderer-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Casebook</title>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(root, 'assets', 'notes.exe'), 'MZ');
  writeFileSync(join(tmpdir(), 'casebook-secret.txt'), 'secret');
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const handle = createAppRequestHandler(root);

  it('serves index.html for the root and for app routes, with the CSP and nosniff headers', async () => {
    for (const url of ['casebook://app/', 'casebook://app/case/documents']) {
      const res = await handle(new Request(url));
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(await res.text()).toContain('<title>Casebook</title>');
    }
  });

  it('serves scripts as JavaScript (module scripts need the right type)', async () => {
    const res = await handle(new Request('casebook://app/assets/app.js'));
    expect(res.headers.get('content-type')).toMatch(/^text\/javascript/);
  });

  it.each([
    'casebook://app/../casebook-secret.txt',
    'casebook://app/%2e%2e/casebook-secret.txt',
    'casebook://app/assets/..%2f..%2fcasebook-secret.txt',
    'casebook://app/assets%5c..%5c..%5ccasebook-secret.txt',
    'casebook://other/index.html',
    'casebook://app/assets/notes.exe',
    'casebook://app/assets/missing.js',
  ])('never serves %s', async (url) => {
    const res = await handle(new Request(url));
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('secret');
  });

  it('refuses anything but reading', async () => {
    expect((await handle(new Request('casebook://app/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
  });

  it('maps URLs inside the folder only', () => {
    expect(resolveAppFile(root, 'casebook://app/assets/app.js')).toBe(join(root, 'assets', 'app.js'));
    expect(resolveAppFile(root, 'casebook://app/%00')).toBeUndefined();
  });
});
