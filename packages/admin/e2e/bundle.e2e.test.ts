import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
// @ts-expect-error plain ESM script without type declarations
import { INITIAL_JS_BUDGET_KB, initialJs } from '../scripts/bundle-report.mjs';

/** The console build the browser tests use (dist when current, else .e2e-dist: see global-setup). */
const dist = inject('adminDir');
/** An inlined operation in minified output: `kind:"OperationDefinition",operation:"query",name:{kind:"Name",value:"Me"}`. */
const OPERATION =
  /OperationDefinition["'`],\s*"?operation"?:\s*["'`]\w+["'`],\s*"?name"?:\s*\{\s*"?kind"?:\s*["'`]Name["'`],\s*"?value"?:\s*["'`](\w+)/g;

/** Runs after `vite build` (with the browser tests): the first screen's JavaScript stays in budget. */
describe('console bundle', () => {
  it(`loads at most ${INITIAL_JS_BUDGET_KB} KB gzip of JavaScript before any lazy route`, () => {
    expect(existsSync(resolve(dist, '.vite/manifest.json')), 'run `vite build` first').toBe(true);
    const report = initialJs(dist) as { gzipKb: number; chunks: { file: string; gzipKb: number }[] };
    const list = report.chunks.map((c) => `${c.file} ${c.gzipKb.toFixed(1)} KB`).join(', ');
    expect(report.gzipKb, `initial JS: ${list}`).toBeLessThanOrEqual(INITIAL_JS_BUDGET_KB);
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
