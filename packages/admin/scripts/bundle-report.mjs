#!/usr/bin/env node
// What the built console costs a browser, from dist/.vite/manifest.json, in gzip and brotli:
// - the up-front JavaScript: what index.html loads before any lazy route (the entry chunk, its static
//   imports and theirs — the modulepreloads);
// - each route chunk: every chunk the console loads lazily (a dynamic import reachable from index.html),
//   with what it adds on top of the up-front JS when first opened (its own static imports not loaded yet).
// The build's other entry, explorer.html (GraphiQL at GET /graphql), is not counted: the console never
// loads it, and the chunks it shares with the console (react, apollo) are counted through index.html.
// Usage (after `vite build`): node scripts/bundle-report.mjs [distDir]   — exits 1 above a budget.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Up-front JS budget in KB gzip (issue 21: ≤ 250; issue 8 had 300). */
export const INITIAL_JS_BUDGET_KB = 250;
/** Budget of each lazily loaded chunk in KB gzip (issue 21: ≤ 150). */
export const ROUTE_CHUNK_BUDGET_KB = 150;
/** @param {Buffer} bytes */
const sizes = (bytes) => ({
  rawKb: bytes.length / 1024,
  gzipKb: gzipSync(bytes, { level: 9 }).length / 1024,
  brotliKb:
    brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY } }).length /
    1024,
});

/**
 * @typedef {{ file: string, rawKb: number, gzipKb: number, brotliKb: number }} Chunk
 * @typedef {{ file: string, isEntry?: boolean, imports?: string[], dynamicImports?: string[] }} ManifestChunk
 */

/** @param {string} distDir */
function readManifest(distDir) {
  /** @type {Record<string, ManifestChunk>} */
  const manifest = JSON.parse(readFileSync(resolve(distDir, '.vite/manifest.json'), 'utf8'));
  const entry = Object.keys(manifest).find((k) => manifest[k].isEntry && k.endsWith('index.html'));
  if (!entry) throw new Error('no index.html entry in the manifest (is build.manifest on?)');
  /** @type {Map<string, Chunk>} */
  const measured = new Map();
  /** @param {string} key @returns {Chunk} */
  const measure = (key) => {
    const file = manifest[key].file;
    let c = measured.get(file);
    if (!c) {
      c = { file, ...sizes(readFileSync(resolve(distDir, file))) };
      measured.set(file, c);
    }
    return c;
  };
  /** The chunk and everything it imports statically. @param {string} key @param {Set<string>} into */
  const closure = (key, into = new Set()) => {
    if (into.has(key)) return into;
    into.add(key);
    for (const dep of manifest[key].imports ?? []) closure(dep, into);
    return into;
  };
  return { manifest, entry, measure, closure };
}

/** @param {Chunk[]} chunks */
const total = (chunks) => ({
  rawKb: chunks.reduce((n, c) => n + c.rawKb, 0),
  gzipKb: chunks.reduce((n, c) => n + c.gzipKb, 0),
  brotliKb: chunks.reduce((n, c) => n + c.brotliKb, 0),
});

/**
 * @param {string} distDir the console's build output (with `.vite/manifest.json`)
 * @returns {{ chunks: Chunk[], rawKb: number, gzipKb: number, brotliKb: number }}
 */
export function initialJs(distDir) {
  const { entry, measure, closure } = readManifest(distDir);
  const chunks = [...closure(entry)].map(measure).sort((a, b) => b.gzipKb - a.gzipKb);
  return { chunks, ...total(chunks) };
}

/**
 * Every chunk the console loads lazily (dynamic imports reachable from index.html, through other lazy
 * chunks too), each with its own size and what opening it first adds to the up-front JS.
 * @param {string} distDir
 * @returns {{ key: string, chunk: Chunk, adds: { files: string[], rawKb: number, gzipKb: number, brotliKb: number } }[]}
 */
export function routeChunks(distDir) {
  const { manifest, entry, measure, closure } = readManifest(distDir);
  const initial = closure(entry);
  const lazy = new Set();
  /** @param {string} key */
  const walk = (key) => {
    for (const k of closure(key))
      for (const d of manifest[k].dynamicImports ?? [])
        if (!lazy.has(d) && !initial.has(d)) {
          lazy.add(d);
          walk(d);
        }
  };
  walk(entry);
  return [...lazy]
    .map((key) => {
      const extra = [...closure(key)].filter((k) => !initial.has(k)).map(measure);
      return { key, chunk: measure(key), adds: { files: extra.map((c) => c.file), ...total(extra) } };
    })
    .sort((a, b) => b.chunk.gzipKb - a.chunk.gzipKb);
}

/**
 * The budget a measure is held to: the up-front budget for 'initial', the route-chunk budget for any
 * lazy chunk. No exceptions any more (issue 21: the up-front JS and the dashboard's chart chunk were
 * held at ceilings of 285 and 195 KB until they met the budgets). @param {string} key
 */
export const budgetOf = (key) => (key === 'initial' ? INITIAL_JS_BUDGET_KB : ROUTE_CHUNK_BUDGET_KB);

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dist = resolve(process.argv[2] ?? resolve(import.meta.dirname, '../dist'));
  const kb = (n) => n.toFixed(1).padStart(7);
  const failures = [];
  const report = initialJs(dist);
  console.log('   gzip KB brotli KB    raw KB  up-front chunk');
  for (const c of report.chunks) console.log(`${kb(c.gzipKb)} ${kb(c.brotliKb)}   ${kb(c.rawKb)}  ${c.file}`);
  console.log(
    `up-front JS: ${report.gzipKb.toFixed(1)} KB gzip, ${report.brotliKb.toFixed(1)} KB brotli (${report.rawKb.toFixed(1)} KB raw) in ${report.chunks.length} chunks; budget ${INITIAL_JS_BUDGET_KB} KB gzip\n`,
  );
  if (report.gzipKb > budgetOf('initial')) failures.push(`up-front JS ${report.gzipKb.toFixed(1)} KB`);
  console.log('   gzip KB brotli KB    raw KB   +gzip KB on first open  lazy chunk');
  for (const r of routeChunks(dist)) {
    const over = r.chunk.gzipKb > budgetOf(r.key) ? `  OVER ${budgetOf(r.key)}` : '';
    console.log(
      `${kb(r.chunk.gzipKb)} ${kb(r.chunk.brotliKb)}   ${kb(r.chunk.rawKb)}   ${kb(r.adds.gzipKb)}                ${r.key}${over}`,
    );
    if (r.chunk.gzipKb > budgetOf(r.key)) failures.push(`${r.key} ${r.chunk.gzipKb.toFixed(1)} KB`);
  }
  console.log(`\nbudgets: up-front ${INITIAL_JS_BUDGET_KB} KB gzip, each lazy chunk ${ROUTE_CHUNK_BUDGET_KB} KB gzip`);
  if (failures.length) {
    console.log(`over budget: ${failures.join(', ')}`);
    process.exitCode = 1;
  }
}
