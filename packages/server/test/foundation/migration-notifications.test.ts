import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/db/ids.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { act, submit } from '../helpers/tickets.js';
import { buildWorld, type World } from '../helpers/world.js';

/** GenericNotifications turns the old Chinese-text rows into kind, subject and params. */
describe('migration GenericNotifications on old rows', () => {
  let server: TestServer;
  let w: World;
  beforeAll(async () => {
    server = await startTestServer();
    w = await buildWorld(server);
  });
  afterAll(() => server.close());

  it('derives kind, a Ticket subject and the parameters from the ticket, the old title and body', async () => {
    const t = await submit(server, w, { title: '电梯异响' });
    expect((await act(server, w, 'accept', t.id)).errors).toBeUndefined();
    expect((await act(server, w, 'escalate', t.id)).errors).toBeUndefined();
    const department: string = (
      await w.ds.query('SELECT name FROM organisation WHERE id = ?', [w.org.trafficPolice])
    )[0].name;

    const ds = server.db.dataSource;
    const at = ds.migrations.findIndex((m) => m.name?.startsWith('GenericNotifications'));
    expect(at).toBeGreaterThan(0);
    for (let i = at; i < ds.migrations.length; i++) await ds.undoLastMigration({ transaction: 'each' });
    await ds.query('DELETE FROM notification');
    const legacy: [string, string, string | null][] = [
      ['TICKET_NEW', '新诉求：电梯异响', '设施报修 · 待受理'],
      ['TICKET_NEAR_DUE', '诉求即将到期（剩余 1 个工作日）：电梯异响', null],
      ['TICKET_RATED', '居民评价 2 星：电梯异响', null],
      ['TICKET_ESCALATED', `您的诉求已上报${department}：电梯异响`, null],
      ['TICKET_REPLIED', '您的诉求有了答复：电梯异响', '已安排维保单位检查。'],
      ['TICKET_OVERDUE', '诉求答复已超期：电梯异响', null],
    ];
    for (const [type, title, body] of legacy) {
      await ds.query(
        'INSERT INTO notification (id, createdAt, userId, type, title, body, ticketId, communityId, readAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
        [newId(), '2099-01-01 00:00:00.000', w.user.boxue, type, title, body, t.id, w.community.boxue, null],
      );
    }
    await ds.runMigrations({ transaction: 'each' });

    const rows: { kind: string; subjectType: string; subjectId: string; params: string }[] = await ds.query(
      'SELECT kind, subjectType, subjectId, params FROM notification',
    );
    const byKind = Object.fromEntries(rows.map((r) => [r.kind, { ...r, params: JSON.parse(r.params) }]));
    expect(Object.keys(byKind).sort()).toEqual(legacy.map(([type]) => type).sort());
    for (const r of Object.values(byKind)) expect([r.subjectType, r.subjectId]).toEqual(['Ticket', t.id]);
    expect(byKind.TICKET_NEW?.params).toEqual({
      title: '电梯异响',
      categoryZh: '设施报修',
      categoryEn: 'Facilities repair',
    });
    expect(byKind.TICKET_NEAR_DUE?.params).toEqual({ title: '电梯异响', daysLeft: 1 });
    expect(byKind.TICKET_RATED?.params).toEqual({ title: '电梯异响', score: 2 });
    expect(byKind.TICKET_ESCALATED?.params).toEqual({ title: '电梯异响', department });
    expect(byKind.TICKET_REPLIED?.params).toEqual({ title: '电梯异响', excerpt: '已安排维保单位检查。' });
    expect(byKind.TICKET_OVERDUE?.params).toEqual({ title: '电梯异响' });

    // And the API renders them in either language.
    const r = await server.gql<{ notifications: { edges: { node: { kind: string; en: string } }[] } }>(
      '{ notifications(first: 20) { edges { node { kind en: title(locale: "en-US") } } } }',
      {},
      w.tokens.boxue,
    );
    const en = Object.fromEntries((r.data?.notifications.edges ?? []).map((e) => [e.node.kind, e.node.en]));
    expect(en.TICKET_RATED).toBe('Rated 2 stars by the resident: 电梯异响');
    expect(en.TICKET_NEAR_DUE).toBe('Reply due soon (1 working day(s) left): 电梯异响');
  });
});
