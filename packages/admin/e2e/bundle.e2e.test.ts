import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  budgetOf,
  INITIAL_JS_BUDGET_KB,
  initialJs,
  ROUTE_CHUNK_BUDGET_KB,
  routeChunks,
  // @ts-expect-error plain ESM script without type declarations
} from '../scripts/bundle-report.mjs';
import { type RunningServer, startServer } from './helpers/server.ts';

/** The console build the browser tests use (dist when current, else .e2e-dist: see global-setup). */
const dist = inject('adminDir');
/** An inlined operation in minified output: `kind:"OperationDefinition",operation:"query",name:{kind:"Name",value:"Me"}`. */
const OPERATION =
  /OperationDefinition["'`],\s*"?operation"?:\s*["'`]\w+["'`],\s*"?name"?:\s*\{\s*"?kind"?:\s*["'`]Name["'`],\s*"?value"?:\s*["'`](\w+)/g;

/** Runs after `vite build` (with the browser tests): the first screen's JavaScript stays in budget. */
describe('console bundle', () => {
  it(`loads at most ${INITIAL_JS_BUDGET_KB} KB gzip of JavaScript before any lazy route`, () => {
    expect(existsSync(resolve(dist, '.vite/manifest.json')), 'run `vite build` first').toBe(true);
    const report = initialJs(dist) as {
      gzipKb: number;
      brotliKb: number;
      chunks: { file: string; gzipKb: number }[];
    };
    const list = report.chunks.map((c) => `${c.file} ${c.gzipKb.toFixed(1)} KB`).join(', ');
    expect(report.brotliKb).toBeLessThan(report.gzipKb);
    expect(report.gzipKb, `initial JS: ${list}`).toBeLessThanOrEqual(budgetOf('initial') as number);
  });

  it(`keeps each lazy (route) chunk at most ${ROUTE_CHUNK_BUDGET_KB} KB gzip`, () => {
    const routes = routeChunks(dist) as { key: string; chunk: { gzipKb: number; brotliKb: number } }[];
    expect(routes.length).toBeGreaterThan(10);
    const over = routes
      .filter((r) => r.chunk.gzipKb > (budgetOf(r.key) as number))
      .map((r) => `${r.key} ${r.chunk.gzipKb.toFixed(1)} KB`);
    expect(over).toEqual([]);
  });

  it('carries only the sign-in documents in the first chunks (the others travel with their routes)', () => {
    const report = initialJs(dist) as { chunks: { file: string }[] };
    const names = new Set<string>();
    for (const c of report.chunks) {
      const js = readFileSync(resolve(dist, c.file), 'utf8');
      for (const m of js.matchAll(OPERATION)) names.add(m[1] as string);
    }
    expect([...names].sort()).toEqual(['Login', 'Logout', 'Me', 'SetPasswordWithCode']);
  });

  it('ships each operation once, in one chunk (no runtime document map)', () => {
    const chunksOf = new Map<string, string[]>();
    for (const file of readdirSync(resolve(dist, 'assets')).filter((f) => f.endsWith('.js'))) {
      const js = readFileSync(resolve(dist, 'assets', file), 'utf8');
      for (const m of js.matchAll(OPERATION))
        chunksOf.set(m[1] as string, [...(chunksOf.get(m[1] as string) ?? []), file]);
    }
    expect(chunksOf.size).toBeGreaterThan(50);
    expect([...chunksOf].filter(([, files]) => files.length > 1)).toEqual([]);
  });
});

/** The built console as the production server sends it (STACK trap 22). */
describe('console delivery (production server)', () => {
  let server: RunningServer;
  let entry: string;
  let map: string;
  beforeAll(async () => {
    server = await startServer({ NODE_ENV: 'production', DB_SEED_DEMO: 'false' });
    const manifest = JSON.parse(readFileSync(resolve(dist, '.vite/manifest.json'), 'utf8')) as Record<
      string,
      { file: string; isEntry?: boolean }
    >;
    entry = Object.values(manifest).find((c) => c.isEntry && c.file.includes('index'))?.file as string;
    map = readdirSync(resolve(dist, 'assets')).find((f) => f.endsWith('.js.map')) as string;
  });
  afterAll(() => server?.stop());

  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${server.url}${path}`, { headers, redirect: 'manual' });

  it('sends hashed assets precompressed (brotli, else gzip) and immutable for a year', async () => {
    const raw = readFileSync(resolve(dist, entry));
    const br = await get(`/${entry}`, { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.status).toBe(200);
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('content-type')).toMatch(/javascript/);
    expect(br.headers.get('vary')).toMatch(/accept-encoding/i);
    expect(br.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(Buffer.from(await br.arrayBuffer()).equals(raw)).toBe(true); // fetch decodes it
    const gz = await get(`/${entry}`, { 'accept-encoding': 'gzip' });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(Number(gz.headers.get('content-length'))).toBeLessThan(raw.length / 2);
    expect(gz.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('has index.html revalidated, at / and as the fallback of a client route, compressed too', async () => {
    for (const path of ['/', '/tickets/some-route']) {
      const res = await get(path, { accept: 'text/html', 'accept-encoding': 'br, gzip' });
      expect(res.status, path).toBe(200);
      expect(res.headers.get('cache-control'), path).toBe('no-cache');
      expect(res.headers.get('content-encoding'), path).toBe('br');
      expect(await res.text(), path).toContain('<div id="root">');
    }
    const explorer = await get('/graphql', { accept: 'text/html' });
    expect(explorer.headers.get('cache-control')).toBe('no-cache');
  });

  it('does not serve source maps, and the built files no longer point at them or carry sources', async () => {
    expect(map, 'the build keeps its maps (for decoding reported stacks)').toBeTruthy();
    const res = await get(`/assets/${map}`, { accept: '*/*' });
    expect(res.status).toBe(404);
    expect((await get(`/assets/${map}`, { accept: 'text/html' })).status).toBe(404);
    expect(readFileSync(resolve(dist, entry), 'utf8')).not.toContain('sourceMappingURL');
    // Every map, not only the first one: no source text in any (rolldown writes `sourcesContent` as an
    // array of nulls in some maps and leaves it out in others).
    const withSources = readdirSync(resolve(dist, 'assets'))
      .filter((f) => f.endsWith('.map'))
      .filter((f) =>
        ((JSON.parse(readFileSync(resolve(dist, 'assets', f), 'utf8')).sourcesContent ?? []) as unknown[]).some(
          (c) => c != null,
        ),
      );
    expect(withSources).toEqual([]);
  });
});
