/**
 * `pnpm gen:module` keeps to the grammar: its dry run lists every file of a module (server, tests,
 * console) inside the module's own folders, plus the composition-root line and
 * the migration pair — nothing else central — and writes nothing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../../..');
const run = (...args: string[]) =>
  spawnSync(process.execPath, [join(ROOT, 'scripts/gen-module.mjs'), ...args], { cwd: ROOT, encoding: 'utf8' });

describe('pnpm gen:module', () => {
  it('lists every file of the grammar for a module, in its own folders only, and writes nothing', () => {
    const r = run('meeting-room', '--dry-run');
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.trim().split('\n');
    const files = lines.filter((l) => l.startsWith('would write ')).map((l) => l.slice('would write '.length));
    const m = 'packages/server/src/modules/meeting-room';
    expect(files.sort()).toEqual(
      [
        `${m}/meeting-room.entity.ts`,
        `${m}/meeting-room.errors.ts`,
        `${m}/meeting-room.inputs.ts`,
        `${m}/meeting-room.mappers.ts`,
        `${m}/meeting-room.module.ts`,
        `${m}/meeting-room.policy.ts`,
        `${m}/meeting-room.resolver.ts`,
        `${m}/meeting-room.service.ts`,
        `${m}/meeting-room.types.ts`,
        'packages/server/test/factories/meeting-room.ts',
        'packages/server/test/lists/meeting-room.lists.ts',
        'packages/server/test/matrix/meeting-room.rows.ts',
        'packages/server/test/meeting-room/meeting-room.limits.ts',
        'packages/server/test/meeting-room/meeting-room.test.ts',
        'packages/admin/src/features/meeting-room/graphql/meeting-room.ts',
        'packages/admin/src/features/meeting-room/messages.ts',
        'packages/admin/src/features/meeting-room/routes.tsx',
        'packages/admin/src/features/meeting-room/section.tsx',
        'packages/admin/src/features/meeting-room/urls.ts',
        'packages/admin/src/features/meeting-room/views/MeetingRoomListView.tsx',
      ].sort(),
    );
    // The only central edits: the composition-root entry and the migration pair.
    expect(lines.filter((l) => !l.startsWith('would write '))).toEqual([
      "would add to packages/server/src/app/modules.ts: import { meetingRoomModule } from '../modules/meeting-room/meeting-room.module.js'; | meetingRoomModule,",
      'would run pnpm db:generate MeetingRoom',
    ]);
    expect(existsSync(join(ROOT, m))).toBe(false);
  });

  it('refuses a name that is not kebab-case, and a module that exists', () => {
    expect(run('MeetingRoom', '--dry-run').status).toBe(1);
    const existing = run('ticket', '--dry-run');
    expect(existing.status).toBe(1);
    expect(existing.stderr).toContain('packages/server/src/modules/ticket/ticket.module.ts');
  });
});
