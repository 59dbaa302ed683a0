import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server.js';

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

/** The directives of a CSP header, by name. */
function directives(csp: string | null): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of (csp ?? '').split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) out.set(name, values);
  }
  return out;
}

/** What every response carries, whatever it is (page, asset, API answer). */
function expectBaseline(res: Response) {
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  expect(res.headers.get('x-frame-options')).toBe('DENY');
  const csp = directives(res.headers.get('content-security-policy'));
  expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
  expect(csp.get('script-src')).toEqual(["'self'"]);
  expect(csp.get('object-src')).toEqual(["'none'"]);
  expect(csp.get('base-uri')).toEqual(["'none'"]);
  // Never on plain HTTP deployments' assets (helmet's default would add it).
  expect(csp.has('upgrade-insecure-requests')).toBe(false);
  return csp;
}

describe('security headers (@fastify/helmet) on the console and the API', () => {
  let server: TestServer;
  let adminDir: string;
  beforeAll(async () => {
    // A stand-in for the console build (the real one is loaded under this policy by e2e/shell and e2e/explorer).
    adminDir = mkdtempSync(join(tmpdir(), 'rt-headers-'));
    mkdirSync(join(adminDir, 'assets'));
    writeFileSync(
      join(adminDir, 'index.html'),
      '<!doctype html><div id="root"></div><script type="module" src="/assets/index-x.js"></script>',
    );
    writeFileSync(join(adminDir, 'assets', 'index-x.js'), 'console.log(1);');
    writeFileSync(join(adminDir, 'explorer.html'), '<!doctype html><div id="explorer"></div>');
    server = await startTestServer({ ADMIN_DIR: adminDir });
  });
  afterAll(async () => {
    await server.close();
    rmSync(adminDir, { recursive: true, force: true });
  });

  it('the console page at / (and a client route falling back to it): CSP without inline scripts, no framing, no referrer, nosniff', async () => {
    for (const path of ['/', '/tickets/some-id']) {
      const res = await fetch(`${server.url}${path}`, { headers: { accept: BROWSER_ACCEPT } });
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('<div id="root">');
      const csp = expectBaseline(res);
      expect(csp.get('default-src')).toEqual(["'self'"]);
      expect(csp.get('script-src-attr')).toEqual(["'none'"]);
      // antd's CSS-in-JS injects <style> elements: inline styles are allowed, inline scripts are not.
      expect(csp.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
      expect(csp.get('connect-src')).toEqual(["'self'"]);
      expect(csp.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
      expect(res.headers.get('strict-transport-security')).toBe('max-age=15552000');
      expect(res.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    }
  });

  it('a console asset carries the same headers', async () => {
    const res = await fetch(`${server.url}/assets/index-x.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/javascript/);
    expectBaseline(res);
  });

  it('POST /graphql carries them too, and still answers', async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ data: { __typename: 'Query' } });
    expectBaseline(res);
  });

  it('a CORS preflight from another origin still succeeds (cross-origin API clients are not blocked)', async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://app.example', 'access-control-request-method': 'POST' },
    });
    expect(res.status).toBeLessThan(300);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('the explorer page at GET /graphql sends exactly one policy: its own (connect-src self, frame-ancestors none)', async () => {
    const res = await fetch(`${server.url}/graphql`, { headers: { accept: BROWSER_ACCEPT } });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('id="explorer"');
    const raw = res.headers.get('content-security-policy') ?? '';
    // fetch joins repeated headers with ", ": one policy means no second default-src.
    expect(raw.match(/default-src/g)).toHaveLength(1);
    const csp = expectBaseline(res);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    expect(csp.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it('a JSON 404 carries them as well', async () => {
    const res = await fetch(`${server.url}/no/such/thing`, { headers: { accept: 'application/json' } });
    expect(res.status).toBe(404);
    expectBaseline(res);
  });
});
