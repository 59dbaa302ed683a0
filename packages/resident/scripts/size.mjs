#!/usr/bin/env node
/**
 * The H5's up-front JavaScript: the scripts dist/h5/index.html loads before the first page shows,
 * gzip-compressed (level 9, as served precompressed). Prints it and fails above the budget (200 KB).
 * Page chunks load on demand and are listed apart.
 *
 *   node scripts/size.mjs [dir]     (default dist/h5)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BUDGET = 200 * 1024;

export function upFront(dir) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1].replace(/^\/m\//, ''));
  const files = scripts.map((s) => {
    const bytes = readFileSync(join(dir, s));
    return { file: s, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  const lazy = readdirSync(join(dir, 'js'))
    .map((f) => `js/${f}`)
    .filter((f) => f.endsWith('.js') && !scripts.includes(f));
  return { files, total: files.reduce((n, f) => n + f.gzip, 0), lazy };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = resolve(process.argv[2] ?? 'dist/h5');
  const r = upFront(dir);
  for (const f of r.files)
    console.log(`  ${f.file}  ${(f.raw / 1024).toFixed(1)} KB, ${(f.gzip / 1024).toFixed(1)} KB gzip`);
  console.log(
    `resident H5 up-front JS: ${(r.total / 1024).toFixed(1)} KB gzip (budget ${BUDGET / 1024} KB); ${r.lazy.length} page chunks load on demand`,
  );
  if (r.total > BUDGET) {
    console.error('resident H5: the up-front JavaScript is over its budget');
    process.exit(1);
  }
}
