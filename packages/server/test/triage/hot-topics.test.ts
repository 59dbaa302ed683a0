/**
 * 研判 over HTTP: the article's 12 December case (ten complaints about one crossing within an hour,
 * among unrelated ones → one hot topic, no unrelated ticket in it; one merge; one reply reaches all
 * ten, checked through each submitter's notifications), similar tickets, dismissal and the rule.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StreetEntity } from '../../src/modules/org/street.entity.js';
import { HotTopicEntity } from '../../src/modules/triage/triage.entity.js';
import { buildCommunity, buildResident, buildStaff, deskOf, type Person } from '../factories/index.js';
import { CROSSING_COMPLAINTS } from '../factories/triage.js';
import { codeOf, startTestServer, type TestServer } from '../helpers/server.js';

const UNRELATED: [string, string, string | null][] = [
  ['3号楼电梯又坏了', '3号楼东单元电梯停运两天，老人上下楼很困难，请尽快维修。', null],
  ['南门垃圾没人清运', '南门垃圾站的垃圾已经三天没人清运，臭味很大。', '南门垃圾站'],
  ['育才路路灯不亮', '育才路口那边的路灯坏了一个多月，晚上过马路很危险。', '横五路育才路口'],
  ['楼下烧烤店噪音扰民', '底商的烧烤店每天营业到凌晨两点，吵得睡不着。', null],
  ['小区流浪狗太多', '小区里有五六条流浪狗，晚上追着人叫，孩子不敢出门。', null],
  ['2号楼顶楼漏水', '2号楼顶层一下雨就漏水，墙皮都泡掉了。', null],
];

let keys = 0;

interface Notice {
  kind: string;
  subject: { type: string; id: string } | null;
}

describe('hot topics: the crossing of 12 December', () => {
  let s: TestServer;
  let staff: Person;
  let streetAdmin: Person;
  let staffToken: string;
  const crossing: { id: string; resident: Person }[] = [];
  const unrelated: string[] = [];
  let communityId: string;
  let officeId: string;

  const submit = async (resident: Person, categoryId: string, title: string, body: string, loc: string | null) => {
    const r = await s.gql<{ submitTicket: { ticket: { id: string } } }>(
      'mutation($i: SubmitTicketInput!) { submitTicket(input: $i) { ticket { id } } }',
      {
        i: {
          categoryId,
          title,
          body,
          communityId,
          ...(loc ? { locationText: loc } : {}),
          anonymous: false,
          idempotencyKey: `hot-topic-${++keys}-${Date.now()}`,
        },
      },
      await resident.token(),
    );
    expect(r.errors).toBeUndefined();
    return r.data?.submitTicket.ticket.id as string;
  };
  const inbox = async (p: Person) =>
    (
      await s.gql<{ notifications: { edges: { node: Notice }[] } }>(
        '{ notifications(first: 100) { edges { node { kind subject { type id } } } } }',
        {},
        await p.token(),
      )
    ).data?.notifications.edges.map((e) => e.node) ?? [];

  beforeAll(async () => {
    s = await startTestServer();
    const community = await buildCommunity(s);
    communityId = community.id;
    const desk = await deskOf(s, community);
    officeId = desk.office.id;
    staff = await buildStaff(s, { role: 'COMMUNITY_STAFF', scope: community });
    staffToken = await staff.token();
    const street = await s.db.dataSource.getRepository(StreetEntity).findOneByOrFail({ id: community.streetId });
    streetAdmin = await buildStaff(s, { role: 'STREET_ADMIN', scope: street });
    // Unrelated matters first and in between: they must stay out of the hot topic.
    const others = await Promise.all(UNRELATED.map(() => buildResident(s, { community })));
    for (const [i, [title, body, loc]] of UNRELATED.entries()) {
      unrelated.push(await submit(others[i] as Person, desk.category.id, title, body, loc));
      const [ct, cb] = CROSSING_COMPLAINTS[i] as [string, string];
      const resident = await buildResident(s, { community });
      crossing.push({
        id: await submit(resident, desk.category.id, ct, cb, i % 2 ? '横五路育才路口' : null),
        resident,
      });
    }
    for (const [ct, cb] of CROSSING_COMPLAINTS.slice(UNRELATED.length)) {
      const resident = await buildResident(s, { community });
      crossing.push({ id: await submit(resident, desk.category.id, ct, cb, null), resident });
    }
  }, 120_000);
  afterAll(() => s.close());

  const topicsQuery = `query($c: ID) { hotTopics(communityId: $c, first: 20) { totalCount edges { node {
    id state title ticketCount viewerCan { merge dismiss } tickets { id title } } } } }`;
  type Topic = {
    id: string;
    state: string;
    ticketCount: number;
    viewerCan: { merge: boolean; dismiss: boolean };
    tickets: { id: string; title: string }[];
  };

  it('raises exactly one hot topic holding the ten complaints and nothing else', async () => {
    const r = await s.gql<{ hotTopics: { totalCount: number; edges: { node: Topic }[] } }>(
      topicsQuery,
      { c: communityId },
      staffToken,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data?.hotTopics.totalCount).toBe(1);
    const topic = r.data?.hotTopics.edges[0]?.node as Topic;
    expect(topic.state).toBe('OPEN');
    expect(topic.tickets.map((t) => t.id).sort()).toEqual(crossing.map((c) => c.id).sort());
    expect(topic.ticketCount).toBe(10);
    expect(topic.tickets.some((t) => unrelated.includes(t.id))).toBe(false);
    expect(topic.viewerCan).toEqual({ merge: true, dismiss: true });
  });

  it('tells the community staff and the street once, not again as it grows', async () => {
    for (const p of [staff, streetAdmin]) {
      const raised = (await inbox(p)).filter((n) => n.kind === 'HOT_TOPIC_RAISED');
      expect(raised).toHaveLength(1);
      expect(raised[0]?.subject?.type).toBe('HotTopic');
    }
  });

  it('lists similar tickets with score and reason, the unrelated ones out', async () => {
    const r = await s.gql<{
      similarTickets: {
        totalCount: number;
        edges: { node: { score: number; reason: string; ticket: { id: string } } }[];
      };
    }>(
      'query($t: ID!) { similarTickets(ticketId: $t, first: 20) { totalCount edges { node { score reason ticket { id state } } } } }',
      { t: crossing[0]?.id },
      staffToken,
    );
    expect(r.errors).toBeUndefined();
    const ids = r.data?.similarTickets.edges.map((e) => e.node.ticket.id) ?? [];
    const sameMatter = r.data?.similarTickets.edges.filter((e) => e.node.score >= 0.3).map((e) => e.node.ticket.id);
    expect(sameMatter?.length).toBeGreaterThanOrEqual(5);
    expect(sameMatter?.every((id) => crossing.some((c) => c.id === id))).toBe(true);
    expect(ids).not.toContain(unrelated[0]);
    const scores = r.data?.similarTickets.edges.map((e) => e.node.score) ?? [];
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(new Set(r.data?.similarTickets.edges.map((e) => e.node.reason))).not.toContain(undefined);
    // A resident never reads them.
    const resident = await s.gql(
      'query($t: ID!) { similarTickets(ticketId: $t) { totalCount } }',
      { t: crossing[0]?.id },
      await crossing[0]?.resident.token(),
    );
    expect(codeOf(resident)).toBe('FORBIDDEN');
  });

  it('merges the whole cluster in one action; one reply on the primary reaches all ten submitters', async () => {
    const topic = (
      await s.gql<{ hotTopics: { edges: { node: Topic }[] } }>(topicsQuery, { c: communityId }, staffToken)
    ).data?.hotTopics.edges[0]?.node as Topic;
    const primary = crossing[0]?.id as string;
    const accepted = await s.gql(
      'mutation($i: AcceptTicketInput!) { acceptTicket(input: $i) { ticket { id } } }',
      { i: { ticketId: primary, organisationIds: [officeId] } },
      staffToken,
    );
    expect(accepted.errors).toBeUndefined();
    const merged = await s.gql<{ mergeHotTopic: { hotTopic: { state: string; primaryTicketId: string } } }>(
      'mutation($i: MergeHotTopicInput!) { mergeHotTopic(input: $i) { hotTopic { state primaryTicketId } } }',
      { i: { hotTopicId: topic.id, primaryTicketId: primary, note: '同一路口拥堵问题，合并办理' } },
      staffToken,
    );
    expect(merged.errors).toBeUndefined();
    expect(merged.data?.mergeHotTopic.hotTopic).toEqual({ state: 'MERGED', primaryTicketId: primary });
    const states = await s.gql<{ tickets: { edges: { node: { id: string; state: string } }[] } }>(
      'query($c: ID!) { tickets(communityId: $c, first: 50) { edges { node { id state } } } }',
      { c: communityId },
      staffToken,
    );
    const stateOf = new Map(states.data?.tickets.edges.map((e) => [e.node.id, e.node.state]));
    for (const c of crossing.slice(1)) expect(stateOf.get(c.id)).toBe('MERGED');
    for (const id of unrelated) expect(stateOf.get(id)).toBe('SUBMITTED');

    const replied = await s.gql(
      'mutation($i: ReplyToTicketInput!) { replyToTicket(input: $i) { ticket { id } } }',
      { i: { ticketId: primary, body: '已协调交警在早高峰疏导，并调整信号灯配时。' } },
      staffToken,
    );
    expect(replied.errors).toBeUndefined();
    for (const c of crossing) {
      const replies = (await inbox(c.resident)).filter((n) => n.kind === 'TICKET_REPLIED' && n.subject?.id === primary);
      expect(replies).toHaveLength(1);
    }
    // Audited, and closed: a second merge is refused with the reason.
    const again = await s.gql(
      'mutation($i: MergeHotTopicInput!) { mergeHotTopic(input: $i) { hotTopic { id } } }',
      { i: { hotTopicId: topic.id, primaryTicketId: primary } },
      staffToken,
    );
    expect(again.errors?.[0]?.extensions?.reason).toBe('TRIAGE_HOT_TOPIC_CLOSED');
    const audit = await s.db.dataSource.query('SELECT operation FROM audit_log WHERE targetId = ?', [topic.id]);
    expect(audit.map((a: { operation: string }) => a.operation)).toEqual(['triage.mergeHotTopic']);
  });
});

describe('hot topics: rule, growth and dismissal', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(() => s.close());

  it('a community rule of 3 within 2 hours raises at 3; older tickets do not count; dismissal needs a reason', async () => {
    const community = await buildCommunity(s);
    const desk = await deskOf(s, community);
    const staff = await buildStaff(s, { role: 'COMMUNITY_STAFF', scope: community });
    const token = await staff.token();
    const bad = await s.gql(
      'mutation($i: SetHotTopicRuleInput!) { setHotTopicRule(input: $i) { rule { threshold } } }',
      { i: { communityId: community.id, threshold: 1, windowHours: 2 } },
      token,
    );
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    const set = await s.gql<{
      setHotTopicRule: { rule: { threshold: number; windowHours: number; isDefault: boolean } };
    }>(
      'mutation($i: SetHotTopicRuleInput!) { setHotTopicRule(input: $i) { rule { threshold windowHours isDefault } } }',
      { i: { communityId: community.id, threshold: 3, windowHours: 2 } },
      token,
    );
    expect(set.data?.setHotTopicRule.rule).toEqual({ threshold: 3, windowHours: 2, isDefault: false });
    const ids: string[] = [];
    const submitOne = async (i: number) => {
      const [title, body] = CROSSING_COMPLAINTS[i] as [string, string];
      const resident = await buildResident(s, { community });
      const r = await s.gql<{ submitTicket: { ticket: { id: string } } }>(
        'mutation($i: SubmitTicketInput!) { submitTicket(input: $i) { ticket { id } } }',
        {
          i: {
            categoryId: desk.category.id,
            title,
            body,
            communityId: community.id,
            anonymous: false,
            idempotencyKey: `rule-test-${i}-${Date.now()}`,
          },
        },
        await resident.token(),
      );
      ids.push(r.data?.submitTicket.ticket.id as string);
    };
    await submitOne(0);
    await submitOne(1);
    // Three hours ago: outside the window.
    await s.db.dataSource.query('UPDATE ticket SET createdAt = ? WHERE id IN (?, ?)', [
      new Date(Date.now() - 3 * 3_600_000).toISOString().replace('T', ' ').replace('Z', ''),
      ids[0],
      ids[1],
    ]);
    await submitOne(2);
    const topics = () => s.db.dataSource.getRepository(HotTopicEntity).findBy({ communityId: community.id });
    expect(await topics()).toHaveLength(0);
    await submitOne(3);
    await submitOne(4);
    const [topic] = await topics();
    expect(topic?.ticketCount).toBe(3);
    await submitOne(5);
    expect((await topics())[0]?.ticketCount).toBe(4);

    const blank = await s.gql(
      'mutation($i: DismissHotTopicInput!) { dismissHotTopic(input: $i) { hotTopic { state } } }',
      { i: { hotTopicId: topic?.id, reason: '   ' } },
      token,
    );
    expect(blank.errors?.[0]?.extensions?.reason).toBe('TRIAGE_BLANK_REASON');
    const ok = await s.gql<{ dismissHotTopic: { hotTopic: { state: string; dismissReason: string } } }>(
      'mutation($i: DismissHotTopicInput!) { dismissHotTopic(input: $i) { hotTopic { state dismissReason } } }',
      { i: { hotTopicId: topic?.id, reason: '已由交警统一处理' } },
      token,
    );
    expect(ok.data?.dismissHotTopic.hotTopic).toEqual({ state: 'DISMISSED', dismissReason: '已由交警统一处理' });
    // A dismissed topic no longer grows, and its tickets do not start a new one.
    await submitOne(6);
    expect((await topics()).map((t) => [t.state, t.ticketCount])).toEqual([['DISMISSED', 4]]);
  });
});
