/** Matrix rows of the points module (see kit.ts for the columns); matrix.test.ts collects this file by name. */
import { expect } from 'vitest';
import { RedemptionStatus } from '../../src/modules/points/points.enums.js';
import { PointsRedemptionEntity } from '../../src/modules/points/points-reward.entity.js';
import { buildUser } from '../factories/index.js';
import { buildPointsRule, buildReward, givePoints } from '../factories/points.js';
import { at, pick, q, type Rule, type RunContext, read } from './kit.js';

const communityOf = (c: RunContext) => ({
  id: pick(c.target, c.w.community.boxue, c.w.community.xingyi),
  streetId: c.w.streetId,
});
/** The resident of the target community (周女士 in 博学路, the 兴议 resident outside). */
const residentOf = (c: RunContext) => pick(c.target, c.w.user.resident, c.w.user.xingyiResident);

async function redemption(c: RunContext): Promise<string> {
  const community = communityOf(c);
  const reward = await buildReward(c.s, { community, stock: 5 });
  const r = await c.s.db.dataSource.getRepository(PointsRedemptionEntity).save({
    streetId: community.streetId,
    communityId: community.id,
    rewardId: reward.id,
    userId: residentOf(c),
    cost: 10,
    status: RedemptionStatus.RESERVED,
    pickupCode: '123456',
    handedOverAt: null,
    handedOverById: null,
    cancelledAt: null,
  } as PointsRedemptionEntity);
  c.scratch.redemption = r.id;
  return r.id;
}

const redemptionStatus = async (c: RunContext) => {
  const d = await read<{ pointsRedemptions: { edges: { node: { id: string; status: string } }[] } }>(
    c,
    'query($c: ID!) { pointsRedemptions(communityId: $c, first: 100) { edges { node { id status } } } }',
    { c: communityOf(c).id },
  );
  return d.pointsRedemptions.edges.find((e) => e.node.id === c.scratch.redemption)?.node.status;
};

const PUBLIC = 'UN OK/NF OK/NF NF/OK NF NF OK OK NF NF UN';
const STAFF = 'UN FB/NF OK/NF NF/OK NF NF OK OK NF NF UN';
const ANYONE = 'UN OK OK OK OK OK OK OK OK OK UN';
const RESIDENT_ONLY = 'UN OK/NF FB/NF NF/FB NF NF FB FB NF NF UN';

// Columns (11 actors): anon resident boxue xingyi greentown committee street system otherStreet department appKey
export const POINTS_ROWS: Record<string, Rule> = {
  pointsRules: {
    expect: PUBLIC,
    list: 'pointsRules',
    run: async (c) => {
      await buildPointsRule(c.s, {
        community: communityOf(c),
        event: 'MEETING_ATTENDANCE' as never,
        version: 1000 + Math.floor(Math.random() * 1e6),
      });
      return c.s.gql(
        'query($c: ID!) { pointsRules(communityId: $c) { totalCount } }',
        { c: communityOf(c).id },
        c.token,
      );
    },
  },
  pointsLedger: {
    expect: STAFF,
    list: 'pointsLedger',
    run: async (c) => {
      await givePoints(c.s, { userId: residentOf(c), community: communityOf(c), amount: 1 });
      return c.s.gql(
        'query($c: ID!) { pointsLedger(communityId: $c) { totalCount } }',
        { c: communityOf(c).id },
        c.token,
      );
    },
  },
  myPointsBalance: {
    expect: ANYONE,
    run: q('query($c: ID!) { myPointsBalance(communityId: $c) }', (c) => ({ c: communityOf(c).id })),
  },
  myPointsEntries: {
    expect: ANYONE,
    run: q('query($c: ID!) { myPointsEntries(communityId: $c) { totalCount } }', (c) => ({ c: communityOf(c).id })),
  },
  pointsLeaderboard: {
    expect: PUBLIC,
    list: 'pointsLeaderboard',
    run: async (c) => {
      const u = await buildUser(c.s);
      await givePoints(c.s, { userId: u.user.id, community: communityOf(c), amount: 3 });
      return c.s.gql(
        'query($c: ID!) { pointsLeaderboard(communityId: $c) { totalCount } }',
        { c: communityOf(c).id },
        c.token,
      );
    },
  },
  myLeaderboardOptOut: { expect: ANYONE, run: q('{ myLeaderboardOptOut }') },
  pointsRewards: {
    expect: PUBLIC,
    list: 'pointsRewards',
    run: async (c) => {
      await buildReward(c.s, { community: communityOf(c) });
      return c.s.gql(
        'query($c: ID!) { pointsRewards(communityId: $c) { totalCount } }',
        { c: communityOf(c).id },
        c.token,
      );
    },
  },
  pointsRedemptions: {
    expect: STAFF,
    list: 'pointsRedemptions',
    run: async (c) => {
      await redemption(c);
      return c.s.gql(
        'query($c: ID!) { pointsRedemptions(communityId: $c) { totalCount } }',
        { c: communityOf(c).id },
        c.token,
      );
    },
  },
  myRedemptions: { expect: ANYONE, run: q('{ myRedemptions { totalCount } }') },
  setPointsRule: {
    expect: STAFF,
    run: async (c) => {
      c.scratch.points = 1 + Math.floor(Math.random() * 1000);
      return c.s.gql(
        'mutation($i: SetPointsRuleInput!) { setPointsRule(input: $i) { rule { id } } }',
        { i: { communityId: communityOf(c).id, event: 'TICKET_ACCEPTED', points: c.scratch.points } },
        c.token,
      );
    },
    effect: async (c) => {
      const d = await read<{ pointsRules: { edges: { node: { event: string; points: number } }[] } }>(
        c,
        'query($c: ID!) { pointsRules(communityId: $c, first: 100) { edges { node { event points } } } }',
        { c: communityOf(c).id },
      );
      expect(d.pointsRules.edges.find((e) => e.node.event === 'TICKET_ACCEPTED')?.node.points).toBe(c.scratch.points);
    },
  },
  adjustPoints: {
    expect: STAFF,
    run: (c) =>
      c.s.gql(
        'mutation($i: AdjustPointsInput!) { adjustPoints(input: $i) { entry { id } } }',
        { i: { communityId: communityOf(c).id, userId: residentOf(c), delta: 2, note: '矩阵测试' } },
        c.token,
      ),
    effect: async (c, r) => {
      const d = await read<{ pointsLedger: { edges: { node: { id: string } }[] } }>(
        c,
        'query($c: ID!, $u: ID) { pointsLedger(communityId: $c, userId: $u, reason: MANUAL, first: 100) { edges { node { id } } } }',
        { c: communityOf(c).id, u: residentOf(c) },
      );
      expect(d.pointsLedger.edges.map((e) => e.node.id)).toContain(at(r, 'adjustPoints.entry.id'));
    },
  },
  setLeaderboardOptOut: {
    expect: ANYONE,
    run: q('mutation { setLeaderboardOptOut(input: { optOut: false }) { optOut } }'),
    effect: async (c) => {
      expect(await read<{ myLeaderboardOptOut: boolean }>(c, '{ myLeaderboardOptOut }', {}, c.token)).toEqual({
        myLeaderboardOptOut: false,
      });
    },
  },
  savePointsReward: {
    expect: STAFF,
    run: async (c) => {
      c.scratch.name = `矩阵奖品-${c.actor}-${c.target}`;
      return c.s.gql(
        'mutation($i: SavePointsRewardInput!) { savePointsReward(input: $i) { reward { id } } }',
        { i: { communityId: communityOf(c).id, name: c.scratch.name, cost: 5, stock: 3 } },
        c.token,
      );
    },
    effect: async (c) => {
      const d = await read<{ pointsRewards: { edges: { node: { name: string } }[] } }>(
        c,
        'query($c: ID!) { pointsRewards(communityId: $c, first: 100) { edges { node { name } } } }',
        { c: communityOf(c).id },
      );
      expect(d.pointsRewards.edges.map((e) => e.node.name)).toContain(c.scratch.name);
    },
  },
  redeemPointsReward: {
    expect: RESIDENT_ONLY,
    run: async (c) => {
      const community = communityOf(c);
      const reward = await buildReward(c.s, { community, cost: 1, stock: 5 });
      await givePoints(c.s, {
        userId: c.w.user.resident,
        community: { id: c.w.community.boxue, streetId: c.w.streetId },
        amount: 1,
      });
      return c.s.gql(
        'mutation($i: RedeemPointsRewardInput!) { redeemPointsReward(input: $i) { redemption { id } } }',
        { i: { rewardId: reward.id } },
        c.token,
      );
    },
    effect: async (c, r) => {
      const d = await read<{ myRedemptions: { edges: { node: { id: string } }[] } }>(
        c,
        '{ myRedemptions(first: 100) { edges { node { id } } } }',
        {},
        c.token,
      );
      expect(d.myRedemptions.edges.map((e) => e.node.id)).toContain(at(r, 'redeemPointsReward.redemption.id'));
    },
  },
  handOverRedemption: {
    expect: STAFF,
    run: async (c) =>
      c.s.gql(
        'mutation($i: HandOverRedemptionInput!) { handOverRedemption(input: $i) { redemption { id } } }',
        { i: { redemptionId: await redemption(c), pickupCode: '123456' } },
        c.token,
      ),
    effect: async (c) => expect(await redemptionStatus(c)).toBe('HANDED_OVER'),
  },
  cancelRedemption: {
    expect: 'UN OK/NF OK/NF NF/OK NF NF OK OK NF NF UN',
    run: async (c) =>
      c.s.gql(
        'mutation($i: CancelRedemptionInput!) { cancelRedemption(input: $i) { redemption { id } } }',
        { i: { redemptionId: await redemption(c) } },
        c.token,
      ),
    effect: async (c) => expect(await redemptionStatus(c)).toBe('CANCELLED'),
  },
};
