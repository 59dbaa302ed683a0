import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { act, submit } from '../helpers/tickets.js';
import { buildWorld, type World } from '../helpers/world.js';

const LIST = `query($n: Int!) { tickets(first: $n) { totalCount edges { node {
  id title state category { nameZh } community { name } estate { name } building { name }
  submitter { displayName phone } photos { id url }
  assignments { organisation { name } deadline { dueAt isOverdue workingDaysLeft } }
  replyDeadline { dueAt isOverdue workingDaysLeft calendarCovered }
  viewerCan { accept reply resolve }
  timeline(first: 5) { totalCount edges { node { type note actorName organisation { name } } } }
} } } }`;

describe('the workbench list query', () => {
  let server: TestServer;
  let w: World;
  beforeAll(async () => {
    server = await startTestServer();
    w = await buildWorld(server);
    for (let i = 0; i < 45; i++) {
      const t = await submit(server, w, {
        title: `工单${i}`,
        estateId: [w.estate.tianju, w.estate.yinwan, w.estate.baima][i % 3],
      });
      if (i % 2) await act(server, w, 'accept', t.id, { organisationIds: [w.org.boxueOffice] });
    }
  });
  afterAll(() => server.close());

  /**
   * Statements behind one page, caches warm: the viewer and the reference tables (categories, the
   * tenancy tree, organisations) are cached in-process (issue 21), so a first request reads them once.
   */
  async function statements(n: number): Promise<number> {
    expect((await server.gql(LIST, { n }, w.tokens.boxue)).errors).toBeUndefined();
    const logger = server.app.dataSource.logger as { logQuery: (...a: unknown[]) => unknown };
    const original = logger.logQuery.bind(logger);
    let count = 0;
    logger.logQuery = (...args: unknown[]) => {
      count++;
      return original(...args);
    };
    try {
      const r = await server.gql<{ tickets: { edges: unknown[] } }>(LIST, { n }, w.tokens.boxue);
      expect(r.errors).toBeUndefined();
      expect(r.data?.tickets.edges).toHaveLength(n);
    } finally {
      logger.logQuery = original;
    }
    return count;
  }

  it('the number of SQL statements behind tickets(first: N) does not grow with N', async () => {
    const few = await statements(5);
    const many = await statements(40);
    expect(many).toBe(few);
    expect(few).toBeLessThan(20);
  });

  it('filters by state, estate and overdue', async () => {
    const q = async (args: string) =>
      (await server.gql<{ tickets: { totalCount: number } }>(`{ tickets(${args}) { totalCount } }`, {}, w.tokens.boxue))
        .data?.tickets.totalCount;
    expect(await q('states: [SUBMITTED]')).toBe(23);
    expect(await q('states: [ACCEPTED]')).toBe(22);
    expect(await q(`estateId: "${w.estate.tianju}"`)).toBe(15);
    expect(await q('overdue: true')).toBe(0);
    expect(await q('search: "工单1"')).toBe(11);
  });
});
