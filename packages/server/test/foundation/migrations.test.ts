import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pendingSchemaChanges } from '../../src/db/schema-diff.js';
import { createTestDatabase, type TestDatabase, testDialect } from '../helpers/database.js';

describe(`migrations (${testDialect})`, () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  it('leave nothing for the generator: entities and migrations agree', async () => {
    const { up } = await pendingSchemaChanges(db.dataSource);
    expect(up.map((q) => q.query)).toEqual([]);
  });

  it('revert cleanly and apply again', async () => {
    const applied = db.dataSource.migrations.length;
    expect(applied).toBeGreaterThan(0);
    for (let i = 0; i < applied; i++) await db.dataSource.undoLastMigration({ transaction: 'each' });
    const tables = await db.dataSource.createQueryRunner().getTables(['user']);
    expect(tables).toHaveLength(0);
    const again = await db.dataSource.runMigrations({ transaction: 'each' });
    expect(again).toHaveLength(applied);
    expect((await pendingSchemaChanges(db.dataSource)).up).toEqual([]);
  });
});
