import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, startTestServer, type TestServer } from '../helpers/server.js';
import {
  buildCommunity,
  buildHousehold,
  buildOrganisation,
  buildResident,
  buildStaff,
  buildTicket,
  type TicketStateName,
} from './index.js';

describe('test factories', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('a household made alone brings its building, estate, community and street, consistently placed', async () => {
    const h = await buildHousehold(server);
    const [row] = await server.db.dataSource.query(
      `SELECT b.estateId AS b, e.communityId AS e, c.streetId AS c FROM household h
       JOIN building b ON b.id = h.buildingId JOIN estate e ON e.id = b.estateId
       JOIN community c ON c.id = e.communityId JOIN street s ON s.id = c.streetId WHERE h.id = ?`,
      [h.id],
    );
    expect(row).toEqual({ b: h.estateId, e: h.communityId, c: h.streetId });
  });

  it('staff are scoped as their role: community staff read their community and not another', async () => {
    const community = await buildCommunity(server);
    const other = await buildCommunity(server);
    const token = await (await buildStaff(server, { role: 'COMMUNITY_STAFF', scope: community })).token();
    const read = (id: string) => server.gql('query($id: ID!) { community(id: $id) { id } }', { id }, token);
    expect(codeOf(await read(community.id))).toBe('OK');
    expect(codeOf(await read(other.id))).toBe('NOT_FOUND');
  });

  it('property staff reach the estates their company serves', async () => {
    const company = await buildOrganisation(server, { kind: 'PROPERTY_COMPANY' });
    const token = await (await buildStaff(server, { role: 'PROPERTY_STAFF', scope: company })).token();
    const [served] = await server.db.dataSource.query(
      'SELECT estateId FROM organisation_estate WHERE organisationId = ?',
      [company.id],
    );
    const r = await server.gql('query($id: ID!) { estate(id: $id) { id } }', { id: served.estateId }, token);
    expect(codeOf(r)).toBe('OK');
  });

  it('a pending resident holds no role; a verified one may raise a matter', async () => {
    const pending = await buildResident(server, { verified: false });
    expect(pending.membership).toBeNull();
    const me = await server.gql<{ me: { memberships: unknown[] } }>(
      '{ me { memberships { role } } }',
      {},
      await pending.token(),
    );
    expect(me.data?.me.memberships).toEqual([]);
    expect((await buildTicket(server, { resident: await buildResident(server) })).state).toBe('SUBMITTED');
  });

  const STATES: TicketStateName[] = [
    'SUBMITTED',
    'ACCEPTED',
    'REJECTED',
    'MERGED',
    'REPLIED',
    'ESCALATED',
    'IN_MEETING',
    'RESOLVED',
    'WITHDRAWN',
  ];
  it('a ticket reaches every state through the workflow, leaving a genuine timeline', async () => {
    const community = await buildCommunity(server);
    for (const state of STATES) {
      const t = await buildTicket(server, { community, state });
      const events = await server.db.dataSource.query('SELECT type FROM ticket_event WHERE ticketId = ? ORDER BY id', [
        t.id,
      ]);
      expect(events[0]?.type, state).toBe('SUBMITTED');
      expect(events.length > 1, `${state} has transitions after SUBMITTED`).toBe(state !== 'SUBMITTED');
    }
  });
});
