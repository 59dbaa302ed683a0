/** Matrix rows of the ticket (我要说事) and notification operations (see kit.ts for the columns). */
import { expect } from 'vitest';
import type { GqlResult } from '../helpers/server.js';
import { key } from '../helpers/tickets.js';
import { ACTORS, login } from '../helpers/world.js';
import { at, pick, q, type Rule, type RunContext, read, subscribe } from './kit.js';

const xingyiTokens = new WeakMap<object, Promise<string>>();
const xingyiResident = (c: RunContext) => {
  let t = xingyiTokens.get(c.w);
  if (!t) {
    t = login(c.s, '13900000004');
    xingyiTokens.set(c.w, t);
  }
  return t;
};

/**
 * A fresh ticket in a state: "in" raised by 周女士 in 天钜银河府 and routed to the community office,
 * 绿城物业 and the 天钜 committee; "out" raised in 兴议社区 and routed to its office.
 */
async function fresh(c: RunContext, state: 'SUBMITTED' | 'ACCEPTED' | 'ESCALATED' | 'RESOLVED'): Promise<string> {
  const inside = c.target === 'in';
  const token = inside ? c.w.tokens.resident : await xingyiResident(c);
  const staff = inside ? c.w.tokens.boxue : c.w.tokens.xingyi;
  const r = await c.s.gql<{ submitTicket: { ticket: { id: string } } }>(
    'mutation($i: SubmitTicketInput!) { submitTicket(input: $i) { ticket { id } } }',
    {
      i: {
        categoryId: inside ? c.w.category.boxue.FACILITIES_REPAIR : c.w.category.xingyi.OTHER,
        title: '矩阵测试工单',
        body: '用于权限矩阵测试的工单内容。',
        estateId: inside ? c.w.estate.tianju : c.w.estate.xingyiGarden,
        idempotencyKey: key(),
      },
    },
    token,
  );
  const id = r.data?.submitTicket.ticket.id;
  if (!id) throw new Error(`fixture submit failed: ${JSON.stringify(r.errors)}`);
  if (state === 'SUBMITTED') return id;
  const orgs = inside ? [c.w.org.boxueOffice, c.w.org.greentown, c.w.org.tianjuCommittee] : [c.w.org.xingyiOffice];
  const step = async (mutation: string, type: string, input: Record<string, unknown>) => {
    const res = await c.s.gql(
      `mutation($i: ${type}!) { ${mutation}(input: $i) { ticket { id } } }`,
      { i: { ticketId: id, ...input } },
      staff,
    );
    if (res.errors) throw new Error(`fixture ${mutation} failed: ${JSON.stringify(res.errors)}`);
  };
  await step('acceptTicket', 'AcceptTicketInput', { organisationIds: orgs });
  if (state === 'ESCALATED')
    await step('escalateTicket', 'EscalateTicketInput', { departmentId: c.w.org.trafficPolice, reason: '需交警处理' });
  if (state === 'RESOLVED') await step('resolveTicket', 'ResolveTicketInput', { resolution: '已处理完毕。' });
  return id;
}

const action =
  (
    state: Parameters<typeof fresh>[1],
    mutation: string,
    type: string,
    input: (c: RunContext) => Record<string, unknown> | Promise<Record<string, unknown>> = () => ({}),
  ) =>
  async (c: RunContext): Promise<GqlResult> => {
    const id = await fresh(c, state);
    return c.s.gql(
      `mutation($i: ${type}!) { ${mutation}(input: $i) { ticket { id state } } }`,
      { i: { ticketId: id, ...(await input(c)) } },
      c.token,
    );
  };

const office = (c: RunContext) => pick(c.target, c.w.org.boxueOffice, c.w.org.xingyiOffice);

interface TicketRead {
  state: string;
  rating: number | null;
  assignments: { organisation: { id: string } }[];
  timeline: { edges: { node: { type: string } }[] };
}
/** The ticket a mutation answered with, as the system admin reads it afterwards. */
async function reread(c: RunContext, r: GqlResult, mutation: string): Promise<TicketRead> {
  const id = at(r, `${mutation}.ticket.id`);
  return (
    await read<{ ticket: TicketRead }>(
      c,
      `query($id: ID!) { ticket(id: $id) { state rating assignments { organisation { id } }
        timeline(first: 50) { edges { node { type } } } } }`,
      { id },
    )
  ).ticket;
}
/** Effect: the ticket is now in `state` and its timeline holds `event`. */
const becomes =
  (mutation: string, state: string | null, event: string) =>
  async (c: RunContext, r: GqlResult): Promise<void> => {
    const t = await reread(c, r, mutation);
    if (state) expect(t.state).toBe(state);
    expect(t.timeline.edges.map((e) => e.node.type)).toContain(event);
  };
const categoryOf = (c: RunContext) => pick(c.target, c.w.category.boxue.OTHER, c.w.category.xingyi.OTHER);
const communityOf = (c: RunContext) => c.w.community[pick(c.target, 'boxue', 'xingyi')];
const categories = async (c: RunContext) =>
  (
    await read<{ ticketCategories: { id: string; sortOrder: number }[] }>(
      c,
      'query($c: ID!) { ticketCategories(communityId: $c, includeInactive: true) { id sortOrder } }',
      { c: communityOf(c) },
    )
  ).ticketCategories;

// Columns (11 actors): anon resident boxue xingyi greentown committee street system otherStreet department appKey
export const TICKET_ROWS: Record<string, Rule> = {
  tickets: {
    expect: 'UN FB OK/E E/OK OK/E OK/E OK OK E OK UN',
    list: 'tickets',
    run: async (c) => {
      // A department sees only what is escalated to it: its page is not empty by the grace of other cells.
      await fresh(c, c.actor === 'department' ? 'ESCALATED' : 'ACCEPTED');
      return c.s.gql(
        'query($c: ID!) { tickets(communityId: $c) { totalCount } }',
        { c: c.w.community[pick(c.target, 'boxue', 'xingyi')] },
        c.token,
      );
    },
  },
  myTickets: { expect: 'UN OK OK OK OK OK OK OK OK OK UN', run: q('{ myTickets { totalCount } }') },
  ticket: {
    expect: 'UN OK/NF OK/NF NF/OK OK/NF OK/NF OK OK NF NF UN',
    run: async (c) =>
      c.s.gql('query($id: ID!) { ticket(id: $id) { id isPublicView } }', { id: await fresh(c, 'ACCEPTED') }, c.token),
  },
  ticketCategories: {
    expect: 'UN OK OK OK OK OK OK OK OK OK UN',
    list: 'ticketCategories',
    run: q('query($c: ID!) { ticketCategories(communityId: $c) { id } }', (c) => ({
      c: c.w.community[pick(c.target, 'boxue', 'xingyi')],
    })),
  },
  ticketFigures: {
    expect: 'UN FB OK OK OK OK OK OK OK OK UN',
    run: q(
      'query($c: ID!) { ticketFigures(communityId: $c, from: "2020-01-01T00:00:00Z", to: "2100-01-01T00:00:00Z") { submitted valid } }',
      (c) => ({
        c: c.w.community[pick(c.target, 'boxue', 'xingyi')],
      }),
    ),
  },
  // Only verified residents of the community raise matters (its default ticketIntake).
  submitTicket: {
    expect: 'UN OK/FB FB FB FB FB FB FB FB FB UN',
    run: q('mutation($i: SubmitTicketInput!) { submitTicket(input: $i) { ticket { id } } }', (c) => ({
      i: {
        categoryId: pick(c.target, c.w.category.boxue.TRAFFIC, c.w.category.xingyi.TRAFFIC),
        title: '路口拥堵',
        body: '早高峰路口拥堵严重。',
        idempotencyKey: key(),
      },
    })),
    effect: async (c, r) => expect((await reread(c, r, 'submitTicket')).state).toBe('SUBMITTED'),
  },
  acceptTicket: {
    expect: 'UN FB/NF OK/NF NF/OK NF NF OK OK NF NF UN',
    run: action('SUBMITTED', 'acceptTicket', 'AcceptTicketInput', (c) => ({ organisationIds: [office(c)] })),
    effect: becomes('acceptTicket', 'ACCEPTED', 'ACCEPTED'),
  },
  rejectTicket: {
    expect: 'UN FB/NF OK/NF NF/OK NF NF OK OK NF NF UN',
    run: action('SUBMITTED', 'rejectTicket', 'RejectTicketInput', () => ({ reason: '不属于受理范围' })),
    effect: becomes('rejectTicket', 'REJECTED', 'REJECTED'),
  },
  mergeTicket: {
    expect: 'UN FB/NF OK/NF NF/OK NF NF OK OK NF NF UN',
    run: action('SUBMITTED', 'mergeTicket', 'MergeTicketInput', async (c) => ({
      primaryTicketId: await fresh(c, 'ACCEPTED'),
    })),
    effect: becomes('mergeTicket', 'MERGED', 'MERGED'),
  },
  reassignTicket: {
    expect: 'UN FB/NF OK/NF NF/OK FB/NF FB/NF OK OK NF NF UN',
    run: action('ACCEPTED', 'reassignTicket', 'ReassignTicketInput', (c) => ({ organisationIds: [office(c)] })),
    effect: async (c, r) => {
      const t = await reread(c, r, 'reassignTicket');
      expect(t.assignments.map((a) => a.organisation.id)).toEqual([office(c)]);
      expect(t.timeline.edges.map((e) => e.node.type)).toContain('REASSIGNED');
    },
  },
  replyToTicket: {
    expect: 'UN FB/NF OK/NF NF/OK OK/NF OK/NF OK OK NF NF UN',
    run: action('ACCEPTED', 'replyToTicket', 'ReplyToTicketInput', () => ({ body: '已收到，正在处理。' })),
    effect: becomes('replyToTicket', 'REPLIED', 'REPLIED'),
  },
  addTicketNote: {
    expect: 'UN FB/NF OK/NF NF/OK OK/NF OK/NF OK OK NF NF UN',
    run: action('ACCEPTED', 'addTicketNote', 'AddTicketNoteInput', () => ({ body: '内部备注' })),
    effect: becomes('addTicketNote', 'ACCEPTED', 'NOTE'),
  },
  resolveTicket: {
    expect: 'UN FB/NF OK/NF NF/OK OK/NF OK/NF OK OK NF NF UN',
    run: action('ACCEPTED', 'resolveTicket', 'ResolveTicketInput', () => ({ resolution: '已处理。' })),
    effect: becomes('resolveTicket', 'RESOLVED', 'RESOLVED'),
  },
  escalateTicket: {
    expect: 'UN FB/NF OK/NF NF/OK FB/NF FB/NF OK OK NF NF UN',
    run: action('ACCEPTED', 'escalateTicket', 'EscalateTicketInput', (c) => ({
      departmentId: c.w.org.trafficPolice,
      reason: '需交警处理',
    })),
    effect: becomes('escalateTicket', 'ESCALATED', 'ESCALATED'),
  },
  answerTicketEscalation: {
    expect: 'UN FB/NF OK/NF NF/OK FB/NF FB/NF OK OK NF OK UN',
    run: action('ESCALATED', 'answerTicketEscalation', 'AnswerEscalationInput', () => ({ answer: '交警已处理。' })),
    effect: becomes('answerTicketEscalation', 'REPLIED', 'ESCALATION_ANSWERED'),
  },
  referTicketToMeeting: {
    expect: 'UN FB/NF OK/NF NF/OK FB/NF FB/NF OK OK NF NF UN',
    run: action('ACCEPTED', 'referTicketToMeeting', 'ReferTicketToMeetingInput'),
    effect: becomes('referTicketToMeeting', 'IN_MEETING', 'REFERRED_TO_MEETING'),
  },
  rateTicket: {
    expect: 'UN OK/NF FB/NF NF/FB FB/NF FB/NF FB FB NF NF UN',
    run: action('RESOLVED', 'rateTicket', 'RateTicketInput', () => ({ score: 4 })),
    effect: async (c, r) => {
      const t = await reread(c, r, 'rateTicket');
      expect(t.rating).toBe(4);
      expect(t.timeline.edges.map((e) => e.node.type)).toContain('RATED');
    },
  },
  reopenTicket: {
    expect: 'UN OK/NF FB/NF NF/FB FB/NF FB/NF FB FB NF NF UN',
    run: action('RESOLVED', 'reopenTicket', 'ReopenTicketInput', () => ({ reason: '问题仍然存在' })),
    effect: becomes('reopenTicket', 'ACCEPTED', 'REOPENED'),
  },
  withdrawTicket: {
    expect: 'UN OK/NF FB/NF NF/FB NF NF FB FB NF NF UN',
    run: action('SUBMITTED', 'withdrawTicket', 'WithdrawTicketInput'),
    effect: becomes('withdrawTicket', 'WITHDRAWN', 'WITHDRAWN'),
  },
  createTicketCategory: {
    expect: 'UN FB OK/NF NF/OK FB/NF FB/NF OK OK NF NF UN',
    run: q('mutation($i: CreateTicketCategoryInput!) { createTicketCategory(input: $i) { category { id } } }', (c) => ({
      i: {
        communityId: c.w.community[pick(c.target, 'boxue', 'xingyi')],
        code: `C${key().replace(/\D/g, '').slice(-12)}`,
        nameZh: '停车管理',
        nameEn: 'Parking',
        defaultOrgKind: 'PROPERTY_COMPANY',
      },
    })),
    effect: async (c, r) =>
      expect((await categories(c)).map((x) => x.id)).toContain(at(r, 'createTicketCategory.category.id')),
  },
  updateTicketCategory: {
    expect: 'UN FB OK/NF NF/OK NF NF OK OK NF NF UN',
    run: (c) => {
      c.scratch.sortOrder = 50 + ACTORS.indexOf(c.actor) * 2 + (c.target === 'in' ? 0 : 1);
      return c.s.gql(
        'mutation($i: UpdateTicketCategoryInput!) { updateTicketCategory(input: $i) { category { id } } }',
        { i: { id: categoryOf(c), sortOrder: c.scratch.sortOrder } },
        c.token,
      );
    },
    effect: async (c) =>
      expect((await categories(c)).find((x) => x.id === categoryOf(c))?.sortOrder).toBe(c.scratch.sortOrder),
  },
  // The community is first opened to any registered resident (by the system admin), so that
  // setting it back to verified residents is a change to observe; a refused cell restores it.
  setTicketIntake: {
    expect: 'UN FB OK/NF NF/OK NF NF OK OK NF NF UN',
    run: async (c) => {
      const set = (intake: string, token: string | undefined) =>
        c.s.gql(
          'mutation($i: SetTicketIntakeInput!) { setTicketIntake(input: $i) { intake } }',
          { i: { communityId: communityOf(c), intake } },
          token,
        );
      expect((await set('REGISTERED_RESIDENTS', c.w.tokens.system)).errors).toBeUndefined();
      const r = await set('VERIFIED_RESIDENTS', c.token);
      if (r.errors) await set('VERIFIED_RESIDENTS', c.w.tokens.system);
      return r;
    },
    effect: async (c) => {
      const { community } = await read<{ community: { ticketIntake: string } }>(
        c,
        'query($id: ID!) { community(id: $id) { ticketIntake } }',
        { id: communityOf(c) },
      );
      expect(community.ticketIntake).toBe('VERIFIED_RESIDENTS');
    },
  },
  notifications: { expect: 'UN OK OK OK OK OK OK OK OK OK UN', run: q('{ notifications { totalCount } }') },
  unreadNotificationCount: { expect: 'UN OK OK OK OK OK OK OK OK OK UN', run: q('{ unreadNotificationCount }') },
  markNotificationsRead: {
    expect: 'UN OK OK OK OK OK OK OK OK OK UN',
    run: q('mutation { markNotificationsRead(input: {}) { updated unreadCount } }'),
    effect: async (c) => {
      const after = await read<{ unreadNotificationCount: number }>(c, '{ unreadNotificationCount }', {}, c.token);
      expect(after.unreadNotificationCount).toBe(0);
    },
  },
  // Anonymous subscribers are accepted and filtered to nothing (no error is sent); see the report.
  notificationAdded: {
    expect: 'OK OK OK OK OK OK OK OK OK OK OK',
    run: (c) => subscribe(c, 'subscription { notificationAdded { id title } }'),
  },
};
