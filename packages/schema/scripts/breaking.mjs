#!/usr/bin/env node
/**
 * The contract's version rule: a breaking change to the SDL (graphql-js `findBreakingChanges`
 * between the last released SDL, `release/schema.graphql` at `release/VERSION`, and the current
 * `schema.graphql`) fails unless package.json's major version is above the released one.
 * `pnpm --filter @roundtable/schema check:breaking`; on release, copy the SDL and the version
 * into `release/` (`--release`).
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, findBreakingChanges } from 'graphql';

const major = (v) => Number(String(v).trim().split('.')[0]);

/** The verdict: the breaking changes found, and whether the version allows them. */
export function checkBreaking({ releasedSdl, releasedVersion, currentSdl, currentVersion }) {
  const changes = findBreakingChanges(buildSchema(releasedSdl), buildSchema(currentSdl));
  const raised = major(currentVersion) > major(releasedVersion);
  return { changes, ok: changes.length === 0 || raised, raised };
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  if (process.argv.includes('--release')) {
    copyFileSync(join(root, 'schema.graphql'), join(root, 'release/schema.graphql'));
    writeFileSync(join(root, 'release/VERSION'), `${pkg.version}\n`);
    console.log(`release/ now holds the SDL of ${pkg.version}`);
    process.exit(0);
  }
  const releasedVersion = readFileSync(join(root, 'release/VERSION'), 'utf8').trim();
  const verdict = checkBreaking({
    releasedSdl: readFileSync(join(root, 'release/schema.graphql'), 'utf8'),
    releasedVersion,
    currentSdl: readFileSync(join(root, 'schema.graphql'), 'utf8'),
    currentVersion: pkg.version,
  });
  for (const c of verdict.changes) console.log(`${c.type}: ${c.description}`);
  if (!verdict.ok) {
    console.error(
      `\n${verdict.changes.length} breaking change(s) since ${releasedVersion}: raise the major version of @roundtable/schema (now ${pkg.version}) or keep the old fields (deprecate them).`,
    );
    process.exit(1);
  }
  console.log(
    verdict.changes.length
      ? `${verdict.changes.length} breaking change(s), allowed by the major version ${pkg.version} > ${releasedVersion}`
      : `no breaking change since ${releasedVersion}`,
  );
}
