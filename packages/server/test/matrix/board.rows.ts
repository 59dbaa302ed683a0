/** Matrix rows of the board module (see kit.ts for the columns); matrix.test.ts collects this file by name. */
import { expect } from 'vitest';
import { CommunityEntity } from '../../src/modules/org/community.entity.js';
import { buildResident } from '../factories/identity.js';
import type { GqlResult } from '../helpers/server.js';
import { key } from '../helpers/tickets.js';
import { login } from '../helpers/world.js';
import { at, pick, type Rule, type RunContext, read } from './kit.js';

const raisers = new WeakMap<object, Promise<{ in: string; out: string }>>();
/** Who raises the rows' tickets: a second resident of 博学路 (not the matrix's resident), the resident of 兴议. */
function raiser(c: RunContext) {
  let r = raisers.get(c.w);
  if (!r) {
    r = (async () => {
      const community = await c.w.ds.getRepository(CommunityEntity).findOneByOrFail({ id: c.w.community.boxue });
      const neighbour = await buildResident(c.s, { community });
      return { in: await neighbour.token(), out: await login(c.s, '13900000004') };
    })();
    raisers.set(c.w, r);
  }
  return r;
}

const communityOf = (c: RunContext) => pick(c.target, c.w.community.boxue, c.w.community.xingyi);

/** A fresh ticket of the target's community, raised by another resident, accepted (or resolved) by its staff. */
async function fresh(c: RunContext, state: 'ACCEPTED' | 'RESOLVED' = 'ACCEPTED'): Promise<string> {
  const inside = c.target === 'in';
  const r = await c.s.gql<{ submitTicket: { ticket: { id: string } } }>(
    'mutation($i: SubmitTicketInput!) { submitTicket(input: $i) { ticket { id } } }',
    {
      i: {
        categoryId: inside ? c.w.category.boxue.OTHER : c.w.category.xingyi.OTHER,
        title: '公示栏矩阵工单',
        body: '用于公示栏权限矩阵测试的工单内容。',
        estateId: inside ? c.w.estate.tianju : c.w.estate.xingyiGarden,
        idempotencyKey: key(),
      },
    },
    (await raiser(c))[c.target],
  );
  const id = r.data?.submitTicket.ticket.id;
  if (!id) throw new Error(`fixture submit failed: ${JSON.stringify(r.errors)}`);
  const staff = inside ? c.w.tokens.boxue : c.w.tokens.xingyi;
  const office = inside ? c.w.org.boxueOffice : c.w.org.xingyiOffice;
  const step = async (mutation: string, type: string, input: Record<string, unknown>) => {
    const res = await c.s.gql(
      `mutation($i: ${type}!) { ${mutation}(input: $i) { ticket { id } } }`,
      { i: { ticketId: id, ...input } },
      staff,
    );
    if (res.errors) throw new Error(`fixture ${mutation} failed: ${JSON.stringify(res.errors)}`);
  };
  await step('acceptTicket', 'AcceptTicketInput', { organisationIds: [office] });
  if (state === 'RESOLVED') await step('resolveTicket', 'ResolveTicketInput', { resolution: '已处理完毕。' });
  return id;
}

/** A board mutation on a fresh ticket as the cell's actor. */
const onTicket =
  (mutation: string, type: string, input: Record<string, unknown> = {}, state: 'ACCEPTED' | 'RESOLVED' = 'ACCEPTED') =>
  async (c: RunContext): Promise<GqlResult> => {
    const id = await fresh(c, state);
    c.scratch.ticketId = id;
    return c.s.gql(
      `mutation($i: ${type}!) { ${mutation}(input: $i) { ticket { id } } }`,
      { i: { ticketId: id, ...input } },
      c.token,
    );
  };

/** The ticket as the system admin reads it afterwards. */
const ticketNow = async (c: RunContext, fields: string) =>
  (
    await read<{ ticket: Record<string, unknown> }>(c, `query($id: ID!) { ticket(id: $id) { ${fields} } }`, {
      id: c.scratch.ticketId,
    })
  ).ticket;

/** A template of the target's community, made by the system admin. */
async function template(c: RunContext): Promise<{ id: string; version: number }> {
  const r = await read<{ createReplyTemplate: { template: { id: string } } }>(
    c,
    'mutation($i: CreateReplyTemplateInput!) { createReplyTemplate(input: $i) { template { id } } }',
    { i: { communityId: communityOf(c), title: '矩阵模板', body: '{居民姓名}您好' } },
  );
  return { id: r.createReplyTemplate.template.id, version: 1 };
}

/** A report of a fresh ticket of the target's community, by the resident who raised another. */
async function report(c: RunContext): Promise<string> {
  const id = await fresh(c);
  const other = c.target === 'in' ? c.w.tokens.resident : (await raiser(c)).in;
  // The 兴议 ticket is reported by a resident of 兴议: make one who did not raise it.
  const reporter =
    c.target === 'in'
      ? other
      : await (async () => {
          const community = await c.w.ds.getRepository(CommunityEntity).findOneByOrFail({ id: c.w.community.xingyi });
          return (await buildResident(c.s, { community })).token();
        })();
  const r = await c.s.gql(
    'mutation($i: ReportTicketInput!) { reportTicket(input: $i) { ticket { id } } }',
    { i: { ticketId: id, reason: '含有他人电话' } },
    reporter,
  );
  if (r.errors) throw new Error(`fixture report failed: ${JSON.stringify(r.errors)}`);
  const list = await read<{ ticketReports: { edges: { node: { id: string; ticket: { id: string } } }[] } }>(
    c,
    'query($c: ID!) { ticketReports(communityId: $c, first: 100) { edges { node { id ticket { id } } } } }',
    { c: communityOf(c) },
  );
  const found = list.ticketReports.edges.find((e) => e.node.ticket.id === id);
  if (!found) throw new Error('fixture report not listed');
  return found.node.id;
}

// Columns (11 actors): anon resident boxue xingyi greentown committee street system otherStreet department appKey
export const BOARD_ROWS: Record<string, Rule> = {
  ticketBoard: {
    expect: 'UN OK/NF OK/NF NF/OK NF NF OK OK NF NF UN',
    list: 'ticketBoard',
    run: async (c) => {
      await fresh(c);
      return c.s.gql(
        'query($c: ID!) { ticketBoard(communityId: $c, sort: MOST_ME_TOO) { totalCount edges { node { id meTooCount } } } }',
        { c: communityOf(c) },
        c.token,
      );
    },
  },
  meTooTicket: {
    expect: 'UN OK/NF FB/NF NF/FB FB/NF FB/NF FB FB NF NF UN',
    run: onTicket('meTooTicket', 'BoardTicketInput'),
    effect: async (c) => expect((await ticketNow(c, 'meTooCount')).meTooCount).toBe(1),
  },
  followTicket: {
    expect: 'UN OK/NF FB/NF NF/FB FB/NF FB/NF FB FB NF NF UN',
    run: onTicket('followTicket', 'FollowTicketInput', { follow: true }),
    effect: async (c) => {
      const r = await c.s.gql<{ ticket: { viewerFollows: boolean } }>(
        'query($id: ID!) { ticket(id: $id) { viewerFollows } }',
        { id: c.scratch.ticketId },
        c.token,
      );
      expect(r.data?.ticket.viewerFollows).toBe(true);
    },
  },
  reportTicket: {
    expect: 'UN OK/NF FB/NF NF/FB FB/NF FB/NF FB FB NF NF UN',
    run: onTicket('reportTicket', 'ReportTicketInput', { reason: '含有他人电话' }),
    effect: async (c) => {
      const list = await read<{ ticketReports: { edges: { node: { ticket: { id: string } } }[] } }>(
        c,
        'query($c: ID!) { ticketReports(communityId: $c, first: 100) { edges { node { ticket { id } } } } }',
        { c: communityOf(c) },
      );
      expect(list.ticketReports.edges.map((e) => e.node.ticket.id)).toContain(c.scratch.ticketId);
    },
  },
  ticketReports: {
    expect: 'UN FB OK/E E/OK FB FB OK OK E FB UN',
    list: 'ticketReports',
    run: async (c) => {
      await report(c);
      return c.s.gql(
        'query($c: ID!) { ticketReports(communityId: $c) { totalCount } }',
        { c: communityOf(c) },
        c.token,
      );
    },
  },
  handleTicketReport: {
    expect: 'UN FB OK/NF NF/OK FB FB OK OK NF FB UN',
    run: async (c) => {
      c.scratch.reportId = await report(c);
      return c.s.gql(
        'mutation($i: BoardRecordInput!) { handleTicketReport(input: $i) { report { id state } } }',
        { i: { id: c.scratch.reportId } },
        c.token,
      );
    },
    effect: async (_c, r) => expect(at(r, 'handleTicketReport.report.state')).toBe('HANDLED'),
  },
  boardSettings: {
    expect: 'UN FB OK/NF NF/OK FB FB OK OK NF FB UN',
    run: async (c) =>
      c.s.gql('query($c: ID!) { boardSettings(communityId: $c) { version } }', { c: communityOf(c) }, c.token),
  },
  setBoardSettings: {
    expect: 'UN FB OK/NF NF/OK FB FB OK OK NF FB UN',
    run: async (c) => {
      c.scratch.word = `矩阵屏蔽${c.actor}`;
      return c.s.gql(
        'mutation($i: SetBoardSettingsInput!) { setBoardSettings(input: $i) { settings { version } } }',
        { i: { communityId: communityOf(c), blockedWords: [c.scratch.word] } },
        c.token,
      );
    },
    effect: async (c) => {
      const s = await read<{ boardSettings: { blockedWords: string[] } }>(
        c,
        'query($c: ID!) { boardSettings(communityId: $c) { blockedWords } }',
        { c: communityOf(c) },
      );
      expect(s.boardSettings.blockedWords).toContain(c.scratch.word);
    },
  },
  hideTicketText: {
    expect: 'UN FB OK/NF NF/OK FB FB OK OK NF FB UN',
    run: onTicket('hideTicketText', 'HideTicketTextInput', { part: 'BODY', reason: '含个人信息' }),
    effect: async (c) => {
      const t = await ticketNow(c, 'hiddenParts { part reason }');
      expect(t.hiddenParts).toEqual([{ part: 'BODY', reason: '含个人信息' }]);
    },
  },
  unhideTicketText: {
    expect: 'UN FB OK/NF NF/OK FB FB OK OK NF FB UN',
    run: async (c) => {
      const id = await fresh(c);
      c.scratch.ticketId = id;
      await read(c, 'mutation($i: HideTicketTextInput!) { hideTicketText(input: $i) { ticket { id } } }', {
        i: { ticketId: id, part: 'TITLE', reason: '标题含电话' },
      });
      return c.s.gql(
        'mutation($i: UnhideTicketTextInput!) { unhideTicketText(input: $i) { ticket { id } } }',
        { i: { ticketId: id, part: 'TITLE' } },
        c.token,
      );
    },
    effect: async (c) => expect((await ticketNow(c, 'hiddenParts { part }')).hiddenParts).toEqual([]),
  },
  recordTicketCallback: {
    expect: 'UN FB OK/NF NF/OK FB FB OK OK NF FB UN',
    run: onTicket(
      'recordTicketCallback',
      'RecordTicketCallbackInput',
      { reached: true, satisfaction: 'SATISFIED', note: '居民表示满意' },
      'RESOLVED',
    ),
    effect: async (c) => {
      const t = await ticketNow(c, 'callbacks { satisfaction }');
      expect(t.callbacks).toEqual([{ satisfaction: 'SATISFIED' }]);
    },
  },
  replyTemplates: {
    expect: 'UN FB OK/E E/OK FB FB OK OK E FB UN',
    list: 'replyTemplates',
    run: async (c) => {
      await template(c);
      return c.s.gql(
        'query($c: ID!) { replyTemplates(communityId: $c) { totalCount } }',
        { c: communityOf(c) },
        c.token,
      );
    },
  },
  filledReplyTemplates: {
    expect: 'UN FB OK/NF NF/OK NF NF OK OK NF NF UN',
    list: 'filledReplyTemplates',
    run: async (c) => {
      await template(c);
      return c.s.gql(
        'query($id: ID!) { filledReplyTemplates(ticketId: $id) { text } }',
        { id: await fresh(c) },
        c.token,
      );
    },
  },
  createReplyTemplate: {
    expect: 'UN FB OK/NF NF/OK FB FB OK OK NF FB UN',
    run: async (c) => {
      c.scratch.title = `矩阵-${c.actor}-${c.target}`;
      return c.s.gql(
        'mutation($i: CreateReplyTemplateInput!) { createReplyTemplate(input: $i) { template { id } } }',
        { i: { communityId: communityOf(c), title: c.scratch.title, body: '您好，{工单号}已受理。' } },
        c.token,
      );
    },
    effect: async (c) => {
      const data = await read<{ replyTemplates: { edges: { node: { title: string } }[] } }>(
        c,
        'query($c: ID!) { replyTemplates(communityId: $c, first: 100) { edges { node { title } } } }',
        { c: communityOf(c) },
      );
      expect(data.replyTemplates.edges.map((e) => e.node.title)).toContain(c.scratch.title);
    },
  },
  updateReplyTemplate: {
    expect: 'UN FB OK/NF NF/OK FB FB OK OK NF FB UN',
    run: async (c) => {
      const t = await template(c);
      c.scratch.templateId = t.id;
      return c.s.gql(
        'mutation($i: UpdateReplyTemplateInput!) { updateReplyTemplate(input: $i) { template { id title } } }',
        { i: { id: t.id, expectedVersion: t.version, title: '改过的模板', body: '新的内容' } },
        c.token,
      );
    },
    effect: async (_c, r) => expect(at(r, 'updateReplyTemplate.template.title')).toBe('改过的模板'),
  },
  deleteReplyTemplate: {
    expect: 'UN FB OK/NF NF/OK FB FB OK OK NF FB UN',
    run: async (c) => {
      const t = await template(c);
      c.scratch.templateId = t.id;
      return c.s.gql(
        'mutation($i: BoardRecordInput!) { deleteReplyTemplate(input: $i) { id } }',
        { i: { id: t.id } },
        c.token,
      );
    },
    effect: async (c) => {
      const data = await read<{ replyTemplates: { edges: { node: { id: string } }[] } }>(
        c,
        'query($c: ID!) { replyTemplates(communityId: $c, first: 100) { edges { node { id } } } }',
        { c: communityOf(c) },
      );
      expect(data.replyTemplates.edges.map((e) => e.node.id)).not.toContain(c.scratch.templateId);
    },
  },
};
