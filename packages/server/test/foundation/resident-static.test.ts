import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server.js';

describe('the resident H5 at /m/ (RESIDENT_DIR)', () => {
  let server: TestServer;
  let dir: string;
  beforeAll(async () => {
    // A stand-in for packages/resident/dist/h5 (the real build is exercised by the resident's browser tests).
    dir = mkdtempSync(join(tmpdir(), 'rt-resident-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><div id="app"></div>');
    mkdirSync(join(dir, 'js'));
    writeFileSync(join(dir, 'js', 'app.0123abcd.js'), 'console.log(1)');
    server = await startTestServer({ RESIDENT_DIR: dir });
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves the page at /m/ (revalidated) and its scripts below it; /m redirects', async () => {
    const page = await fetch(`${server.url}/m/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(await page.text()).toContain('<div id="app"></div>');
    const js = await fetch(`${server.url}/m/js/app.0123abcd.js`);
    expect(js.status).toBe(200);
    expect(await js.text()).toBe('console.log(1)');
    const bare = await fetch(`${server.url}/m`, { redirect: 'manual' });
    expect(bare.status).toBe(302);
    expect(bare.headers.get('location')).toBe('/m/');
  });

  it('GraphQL is unaffected', async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(await res.json()).toMatchObject({ data: { __typename: 'Query' } });
  });
});
