#!/usr/bin/env node
// Runs every test suite of the workspace one after another (they share two cores and ports) and
// ends with one total line, `N passed, N failed`; exits non-zero when anything failed.
// A suite that fails without reporting tests (a crash, a failing setup) counts as one failure.
//
//   node scripts/test.mjs [suite…]    suites: schema, admin, e2e, resident, server, bench (default: all)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');

const SUITES = {
  schema: { dir: 'packages/schema', args: [] },
  admin: { dir: 'packages/admin', args: [] },
  e2e: { dir: 'packages/admin', args: ['--config', 'vitest.e2e.config.ts'] },
  // The resident app's browser tests (the H5 at /m/, phone size).
  resident: { dir: 'packages/resident', args: ['--config', 'vitest.e2e.config.mts'] },
  server: { dir: 'packages/server', args: [] },
  // The data generator at toy scale on SQLite (the benchmark itself never runs in tests).
  bench: { dir: 'packages/bench', args: [] },
};

const names = process.argv.slice(2);
const unknown = names.filter((n) => !(n in SUITES));
if (unknown.length) {
  console.error(`unknown suite: ${unknown.join(', ')} (suites: ${Object.keys(SUITES).join(', ')})`);
  process.exit(2);
}

const tmp = mkdtempSync(join(tmpdir(), 'rt-test-'));
let passed = 0;
let failed = 0;
const lines = [];
for (const name of names.length ? names : Object.keys(SUITES)) {
  const suite = SUITES[name];
  const report = join(tmp, `${name}.json`);
  console.log(`\n=== ${name} (${suite.dir})`);
  const r = spawnSync(
    'pnpm',
    ['exec', 'vitest', 'run', ...suite.args, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
    { cwd: join(ROOT, suite.dir), stdio: 'inherit' },
  );
  let p = 0;
  let f = 0;
  if (existsSync(report)) {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    p = json.numPassedTests ?? 0;
    f = json.numFailedTests ?? 0;
  }
  if (r.status !== 0 && f === 0) f = 1;
  passed += p;
  failed += f;
  lines.push(`${name}: ${p} passed, ${f} failed`);
}
rmSync(tmp, { recursive: true, force: true });

console.log(`\n${lines.join('\n')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
