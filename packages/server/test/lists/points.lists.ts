/** Rows for the statement-count test of the points module's lists; statements.test.ts collects this file by name. */
import { PointsEvent, RedemptionStatus } from '../../src/modules/points/points.enums.js';
import { PointsRedemptionEntity } from '../../src/modules/points/points-reward.entity.js';
import { buildCommunity, buildResident, buildStaff } from '../factories/index.js';
import { buildPointsRule, buildReward, givePoints } from '../factories/points.js';
import type { TestServer } from '../helpers/server.js';

interface Data {
  staff: string;
  resident: string;
  c: string;
}
let data: Promise<Data> | undefined;

/** One community with 21 of everything: rule versions, residents with points, rewards, redemptions. */
function fill(s: TestServer): Promise<Data> {
  data ??= (async () => {
    const community = await buildCommunity(s);
    const staff = await buildStaff(s, { role: 'COMMUNITY_STAFF', scope: community });
    const resident = await buildResident(s, { community });
    for (let v = 1; v <= 21; v++)
      await buildPointsRule(s, { community, event: PointsEvent.MEETING_ATTENDANCE, version: v });
    for (let i = 0; i < 21; i++) {
      const r = await buildResident(s, { community });
      await givePoints(s, { userId: r.user.id, community, amount: 10 + i });
      await givePoints(s, { userId: resident.user.id, community, amount: 100 });
    }
    const reward = await buildReward(s, { community, stock: 100 });
    for (let i = 0; i < 21; i++) {
      await buildReward(s, { community });
      await s.db.dataSource.getRepository(PointsRedemptionEntity).save({
        streetId: community.streetId,
        communityId: community.id,
        rewardId: reward.id,
        userId: resident.user.id,
        cost: 10,
        status: RedemptionStatus.RESERVED,
        pickupCode: '123456',
        handedOverAt: null,
        handedOverById: null,
        cancelledAt: null,
      } as PointsRedemptionEntity);
    }
    return { staff: await staff.token(), resident: await resident.token(), c: community.id };
  })();
  return data;
}

export const LISTS = {
  pointsRules: async (s: TestServer) => {
    const d = await fill(s);
    return { token: d.resident, args: `communityId: "${d.c}"` };
  },
  pointsLedger: async (s: TestServer) => {
    const d = await fill(s);
    return { token: d.staff, args: `communityId: "${d.c}"` };
  },
  myPointsEntries: async (s: TestServer) => {
    const d = await fill(s);
    return { token: d.resident, args: `communityId: "${d.c}"` };
  },
  pointsLeaderboard: async (s: TestServer) => {
    const d = await fill(s);
    return { token: d.resident, args: `communityId: "${d.c}", period: ALL_TIME` };
  },
  pointsRewards: async (s: TestServer) => {
    const d = await fill(s);
    return { token: d.resident, args: `communityId: "${d.c}"` };
  },
  pointsRedemptions: async (s: TestServer) => {
    const d = await fill(s);
    return { token: d.staff, args: `communityId: "${d.c}"` };
  },
  myRedemptions: async (s: TestServer) => {
    const d = await fill(s);
    return { token: d.resident, args: '' };
  },
};
