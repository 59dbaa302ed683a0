#!/usr/bin/env node
// Initial JavaScript of the built console: what index.html loads before any lazy route (the entry chunk,
// its static imports and their static imports — the modulepreloads), from dist/.vite/manifest.json.
// The build's other entry, explorer.html (GraphiQL at GET /graphql), is not counted: the console never
// loads it, and the chunks it shares with the console (react, apollo) are counted through index.html.
// Usage (after `vite build`): node scripts/bundle-report.mjs [distDir]
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** Initial JS budget in KB gzip (issue 8: ≤ 300). The browser-tier test fails above it. */
export const INITIAL_JS_BUDGET_KB = 300;

/**
 * @param {string} distDir the console's build output (with `.vite/manifest.json`)
 * @returns {{ chunks: { file: string, rawKb: number, gzipKb: number }[], rawKb: number, gzipKb: number }}
 */
export function initialJs(distDir) {
  /** @type {Record<string, { file: string, isEntry?: boolean, imports?: string[] }>} */
  const manifest = JSON.parse(readFileSync(resolve(distDir, '.vite/manifest.json'), 'utf8'));
  const entry = Object.keys(manifest).find((k) => manifest[k].isEntry && k.endsWith('index.html'));
  if (!entry) throw new Error('no index.html entry in the manifest (is build.manifest on?)');
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const dep of manifest[key].imports ?? []) visit(dep);
  };
  visit(entry);
  const chunks = [...seen]
    .map((key) => {
      const file = manifest[key].file;
      const bytes = readFileSync(resolve(distDir, file));
      return { file, rawKb: bytes.length / 1024, gzipKb: gzipSync(bytes).length / 1024 };
    })
    .sort((a, b) => b.gzipKb - a.gzipKb);
  const sum = (k) => chunks.reduce((n, c) => n + c[k], 0);
  return { chunks, rawKb: sum('rawKb'), gzipKb: sum('gzipKb') };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dist = resolve(process.argv[2] ?? resolve(import.meta.dirname, '../dist'));
  const report = initialJs(dist);
  for (const c of report.chunks)
    console.log(`${c.gzipKb.toFixed(1).padStart(7)} KB gzip  ${c.rawKb.toFixed(1).padStart(7)} KB  ${c.file}`);
  console.log(
    `initial JS: ${report.gzipKb.toFixed(1)} KB gzip (${report.rawKb.toFixed(1)} KB raw) in ${report.chunks.length} chunks; budget ${INITIAL_JS_BUDGET_KB} KB gzip`,
  );
  if (report.gzipKb > INITIAL_JS_BUDGET_KB) process.exitCode = 1;
}
