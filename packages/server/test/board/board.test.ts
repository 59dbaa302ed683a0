/**
 * The public board and the desk's tools over HTTP: the board shows only accepted tickets in the
 * public form; 我也遇到 once per person (and toward hot topics); followers told of replies; blocked
 * words and the daily limit; hidden texts absent from the public form; reports; follow-up calls
 * reopening; auto-close after N days on a controlled clock, counted as not rated; filled templates.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommunityEntity } from '../../src/modules/org/community.entity.js';
import {
  buildCommunity,
  buildEstate,
  buildHousehold,
  buildResident,
  buildTicket,
  deskOf,
  type Person,
} from '../factories/index.js';
import { codeOf, type GqlResult, startTestServer, type TestServer } from '../helpers/server.js';

let keys = 0;

describe('board module over HTTP', () => {
  let s: TestServer;
  let community: CommunityEntity;
  let staffToken: string;
  let neighbour: Person;
  beforeAll(async () => {
    s = await startTestServer();
    community = await buildCommunity(s);
    const desk = await deskOf(s, community);
    staffToken = await desk.staff.token();
    neighbour = await buildResident(s, { community });
  });
  afterAll(() => s.close());

  const gql = <T = Record<string, unknown>>(q: string, v: Record<string, unknown>, token: string) =>
    s.gql<T>(q, v, token);
  const must = async <T>(r: Promise<GqlResult<T>>) => {
    const x = await r;
    expect(x.errors).toBeUndefined();
    return x.data as T;
  };
  const settings = async (values: Record<string, unknown>, c: CommunityEntity = community) =>
    must(
      gql(
        'mutation($i: SetBoardSettingsInput!) { setBoardSettings(input: $i) { settings { version blockedWords dailyTicketLimit autoCloseDays } } }',
        { i: { communityId: c.id, blockedWords: [], ...values } },
        staffToken,
      ),
    );
  const submitAs = async (p: Person, c: CommunityEntity, title: string, body = '用于测试的工单内容。') => {
    const desk = await deskOf(s, c);
    return gql<{ submitTicket: { ticket: { id: string } } }>(
      'mutation($i: SubmitTicketInput!) { submitTicket(input: $i) { ticket { id } } }',
      {
        i: {
          categoryId: desk.category.id,
          title,
          body,
          communityId: c.id,
          idempotencyKey: `board-${++keys}-${Date.now()}`,
        },
      },
      await p.token(),
    );
  };
  const BOARD = `query($c: ID!, $sort: BoardSort, $e: ID, $cat: ID, $after: String) {
    ticketBoard(communityId: $c, sort: $sort, estateId: $e, categoryId: $cat, first: 2, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { node { id title body state isPublicView submitter { id } locationText photos { id } meTooCount hiddenTexts } } } }`;
  type BoardNode = {
    id: string;
    title: string;
    body: string;
    state: string;
    isPublicView: boolean;
    submitter: unknown;
    locationText: string | null;
    meTooCount: number;
    hiddenTexts: string[];
  };
  type BoardPage = {
    ticketBoard: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string };
      edges: { node: BoardNode }[];
    };
  };
  const meToo = (id: string, token: string) =>
    gql(
      'mutation($i: BoardTicketInput!) { meTooTicket(input: $i) { ticket { id meTooCount viewerMeToo } } }',
      { i: { ticketId: id } },
      token,
    );

  it('the public board lists only accepted tickets, in the public form, newest / most 我也遇到 / resolved recently, by estate and category, paged', async () => {
    const c = await buildCommunity(s);
    const desk = await deskOf(s, c);
    const estate = await buildEstate(s, { community: c });
    const resident = await buildResident(s, { household: await buildHousehold(s, { estate }) });
    const reader = await buildResident(s, { community: c });
    const submitted = await buildTicket(s, { community: c, state: 'SUBMITTED' });
    const rejected = await buildTicket(s, { community: c, state: 'REJECTED' });
    const a = await buildTicket(s, { community: c, state: 'ACCEPTED', resident, title: '天钜电梯' });
    const b = await buildTicket(s, { community: c, state: 'REPLIED' });
    const r = await buildTicket(s, { community: c, state: 'RESOLVED' });
    const token = await reader.token();
    const newest = await must(gql<BoardPage>(BOARD, { c: c.id }, token));
    expect(newest.ticketBoard.totalCount).toBe(3);
    const ids = newest.ticketBoard.edges.map((e) => e.node.id);
    expect(ids).toEqual([r.id, b.id]);
    expect(ids).not.toContain(submitted.id);
    expect(ids).not.toContain(rejected.id);
    for (const e of newest.ticketBoard.edges) {
      expect(e.node).toMatchObject({ isPublicView: true, submitter: null, locationText: null });
    }
    const page2 = await must(gql<BoardPage>(BOARD, { c: c.id, after: newest.ticketBoard.pageInfo.endCursor }, token));
    expect(page2.ticketBoard.edges.map((e) => e.node.id)).toEqual([a.id]);
    // 我也遇到 puts a ticket first in MOST_ME_TOO.
    await must(meToo(a.id, token));
    const hot = await must(gql<BoardPage>(BOARD, { c: c.id, sort: 'MOST_ME_TOO' }, token));
    expect(hot.ticketBoard.edges[0]?.node).toMatchObject({ id: a.id, meTooCount: 1 });
    const more = await must(
      gql<BoardPage>(BOARD, { c: c.id, sort: 'MOST_ME_TOO', after: hot.ticketBoard.pageInfo.endCursor }, token),
    );
    expect(more.ticketBoard.edges.map((e) => e.node.id).sort()).toEqual(
      [a.id, b.id, r.id].filter((x) => !hot.ticketBoard.edges.some((e) => e.node.id === x)).sort(),
    );
    const resolved = await must(gql<BoardPage>(BOARD, { c: c.id, sort: 'RECENTLY_RESOLVED' }, token));
    expect(resolved.ticketBoard.edges.map((e) => e.node.id)).toEqual([r.id]);
    const byEstate = await must(gql<BoardPage>(BOARD, { c: c.id, e: estate.id }, token));
    expect(byEstate.ticketBoard.edges.map((e) => e.node.id)).toEqual([a.id]);
    const byCategory = await must(gql<BoardPage>(BOARD, { c: c.id, cat: desk.category.id }, token));
    expect(byCategory.ticketBoard.totalCount).toBe(3);
    // Open any of them: the public form.
    const one = await must(
      gql<{ ticket: { isPublicView: boolean; submitter: unknown } }>(
        'query($id: ID!) { ticket(id: $id) { isPublicView submitter { id } } }',
        { id: b.id },
        token,
      ),
    );
    expect(one.ticket).toEqual({ isPublicView: true, submitter: null });
    // Residents of another community do not read this board.
    expect(codeOf(await gql(BOARD, { c: c.id }, await neighbour.token()))).toBe('NOT_FOUND');
  });

  it('我也遇到 counts once per person; not on one’s own ticket; the unique key holds under a race', async () => {
    const t = await buildTicket(s, { community, state: 'ACCEPTED' });
    const token = await neighbour.token();
    const first = await must(meToo(t.id, token));
    expect(first).toMatchObject({ meTooTicket: { ticket: { meTooCount: 1, viewerMeToo: true } } });
    const again = await must(meToo(t.id, token));
    expect(again).toMatchObject({ meTooTicket: { ticket: { meTooCount: 1 } } });
    const other = await buildResident(s, { community });
    const otherToken = await other.token();
    await Promise.all([meToo(t.id, otherToken), meToo(t.id, otherToken), meToo(t.id, otherToken)]);
    const [{ n }] = await s.db.dataSource.query('SELECT COUNT(*) AS n FROM ticket_me_too WHERE ticketId = ?', [t.id]);
    expect(Number(n)).toBe(2);
    const own = await meToo(t.id, await t.resident.token());
    expect(own.errors?.[0]?.extensions?.reason).toBe('BOARD_OWN_TICKET');
    const staff = await meToo(t.id, staffToken);
    expect(staff.errors?.[0]?.extensions?.reason).toBe('BOARD_NOT_A_RESIDENT_HERE');
    const submitted = await buildTicket(s, { community, state: 'SUBMITTED' });
    expect(codeOf(await meToo(submitted.id, token))).toBe('NOT_FOUND');
  });

  it('我也遇到 weighs toward hot topics: one ticket and two me-toos make a hot topic at threshold 3', async () => {
    const c = await buildCommunity(s);
    const desk = await deskOf(s, c);
    await must(
      gql(
        'mutation($i: SetHotTopicRuleInput!) { setHotTopicRule(input: $i) { rule { threshold } } }',
        { i: { communityId: c.id, threshold: 3, windowHours: 24 } },
        await desk.staff.token(),
      ),
    );
    const t = await buildTicket(s, { community: c, state: 'ACCEPTED', title: '北门道闸坏了' });
    const topics = async () =>
      (
        await must(
          gql<{ hotTopics: { totalCount: number } }>(
            'query($c: ID) { hotTopics(communityId: $c) { totalCount } }',
            { c: c.id },
            await desk.staff.token(),
          ),
        )
      ).hotTopics.totalCount;
    await must(meToo(t.id, await (await buildResident(s, { community: c })).token()));
    expect(await topics()).toBe(0);
    await must(meToo(t.id, await (await buildResident(s, { community: c })).token()));
    expect(await topics()).toBe(1);
  });

  it('followers are told of replies and the resolution', async () => {
    const t = await buildTicket(s, { community, state: 'ACCEPTED' });
    const follower = await buildResident(s, { community });
    const token = await follower.token();
    await must(
      gql(
        'mutation($i: FollowTicketInput!) { followTicket(input: $i) { ticket { viewerFollows } } }',
        { i: { ticketId: t.id } },
        token,
      ),
    );
    const step = (m: string, type: string, input: Record<string, unknown>) =>
      must(
        gql(
          `mutation($i: ${type}!) { ${m}(input: $i) { ticket { id } } }`,
          { i: { ticketId: t.id, ...input } },
          staffToken,
        ),
      );
    await step('replyToTicket', 'ReplyToTicketInput', { body: '已安排物业检修。' });
    await step('resolveTicket', 'ResolveTicketInput', { resolution: '已修好。' });
    const inbox = await must(
      gql<{ notifications: { edges: { node: { kind: string; subject: { id: string } } }[] } }>(
        '{ notifications(first: 20) { edges { node { kind subject { id } } } } }',
        {},
        token,
      ),
    );
    expect(inbox.notifications.edges.map((e) => e.node.kind).sort()).toEqual([
      'TICKET_FOLLOWED_REPLIED',
      'TICKET_FOLLOWED_RESOLVED',
    ]);
    // Stop following: nothing more.
    await must(
      gql(
        'mutation($i: FollowTicketInput!) { followTicket(input: $i) { ticket { viewerFollows } } }',
        { i: { ticketId: t.id, follow: false } },
        token,
      ),
    );
  });

  it('a blocked word refuses the submission with its reason; the daily limit answers TOO_MANY_ATTEMPTS with the seconds to wait', async () => {
    const c = await buildCommunity(s);
    const desk = await deskOf(s, c);
    staffToken = await desk.staff.token();
    await settings({ blockedWords: ['傻瓜', ' 骗子 '], dailyTicketLimit: 2 }, c);
    const resident = await buildResident(s, { community: c });
    const blocked = await submitAs(resident, c, '物业都是骗子');
    expect(blocked.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'BOARD_BLOCKED_WORD',
      field: 'title',
      details: { word: '骗子' },
    });
    expect((await submitAs(resident, c, '第一件')).errors).toBeUndefined();
    expect((await submitAs(resident, c, '第二件')).errors).toBeUndefined();
    const third = await submitAs(resident, c, '第三件');
    expect(third.errors?.[0]?.extensions).toMatchObject({
      code: 'TOO_MANY_ATTEMPTS',
      reason: 'BOARD_DAILY_TICKET_LIMIT',
      details: { limit: 2 },
    });
    const details = third.errors?.[0]?.extensions?.details as { retryAfterSeconds?: number } | undefined;
    const wait = Number(details?.retryAfterSeconds);
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(86_400);
    // Another person is not limited by the first one's tickets.
    expect((await submitAs(await buildResident(s, { community: c }), c, '别人的第一件')).errors).toBeUndefined();
    staffToken = await (await deskOf(s, community)).staff.token();
  });

  it('a hidden text is absent from the public form (board and ticket), kept for staff with its reason and for the submitter; audited; shown again on unhide', async () => {
    const t = await buildTicket(s, { community, state: 'ACCEPTED', title: '王大爷电话13812345678' });
    await must(
      gql(
        'mutation($i: HideTicketTextInput!) { hideTicketText(input: $i) { ticket { id } } }',
        { i: { ticketId: t.id, part: 'TITLE', reason: '含他人电话' } },
        staffToken,
      ),
    );
    const publicRead = await must(
      gql<{ ticket: { title: string; hiddenTexts: string[]; hiddenParts: unknown[] } }>(
        'query($id: ID!) { ticket(id: $id) { title hiddenTexts hiddenParts { reason } } }',
        { id: t.id },
        await neighbour.token(),
      ),
    );
    expect(publicRead.ticket).toEqual({ title: '', hiddenTexts: ['TITLE'], hiddenParts: [] });
    const board = await must(
      gql<BoardPage>(BOARD.replace('first: 2', 'first: 100'), { c: community.id }, await neighbour.token()),
    );
    const row = board.ticketBoard.edges.find((e) => e.node.id === t.id)?.node;
    expect(row?.title).toBe('');
    expect(JSON.stringify(board)).not.toContain('13812345678');
    const staffRead = await must(
      gql<{ ticket: { title: string; hiddenParts: { part: string; reason: string }[] } }>(
        'query($id: ID!) { ticket(id: $id) { title hiddenParts { part reason } } }',
        { id: t.id },
        staffToken,
      ),
    );
    expect(staffRead.ticket).toEqual({
      title: '王大爷电话13812345678',
      hiddenParts: [{ part: 'TITLE', reason: '含他人电话' }],
    });
    const own = await must(
      gql<{ ticket: { title: string } }>(
        'query($id: ID!) { ticket(id: $id) { title } }',
        { id: t.id },
        await t.resident.token(),
      ),
    );
    expect(own.ticket.title).toBe('王大爷电话13812345678');
    const audit = await must(
      gql<{ auditLog: { totalCount: number } }>(
        'query($id: ID!) { auditLog(communityId: $id, operation: "board.hideText") { totalCount } }',
        { id: community.id },
        staffToken,
      ),
    );
    expect(audit.auditLog.totalCount).toBeGreaterThanOrEqual(1);
    await must(
      gql(
        'mutation($i: UnhideTicketTextInput!) { unhideTicketText(input: $i) { ticket { id } } }',
        { i: { ticketId: t.id, part: 'TITLE' } },
        staffToken,
      ),
    );
    const again = await must(
      gql<{ ticket: { title: string } }>(
        'query($id: ID!) { ticket(id: $id) { title } }',
        { id: t.id },
        await neighbour.token(),
      ),
    );
    expect(again.ticket.title).toBe('王大爷电话13812345678');
  });

  it('residents report a public ticket once; staff see and handle the report', async () => {
    const t = await buildTicket(s, { community, state: 'ACCEPTED' });
    const token = await neighbour.token();
    const report = () =>
      gql(
        'mutation($i: ReportTicketInput!) { reportTicket(input: $i) { ticket { id } } }',
        { i: { ticketId: t.id, reason: '有侮辱性语言' } },
        token,
      );
    await must(report());
    expect((await report()).errors?.[0]?.extensions?.reason).toBe('BOARD_ALREADY_REPORTED');
    const queue = await must(
      gql<{ ticketReports: { edges: { node: { id: string; reason: string; ticket: { id: string } } }[] } }>(
        'query($c: ID!) { ticketReports(communityId: $c, state: OPEN, first: 100) { edges { node { id reason ticket { id } } } } }',
        { c: community.id },
        staffToken,
      ),
    );
    const mine = queue.ticketReports.edges.find((e) => e.node.ticket.id === t.id);
    expect(mine?.node.reason).toBe('有侮辱性语言');
    await must(
      gql(
        'mutation($i: BoardRecordInput!) { handleTicketReport(input: $i) { report { state } } }',
        { i: { id: mine?.node.id } },
        staffToken,
      ),
    );
  });

  const CALLBACK =
    'mutation($i: RecordTicketCallbackInput!) { recordTicketCallback(input: $i) { ticket { id state callbacks { reached satisfaction reopened } timeline(first: 50) { edges { node { type } } } } } }';

  it('a dissatisfied call-back reopens the ticket through the workflow; a rated ticket is not called back; satisfaction is checked', async () => {
    const t = await buildTicket(s, { community, state: 'RESOLVED' });
    const bad = await gql(CALLBACK, { i: { ticketId: t.id, reached: true, reopen: false } }, staffToken);
    expect(bad.errors?.[0]?.extensions?.reason).toBe('BOARD_CALLBACK_SATISFACTION');
    const notDissatisfied = await gql(
      CALLBACK,
      { i: { ticketId: t.id, reached: true, satisfaction: 'BASICALLY_SATISFIED', reopen: true } },
      staffToken,
    );
    expect(notDissatisfied.errors?.[0]?.extensions?.reason).toBe('BOARD_CALLBACK_SATISFACTION');
    const done = await must(
      gql<{
        recordTicketCallback: {
          ticket: { state: string; callbacks: unknown[]; timeline: { edges: { node: { type: string } }[] } };
        };
      }>(
        CALLBACK,
        { i: { ticketId: t.id, reached: true, satisfaction: 'DISSATISFIED', note: '电梯仍有异响', reopen: true } },
        staffToken,
      ),
    );
    expect(done.recordTicketCallback.ticket.state).toBe('ACCEPTED');
    expect(done.recordTicketCallback.ticket.callbacks).toEqual([
      { reached: true, satisfaction: 'DISSATISFIED', reopened: true },
    ]);
    expect(done.recordTicketCallback.ticket.timeline.edges.map((e) => e.node.type).slice(-2)).toEqual([
      'CALLED_BACK',
      'REOPENED',
    ]);
    const audit = await must(
      gql<{ auditLog: { totalCount: number } }>(
        'query($id: ID!) { auditLog(communityId: $id, operation: "ticket.reopenAfterCallback") { totalCount } }',
        { id: community.id },
        staffToken,
      ),
    );
    expect(audit.auditLog.totalCount).toBeGreaterThanOrEqual(1);
    // A rated ticket: no call-back.
    const rated = await buildTicket(s, { community, state: 'RESOLVED' });
    await must(
      gql(
        'mutation($i: RateTicketInput!) { rateTicket(input: $i) { ticket { id } } }',
        { i: { ticketId: rated.id, score: 5 } },
        await rated.resident.token(),
      ),
    );
    const refused = await gql(CALLBACK, { i: { ticketId: rated.id, reached: false } }, staffToken);
    expect(refused.errors?.[0]?.extensions?.reason).toBe('BOARD_CALLBACK_RATED');
  });

  it('a resolved ticket with no rating and no call-back closes itself after N days (controlled clock) and counts as resolved, not rated', async () => {
    const c = await buildCommunity(s);
    const desk = await deskOf(s, c);
    staffToken = await desk.staff.token();
    await settings({ autoCloseDays: 7 }, c);
    const quiet = await buildTicket(s, { community: c, state: 'RESOLVED' });
    const calledBack = await buildTicket(s, { community: c, state: 'RESOLVED' });
    await must(gql(CALLBACK, { i: { ticketId: calledBack.id, reached: false } }, staffToken));
    const jobs = s.app.services.boardCallbacks;
    const day = 86_400_000;
    expect(await jobs.scan(new Date(Date.now() + 6 * day))).toEqual({ closed: 0 });
    expect(await jobs.scan(new Date(Date.now() + 8 * day))).toEqual({ closed: 1 });
    expect(await jobs.scan(new Date(Date.now() + 9 * day))).toEqual({ closed: 0 });
    const read = await must(
      gql<{
        ticket: {
          state: string;
          rating: number | null;
          autoClosedAt: string | null;
          timeline: { edges: { node: { type: string } }[] };
        };
      }>(
        'query($id: ID!) { ticket(id: $id) { state rating autoClosedAt timeline(first: 50) { edges { node { type } } } } }',
        { id: quiet.id },
        staffToken,
      ),
    );
    expect(read.ticket).toMatchObject({ state: 'RESOLVED', rating: null });
    expect(read.ticket.autoClosedAt).not.toBeNull();
    expect(read.ticket.timeline.edges.map((e) => e.node.type)).toContain('AUTO_CLOSED');
    // Closed: the resident no longer rates it.
    const rate = await gql(
      'mutation($i: RateTicketInput!) { rateTicket(input: $i) { ticket { id } } }',
      { i: { ticketId: quiet.id, score: 4 } },
      await quiet.resident.token(),
    );
    expect(rate.errors?.[0]?.extensions?.reason).toBe('BOARD_TICKET_CLOSED');
    // The figures: resolved, not rated.
    const figures = await must(
      gql<{ analysisFigures: { resolved: number; rated: number } }>(
        'query($c: ID, $from: DateTimeISO!, $to: DateTimeISO!) { analysisFigures(communityId: $c, from: $from, to: $to) { resolved rated } }',
        { c: c.id, from: new Date(Date.now() - day).toISOString(), to: new Date(Date.now() + day).toISOString() },
        staffToken,
      ),
    );
    expect(figures.analysisFigures).toEqual({ resolved: 2, rated: 0 });
    // The hourly job runs once per hour whatever the triggers.
    const later = new Date(Date.now() + 30 * day);
    const runs = await Promise.all([jobs.run(later), jobs.run(later)]);
    expect(runs.filter((r) => r.ran)).toHaveLength(1);
    staffToken = await (await deskOf(s, community)).staff.token();
  });

  it('reply templates are managed per community and filled for a ticket ({居民姓名}/{residentName}, {工单号}, {答复期限})', async () => {
    const desk = await deskOf(s, community);
    const t = await buildTicket(s, { community, state: 'ACCEPTED' });
    const create = (i: Record<string, unknown>) =>
      must(
        gql<{ createReplyTemplate: { template: { id: string; version: number } } }>(
          'mutation($i: CreateReplyTemplateInput!) { createReplyTemplate(input: $i) { template { id version } } }',
          { i: { communityId: community.id, ...i } },
          staffToken,
        ),
      );
    await create({
      title: '受理',
      body: '{居民姓名}您好，您的诉求（编号{工单号}）已受理，将于{答复期限}前答复。{未知}',
    });
    const made = await create({
      title: 'EN',
      body: 'Dear {residentName}, #{ticketNumber} due {dueDate}.',
      categoryId: desk.category.id,
    });
    const other = await buildCommunity(s);
    const otherCategory = (await deskOf(s, other)).category;
    const wrong = await gql(
      'mutation($i: CreateReplyTemplateInput!) { createReplyTemplate(input: $i) { template { id } } }',
      { i: { communityId: community.id, title: 'x', body: 'y', categoryId: otherCategory.id } },
      staffToken,
    );
    expect(wrong.errors?.[0]?.extensions?.reason).toBe('TICKET_UNKNOWN_CATEGORY');
    const detail = await must(
      gql<{
        ticket: {
          number: string;
          submitter: { displayName: string };
          resolveDeadline: { dueAt: string } | null;
          replyDeadline: { dueAt: string } | null;
        };
      }>(
        'query($id: ID!) { ticket(id: $id) { number submitter { displayName } resolveDeadline { dueAt } replyDeadline { dueAt } } }',
        { id: t.id },
        staffToken,
      ),
    );
    const due = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Asia/Shanghai',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).format(new Date((detail.ticket.resolveDeadline ?? detail.ticket.replyDeadline)?.dueAt as string));
    const filled = await must(
      gql<{ filledReplyTemplates: { title: string; text: string }[] }>(
        'query($id: ID!) { filledReplyTemplates(ticketId: $id) { title text } }',
        { id: t.id },
        staffToken,
      ),
    );
    const name = detail.ticket.submitter.displayName;
    expect(filled.filledReplyTemplates).toEqual(
      expect.arrayContaining([
        { title: '受理', text: `${name}您好，您的诉求（编号${detail.ticket.number}）已受理，将于${due}前答复。{未知}` },
        { title: 'EN', text: `Dear ${name}, #${detail.ticket.number} due ${due}.` },
      ]),
    );
    expect(detail.ticket.number).toMatch(/^[0-9A-F]{8}$/);
    // A phone call taken on behalf (代为登记) for an unregistered number: the caller is greeted,
    // not the staff member who recorded it (its submitter until the phone registers).
    const call = await must(
      gql<{ raiseTicketOnBehalf: { ticket: { id: string } } }>(
        'mutation($i: RaiseTicketOnBehalfInput!) { raiseTicketOnBehalf(input: $i) { ticket { id } } }',
        {
          i: {
            categoryId: desk.category.id,
            communityId: community.id,
            title: '电话登记',
            body: '电话里反映的诉求。',
            source: 'PHONE',
            contactName: '王阿姨',
            contactPhone: '13712340001',
            idempotencyKey: `board-call-${Date.now()}`,
          },
        },
        staffToken,
      ),
    );
    const forCall = await must(
      gql<{ filledReplyTemplates: { title: string; text: string }[] }>(
        'query($id: ID!) { filledReplyTemplates(ticketId: $id) { title text } }',
        { id: call.raiseTicketOnBehalf.ticket.id },
        staffToken,
      ),
    );
    expect(forCall.filledReplyTemplates.find((f) => f.title === '受理')?.text).toMatch(/^王阿姨您好/);
    const updated = await must(
      gql<{ updateReplyTemplate: { template: { version: number } } }>(
        'mutation($i: UpdateReplyTemplateInput!) { updateReplyTemplate(input: $i) { template { version } } }',
        { i: { id: made.createReplyTemplate.template.id, expectedVersion: 1, title: 'EN2', body: 'Hi' } },
        staffToken,
      ),
    );
    expect(updated.updateReplyTemplate.template.version).toBe(2);
    const stale = await gql(
      'mutation($i: UpdateReplyTemplateInput!) { updateReplyTemplate(input: $i) { template { version } } }',
      { i: { id: made.createReplyTemplate.template.id, expectedVersion: 1, title: 'EN3', body: 'Hi' } },
      staffToken,
    );
    expect(stale.errors?.[0]?.extensions?.reason).toBe('BOARD_TEMPLATE_STALE');
    // Settings are versioned too.
    const s1 = await settings({ blockedWords: ['a'] });
    expect(s1).toBeTruthy();
  });
});
