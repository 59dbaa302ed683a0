import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/db/ids.js';
import { createTestDatabase, type TestDatabase, testDialect } from '../helpers/database.js';

/** HardeningD adds unique keys; rows that would break them are closed first, not left to fail. */
describe(`migration HardeningD on duplicate rows (${testDialect})`, () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  it('keeps the first of duplicate active memberships, revokes the rest, then applies the unique key', async () => {
    const ds = db.dataSource;
    // Undo HardeningD and every migration after it, so the rows are written as before it ran.
    const at = ds.migrations.findIndex((m) => m.name?.startsWith('HardeningD'));
    expect(at).toBeGreaterThan(0);
    for (let i = at; i < ds.migrations.length; i++) await ds.undoLastMigration({ transaction: 'each' });
    const userId = newId();
    await ds.query(
      'INSERT INTO user (id, createdAt, updatedAt, phone, passwordHash, displayName, isPartyMember, tokenVersion) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      [userId, '2026-01-01 00:00:00', '2026-01-01 00:00:00', '13600000999', 'x', 'dup', 0, 0],
    );
    const ids = [newId(), newId(), newId(), newId()];
    const rows: [string, string, string | null][] = [
      [ids[0] as string, 'RESIDENT', 'c1'],
      [ids[1] as string, 'RESIDENT', 'c1'],
      [ids[2] as string, 'SYSTEM_ADMIN', null],
      [ids[3] as string, 'SYSTEM_ADMIN', null],
    ];
    for (const [id, role, scopeId] of rows) {
      await ds.query(
        'INSERT INTO membership (id, createdAt, userId, role, scopeKind, scopeId, communityId) VALUES (?, ?, ?, ?, ?, ?, ?)',
        [id, '2026-01-01 00:00:00', userId, role, scopeId ? 'COMMUNITY' : 'SYSTEM', scopeId, scopeId],
      );
    }
    await ds.runMigrations({ transaction: 'each' });
    const after: { id: string; active: number; activeScopeKey: string | null }[] = await ds.query(
      'SELECT id, CASE WHEN revokedAt IS NULL THEN 1 ELSE 0 END AS active, activeScopeKey FROM membership ORDER BY id',
    );
    expect(after.map((r) => [r.id, Number(r.active), r.activeScopeKey])).toEqual([
      [ids[0], 1, 'c1'],
      [ids[1], 0, null],
      [ids[2], 1, '-'],
      [ids[3], 0, null],
    ]);
  });
});
