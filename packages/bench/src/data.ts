/**
 * `pnpm bench:data --scale street|city [--database-url URL]`: fills the benchmark database
 * (default mariadb://root@127.0.0.1:3306/rt_bench, or BENCH_DATABASE_URL; a sqlite: URL works for
 * street). The database is dropped and recreated first.
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { generate, SCALES } from './generate.js';

export const DEFAULT_URL = 'mariadb://root@127.0.0.1:3306/rt_bench';

const { values } = parseArgs({
  options: { scale: { type: 'string', default: 'street' }, 'database-url': { type: 'string' } },
});
const scale = SCALES[values.scale ?? 'street'];
if (!scale) {
  console.error(`--scale: expected one of ${Object.keys(SCALES).join(', ')}`);
  process.exit(2);
}
const url = values['database-url'] ?? process.env.BENCH_DATABASE_URL ?? DEFAULT_URL;
if (url.startsWith('sqlite:') && scale.name === 'city') {
  console.error('city scale needs MariaDB/MySQL (SQLite is for street and below)');
  process.exit(2);
}
console.log(`bench data: ${scale.name} into ${url.replace(/:[^:@/]*@/, ':***@')}`);
const started = Date.now();
const { counts } = await generate(url, scale).catch((err: Error & { sqlMessage?: string }) => {
  console.error(`bench data: failed: ${err.sqlMessage ?? err.message}`);
  process.exit(1);
});
console.log(`bench data: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
for (const [k, v] of Object.entries(counts)) console.log(`  ${k.padEnd(22)} ${v.toLocaleString('en')}`);
