/** Matrix rows of the ticket desk (urgency, routing rules, acknowledgement 签收, supervision 督办); see kit.ts for the columns. */
import { expect } from 'vitest';
import { TicketAssignmentEntity } from '../../src/modules/ticket/ticket-assignment.entity.js';
import { TicketRoutingRuleEntity } from '../../src/modules/ticket/ticket-desk.entities.js';
import type { GqlResult } from '../helpers/server.js';
import { key } from '../helpers/tickets.js';
import { login } from '../helpers/world.js';
import { at, pick, type Rule, type RunContext, read } from './kit.js';

const communityOf = (c: RunContext) => c.w.community[pick(c.target, 'boxue', 'xingyi')];
const office = (c: RunContext) => pick(c.target, c.w.org.boxueOffice, c.w.org.xingyiOffice);
const category = (c: RunContext, code: string) =>
  pick(c.target, c.w.category.boxue[code], c.w.category.xingyi[code]) as string;

const xingyiTokens = new WeakMap<object, Promise<string>>();
const xingyiResident = (c: RunContext) => {
  let t = xingyiTokens.get(c.w);
  if (!t) {
    t = login(c.s, '13900000004');
    xingyiTokens.set(c.w, t);
  }
  return t;
};

/** An accepted ticket: "in" routed to the office, 绿城物业 and the 天钜 committee; "out" to 兴议's office. */
async function accepted(c: RunContext): Promise<string> {
  const inside = c.target === 'in';
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
    inside ? c.w.tokens.resident : await xingyiResident(c),
  );
  const id = r.data?.submitTicket.ticket.id as string;
  const orgs = inside ? [c.w.org.boxueOffice, c.w.org.greentown, c.w.org.tianjuCommittee] : [c.w.org.xingyiOffice];
  const a = await c.s.gql(
    'mutation($i: AcceptTicketInput!) { acceptTicket(input: $i) { ticket { id } } }',
    { i: { ticketId: id, organisationIds: orgs } },
    inside ? c.w.tokens.boxue : c.w.tokens.xingyi,
  );
  if (a.errors) throw new Error(`fixture accept failed: ${JSON.stringify(a.errors)}`);
  return id;
}

const ticketAction =
  (
    mutation: string,
    type: string,
    input: (c: RunContext, id: string) => Promise<Record<string, unknown>> | Record<string, unknown>,
  ) =>
  async (c: RunContext): Promise<GqlResult> => {
    const id = await accepted(c);
    return c.s.gql(
      `mutation($i: ${type}!) { ${mutation}(input: $i) { ticket { id } } }`,
      { i: { ticketId: id, ...(await input(c, id)) } },
      c.token,
    );
  };

/** Effect: the ticket's timeline (as the system admin reads it) holds `event`. */
const onTimeline = (mutation: string, event: string) => async (c: RunContext, r: GqlResult) => {
  const { ticket } = await read<{ ticket: { timeline: { edges: { node: { type: string } }[] } } }>(
    c,
    'query($id: ID!) { ticket(id: $id) { timeline(first: 50) { edges { node { type } } } } }',
    { id: at(r, `${mutation}.ticket.id`) },
  );
  expect(ticket.timeline.edges.map((e) => e.node.type)).toContain(event);
};

/** A routing rule of `code` in the target community, made by the system admin (any earlier one of that category removed). */
async function ruleOf(c: RunContext, code: string): Promise<string> {
  await c.s.db.dataSource.getRepository(TicketRoutingRuleEntity).delete({ categoryId: category(c, code) });
  const r = await c.s.gql(
    'mutation($i: SaveTicketRoutingRuleInput!) { saveTicketRoutingRule(input: $i) { rule { id } } }',
    { i: { categoryId: category(c, code), organisationIds: [office(c)] } },
    c.w.tokens.system,
  );
  return at(r, 'saveTicketRoutingRule.rule.id');
}

const rules = async (c: RunContext) =>
  (
    await read<{ ticketRoutingRules: { edges: { node: { id: string } }[] } }>(
      c,
      'query($c: ID!) { ticketRoutingRules(communityId: $c, first: 100) { edges { node { id } } } }',
      { c: communityOf(c) },
    )
  ).ticketRoutingRules.edges.map((e) => e.node.id);

// Columns (11 actors): anon resident boxue xingyi greentown committee street system otherStreet department appKey
export const TICKET_DESK_ROWS: Record<string, Rule> = {
  ticketRoutingRules: {
    expect: 'UN FB OK/NF NF/OK NF NF OK OK NF NF UN',
    list: 'ticketRoutingRules',
    run: async (c) => {
      if (!(await rules(c)).length) await ruleOf(c, 'TRAFFIC');
      return c.s.gql(
        'query($c: ID!) { ticketRoutingRules(communityId: $c) { totalCount } }',
        { c: communityOf(c) },
        c.token,
      );
    },
  },
  ticketDeskSetting: {
    expect: 'UN FB OK/NF NF/OK NF NF OK OK NF NF UN',
    run: (c) =>
      c.s.gql(
        'query($c: ID!) { ticketDeskSetting(communityId: $c) { emergencyHours } }',
        { c: communityOf(c) },
        c.token,
      ),
  },
  setTicketDeskSetting: {
    expect: 'UN FB OK/NF NF/OK NF NF OK OK NF NF UN',
    run: (c) => {
      c.scratch.hours = 2 + (c.actor.length % 5) + (c.target === 'in' ? 0 : 1);
      return c.s.gql(
        'mutation($i: SetTicketDeskSettingInput!) { setTicketDeskSetting(input: $i) { acknowledgeHours } }',
        { i: { communityId: communityOf(c), emergencyHours: 2, acknowledgeHours: c.scratch.hours } },
        c.token,
      );
    },
    effect: async (c) => {
      const { ticketDeskSetting } = await read<{ ticketDeskSetting: { acknowledgeHours: number } }>(
        c,
        'query($c: ID!) { ticketDeskSetting(communityId: $c) { acknowledgeHours } }',
        { c: communityOf(c) },
      );
      expect(ticketDeskSetting.acknowledgeHours).toBe(c.scratch.hours);
    },
  },
  saveTicketRoutingRule: {
    expect: 'UN FB OK/NF NF/OK NF NF OK OK NF NF UN',
    run: async (c) => {
      await c.s.db.dataSource.getRepository(TicketRoutingRuleEntity).delete({ categoryId: category(c, 'SUGGESTION') });
      return c.s.gql(
        'mutation($i: SaveTicketRoutingRuleInput!) { saveTicketRoutingRule(input: $i) { rule { id } } }',
        { i: { categoryId: category(c, 'SUGGESTION'), organisationIds: [office(c)] } },
        c.token,
      );
    },
    effect: async (c, r) => expect(await rules(c)).toContain(at(r, 'saveTicketRoutingRule.rule.id')),
  },
  deleteTicketRoutingRule: {
    expect: 'UN FB OK/NF NF/OK NF NF OK OK NF NF UN',
    run: async (c) => {
      c.scratch.ruleId = await ruleOf(c, 'PRAISE');
      return c.s.gql(
        'mutation($i: DeleteTicketRoutingRuleInput!) { deleteTicketRoutingRule(input: $i) { deletedId } }',
        { i: { id: c.scratch.ruleId } },
        c.token,
      );
    },
    effect: async (c) => expect(await rules(c)).not.toContain(c.scratch.ruleId),
  },
  setTicketCategoryDefaults: {
    expect: 'UN FB OK/NF NF/OK NF NF OK OK NF NF UN',
    run: (c) =>
      c.s.gql(
        'mutation($i: SetTicketCategoryDefaultsInput!) { setTicketCategoryDefaults(input: $i) { category { id } } }',
        { i: { categoryId: category(c, 'VOLUNTEER_OFFER'), defaultPriority: 'URGENT' } },
        c.token,
      ),
    effect: async (c) => {
      const { ticketCategories } = await read<{ ticketCategories: { id: string; defaultPriority: string | null }[] }>(
        c,
        'query($c: ID!) { ticketCategories(communityId: $c, includeInactive: true) { id defaultPriority } }',
        { c: communityOf(c) },
      );
      expect(ticketCategories.find((x) => x.id === category(c, 'VOLUNTEER_OFFER'))?.defaultPriority).toBe('URGENT');
    },
  },
  changeTicketPriority: {
    expect: 'UN FB OK/NF NF/OK FB/NF FB/NF OK OK NF NF UN',
    run: ticketAction('changeTicketPriority', 'ChangeTicketPriorityInput', () => ({
      priority: 'URGENT',
      reason: '影响出行',
    })),
    effect: onTimeline('changeTicketPriority', 'PRIORITY_CHANGED'),
  },
  // Street and system admins work for no handling organisation: nothing of theirs to acknowledge.
  acknowledgeAssignment: {
    expect: 'UN FB OK/NF NF/OK OK/NF OK/NF INVALID_TRANSITION INVALID_TRANSITION NF NF UN',
    run: ticketAction('acknowledgeAssignment', 'AcknowledgeAssignmentInput', () => ({})),
    effect: onTimeline('acknowledgeAssignment', 'ACKNOWLEDGED'),
  },
  // On an overdue assignment of the community office.
  superviseAssignment: {
    expect: 'UN FB OK/NF NF/OK FB/NF FB/NF OK OK NF NF UN',
    run: ticketAction('superviseAssignment', 'SuperviseAssignmentInput', async (c, id) => {
      await c.s.db.dataSource
        .getRepository(TicketAssignmentEntity)
        .update({ ticketId: id }, { replyDueAt: new Date(Date.now() - 3_600_000) });
      return {
        organisationId: office(c),
        note: '请尽快办结',
        newDueAt: new Date(Date.now() + 3 * 86_400_000).toISOString(),
      };
    }),
    effect: onTimeline('superviseAssignment', 'SUPERVISED'),
  },
};
