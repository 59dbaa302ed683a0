import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PointsEvent } from '../../src/modules/points/points.enums.js';
import {
  buildCommunity,
  buildEstate,
  buildHousehold,
  buildResident,
  buildStaff,
  buildTicket,
} from '../factories/index.js';
import { buildReward, givePoints } from '../factories/points.js';
import { codeOf, startTestServer, type TestServer } from '../helpers/server.js';

const SET_RULE =
  'mutation($i: SetPointsRuleInput!) { setPointsRule(input: $i) { rule { id version points current plainText } } }';
const RULES =
  'query($c: ID!, $h: Boolean) { pointsRules(communityId: $c, includeRetired: $h) { totalCount edges { node { version current points plainText } } } }';
const BOARD =
  'query($c: ID!, $e: ID, $p: LeaderboardPeriod) { pointsLeaderboard(communityId: $c, estateId: $e, period: $p) { totalCount edges { node { rank displayName points isViewer } } } }';

describe('points over HTTP: rules, awards, leaderboards, redemption', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(() => s.close());

  it('a rule change makes a new version; old awards keep theirs; residents read the rules in plain words', async () => {
    const community = await buildCommunity(s);
    const staff = await (await buildStaff(s, { role: 'COMMUNITY_STAFF', scope: community })).token();
    const resident = await buildResident(s, { community });
    const i = { communityId: community.id, event: 'MEETING_ATTENDANCE', points: 5, dailyCap: 5 };
    const v1 = await s.gql<{ setPointsRule: { rule: { version: number; plainText: string } } }>(SET_RULE, { i }, staff);
    expect(v1.data?.setPointsRule.rule.version).toBe(1);
    expect(v1.data?.setPointsRule.rule.plainText).toBe('参加圆桌会议：每次 +5 分，每天最多 5 分');
    // The caps' day is the Shanghai day of `now`, fixed once: a run across midnight cannot split the awards.
    const now = new Date();
    const award = (key: string) =>
      s.app.services.pointsLedger.award(
        {
          userId: resident.user.id,
          communityId: community.id,
          streetId: community.streetId,
          event: PointsEvent.MEETING_ATTENDANCE,
          idempotencyKey: key,
        },
        undefined,
        now,
      );
    const first = await award('m:1');
    expect(first.entry).toMatchObject({ delta: 5, ruleVersion: 1 });
    // The daily cap of 5 is reached: the next award of the day is recorded as 0 (its key is used).
    expect((await award('m:2')).entry).toMatchObject({ delta: 0, note: 'cap reached' });
    await s.gql(SET_RULE, { i: { ...i, points: 8, dailyCap: null } }, staff);
    expect((await award('m:3')).entry).toMatchObject({ delta: 8, ruleVersion: 2 });
    const rt = await resident.token();
    const rules = await s.gql<{
      pointsRules: { totalCount: number; edges: { node: { version: number; plainText: string } }[] };
    }>(RULES, { c: community.id, h: true }, rt);
    expect(rules.data?.pointsRules.totalCount).toBe(2);
    const current = await s.gql<{ pointsRules: { edges: { node: { version: number; current: boolean } }[] } }>(
      RULES,
      { c: community.id },
      rt,
    );
    expect(current.data?.pointsRules.edges.map((e) => e.node)).toEqual([
      { version: 2, current: true, points: 8, plainText: '参加圆桌会议：每次 +8 分' },
    ]);
    const en = await fetch(`${s.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${rt}`, 'accept-language': 'en-US' },
      body: JSON.stringify({ query: RULES, variables: { c: community.id } }),
    }).then((r) => r.json() as Promise<{ data: { pointsRules: { edges: { node: { plainText: string } }[] } } }>);
    expect(en.data.pointsRules.edges[0].node.plainText).toBe(
      'For attending a round-table meeting: +8 points each time',
    );
    const [old] = await s.db.dataSource.query('SELECT ruleVersion FROM points_entry WHERE idempotencyKey = ?', ['m:1']);
    expect(Number(old.ruleVersion)).toBe(1);
    // A penalty must be negative.
    const bad = await s.gql(SET_RULE, { i: { ...i, event: 'BOOKING_NO_SHOW', points: 3 } }, staff);
    expect(bad.errors?.[0]?.extensions?.reason).toBe('POINTS_BAD_RULE');
    expect(codeOf(await s.gql(SET_RULE, { i }, rt))).toBe('FORBIDDEN');
  });

  it('the monthly cap: awards of the month stop at the cap (the last one partly), a penalty is not capped', async () => {
    const community = await buildCommunity(s);
    const staff = await (await buildStaff(s, { role: 'COMMUNITY_STAFF', scope: community })).token();
    const rule = { communityId: community.id, event: 'MEETING_ATTENDANCE', points: 5, monthlyCap: 12 };
    expect((await s.gql(SET_RULE, { i: rule }, staff)).errors).toBeUndefined();
    await s.gql(SET_RULE, { i: { communityId: community.id, event: 'BOOKING_NO_SHOW', points: -3 } }, staff);
    const r = await buildResident(s, { community });
    const now = new Date();
    const award = (event: PointsEvent, key: string) =>
      s.app.services.pointsLedger.award(
        { userId: r.user.id, communityId: community.id, streetId: community.streetId, event, idempotencyKey: key },
        undefined,
        now,
      );
    const deltas = [];
    for (const k of ['a', 'b', 'c', 'd']) deltas.push((await award(PointsEvent.MEETING_ATTENDANCE, k)).entry?.delta);
    expect(deltas).toEqual([5, 5, 2, 0]);
    expect((await award(PointsEvent.BOOKING_NO_SHOW, 'p')).entry?.delta).toBe(-3);
    // The penalty does not reopen room under the cap: the cap sums the event's own awards.
    expect((await award(PointsEvent.MEETING_ATTENDANCE, 'e')).entry?.delta).toBe(0);
  });

  it('a no-show penalty takes at most the balance', async () => {
    const community = await buildCommunity(s);
    const staff = await (await buildStaff(s, { role: 'COMMUNITY_STAFF', scope: community })).token();
    await s.gql(SET_RULE, { i: { communityId: community.id, event: 'BOOKING_NO_SHOW', points: -10 } }, staff);
    const r = await buildResident(s, { community });
    await givePoints(s, { userId: r.user.id, community, amount: 4 });
    const p = await s.app.services.pointsLedger.award({
      userId: r.user.id,
      communityId: community.id,
      streetId: community.streetId,
      event: PointsEvent.BOOKING_NO_SHOW,
      idempotencyKey: 'booking.noShow:b1',
    });
    expect(p.entry).toMatchObject({ delta: -4, balanceAfter: 0 });
  });

  it('a ticket accepted as valid pays its submitter once, however often the scan runs', async () => {
    const community = await buildCommunity(s);
    const staff = await (await buildStaff(s, { role: 'COMMUNITY_STAFF', scope: community })).token();
    await s.gql(SET_RULE, { i: { communityId: community.id, event: 'TICKET_ACCEPTED', points: 2 } }, staff);
    const t = await buildTicket(s, { community, state: 'ACCEPTED' });
    const submitted = await buildTicket(s, { community, state: 'SUBMITTED' });
    await Promise.all([s.app.services.ticketAwardScan.run(), s.app.services.ticketAwardScan.run()]);
    await s.app.services.ticketAwardScan.run();
    const rows = await s.db.dataSource.query(
      'SELECT userId, delta, idempotencyKey FROM points_entry WHERE communityId = ?',
      [community.id],
    );
    expect(rows).toEqual([{ userId: t.resident.user.id, delta: 2, idempotencyKey: `ticket.accepted:${t.id}` }]);
    expect(rows.some((r: { idempotencyKey: string }) => r.idempotencyKey.includes(submitted.id))).toBe(false);
  });

  it('leaderboards: highest first, ties to who got there first, estate filter, display names only, opt-out', async () => {
    const community = await buildCommunity(s);
    const estateA = await buildEstate(s, { community });
    const estateB = await buildEstate(s, { community });
    const a = await buildResident(s, { household: await buildHousehold(s, { estate: estateA }), displayName: '甲' });
    const b = await buildResident(s, { household: await buildHousehold(s, { estate: estateA }), displayName: '乙' });
    const c = await buildResident(s, { household: await buildHousehold(s, { estate: estateB }), displayName: '丙' });
    await givePoints(s, { userId: b.user.id, community, amount: 10 });
    await givePoints(s, { userId: a.user.id, community, amount: 10 });
    await givePoints(s, { userId: c.user.id, community, amount: 30 });
    const token = await a.token();
    const board = await s.gql<{
      pointsLeaderboard: { totalCount: number; edges: { node: Record<string, unknown> }[] };
    }>(BOARD, { c: community.id, p: 'ALL_TIME' }, token);
    expect(board.data?.pointsLeaderboard.edges.map((e) => e.node)).toEqual([
      { rank: 1, displayName: '丙', points: 30, isViewer: false },
      { rank: 2, displayName: '乙', points: 10, isViewer: false },
      { rank: 3, displayName: '甲', points: 10, isViewer: true },
    ]);
    const estate = await s.gql<{ pointsLeaderboard: { edges: { node: { displayName: string } }[] } }>(
      BOARD,
      { c: community.id, e: estateA.id, p: 'MONTH' },
      token,
    );
    expect(estate.data?.pointsLeaderboard.edges.map((e) => e.node.displayName)).toEqual(['乙', '甲']);
    await s.gql('mutation { setLeaderboardOptOut(input: { optOut: true }) { optOut } }', {}, await c.token());
    const after = await s.gql<{ pointsLeaderboard: { totalCount: number } }>(
      BOARD,
      { c: community.id, p: 'YEAR' },
      token,
    );
    expect(after.data?.pointsLeaderboard.totalCount).toBe(2);
    const outsider = await buildResident(s);
    expect(codeOf(await s.gql(BOARD, { c: community.id }, await outsider.token()))).toBe('NOT_FOUND');
  });

  it('redeem → pick-up code → hand over; cancel refunds points and stock once; per-person limit', async () => {
    const community = await buildCommunity(s);
    const staff = await (await buildStaff(s, { role: 'COMMUNITY_STAFF', scope: community })).token();
    const reward = await buildReward(s, { community, cost: 10, stock: 5, perPersonLimit: 2 });
    const r = await buildResident(s, { community });
    await givePoints(s, { userId: r.user.id, community, amount: 50 });
    const t = await r.token();
    const redeem = () =>
      s.gql<{ redeemPointsReward: { redemption: { id: string; pickupCode: string } } }>(
        'mutation($i: RedeemPointsRewardInput!) { redeemPointsReward(input: $i) { redemption { id pickupCode status } } }',
        { i: { rewardId: reward.id } },
        t,
      );
    const one = (await redeem()).data?.redeemPointsReward.redemption;
    const two = (await redeem()).data?.redeemPointsReward.redemption;
    expect(one?.pickupCode).toMatch(/^\d{6}$/);
    expect((await redeem()).errors?.[0]?.extensions?.reason).toBe('POINTS_LIMIT_REACHED');
    const HAND =
      'mutation($i: HandOverRedemptionInput!) { handOverRedemption(input: $i) { redemption { status pickupCode } } }';
    const wrong = await s.gql(
      HAND,
      { i: { redemptionId: one?.id, pickupCode: one?.pickupCode === '000000' ? '111111' : '000000' } },
      staff,
    );
    expect(wrong.errors?.[0]?.extensions?.reason).toBe('POINTS_WRONG_PICKUP_CODE');
    const handed = await s.gql<{ handOverRedemption: { redemption: { status: string; pickupCode: null } } }>(
      HAND,
      { i: { redemptionId: one?.id, pickupCode: one?.pickupCode } },
      staff,
    );
    expect(handed.data?.handOverRedemption.redemption).toEqual({ status: 'HANDED_OVER', pickupCode: null });
    const CANCEL = 'mutation($i: CancelRedemptionInput!) { cancelRedemption(input: $i) { redemption { status } } }';
    const [c1, c2] = await Promise.all([
      s.gql(CANCEL, { i: { redemptionId: two?.id } }, t),
      s.gql(CANCEL, { i: { redemptionId: two?.id } }, staff),
    ]);
    expect([codeOf(c1), codeOf(c2)].sort()).toEqual(['CONFLICT', 'OK']);
    expect(
      (
        await s.gql<{ myPointsBalance: number }>(
          'query($c: ID!) { myPointsBalance(communityId: $c) }',
          { c: community.id },
          t,
        )
      ).data,
    ).toEqual({ myPointsBalance: 40 });
    const [row] = await s.db.dataSource.query('SELECT stock FROM points_reward WHERE id = ?', [reward.id]);
    expect(Number(row.stock)).toBe(4);
  });
});
