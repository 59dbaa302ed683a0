import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ESM script without types
import { checkBreaking } from '../scripts/breaking.mjs';

const root = resolve(import.meta.dirname, '..');
const sdl = readFileSync(resolve(root, 'schema.graphql'), 'utf8');

describe('@roundtable/schema as a package', () => {
  it('npm pack holds the SDL, the types and the README', () => {
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: root,
      encoding: 'utf8',
    });
    const files = (JSON.parse(out) as { files: { path: string }[] }[])[0]?.files.map((f) => f.path) ?? [];
    expect(files).toEqual(
      expect.arrayContaining(['schema.graphql', 'src/index.ts', 'src/types.generated.ts', 'README.md', 'package.json']),
    );
    expect(files.some((f) => f.startsWith('test/'))).toBe(false);
  }, 60_000);

  it('the breaking-change check fails on a removed field unless the major version is raised', () => {
    // Remove one field of a type: `serverInfo { timeZone }`.
    const removed = sdl.replace(/\n\s*"""[^"]*"""\n\s*timeZone: String!/, '');
    expect(removed).not.toBe(sdl);
    const same = checkBreaking({
      releasedSdl: sdl,
      releasedVersion: '0.1.0',
      currentSdl: removed,
      currentVersion: '0.2.0',
    });
    expect(same.ok).toBe(false);
    expect(same.changes.map((c: { description: string }) => c.description)).toContain(
      'ServerInfo.timeZone was removed.',
    );
    const raised = checkBreaking({
      releasedSdl: sdl,
      releasedVersion: '0.1.0',
      currentSdl: removed,
      currentVersion: '1.0.0',
    });
    expect(raised.ok).toBe(true);
    // An added field is not breaking.
    expect(
      checkBreaking({ releasedSdl: removed, releasedVersion: '0.1.0', currentSdl: sdl, currentVersion: '0.1.0' }).ok,
    ).toBe(true);
  });

  it('the committed SDL has no breaking change against the last release at this version', () => {
    const verdict = checkBreaking({
      releasedSdl: readFileSync(resolve(root, 'release/schema.graphql'), 'utf8'),
      releasedVersion: readFileSync(resolve(root, 'release/VERSION'), 'utf8'),
      currentSdl: sdl,
      currentVersion: JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')).version,
    });
    expect(verdict.ok, verdict.changes.map((c: { description: string }) => c.description).join('\n')).toBe(true);
  });
});
