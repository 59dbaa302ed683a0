import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { act, submit } from '../helpers/tickets.js';
import { buildWorld, login, type World } from '../helpers/world.js';

interface Notice {
  type: string;
  ticketId: string;
  readAt: string | null;
}

describe('who is told what about a ticket', () => {
  let server: TestServer;
  let w: World;
  let wu: string;
  beforeAll(async () => {
    server = await startTestServer();
    w = await buildWorld(server);
    wu = await login(server, '13900000002');
  });
  afterAll(() => server.close());

  const inbox = async (token: string | undefined) =>
    (
      await server.gql<{ notifications: { edges: { node: Notice }[] } }>(
        '{ notifications(first: 100) { edges { node { type ticketId readAt } } } }',
        {},
        token,
      )
    ).data?.notifications.edges.map((e) => e.node) ?? [];
  const types = async (token: string | undefined, ticketId: string) =>
    (await inbox(token))
      .filter((n) => n.ticketId === ticketId)
      .map((n) => n.type)
      .sort();

  it('residents hear of replies, resolution, escalation answers and merges; staff of new, rated and reopened tickets', async () => {
    const t = await submit(server, w);
    expect(await types(w.tokens.boxue, t.id)).toEqual(['TICKET_NEW']);
    await act(server, w, 'accept', t.id, { organisationIds: [w.org.greentown] });
    expect(await types(w.tokens.greentown, t.id)).toEqual(['TICKET_ASSIGNED']);
    await act(server, w, 'reply', t.id, {}, w.tokens.greentown);
    await act(server, w, 'escalate', t.id);
    await act(server, w, 'answerEscalation', t.id, {}, w.tokens.street);
    await act(server, w, 'resolve', t.id);
    expect(await types(w.tokens.resident, t.id)).toEqual(
      ['TICKET_ESCALATED', 'TICKET_ESCALATION_ANSWERED', 'TICKET_REPLIED', 'TICKET_RESOLVED'].sort(),
    );
    await act(server, w, 'rate', t.id, { score: 2 });
    await act(server, w, 'reopen', t.id);
    expect(await types(w.tokens.greentown, t.id)).toEqual(['TICKET_ASSIGNED', 'TICKET_RATED', 'TICKET_REOPENED']);

    // A duplicate from another resident: merged, its submitter told and following the primary.
    const dup = await submit(server, w, { token: wu, estateId: w.estate.tianju });
    await act(server, w, 'merge', dup.id, { primaryTicketId: t.id });
    expect((await inbox(wu)).filter((n) => n.type === 'TICKET_MERGED').map((n) => n.ticketId)).toEqual([t.id]);
    await act(server, w, 'reply', t.id, { body: '再次答复' });
    expect(await types(wu, t.id)).toEqual(['TICKET_MERGED', 'TICKET_REPLIED']);
    const follower = await server.gql<{ ticket: { isPublicView: boolean } }>(
      'query($id: ID!) { ticket(id: $id) { isPublicView } }',
      { id: t.id },
      wu,
    );
    expect(follower.data?.ticket.isPublicView).toBe(true);
    const viaDuplicate = await server.gql<{ ticket: { mergedInto: { id: string; isPublicView: boolean } } }>(
      'query($id: ID!) { ticket(id: $id) { mergedInto { id isPublicView } } }',
      { id: dup.id },
      wu,
    );
    expect(viaDuplicate.data?.ticket.mergedInto).toEqual({ id: t.id, isPublicView: true });
    const staffView = await server.gql<{ ticket: { mergedInto: { isPublicView: boolean } } }>(
      'query($id: ID!) { ticket(id: $id) { mergedInto { isPublicView } } }',
      { id: dup.id },
      w.tokens.boxue,
    );
    expect(staffView.data?.ticket.mergedInto.isPublicView).toBe(false);
  });

  it('marks notifications read and counts the unread', async () => {
    const before =
      (await server.gql<{ unreadNotificationCount: number }>('{ unreadNotificationCount }', {}, w.tokens.resident)).data
        ?.unreadNotificationCount ?? 0;
    expect(before).toBeGreaterThan(0);
    const r = await server.gql<{ markNotificationsRead: { updated: number; unreadCount: number } }>(
      'mutation { markNotificationsRead(input: {}) { updated unreadCount } }',
      {},
      w.tokens.resident,
    );
    expect(r.data?.markNotificationsRead).toEqual({ updated: before, unreadCount: 0 });
  });
});
