/**
 * Small reference tables (categories, the tenancy tree, organisations) are cached in-process
 * (graphql/loaders/reference.loader.ts, issue 21): a warm list reads none of them, and a change to
 * one shows on the very next request.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCommunity, buildStaff, buildStreet, buildTicket, deskOf } from '../factories/index.js';
import { codeOf, startTestServer, type TestServer } from '../helpers/server.js';
import { capturedStatements } from '../helpers/sql-log.js';

const LIST = `query($c: ID!) { tickets(first: 20, communityId: $c) { totalCount edges { node {
  id category { id nameZh } community { id name } estate { id name } submitter { displayName }
  assignments { id organisation { id name } } } } } }`;

interface Row {
  category: { id: string; nameZh: string };
  estate: { id: string; name: string } | null;
  assignments: { organisation: { id: string; name: string } }[];
}

describe('reference cache', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(() => s.close());

  /** The SQL statements behind `work`, by text. */
  const statements = (work: () => Promise<unknown>) => capturedStatements(s, work);

  it('a warm list reads no reference table, and a renamed estate, category or organisation shows at once', async () => {
    const street = await buildStreet(s);
    const community = await buildCommunity(s, { street });
    const desk = await deskOf(s, community);
    for (let i = 0; i < 3; i++) await buildTicket(s, { community, state: 'ESCALATED' });
    const token = await desk.staff.token();
    const admin = await (await buildStaff(s, { role: 'SYSTEM_ADMIN' })).token();
    const list = async () => {
      const r = await s.gql<{ tickets: { edges: { node: Row }[] } }>(LIST, { c: community.id }, token);
      expect(r.errors).toBeUndefined();
      return r.data?.tickets.edges.map((e) => e.node) ?? [];
    };

    await list();
    const warm = await statements(list);
    const reference = /FROM ["`](ticket_category|street|community|estate|building|organisation)["`]/;
    expect(warm.filter((q) => reference.test(q))).toEqual([]);
    expect(warm.length).toBeLessThanOrEqual(4);

    const row = (await list()).find((r) => r.estate && r.assignments.length > 0) as Row;
    expect(row, 'a ticket with an estate and an assignment').toBeTruthy();
    const rename = async (mutation: string, input: Record<string, unknown>) => {
      const r = await s.gql(
        `mutation($i: ${mutation[0]?.toUpperCase()}${mutation.slice(1)}Input!) { ${mutation}(input: $i) { __typename } }`,
        { i: input },
        admin,
      );
      expect(codeOf(r), JSON.stringify(r.errors)).toBe('OK');
    };
    await rename('updateEstate', { id: row.estate?.id, name: `${row.estate?.name}-改` });
    await rename('updateTicketCategory', { id: row.category.id, nameZh: `${row.category.nameZh}-改` });
    const org = row.assignments[0]?.organisation as { id: string; name: string };
    await rename('updateOrganisation', { id: org.id, name: `${org.name}-改` });

    const after = (await list()).find((r) => r.estate?.id === row.estate?.id) as Row;
    expect(after.estate?.name).toBe(`${row.estate?.name}-改`);
    expect(after.category.nameZh).toBe(`${row.category.nameZh}-改`);
    expect(after.assignments[0]?.organisation.name).toBe(`${org.name}-改`);
  });
});
