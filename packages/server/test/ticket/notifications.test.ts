import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TICKET_NOTICES } from '../../src/modules/ticket/ticket.notices.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { act, submit } from '../helpers/tickets.js';
import { buildWorld, login, type World } from '../helpers/world.js';

interface Notice {
  kind: string;
  subject: { type: string; id: string } | null;
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
        '{ notifications(first: 100) { edges { node { kind subject { type id } readAt } } } }',
        {},
        token,
      )
    ).data?.notifications.edges.map((e) => e.node) ?? [];
  const types = async (token: string | undefined, ticketId: string) =>
    (await inbox(token))
      .filter((n) => n.subject?.type === 'Ticket' && n.subject.id === ticketId)
      .map((n) => n.kind)
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
    expect((await inbox(wu)).filter((n) => n.kind === 'TICKET_MERGED').map((n) => n.subject?.id)).toEqual([t.id]);
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

  it('a notice carries its kind, a Ticket subject and params, and renders in the reader’s language', async () => {
    const t = await submit(server, w, { title: '垃圾清运不及时' });
    const query = `{ notifications(first: 100) { edges { node {
      kind subject { type id } params title body
      zh: title(locale: "zh-CN") en: title(locale: "en-US") enBody: body(locale: "en-US")
    } } } }`;
    type Node = {
      kind: string;
      subject: { type: string; id: string };
      params: Record<string, unknown>;
      title: string;
      body: string;
      zh: string;
      en: string;
      enBody: string;
    };
    const fetchAs = async (headers: Record<string, string>) => {
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${w.tokens.boxue}`, ...headers },
        body: JSON.stringify({ query }),
      });
      const json = (await res.json()) as { data: { notifications: { edges: { node: Node }[] } } };
      return json.data.notifications.edges.map((e) => e.node).find((n) => n.subject?.id === t.id);
    };
    const plain = await fetchAs({});
    expect(plain).toEqual({
      kind: 'TICKET_NEW',
      subject: { type: 'Ticket', id: t.id },
      params: { title: '垃圾清运不及时', categoryZh: '设施报修', categoryEn: 'Facilities repair' },
      title: '新诉求：垃圾清运不及时',
      body: '设施报修',
      zh: '新诉求：垃圾清运不及时',
      en: 'New matter: 垃圾清运不及时',
      enBody: 'Facilities repair',
    });
    // The request's Accept-Language picks the default; an explicit `locale` argument wins over it.
    const english = await fetchAs({ 'accept-language': 'en-GB,en;q=0.9,zh-CN;q=0.5' });
    expect([english?.title, english?.body, english?.zh]).toEqual([
      'New matter: 垃圾清运不及时',
      'Facilities repair',
      '新诉求：垃圾清运不及时',
    ]);
    const fallback = await fetchAs({ 'accept-language': 'fr-FR,de;q=0.8' });
    expect(fallback?.title).toBe('新诉求：垃圾清运不及时');
  });

  it('every ticket kind renders in zh-CN and en-US with its parameters (replies, escalations, ratings)', async () => {
    const t = await submit(server, w, { title: '路灯不亮' });
    await act(server, w, 'accept', t.id, { organisationIds: [w.org.greentown] });
    await act(server, w, 'reply', t.id, { body: '已报修' }, w.tokens.greentown);
    await act(server, w, 'escalate', t.id);
    const r = await server.gql<{
      notifications: {
        edges: { node: { kind: string; subject: { id: string }; zh: string; en: string; enBody: string | null } }[];
      };
    }>(
      '{ notifications(first: 100) { edges { node { kind subject { id } zh: title(locale: "zh-CN") en: title(locale: "en-US") enBody: body(locale: "en-US") } } } }',
      {},
      w.tokens.resident,
    );
    const mine = (r.data?.notifications.edges ?? []).map((e) => e.node).filter((n) => n.subject.id === t.id);
    const byKind = Object.fromEntries(mine.map((n) => [n.kind, n]));
    expect(byKind.TICKET_REPLIED).toMatchObject({
      zh: '您的诉求有了答复：路灯不亮',
      en: 'Your matter has a reply: 路灯不亮',
      enBody: '已报修',
    });
    expect(byKind.TICKET_ESCALATED?.zh).toMatch(/^您的诉求已上报.+：路灯不亮$/);
    expect(byKind.TICKET_ESCALATED?.en).toMatch(/^Your matter was referred to .+: 路灯不亮$/);
  });

  it('stored rows hold a kind, a subject and params: none of the catalog’s Chinese wording', async () => {
    const columns: { name: string }[] =
      server.db.dataSource.options.type === 'better-sqlite3'
        ? await server.db.dataSource.query('PRAGMA table_info(notification)')
        : await server.db.dataSource.query(
            'SELECT COLUMN_NAME AS name FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ?',
            ['notification'],
          );
    const names = columns.map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['kind', 'subjectType', 'subjectId', 'params']));
    for (const gone of ['title', 'body', 'type', 'ticketId']) expect(names).not.toContain(gone);
    const t = await submit(server, w, { title: '井盖松动' });
    for (const [action, extra, token] of [
      ['accept', { organisationIds: [w.org.greentown] }, undefined],
      ['reply', {}, w.tokens.greentown],
      ['escalate', {}, undefined],
      ['answerEscalation', {}, w.tokens.street],
      ['resolve', {}, undefined],
      ['rate', { score: 4 }, undefined],
      ['reopen', {}, undefined],
    ] as const) {
      expect((await act(server, w, action, t.id, extra, token)).errors, action).toBeUndefined();
    }
    const rows: { kind: string; subjectType: string; params: string }[] = await server.db.dataSource.query(
      'SELECT kind, subjectType, params FROM notification WHERE subjectId = ?',
      [t.id],
    );
    expect(new Set(rows.map((r) => r.kind))).toEqual(
      new Set([
        'TICKET_NEW',
        'TICKET_ASSIGNED',
        'TICKET_REPLIED',
        'TICKET_ESCALATED',
        'TICKET_ESCALATION_ANSWERED',
        'TICKET_RESOLVED',
        'TICKET_RATED',
        'TICKET_REOPENED',
      ]),
    );
    // The fixed words of every zh-CN template ('新诉求', '您的诉求有了答复' …) appear in no stored row.
    const fixedWords = Object.values(TICKET_NOTICES).flatMap((spec) =>
      [spec['zh-CN'].title, spec['zh-CN'].body ?? '']
        .flatMap((tpl) => tpl.split(/\{\w+\}/))
        .map((part) => part.replace(/[\s：·（）]/g, ''))
        .filter((part) => part.length >= 2),
    );
    expect(fixedWords.length).toBeGreaterThan(10);
    for (const row of rows) {
      expect(row.subjectType).toBe('Ticket');
      for (const word of fixedWords) expect(row.params, `${row.kind} stores "${word}"`).not.toContain(word);
    }
  });
});
