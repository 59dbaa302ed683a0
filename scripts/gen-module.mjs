#!/usr/bin/env node
/**
 * `pnpm gen:module <name> [--dry-run] [--no-migration]` — scaffolds a module with every file of the
 * grammar (docs/ARCHITECTURE.md): the server module folder, its tests (matrix rows, factory,
 * statement-count data, an HTTP test), the console feature folder with its message catalog, the
 * composition-root line (src/app/modules.ts) and the
 * migration pair (`pnpm db:generate <Name>`). Matrix rows, list data and console sections are
 * collected by file name, so nothing else central changes. `--dry-run` prints the files it would
 * write and the lines it would insert, and writes nothing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { moduleFiles } from './templates/module.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const dryRun = args.includes('--dry-run');
const noMigration = args.includes('--no-migration');
const name = args.find((a) => !a.startsWith('--'));

if (!name || !/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(name)) {
  console.error(
    'usage: pnpm gen:module <name> [--dry-run] [--no-migration]   (name: kebab-case, e.g. venue, meeting-room)',
  );
  process.exit(1);
}

const plan = moduleFiles(name);
const clashes = plan.files.filter((f) => existsSync(join(root, f.path))).map((f) => f.path);
if (clashes.length > 0) {
  console.error(`gen:module: these files exist already:\n  ${clashes.join('\n  ')}`);
  process.exit(1);
}

/** Inserts `line` after the last line matching `after` (the registry's last import / entry). */
function insertAfterLast(text, after, line, file) {
  const lines = text.split('\n');
  let at = -1;
  lines.forEach((l, i) => {
    if (after.test(l)) at = i;
  });
  if (at < 0) throw new Error(`gen:module: no anchor ${after} in ${file}`);
  lines.splice(at + 1, 0, line);
  return lines.join('\n');
}

for (const f of plan.files) console.log(`${dryRun ? 'would write' : 'write'} ${f.path}`);
for (const e of plan.edits)
  console.log(`${dryRun ? 'would add to' : 'add to'} ${e.path}: ${e.lines.map((l) => l.line.trim()).join(' | ')}`);
if (!noMigration) console.log(`${dryRun ? 'would run' : 'run'} pnpm db:generate ${plan.names.Pascal}`);
if (dryRun) process.exit(0);

for (const f of plan.files) {
  const path = join(root, f.path);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, f.text);
}
for (const e of plan.edits) {
  const path = join(root, e.path);
  let text = readFileSync(path, 'utf8');
  for (const l of e.lines) text = insertAfterLast(text, l.after, l.line, e.path);
  writeFileSync(path, text);
}
execFileSync(
  'pnpm',
  ['exec', 'biome', 'check', '--write', ...plan.files.map((f) => f.path), ...plan.edits.map((e) => e.path)],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
if (!noMigration) {
  execFileSync('pnpm', ['db:generate', plan.names.Pascal], { cwd: root, stdio: 'inherit' });
  // The migration index is written on one line: format it like the rest.
  execFileSync('pnpm', ['exec', 'biome', 'check', '--write', 'packages/server/src/db/migrations'], {
    cwd: root,
    stdio: 'inherit',
  });
}
console.log(`\nNext: pnpm codegen && pnpm typecheck && pnpm lint && pnpm deps:check, then the module's tests.`);
