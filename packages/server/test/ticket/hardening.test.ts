import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JobService } from '../../src/modules/job/job.service.js';
import { TicketEntity } from '../../src/modules/ticket/ticket.entity.js';
import { freshUser } from '../helpers/fixtures.js';
import { codeOf, startTestServer, type TestServer } from '../helpers/server.js';
import { act, key, submit } from '../helpers/tickets.js';
import { buildWorld, login, type World } from '../helpers/world.js';

/** The events of a ticket's timeline (first page, oldest first). */
const TIMELINE = (fields: string) => `timeline(first: 100) { edges { node { ${fields} } } }`;
const nodesOf = <T>(timeline: { edges: { node: T }[] }) => timeline.edges.map((e) => e.node);

interface Event {
  type: string;
  createdAt: string;
  note: string | null;
  fromState: string | null;
  toState: string | null;
  actorRole: string | null;
  actorName: string | null;
  isPublic: boolean;
  organisation: { id: string } | null;
}
const EVENT_FIELDS = 'type createdAt note fromState toState actorRole actorName isPublic organisation { id }';

describe('ticket hardening (issue 7)', () => {
  let server: TestServer;
  let w: World;
  let wu: string;
  beforeAll(async () => {
    server = await startTestServer();
    w = await buildWorld(server);
    wu = await login(server, '13900000002');
  });
  afterAll(() => server.close());

  const timelineOf = async (id: string, token: string | undefined) => {
    const r = await server.gql<{ ticket: { isPublicView: boolean; timeline: { edges: { node: Event }[] } } }>(
      `query($id: ID!) { ticket(id: $id) { isPublicView ${TIMELINE(EVENT_FIELDS)} } }`,
      { id },
      token,
    );
    expect(r.errors).toBeUndefined();
    return r.data?.ticket as { isPublicView: boolean; timeline: { edges: { node: Event }[] } };
  };

  // ---- 1. private by default ---------------------------------------------------------------

  it('a neighbour sees only public events: their type and time, and reply texts meant for residents', async () => {
    const t = await submit(server, w);
    const ok = async (p: Promise<unknown>) => expect(codeOf((await p) as never)).toBe('OK');
    await ok(act(server, w, 'accept', t.id, { note: '内部备注：该住户多次投诉' }));
    await ok(act(server, w, 'note', t.id, { body: '内部：维保合同即将到期' }));
    await ok(act(server, w, 'reassign', t.id, { organisationIds: [w.org.boxueOffice], note: '内部：改派' }));
    await ok(act(server, w, 'reply', t.id, { body: '已安排检修' }));
    await ok(act(server, w, 'escalate', t.id, { reason: '内部：需交警处理' }));
    await ok(act(server, w, 'answerEscalation', t.id, { answer: '交警已施划禁停标线。' }));
    await ok(act(server, w, 'resolve', t.id, { resolution: '已修复。' }));
    await ok(act(server, w, 'rate', t.id, { score: 2, comment: '物业张经理态度很差' }));
    await ok(act(server, w, 'reopen', t.id, { reason: '还是有异响，邻居家漏水' }));

    const view = await timelineOf(t.id, wu);
    expect(view.isPublicView).toBe(true);
    const events = nodesOf(view.timeline);
    expect(events.map((e) => e.type)).toEqual([
      'SUBMITTED',
      'ACCEPTED',
      'REPLIED',
      'ESCALATED',
      'ESCALATION_ANSWERED',
      'RESOLVED',
    ]);
    const RESIDENT_TEXT: Record<string, string> = {
      REPLIED: '已安排检修',
      ESCALATION_ANSWERED: '交警已施划禁停标线。',
      RESOLVED: '已修复。',
    };
    for (const e of events) {
      expect(e).toEqual({
        type: e.type,
        createdAt: expect.any(String),
        note: RESIDENT_TEXT[e.type] ?? null,
        fromState: null,
        toState: null,
        actorRole: null,
        actorName: null,
        isPublic: true,
        organisation: null,
      });
    }
  });

  it('the owner sees public and owner events, never internal notes', async () => {
    const t = await submit(server, w);
    await act(server, w, 'accept', t.id, { note: '内部备注：该住户多次投诉' });
    await act(server, w, 'note', t.id, { body: '内部：维保合同即将到期' });
    await act(server, w, 'resolve', t.id);
    await act(server, w, 'rate', t.id, { score: 3, comment: '一般' });
    const owner = nodesOf((await timelineOf(t.id, w.tokens.resident)).timeline);
    expect(owner.map((e) => e.type)).toEqual(['SUBMITTED', 'ACCEPTED', 'RESOLVED', 'RATED']);
    expect(owner.find((e) => e.type === 'ACCEPTED')?.note).toBeNull();
    expect(owner.find((e) => e.type === 'RATED')?.note).toContain('一般');
    const staff = nodesOf((await timelineOf(t.id, w.tokens.boxue)).timeline);
    expect(staff.find((e) => e.type === 'ACCEPTED')?.note).toContain('内部备注');
    expect(staff.find((e) => e.type === 'NOTE')?.isPublic).toBe(false);
    // The neighbour sees neither the rating nor its comment.
    const neighbour = nodesOf((await timelineOf(t.id, wu)).timeline);
    expect(neighbour.map((e) => e.type)).toEqual(['SUBMITTED', 'ACCEPTED', 'RESOLVED']);
    expect(JSON.stringify(neighbour)).not.toContain('一般');
  });

  // ---- 2. anonymity --------------------------------------------------------------------------

  it('an anonymous ticket hides the resident from property and committee staff; community staff keep the identity', async () => {
    const r = await server.gql<{ submitTicket: { ticket: { id: string } } }>(
      'mutation($i: SubmitTicketInput!) { submitTicket(input: $i) { ticket { id } } }',
      {
        i: {
          categoryId: w.category.boxue.FACILITIES_REPAIR,
          title: '物业乱收费',
          body: '物业公司收取不合理的停车费。',
          estateId: w.estate.tianju,
          anonymous: true,
          idempotencyKey: key(),
        },
      },
      w.tokens.resident,
    );
    const id = r.data?.submitTicket.ticket.id as string;
    await act(server, w, 'accept', id, { organisationIds: [w.org.greentown, w.org.tianjuCommittee] });
    const Q = `query($id: ID!) { ticket(id: $id) { anonymous submitter { displayName phone } ${TIMELINE('type actorName')} } }`;
    type D = {
      ticket: {
        anonymous: boolean;
        submitter: { phone: string } | null;
        timeline: { edges: { node: { actorName: string | null } }[] };
      };
    };
    for (const token of [w.tokens.greentown, w.tokens.committee]) {
      const d = await server.gql<D>(Q, { id }, token);
      expect(d.errors).toBeUndefined();
      expect(d.data?.ticket.anonymous).toBe(true);
      expect(d.data?.ticket.submitter).toBeNull();
      expect(JSON.stringify(d.data)).not.toContain('周女士');
      expect(JSON.stringify(d.data)).not.toContain('0001');
    }
    const staff = await server.gql<D>(Q, { id }, w.tokens.boxue);
    expect(staff.data?.ticket.submitter?.phone).toBe('139****0001');
    const own = await server.gql<D>(Q, { id }, w.tokens.resident);
    expect(own.data?.ticket.submitter?.phone).toBe('13900000001');
  });

  // ---- 3. who may raise a matter -------------------------------------------------------------

  const raise = (token: string | undefined, categoryId = w.category.boxue.SUGGESTION) =>
    server.gql(
      'mutation($i: SubmitTicketInput!) { submitTicket(input: $i) { ticket { id } } }',
      { i: { categoryId, title: '建议', body: '建议增设休息座椅。', anonymous: false, idempotencyKey: key() } },
      token,
    );

  it('only verified residents of the community raise a matter by default; others are told to bind a household', async () => {
    const other = await login(server, '13900000004'); // 兴议 resident
    for (const token of [other, w.tokens.greentown]) {
      const r = await raise(token);
      expect(codeOf(r)).toBe('FORBIDDEN');
      expect(r.errors?.[0]?.extensions?.reason).toBe('TICKET_BIND_HOUSEHOLD_FIRST');
    }
    const pending = await login(server, '13900000003'); // binding waiting for verification
    expect(codeOf(await raise(pending))).toBe('FORBIDDEN');
    expect(codeOf(await raise(w.tokens.resident))).toBe('OK');
  });

  it('community staff open intake to any registered resident, audited; staff accounts stay out', async () => {
    const SET = 'mutation($i: SetTicketIntakeInput!) { setTicketIntake(input: $i) { communityId intake } }';
    const i = { communityId: w.community.boxue, intake: 'REGISTERED_RESIDENTS' };
    expect(codeOf(await server.gql(SET, { i }, w.tokens.xingyi))).toBe('NOT_FOUND');
    expect(codeOf(await server.gql(SET, { i }, w.tokens.resident))).toBe('FORBIDDEN');
    const r = await server.gql(SET, { i }, w.tokens.boxue);
    expect(r.errors).toBeUndefined();
    const audit = await w.ds.query("SELECT COUNT(*) AS n FROM audit_log WHERE operation = 'ticket.setIntake'");
    expect(Number(audit[0].n)).toBe(1);
    const other = await login(server, '13900000004');
    expect(codeOf(await raise(other))).toBe('OK');
    const u = await freshUser(w);
    expect(codeOf(await raise(await login(server, u.phone, 'Fixture@123')))).toBe('OK');
    expect(codeOf(await raise(w.tokens.greentown))).toBe('FORBIDDEN');
    await server.gql(SET, { i: { ...i, intake: 'VERIFIED_RESIDENTS' } }, w.tokens.street);
    expect(codeOf(await raise(other))).toBe('FORBIDDEN');
  });

  // ---- 4. untriaged tickets go overdue -------------------------------------------------------

  it('a SUBMITTED ticket past its triage deadline is overdue in the field, the filter and the watch (notified once)', async () => {
    const t = await submit(server, w, { title: '无人受理' });
    await w.ds
      .getRepository(TicketEntity)
      .update(
        { id: t.id },
        { createdAt: new Date(Date.now() - 10 * 86_400_000), replyDueAt: new Date(Date.now() - 86_400_000) },
      );
    const d = await server.gql<{ ticket: { replyDeadline: { isOverdue: boolean } } }>(
      'query($id: ID!) { ticket(id: $id) { replyDeadline { isOverdue } } }',
      { id: t.id },
      w.tokens.boxue,
    );
    expect(d.data?.ticket.replyDeadline.isOverdue).toBe(true);
    const list = await server.gql<{ tickets: { edges: { node: { id: string } }[] } }>(
      '{ tickets(overdue: true, first: 100) { edges { node { id } } } }',
      {},
      w.tokens.boxue,
    );
    expect(list.data?.tickets.edges.map((e) => e.node.id)).toContain(t.id);
    const notOverdue = await server.gql<{ tickets: { edges: { node: { id: string } }[] } }>(
      '{ tickets(overdue: false, first: 100) { edges { node { id } } } }',
      {},
      w.tokens.boxue,
    );
    expect(notOverdue.data?.tickets.edges.map((e) => e.node.id)).not.toContain(t.id);
    const count = async () =>
      Number(
        (
          await w.ds.query(
            "SELECT COUNT(*) AS n FROM notification WHERE kind = 'TICKET_TRIAGE_OVERDUE' AND subjectId = ?",
            [t.id],
          )
        )[0].n,
      );
    const now = new Date(Date.now() + 7 * 86_400_000);
    await server.app.services.overdueWatch.run(now);
    await server.app.services.overdueWatch.run(new Date(now.getTime() + 3_600_000));
    expect(await count()).toBe(1); // 专管员 李娟, once
  });

  // ---- 6. a failed scheduled run is retried --------------------------------------------------

  it('a failed scheduled run is retried in the same period', async () => {
    const jobs = new JobService(w.ds);
    await expect(
      jobs.runOnce('test.flaky', '2026-12-01T10', async () => {
        throw new Error('database went away');
      }),
    ).rejects.toThrow('database went away');
    expect(await jobs.runOnce('test.flaky', '2026-12-01T10', async () => 42)).toEqual({ ran: true, result: 42 });
    expect(await jobs.runOnce('test.flaky', '2026-12-01T10', async () => 43)).toEqual({ ran: false });
  });

  // ---- 9. community staff list their street's departments ------------------------------------

  it('community staff list the departments of their street (to escalate to)', async () => {
    const Q = '{ organisations(kind: DEPARTMENT, first: 50) { edges { node { id name } } } }';
    for (const token of [w.tokens.boxue, w.tokens.xingyi]) {
      const r = await server.gql<{ organisations: { edges: { node: { id: string } }[] } }>(Q, {}, token);
      expect(r.errors).toBeUndefined();
      expect(r.data?.organisations.edges.map((e) => e.node.id)).toContain(w.org.trafficPolice);
    }
    const r = await server.gql<{ organisations: { edges: unknown[] } }>(Q, {}, w.tokens.greentown);
    expect(r.data?.organisations.edges).toEqual([]);
  });

  // ---- 10. myTickets filters -----------------------------------------------------------------

  it('myTickets honours its estateId and communityId filters', async () => {
    const u = await login(server, '13900000001');
    const inTianju = await submit(server, w, { token: u });
    const noEstate = await submit(server, w, { token: u, estateId: null });
    const Q =
      'query($e: ID, $c: ID) { myTickets(estateId: $e, communityId: $c, first: 100) { edges { node { id estate { id } } } } }';
    type L = { myTickets: { edges: { node: { id: string; estate: { id: string } | null } }[] } };
    const byEstate = await server.gql<L>(Q, { e: w.estate.tianju }, u);
    const ids = byEstate.data?.myTickets.edges.map((e) => e.node.id);
    expect(ids).toContain(inTianju.id);
    expect(ids).not.toContain(noEstate.id);
    expect(byEstate.data?.myTickets.edges.every((e) => e.node.estate?.id === w.estate.tianju)).toBe(true);
    const byOther = await server.gql<L>(Q, { c: w.community.xingyi }, u);
    expect(byOther.data?.myTickets.edges).toEqual([]);
  });

  // ---- 11. the timeline is paged -------------------------------------------------------------

  it('the timeline pages oldest first to its newest event, beyond 500 events, in bounded pages', async () => {
    const t = await submit(server, w);
    await act(server, w, 'accept', t.id);
    // 600 internal notes written straight into the table (ids sorting after the acceptance and
    // before anything later), then one reply through the API.
    const [accepted] = await w.ds.query('SELECT id FROM ticket_event WHERE ticketId = ? ORDER BY id DESC LIMIT 1', [
      t.id,
    ]);
    const rows = Array.from({ length: 600 }, (_, i) => [
      `${accepted.id.slice(0, 24)}zz${String(i).padStart(10, '0')}`,
      t.id,
      w.community.boxue,
      'NOTE',
    ]);
    for (let i = 0; i < rows.length; i += 100) {
      const part = rows.slice(i, i + 100);
      await w.ds.query(
        `INSERT INTO ticket_event (id, ticketId, communityId, type) VALUES ${part.map(() => '(?, ?, ?, ?)').join(', ')}`,
        part.flat(),
      );
    }
    await act(server, w, 'reply', t.id, { body: '最新答复' });
    const Q = `query($id: ID!, $after: String) { ticket(id: $id) { timeline(first: 100, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { type note } } } } }`;
    type P = {
      ticket: {
        timeline: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string };
          edges: { node: { type: string; note: string | null } }[];
        };
      };
    };
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const r: { data?: P | null } = await server.gql<P>(Q, { id: t.id, after }, w.tokens.boxue);
      const tl = r.data?.ticket.timeline as P['ticket']['timeline'];
      expect(tl.totalCount).toBe(603);
      expect(tl.edges.length).toBeLessThanOrEqual(100);
      seen.push(...tl.edges.map((e) => e.node.type));
      pages++;
      if (!tl.pageInfo.hasNextPage) break;
      after = tl.pageInfo.endCursor;
    }
    expect(pages).toBe(7);
    expect(seen).toHaveLength(603);
    expect(seen.at(-1)).toBe('REPLIED');
    // The neighbour's pages hold only what they may see.
    const n = await server.gql<P>(Q, { id: t.id, after: null }, wu);
    expect(n.data?.ticket.timeline.totalCount).toBe(3);
    expect(n.data?.ticket.timeline.edges.map((e) => e.node.type)).toEqual(['SUBMITTED', 'ACCEPTED', 'REPLIED']);
  });
});
