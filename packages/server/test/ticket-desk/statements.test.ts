/**
 * Statement counts of the ticket desk's reads: the workbench filtered by source (with every desk
 * field selected) and the per-department answer times take the same number of SQL statements for
 * 2 rows as for 20.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommunityEntity } from '../../src/modules/org/community.entity.js';
import { buildCommunity, buildOrganisation, buildStaff, buildTicket, deskOf } from '../factories/index.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { capturedStatements } from '../helpers/sql-log.js';

describe('ticket desk: statements do not grow with the rows', () => {
  let server: TestServer;
  let community: CommunityEntity;
  beforeAll(async () => {
    server = await startTestServer();
    community = await buildCommunity(server);
  }, 120_000);
  afterAll(() => server.close());

  const counting = async (work: () => Promise<unknown>): Promise<number> =>
    (await capturedStatements(server, work)).length;
  const quiet = async () => {
    for (let i = 0; i < 20; i++) if ((await counting(() => new Promise((r) => setTimeout(r, 150)))) === 0) return;
  };
  const statements = async (query: string, vars: Record<string, unknown>, token: string) => {
    await quiet();
    const once = () =>
      counting(async () => {
        const r = await server.gql(query, vars, token);
        expect(r.errors).toBeUndefined();
      });
    return Math.min(await once(), await once());
  };

  it('tickets(sources) and departmentAnswerTimes', async () => {
    const desk = await deskOf(server, community);
    const token = await desk.staff.token();
    const admin = await (await buildStaff(server, { role: 'SYSTEM_ADMIN' })).token();
    const second = await buildOrganisation(server, { kind: 'DEPARTMENT', community });
    const escalate = async (departmentId: string) => {
      const t = await buildTicket(server, { community, state: 'ACCEPTED' });
      const r = await server.gql(
        'mutation($i: EscalateTicketInput!) { escalateTicket(input: $i) { ticket { id } } }',
        { i: { ticketId: t.id, departmentId, reason: '需部门处理' } },
        token,
      );
      expect(r.errors).toBeUndefined();
    };
    const TICKETS = `query($n: Int!, $c: ID!) { tickets(first: $n, communityId: $c, states: [ESCALATED], sources: [APP]) { edges { node {
      id source externalRef contactName contactPhone awaitingLink imported escalatedTo { id name } } } } }`;
    const TIMES = `query($f: DateTimeISO!, $t: DateTimeISO!) { departmentAnswerTimes(from: $f, to: $t) {
      organisationId organisation { id name } escalated acknowledged answered medianAnswerHours maxAnswerHours } }`;
    const period = {
      f: new Date(Date.now() - 3_600_000).toISOString(),
      t: new Date(Date.now() + 3_600_000).toISOString(),
    };

    await escalate(desk.department.id);
    await escalate(second.id);
    const fewTimes = await statements(TIMES, period, admin);
    for (let i = 0; i < 20; i++) await escalate(i % 2 ? desk.department.id : second.id);
    const manyTimes = await statements(TIMES, period, admin);
    const fewList = await statements(TICKETS, { n: 2, c: community.id }, token);
    const manyList = await statements(TICKETS, { n: 20, c: community.id }, token);
    console.info(`departmentAnswerTimes: ${fewTimes} → ${manyTimes}; tickets(ESCALATED): ${fewList} → ${manyList}`);
    expect(manyTimes).toBe(fewTimes);
    expect(manyList).toBe(fewList);
  }, 120_000);
});
