import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/db/seed/demo.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';

describe('demo seed', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  it('creates Beigan Street, Boxue Road with its four estates, a second community, accounts for every role', async () => {
    expect(await seedDemo(db.dataSource)).toEqual({ created: true });
    const names = async (sql: string) => (await db.dataSource.query(sql)).map((r: { name: string }) => r.name);
    expect(await names('SELECT name FROM street')).toEqual(['北干街道']);
    expect((await names('SELECT name FROM community')).sort()).toEqual(['兴议社区', '博学路社区'].sort());
    const boxueEstates = await names(
      "SELECT e.name AS name FROM estate e JOIN community c ON c.id = e.communityId WHERE c.name = '博学路社区'",
    );
    expect(boxueEstates.sort()).toEqual(['天钜银河府', '银塆学府', '白马御府', '国宸滨府'].sort());
    const [{ n }] = await db.dataSource.query('SELECT COUNT(*) AS n FROM household');
    expect(Number(n)).toBeGreaterThanOrEqual(300);
    const roles = (await db.dataSource.query('SELECT DISTINCT role FROM membership')).map(
      (r: { role: string }) => r.role,
    );
    expect(roles.sort()).toEqual(
      ['COMMITTEE_MEMBER', 'COMMUNITY_STAFF', 'PROPERTY_STAFF', 'RESIDENT', 'STREET_ADMIN', 'SYSTEM_ADMIN'].sort(),
    );
  });

  it('is idempotent: a second run adds nothing', async () => {
    const before = await db.dataSource.query('SELECT COUNT(*) AS n FROM household');
    expect(await seedDemo(db.dataSource)).toEqual({ created: false });
    expect(await db.dataSource.query('SELECT COUNT(*) AS n FROM household')).toEqual(before);
  });
});
