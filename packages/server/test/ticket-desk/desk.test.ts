import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WorkingCalendar } from '../../src/modules/calendar/working-calendar.js';
import { TicketEntity } from '../../src/modules/ticket/ticket.entity.js';
import { TicketAssignmentEntity } from '../../src/modules/ticket/ticket-assignment.entity.js';
import { addWorkingHours } from '../../src/modules/ticket/ticket-desk.clock.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { act, submit } from '../helpers/tickets.js';
import { buildWorld, type World } from '../helpers/world.js';

const TICKET = `query($id: ID!) { ticket(id: $id) { id state version priority pinned acknowledgedAt
  replyDeadline { dueAt }
  assignments { organisation { id } deadline { dueAt } acknowledgedAt ackFlaggedAt }
  suggestedHandlers { id } supervisions { note newDueAt }
  timeline(first: 100) { edges { node { type note actorName } } } } }`;

interface T {
  id: string;
  state: string;
  version: number;
  priority: string;
  pinned: boolean;
  acknowledgedAt: string | null;
  replyDueAt: string | null;
  assignments: {
    organisationId: string;
    replyDueAt: string;
    acknowledgedAt: string | null;
    ackFlaggedAt: string | null;
  }[];
  suggestedHandlers: { id: string }[];
  supervisions: { note: string; newDueAt: string }[];
  timeline: { edges: { node: { type: string; note: string | null; actorName: string | null } }[] };
}

describe('the ticket desk: urgency, routing rules, acknowledgement, supervision', () => {
  let s: TestServer;
  let w: World;
  beforeAll(async () => {
    s = await startTestServer();
    w = await buildWorld(s);
  });
  afterAll(() => s.close());

  const ok = async <D>(q: string, v: Record<string, unknown>, token: string | undefined) => {
    const r = await s.gql<D>(q, v, token);
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    return r.data as D;
  };
  const get = async (id: string, token = w.tokens.boxue): Promise<T> => {
    type Raw = Omit<T, 'assignments' | 'replyDueAt'> & {
      replyDeadline: { dueAt: string } | null;
      assignments: ({ organisation: { id: string }; deadline: { dueAt: string } } & Omit<
        T['assignments'][number],
        'organisationId' | 'replyDueAt'
      >)[];
    };
    const t = (await ok<{ ticket: Raw }>(TICKET, { id }, token)).ticket;
    return {
      ...t,
      replyDueAt: t.replyDeadline?.dueAt ?? null,
      assignments: (t.assignments ?? []).map((a) => ({
        ...a,
        organisationId: a.organisation.id,
        replyDueAt: a.deadline.dueAt,
      })),
    };
  };
  const inbox = async (token: string | undefined, ticketId: string) =>
    (
      await ok<{ notifications: { edges: { node: { kind: string; subject: { id: string } | null } }[] } }>(
        '{ notifications(first: 100) { edges { node { kind subject { id } } } } }',
        {},
        token,
      )
    ).notifications.edges
      .map((e) => e.node)
      .filter((n) => n.subject?.id === ticketId)
      .map((n) => n.kind)
      .sort();
  const workbench = async (args = '') =>
    (
      await ok<{ tickets: { edges: { node: { id: string; pinned: boolean } }[] } }>(
        `{ tickets(first: 100 ${args}) { edges { node { id pinned } } } }`,
        {},
        w.tokens.boxue,
      )
    ).tickets.edges.map((e) => e.node);
  const setDefaults = (categoryId: string, extra: Record<string, unknown>) =>
    ok(
      'mutation($i: SetTicketCategoryDefaultsInput!) { setTicketCategoryDefaults(input: $i) { category { id parentId defaultPriority } } }',
      { i: { categoryId, ...extra } },
      w.tokens.boxue,
    );

  it('counts working hours over working days only (Friday 22:00 + 4 h → Monday 02:00, Shanghai)', () => {
    const cal = new WorkingCalendar();
    const friday10pm = new Date('2026-12-04T14:00:00Z');
    expect(addWorkingHours(cal, friday10pm, 4).toISOString()).toBe('2026-12-06T18:00:00.000Z');
    expect(addWorkingHours(cal, new Date('2026-12-07T01:00:00Z'), 2).toISOString()).toBe('2026-12-07T03:00:00.000Z');
  });

  it('an emergency category: hour clock, everyone told at once, pinned on top until acknowledged', async () => {
    await setDefaults(w.category.boxue.SAFETY_HAZARD as string, { defaultPriority: 'EMERGENCY' });
    const e = await submit(s, w, { code: 'SAFETY_HAZARD', title: '电梯困人' });
    const normal = await submit(s, w, { title: '路灯不亮' });
    let t = await get(e.id);
    expect(t.priority).toBe('EMERGENCY');
    expect(t.pinned).toBe(true);
    const { createdAt } = await s.db.dataSource.getRepository(TicketEntity).findOneByOrFail({ id: e.id });
    // 2 hours (the default emergencyHours), not working days.
    expect(Math.round((new Date(t.replyDueAt as string).getTime() - createdAt.getTime()) / 60_000)).toBe(120);
    expect(await inbox(w.tokens.boxue, e.id)).toEqual(['TICKET_EMERGENCY', 'TICKET_NEW']);
    // On top of the workbench though the normal ticket is newer.
    const rows = await workbench();
    expect(rows[0]?.id).toBe(e.id);
    expect(rows.findIndex((r) => r.id === normal.id)).toBeGreaterThan(0);
    expect((await workbench('priorities: [EMERGENCY]')).map((r) => r.id)).toContain(e.id);
    expect((await workbench('priorities: [EMERGENCY]')).map((r) => r.id)).not.toContain(normal.id);
    // Keyset pages of one follow the same order across the pin (cursors `p2:<pinned>:<ms>:<id>`),
    // and a cursor of the old form (`p1:<rank>:…`, rank 0 for a pinned row) still pages on.
    type Page = { edges: { node: { id: string } }[]; pageInfo: { endCursor: string; hasNextPage: boolean } };
    const page = (after: string | null) =>
      ok<{ tickets: Page }>(
        'query($a: String) { tickets(first: 1, after: $a) { edges { node { id } } pageInfo { endCursor hasNextPage } } }',
        { a: after },
        w.tokens.boxue,
      );
    const paged: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 100; i++) {
      const p: Page = (await page(after)).tickets;
      paged.push(...p.edges.map((x) => x.node.id));
      if (i === 0) {
        const raw = Buffer.from(p.pageInfo.endCursor, 'base64url').toString('utf8');
        expect(raw).toMatch(new RegExp(`^p2:1:\\d+:${e.id}$`));
        const old = Buffer.from(raw.replace(/^p2:1:/, 'p1:0:')).toString('base64url');
        expect((await page(old)).tickets.edges[0]?.node.id).toBe(rows[1]?.id);
      }
      if (!p.pageInfo.hasNextPage) break;
      after = p.pageInfo.endCursor;
    }
    expect(paged).toEqual(rows.map((r) => r.id));
    expect(
      (await s.gql('{ tickets(first: 1, after: "bm9uc2Vuc2U") { totalCount } }', {}, w.tokens.boxue)).errors?.[0]
        ?.extensions?.code,
    ).toBe('BAD_USER_INPUT');

    // Accepted to the property company: its staff are told it is an emergency; its clock is in hours too.
    expect((await act(s, w, 'accept', e.id, { organisationIds: [w.org.greentown] })).errors).toBeUndefined();
    expect(await inbox(w.tokens.greentown, e.id)).toEqual(['TICKET_ASSIGNED', 'TICKET_EMERGENCY']);
    t = await get(e.id);
    expect(t.assignments[0]?.replyDueAt).toBe(t.replyDueAt);
    expect((await workbench('acknowledged: false')).map((r) => r.id)).toContain(e.id);

    // Who may acknowledge what: the property company its own; the street admin nothing.
    const mayAck = async (token: string | undefined) =>
      (
        await ok<{ ticket: { viewerAcknowledges: string[] } }>(
          'query($id: ID!) { ticket(id: $id) { viewerAcknowledges } }',
          { id: e.id },
          token,
        )
      ).ticket.viewerAcknowledges;
    expect(await mayAck(w.tokens.greentown)).toEqual([w.org.greentown]);
    expect(await mayAck(w.tokens.street)).toEqual([]);
    // The handler acknowledges (签收): no longer pinned; a second acknowledgement has nothing left.
    const ack =
      'mutation($i: AcknowledgeAssignmentInput!) { acknowledgeAssignment(input: $i) { ticket { pinned acknowledgedAt } } }';
    const done = await ok<{ acknowledgeAssignment: { ticket: { pinned: boolean; acknowledgedAt: string } } }>(
      ack,
      { i: { ticketId: e.id } },
      w.tokens.greentown,
    );
    expect(done.acknowledgeAssignment.ticket.pinned).toBe(false);
    const again = await s.gql(ack, { i: { ticketId: e.id } }, w.tokens.greentown);
    expect(again.errors?.[0]?.extensions?.reason).toBe('TICKET_NOTHING_TO_ACKNOWLEDGE');
    expect((await workbench())[0]?.id).not.toBe(e.id);
    expect((await workbench('acknowledged: true')).map((r) => r.id)).toContain(e.id);
    t = await get(e.id);
    expect(t.timeline.edges.map((x) => x.node.type)).toContain('ACKNOWLEDGED');
    // Residents never see the desk's events.
    const mine = await get(e.id, w.tokens.resident);
    expect(mine.timeline.edges.map((x) => x.node.type)).not.toContain('ACKNOWLEDGED');
    await setDefaults(w.category.boxue.SAFETY_HAZARD as string, {});
  });

  it('staff raise a ticket to EMERGENCY with a reason: an audited staff-only event, community and handlers told', async () => {
    const t0 = await submit(s, w, { title: '燃气味道' });
    await act(s, w, 'accept', t0.id, { organisationIds: [w.org.greentown] });
    const change = await ok<{ changeTicketPriority: { ticket: { priority: string; pinned: boolean } } }>(
      'mutation($i: ChangeTicketPriorityInput!) { changeTicketPriority(input: $i) { ticket { priority pinned } } }',
      { i: { ticketId: t0.id, priority: 'EMERGENCY', reason: '居民反映燃气味浓' } },
      w.tokens.boxue,
    );
    expect(change.changeTicketPriority.ticket).toEqual({ priority: 'EMERGENCY', pinned: true });
    expect(await inbox(w.tokens.greentown, t0.id)).toContain('TICKET_EMERGENCY');
    const t = await get(t0.id);
    expect(new Date(t.assignments[0]?.replyDueAt as string).getTime() - Date.now()).toBeLessThan(
      2 * 3_600_000 + 60_000,
    );
    expect(t.timeline.edges.find((x) => x.node.type === 'PRIORITY_CHANGED')?.node.note).toContain('居民反映燃气味浓');
    const audit = await s.db.dataSource.query(
      "SELECT summary FROM audit_log WHERE operation = 'ticket.changePriority' AND targetId = ?",
      [t0.id],
    );
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit[0].summary)).toContain('EMERGENCY');
    // Property staff may not change the priority.
    const refused = await s.gql(
      'mutation($i: ChangeTicketPriorityInput!) { changeTicketPriority(input: $i) { ticket { id } } }',
      { i: { ticketId: t0.id, priority: 'NORMAL', reason: '不急' } },
      w.tokens.greentown,
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('a routing rule pre-fills the handlers; with autoRoute a new ticket is accepted and routed by the system; a child category inherits it', async () => {
    const sanitation = w.category.boxue.SANITATION as string;
    const save =
      'mutation($i: SaveTicketRoutingRuleInput!) { saveTicketRoutingRule(input: $i) { rule { id version autoRoute organisations { id } } } }';
    const r1 = await ok<{ saveTicketRoutingRule: { rule: { id: string; version: number } } }>(
      save,
      { i: { categoryId: sanitation, organisationIds: [w.org.greentown] } },
      w.tokens.boxue,
    );
    const dup = await s.gql(
      save,
      { i: { categoryId: sanitation, organisationIds: [w.org.boxueOffice] } },
      w.tokens.boxue,
    );
    expect(dup.errors?.[0]?.extensions?.reason).toBe('TICKET_ROUTING_RULE_TAKEN');
    const pre = await submit(s, w, { code: 'SANITATION', title: '垃圾未清运' });
    const waiting = await get(pre.id);
    expect(waiting.state).toBe('SUBMITTED');
    expect(waiting.suggestedHandlers.map((o) => o.id)).toEqual([w.org.greentown]);

    await ok(
      save,
      {
        i: {
          id: r1.saveTicketRoutingRule.rule.id,
          expectedVersion: r1.saveTicketRoutingRule.rule.version,
          categoryId: sanitation,
          organisationIds: [w.org.greentown],
          autoRoute: true,
        },
      },
      w.tokens.boxue,
    );
    const auto = await submit(s, w, { code: 'SANITATION', title: '垃圾桶满溢' });
    const routed = await get(auto.id);
    expect(routed.state).toBe('ACCEPTED');
    expect(routed.assignments.map((a) => a.organisationId)).toEqual([w.org.greentown]);
    const accepted = routed.timeline.edges.find((x) => x.node.type === 'ACCEPTED')?.node;
    expect(accepted?.actorName).toBeNull();
    const audit = await s.db.dataSource.query(
      "SELECT actorId, actorRole FROM audit_log WHERE operation = 'ticket.accept' AND targetId = ?",
      [auto.id],
    );
    expect(audit).toEqual([{ actorId: null, actorRole: 'SYSTEM_ADMIN' }]);
    expect(await inbox(w.tokens.greentown, auto.id)).toEqual(['TICKET_ASSIGNED']);

    // Two levels: PROPERTY_SERVICE placed under SANITATION has no rule of its own and inherits the parent's.
    await setDefaults(w.category.boxue.PROPERTY_SERVICE as string, { parentId: sanitation });
    const child = await submit(s, w, { code: 'PROPERTY_SERVICE', title: '保洁不到位' });
    expect((await get(child.id)).state).toBe('ACCEPTED');
    const rules = await ok<{ ticketRoutingRules: { totalCount: number } }>(
      'query($c: ID!) { ticketRoutingRules(communityId: $c) { totalCount } }',
      { c: w.community.boxue },
      w.tokens.boxue,
    );
    expect(rules.ticketRoutingRules.totalCount).toBe(1);
    await setDefaults(w.category.boxue.PROPERTY_SERVICE as string, {});
    await ok(
      'mutation($i: DeleteTicketRoutingRuleInput!) { deleteTicketRoutingRule(input: $i) { deletedId } }',
      { i: { id: r1.saveTicketRoutingRule.rule.id } },
      w.tokens.boxue,
    );
  });

  it('an assignment not acknowledged within the configured working hours is flagged and its staff reminded once (controlled clock)', async () => {
    await ok(
      'mutation($i: SetTicketDeskSettingInput!) { setTicketDeskSetting(input: $i) { acknowledgeHours } }',
      { i: { communityId: w.community.boxue, emergencyHours: 2, acknowledgeHours: 8 } },
      w.tokens.boxue,
    );
    const t0 = await submit(s, w, { title: '楼道堆物' });
    await act(s, w, 'accept', t0.id, { organisationIds: [w.org.greentown] });
    const watch = s.app.services.ticketDesk;
    const now = new Date();
    await watch.ackWatch(now);
    expect((await get(t0.id)).assignments[0]?.ackFlaggedAt).toBeNull();
    // Eight working hours later at the latest within 6 calendar days (a week-long holiday aside).
    const later = new Date(now.getTime() + 6 * 86_400_000);
    expect((await watch.ackWatch(later)).flagged).toBeGreaterThanOrEqual(1);
    expect((await get(t0.id)).assignments[0]?.ackFlaggedAt).not.toBeNull();
    await watch.ackWatch(new Date(later.getTime() + 3_600_000));
    expect((await inbox(w.tokens.greentown, t0.id)).filter((k) => k === 'TICKET_ACK_OVERDUE')).toHaveLength(1);
    expect((await workbench('acknowledged: false')).map((r) => r.id)).toContain(t0.id);
  });

  it('supervision (督办) of an overdue assignment: on the staff timeline, the handler told, counted in the assessment', async () => {
    const t0 = await submit(s, w, { title: '井盖松动' });
    await act(s, w, 'accept', t0.id, { organisationIds: [w.org.greentown] });
    const sup = 'mutation($i: SuperviseAssignmentInput!) { superviseAssignment(input: $i) { ticket { id } } }';
    const newDueAt = new Date(Date.now() + 3 * 86_400_000).toISOString();
    const early = await s.gql(
      sup,
      { i: { ticketId: t0.id, organisationId: w.org.greentown, note: '请尽快处理', newDueAt } },
      w.tokens.street,
    );
    expect(early.errors?.[0]?.extensions?.reason).toBe('TICKET_SUPERVISION_NOT_DUE');
    // Its deadline passes.
    await s.db.dataSource
      .getRepository(TicketAssignmentEntity)
      .update({ ticketId: t0.id }, { replyDueAt: new Date(Date.now() - 3_600_000) });
    expect((await workbench('overdue: true')).map((r) => r.id)).toContain(t0.id);
    await ok(
      sup,
      { i: { ticketId: t0.id, organisationId: w.org.greentown, note: '请三日内办结并答复', newDueAt } },
      w.tokens.street,
    );
    const t = await get(t0.id);
    expect(t.supervisions.map((x) => x.note)).toEqual(['请三日内办结并答复']);
    expect(new Date(t.assignments[0]?.replyDueAt as string).toISOString()).toBe(newDueAt);
    expect(t.timeline.edges.map((x) => x.node.type)).toContain('SUPERVISED');
    expect((await get(t0.id, w.tokens.resident)).timeline.edges.map((x) => x.node.type)).not.toContain('SUPERVISED');
    expect(await inbox(w.tokens.greentown, t0.id)).toContain('TICKET_SUPERVISED');
    expect((await workbench('supervised: true')).map((r) => r.id)).toEqual([t0.id]);
    const from = new Date(Date.now() - 86_400_000).toISOString();
    const to = new Date(Date.now() + 86_400_000).toISOString();
    const a = await ok<{ analysisAssessment: { rows: { organisationId: string; supervised: number }[] } }>(
      'query($f: DateTimeISO!, $t: DateTimeISO!, $c: ID) { analysisAssessment(from: $f, to: $t, communityId: $c) { rows { organisationId supervised } } }',
      { f: from, t: to, c: w.community.boxue },
      w.tokens.street,
    );
    expect(a.analysisAssessment.rows.find((r) => r.organisationId === w.org.greentown)?.supervised).toBe(1);
  });
});
