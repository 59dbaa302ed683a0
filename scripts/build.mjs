#!/usr/bin/env node
// Builds what changed and skips the rest: each step hashes its inputs (paths and contents) and
// stores the hash in node_modules/.cache/roundtable-build/<step>.hash once it succeeded; a step
// runs again when the hash differs or its output is missing. `--force` runs every step.
//
//   node scripts/build.mjs [--force] [step…]    steps: server, codegen, console, resident (default: all four)
//   node scripts/build.mjs --out-of-date console  prints nothing, exits 0 if fresh, 1 if not
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');
const CACHE = join(ROOT, 'node_modules/.cache/roundtable-build');
const SKIP_DIRS = new Set(['node_modules', 'dist', '.e2e-dist', 'test-artifacts', 'data', '.git']);

/** Shared by every step: dependencies and compiler settings. */
const COMMON = ['pnpm-lock.yaml', 'tsconfig.base.json'];

export const STEPS = {
  server: {
    what: 'compile the server (incremental tsc)',
    inputs: [
      ...COMMON,
      'packages/server/src',
      'packages/server/package.json',
      'packages/server/tsconfig.json',
      'packages/server/tsconfig.build.json',
    ],
    outputs: ['packages/server/dist/main.js'],
    run: ['pnpm', ['--filter', '@roundtable/server', 'build']],
  },
  codegen: {
    what: 'emit schema.graphql and generate types',
    // The schema comes from the server's code; the typed documents from the console's.
    inputs: [
      ...COMMON,
      'packages/server/src',
      'packages/schema/codegen.ts',
      'packages/admin/src',
      '!packages/admin/src/gql',
      'packages/resident/src',
      '!packages/resident/src/gql',
    ],
    outputs: [
      'packages/schema/schema.graphql',
      'packages/schema/src/types.generated.ts',
      'packages/admin/src/gql/graphql.ts',
      'packages/resident/src/gql/graphql.ts',
    ],
    run: ['pnpm', ['codegen']],
  },
  console: {
    what: 'build the console (packages/admin/dist)',
    inputs: [
      ...COMMON,
      'packages/admin/src',
      'packages/admin/index.html',
      'packages/admin/explorer.html',
      'packages/admin/public',
      'packages/admin/vite.config.ts',
      'packages/admin/vite-plugins',
      'packages/admin/tsconfig.json',
      'packages/admin/package.json',
      'packages/schema/src',
    ],
    // index.html: the console; explorer.html: GraphiQL, sent by the server at GET /graphql to a browser.
    outputs: ['packages/admin/dist/index.html', 'packages/admin/dist/explorer.html'],
    run: ['pnpm', ['--filter', '@roundtable/admin', 'build']],
  },
  resident: {
    what: 'build the resident app (packages/resident/dist: h5 served at /m/, weapp for WeChat) and print its up-front JS',
    inputs: [
      ...COMMON,
      'packages/resident/src',
      'packages/resident/config',
      'packages/resident/scripts',
      'packages/resident/babel.config.js',
      'packages/resident/project.config.json',
      'packages/resident/package.json',
    ],
    outputs: ['packages/resident/dist/h5/index.html', 'packages/resident/dist/weapp/app.json'],
    run: ['pnpm', ['--filter', '@roundtable/resident', 'build']],
  },
};

function* files(path) {
  const st = statSync(path, { throwIfNoEntry: false });
  if (!st) return;
  if (!st.isDirectory()) {
    yield path;
    return;
  }
  for (const name of readdirSync(path).sort()) {
    if (SKIP_DIRS.has(name) || name.endsWith('.tsbuildinfo')) continue;
    yield* files(join(path, name));
  }
}

/** Hash of the step's input files (relative path + content), minus the excluded (`!`) folders. */
export function inputHash(step) {
  const include = step.inputs.filter((p) => !p.startsWith('!')).map((p) => join(ROOT, p));
  const exclude = step.inputs.filter((p) => p.startsWith('!')).map((p) => join(ROOT, p.slice(1)));
  const hash = createHash('sha256');
  const seen = new Set();
  for (const top of include) {
    for (const file of files(top)) {
      if (seen.has(file) || exclude.some((x) => file === x || file.startsWith(`${x}/`))) continue;
      seen.add(file);
      hash.update(relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
    }
  }
  return hash.digest('hex');
}

const stampFile = (name) => join(CACHE, `${name}.hash`);

/** True when the step's outputs exist and were built from exactly these inputs. */
export function isFresh(name, hash = inputHash(STEPS[name])) {
  const step = STEPS[name];
  if (!step.outputs.every((o) => existsSync(join(ROOT, o)))) return false;
  return existsSync(stampFile(name)) && readFileSync(stampFile(name), 'utf8') === hash;
}

export function markBuilt(name, hash) {
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(stampFile(name), hash);
}

function main(argv) {
  const force = argv.includes('--force');
  const names = argv.filter((a) => !a.startsWith('--'));
  if (argv.includes('--out-of-date')) process.exit(names.every((n) => isFresh(n)) ? 0 : 1);
  const unknown = names.filter((n) => !(n in STEPS));
  if (unknown.length) {
    console.error(`unknown build step: ${unknown.join(', ')} (steps: ${Object.keys(STEPS).join(', ')})`);
    process.exit(2);
  }
  for (const name of names.length ? names : Object.keys(STEPS)) {
    const step = STEPS[name];
    const started = Date.now();
    const hash = inputHash(step);
    if (!force && isFresh(name, hash)) {
      console.log(`build: ${name} unchanged, skipped`);
      continue;
    }
    console.log(`build: ${name}: ${step.what}`);
    const [cmd, args] = step.run;
    const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit' });
    if (r.status !== 0) process.exit(r.status ?? 1);
    // Codegen writes files that are inputs of later steps: hash again for those, not here.
    markBuilt(name, inputHash(step));
    console.log(`build: ${name} done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2));
