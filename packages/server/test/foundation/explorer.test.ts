import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server.js';

/** What a browser sends when a person opens a URL. */
const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

describe('GraphQL explorer at GET /graphql', () => {
  let server: TestServer;
  let adminDir: string;
  beforeAll(async () => {
    // A stand-in for the console build: its two pages (the real build is exercised by e2e/explorer).
    adminDir = mkdtempSync(join(tmpdir(), 'rt-explorer-'));
    writeFileSync(join(adminDir, 'index.html'), '<!doctype html><div id="root"></div>');
    writeFileSync(
      join(adminDir, 'explorer.html'),
      '<!doctype html><div id="explorer"></div><script type="module" src="/assets/explorer-x.js"></script>',
    );
    server = await startTestServer({ ADMIN_DIR: adminDir });
  });
  afterAll(async () => {
    await server.close();
    rmSync(adminDir, { recursive: true, force: true });
  });

  it('sends the explorer page to a browser (Accept: text/html, no operation)', async () => {
    const res = await fetch(`${server.url}/graphql`, { headers: { accept: BROWSER_ACCEPT } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(res.headers.get('content-security-policy')).toContain("connect-src 'self'");
    expect(await res.text()).toContain('<div id="explorer"></div>');
  });

  it('still answers a GET query with JSON, even from a browser', async () => {
    for (const accept of ['application/json', BROWSER_ACCEPT]) {
      const res = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
        headers: { accept, 'apollo-require-preflight': 'true' },
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^application\/(graphql-response\+)?json/);
      expect(await res.json()).toMatchObject({ data: { __typename: 'Query' } });
    }
  });

  it('leaves POST /graphql unchanged', async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { accept: BROWSER_ACCEPT, 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ serverInfo { version } }' }),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { data?: { serverInfo: { version: string } } };
    expect(body.data?.serverInfo.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('is not sent to a client that does not ask for HTML', async () => {
    const res = await fetch(`${server.url}/graphql`, { headers: { accept: 'application/json' } });
    expect(res.headers.get('content-type') ?? '').not.toMatch(/^text\/html/);
    expect(await res.text()).not.toContain('id="explorer"');
  });

  it('leaves GET /graphql to Apollo when the console is not built', async () => {
    const bare = await startTestServer();
    try {
      const res = await fetch(`${bare.url}/graphql`, { headers: { accept: BROWSER_ACCEPT } });
      expect(await res.text()).not.toContain('id="explorer"');
    } finally {
      await bare.close();
    }
  });
});
