import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TicketEntity } from '../../src/modules/ticket/ticket.entity.js';
import { TicketAssignmentEntity } from '../../src/modules/ticket/ticket-assignment.entity.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { act, submit } from '../helpers/tickets.js';
import { buildWorld, type World } from '../helpers/world.js';

describe('overdue watch and figures from the timeline', () => {
  let server: TestServer;
  let w: World;
  beforeAll(async () => {
    server = await startTestServer();
    w = await buildWorld(server);
  });
  afterAll(() => server.close());

  const notifications = async (type: string) =>
    Number((await w.ds.query('SELECT COUNT(*) AS n FROM notification WHERE kind = ?', [type]))[0].n);

  it('flags an overdue obligation once, notifying the company and the community staff, even when triggered twice', async () => {
    const t = await submit(server, w);
    await act(server, w, 'accept', t.id, { organisationIds: [w.org.greentown] });
    // The obligation fell due yesterday.
    await w.ds
      .getRepository(TicketAssignmentEntity)
      .update({ ticketId: t.id }, { replyDueAt: new Date(Date.now() - 86_400_000) });
    const now = new Date();
    const first = await server.app.services.overdueWatch.run(now);
    const second = await server.app.services.overdueWatch.run(now);
    expect(first).toEqual({ ran: true, result: { nearDue: 0, overdue: 1, triageOverdue: 0 } });
    expect(second).toEqual({ ran: false });
    // 绿城物业 张经理 and 专管员 李娟.
    expect(await notifications('TICKET_OVERDUE')).toBe(2);
    // The next hour's run does not notify the same obligation again.
    const later = await server.app.services.overdueWatch.run(new Date(now.getTime() + 3_600_000));
    expect(later).toEqual({ ran: true, result: { nearDue: 0, overdue: 0, triageOverdue: 0 } });
    expect(await notifications('TICKET_OVERDUE')).toBe(2);
    const list = await server.gql<{ tickets: { totalCount: number } }>(
      '{ tickets(overdue: true) { totalCount } }',
      {},
      w.tokens.greentown,
    );
    expect(list.data?.tickets.totalCount).toBe(1);
  });

  it('derives valid, replied, on time, resolved, escalated, rejected, merged and the rates from events', async () => {
    // SQLite keeps whole seconds: start the period on a second boundary after the other test's tickets.
    await new Promise((r) => setTimeout(r, 1100));
    const from = new Date(Math.floor(Date.now() / 1000) * 1000);
    const a = await submit(server, w, { title: '工单A' });
    const b = await submit(server, w, { title: '工单B' });
    const c = await submit(server, w, { title: '工单C' });
    const d = await submit(server, w, { title: '工单D' });
    const e = await submit(server, w, { title: '工单E' });
    await act(server, w, 'accept', a.id);
    await act(server, w, 'reply', a.id);
    await act(server, w, 'resolve', a.id);
    await act(server, w, 'accept', b.id);
    await act(server, w, 'escalate', b.id);
    await act(server, w, 'merge', c.id, { primaryTicketId: a.id });
    await act(server, w, 'reject', d.id);
    await act(server, w, 'accept', e.id);
    // E is answered late: its deadline had passed when the reply came.
    await w.ds.getRepository(TicketEntity).update({ id: e.id }, { replyDueAt: new Date(Date.now() - 3_600_000) });
    await act(server, w, 'reply', e.id);
    await act(server, w, 'rate', a.id, { score: 4 });
    const r = await server.gql<{ ticketFigures: Record<string, number | null> }>(
      `query($f: DateTimeISO!, $t: DateTimeISO!) { ticketFigures(from: $f, to: $t) {
        submitted valid replied repliedOnTime resolved escalated rejected merged replyRate onTimeRate averageRating } }`,
      { f: from.toISOString(), t: new Date(Date.now() + 60_000).toISOString() },
      w.tokens.boxue,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data?.ticketFigures).toEqual({
      submitted: 5,
      valid: 3,
      replied: 2,
      repliedOnTime: 1,
      resolved: 1,
      escalated: 1,
      rejected: 1,
      merged: 1,
      replyRate: 2 / 3,
      onTimeRate: 1 / 3,
      averageRating: 4,
    });
  });
});
