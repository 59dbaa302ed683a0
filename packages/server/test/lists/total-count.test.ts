/**
 * The staff workbench's SQL (issue 21): `totalCount` is counted only when selected, and never by an
 * exact scan of a long list (countOf: exact up to a bound, an estimate beyond on MariaDB/MySQL, kept
 * a minute); the pin (open emergencies nobody acknowledged) is a generated column the database keeps
 * right whatever statement writes the ticket, and keyset pages cross it without a gap or a repeat.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countOf } from '../../src/graphql/pagination.js';
import { TicketEntity } from '../../src/modules/ticket/ticket.entity.js';
import { buildCommunity, buildStreet, buildTicket, deskOf } from '../factories/index.js';
import { testDialect } from '../helpers/database.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { capturedStatements } from '../helpers/sql-log.js';

describe(`the workbench's count and pin (${testDialect})`, () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(() => s.close());

  /** The SQL statements behind `work`, by text. */
  const statements = (work: () => Promise<unknown>) => capturedStatements(s, work);

  it('counts only when totalCount is selected; pinned first, keyset pages across the pin', async () => {
    const street = await buildStreet(s);
    const community = await buildCommunity(s, { street });
    const desk = await deskOf(s, community);
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await buildTicket(s, { community })).id);
    const token = await desk.staff.token();
    type Page = {
      tickets: {
        totalCount?: number;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        edges: { node: { id: string; pinned: boolean } }[];
      };
    };
    const page = async (fields: string, after: string | null = null, first = 2) => {
      const r = await s.gql<Page>(
        `query($c: ID!, $after: String, $first: Int!) { tickets(first: $first, after: $after, communityId: $c) { ${fields} pageInfo { hasNextPage endCursor } edges { node { id pinned } } } }`,
        { c: community.id, after, first },
        token,
      );
      expect(r.errors).toBeUndefined();
      return (r.data as Page).tickets;
    };
    const counts = (sqls: string[]) => sqls.filter((q) => /COUNT\(/i.test(q));

    await page(''); // warm the viewer and reference caches
    expect(counts(await statements(() => page('')))).toEqual([]);
    let counted: number | undefined;
    const withCount = await statements(async () => {
      counted = (await page('totalCount')).totalCount;
    });
    expect(counts(withCount)).toHaveLength(1);
    expect(counted).toBe(5);

    // The oldest ticket becomes an open emergency nobody acknowledged: the database sets its pin,
    // whatever statement wrote the ticket (here a plain UPDATE).
    const oldest = ids[0] as string;
    await s.app.dataSource
      .createQueryBuilder()
      .update(TicketEntity)
      .set({ priority: 'EMERGENCY' as TicketEntity['priority'] })
      .where('id = :id', { id: oldest })
      .execute();
    const seen: { id: string; pinned: boolean }[] = [];
    let after: string | null = null;
    for (let i = 0; i < 5; i++) {
      const p = await page('', after);
      seen.push(...p.edges.map((e) => e.node));
      if (!p.pageInfo.hasNextPage) break;
      after = p.pageInfo.endCursor;
    }
    expect(seen.map((t) => t.id)).toEqual([oldest, ...ids.slice(1).reverse()]);
    expect(seen.map((t) => t.pinned)).toEqual([true, false, false, false, false]);

    // Acknowledged: the pin drops at once and the ticket goes back to its place by time.
    await s.app.dataSource
      .createQueryBuilder()
      .update(TicketEntity)
      .set({ acknowledgedAt: new Date() })
      .where('id = :id', { id: oldest })
      .execute();
    expect((await page('', null, 10)).edges.map((e) => e.node.id)).toEqual([...ids].reverse());
  });

  it('countOf: exact up to the bound, beyond it an estimate never below the bound (MariaDB/MySQL, kept a minute) or exact (SQLite)', async () => {
    const street = await buildStreet(s);
    const community = await buildCommunity(s, { street });
    for (let i = 0; i < 4; i++) await buildTicket(s, { community });
    const qb = () =>
      s.app.dataSource
        .getRepository(TicketEntity)
        .createQueryBuilder('t')
        .where('t.communityId = :c', { c: community.id });

    expect(await countOf(qb(), 10)).toBe(4);
    expect(await countOf(qb(), 4)).toBe(4);
    let beyond = 0;
    const first = await statements(async () => {
      beyond = await countOf(qb(), 2);
    });
    if (testDialect === 'sqlite') {
      expect(beyond).toBe(4);
      expect(first).toHaveLength(1);
    } else {
      expect(beyond).toBeGreaterThanOrEqual(3);
      expect(first.filter((q) => q.startsWith('EXPLAIN '))).toHaveLength(1);
      // Kept: the next count beyond the bound sends the bounded count alone.
      const again = await statements(() => countOf(qb(), 2));
      expect(again).toHaveLength(1);
      expect(again[0]).toMatch(/LIMIT 3\) bounded$/);
    }
  });
});
