/**
 * The ticket detail decides staff access from the row it has just read when the ticket's place is in
 * the viewer's reach (issue 21): no scope `EXISTS` statement for community staff, the same answers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCommunity, buildStaff, buildTicket } from '../factories/index.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { capturedStatements } from '../helpers/sql-log.js';

const DETAIL = `query($id: ID!) { ticket(id: $id) { id title submitter { id } timeline(first: 10) { edges { node { id } } } } }`;

describe('ticket detail: staff access from the row', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  }, 120_000);
  afterAll(() => server.close());

  it('community staff read their ticket without a scope EXISTS; other communities’ staff get NOT_FOUND', async () => {
    const community = await buildCommunity(server);
    const elsewhere = await buildCommunity(server);
    const ticket = await buildTicket(server, { community });
    const staff = await (await buildStaff(server, { role: 'COMMUNITY_STAFF', scope: community })).token();
    const other = await (await buildStaff(server, { role: 'COMMUNITY_STAFF', scope: elsewhere })).token();

    await server.gql(DETAIL, { id: ticket.id }, staff); // the viewer and reference caches warm
    let answer: Awaited<ReturnType<TestServer['gql']>> | undefined;
    const sql = await capturedStatements(server, async () => {
      answer = await server.gql(DETAIL, { id: ticket.id }, staff);
    });
    expect(answer?.errors).toBeUndefined();
    const shown = (answer?.data as { ticket?: unknown } | undefined)?.ticket as {
      id: string;
      submitter: { id: string } | null;
    };
    expect(shown.id).toBe(ticket.id);
    expect(shown.submitter).not.toBeNull(); // the staff view: the submitter is shown
    const scopeChecks = sql.filter((s) => /EXISTS/i.test(s) && /FROM [`"]?ticket[`"]? [`"]?t[`"]?/i.test(s));
    expect(scopeChecks).toEqual([]);

    const refused = await server.gql(DETAIL, { id: ticket.id }, other);
    expect((refused.errors?.[0] as { extensions?: { code?: string } })?.extensions?.code).toBe('NOT_FOUND');
  }, 120_000);
});
