import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, startTestServer, type TestServer } from '../helpers/server.js';
import { act, submit } from '../helpers/tickets.js';
import { buildWorld, login, type World } from '../helpers/world.js';

const DETAIL = `query($id: ID!) { ticket(id: $id) {
  id isPublicView locationText submitter { displayName phone } photos { id }
  timeline(first: 100) { edges { node { type isPublic note } } } building { id }
} }`;

interface Detail {
  isPublicView: boolean;
  locationText: string | null;
  submitter: { displayName: string; phone: string } | null;
  timeline: { edges: { node: { type: string; isPublic: boolean; note: string | null } }[] };
}

describe('who sees which ticket, and how much of it', () => {
  let server: TestServer;
  let w: World;
  let ticketId: string;
  let wuToken: string;
  beforeAll(async () => {
    server = await startTestServer();
    w = await buildWorld(server);
    wuToken = await login(server, '13900000002');
    const t = await submit(server, w, { title: '电梯异响' });
    ticketId = t.id;
    await server.gql(
      'mutation($i: AcceptTicketInput!) { acceptTicket(input: $i) { ticket { id } } }',
      { i: { ticketId, organisationIds: [w.org.greentown] } },
      w.tokens.boxue,
    );
    await act(server, w, 'note', ticketId, { body: '内部：维保合同即将到期' });
    await act(server, w, 'reply', ticketId, { body: '已安排检修' }, w.tokens.greentown);
  });
  afterAll(() => server.close());

  const detail = async (token: string | undefined) => server.gql<{ ticket: Detail }>(DETAIL, { id: ticketId }, token);

  it('the submitter sees their ticket in full, with their own phone, but not internal notes', async () => {
    const r = await detail(w.tokens.resident);
    expect(r.data?.ticket.isPublicView).toBe(false);
    expect(r.data?.ticket.submitter?.phone).toBe('13900000001');
    expect(r.data?.ticket.timeline.edges.map((e) => e.node).some((e) => !e.isPublic)).toBe(false);
  });

  it('another resident of the community sees only the public, anonymised form', async () => {
    const r = await detail(wuToken);
    expect(r.data?.ticket.isPublicView).toBe(true);
    expect(r.data?.ticket.submitter).toBeNull();
    expect(r.data?.ticket.locationText).toBeNull();
    expect(r.data?.ticket.timeline.edges.map((e) => e.node.type)).toContain('REPLIED');
    expect(r.data?.ticket.timeline.edges.map((e) => e.node).some((e) => !e.isPublic)).toBe(false);
  });

  it('a resident cannot see a ticket still waiting for triage, nor one of another community', async () => {
    const fresh = await submit(server, w);
    expect(codeOf(await server.gql(DETAIL, { id: fresh.id }, wuToken))).toBe('NOT_FOUND');
    const other = await login(server, '13900000004');
    expect(codeOf(await detail(other))).toBe('NOT_FOUND');
  });

  it('staff see the submitter with a masked phone and the internal notes', async () => {
    const r = await detail(w.tokens.boxue);
    expect(r.data?.ticket.submitter?.phone).toBe('139****0001');
    expect(
      r.data?.ticket.timeline.edges.map((e) => e.node).some((e) => !e.isPublic && e.note?.includes('维保合同')),
    ).toBe(true);
  });

  it('property staff see only tickets routed to their company', async () => {
    expect(codeOf(await detail(w.tokens.greentown))).toBe('OK');
    expect(codeOf(await detail(await login(server, '13800000013')))).toBe('NOT_FOUND');
    const list = async (token: string) =>
      (
        await server.gql<{ tickets: { edges: { node: { id: string } }[] } }>(
          '{ tickets(first: 100) { edges { node { id } } } }',
          {},
          token,
        )
      ).data?.tickets.edges.map((e) => e.node.id);
    expect(await list(w.tokens.greentown as string)).toEqual([ticketId]);
    expect(await list(await login(server, '13800000013'))).toEqual([]);
  });

  it('myTickets lists only the resident’s own tickets', async () => {
    const mine = await server.gql<{ myTickets: { totalCount: number } }>('{ myTickets { totalCount } }', {}, wuToken);
    expect(mine.data?.myTickets.totalCount).toBe(0);
  });
});
