/** Valid base calls for the string-limit test (test/foundation/string-limits.test.ts collects this file by name). */
import { RedemptionStatus } from '../../src/modules/points/points.enums.js';
import { PointsRedemptionEntity } from '../../src/modules/points/points-reward.entity.js';
import { buildReward } from '../factories/points.js';
import type { TestServer } from '../helpers/server.js';
import type { World } from '../helpers/world.js';

type Ctx = { s: TestServer; w: World };

export const BASES = {
  setPointsRule: async (c: Ctx) => ({
    token: c.w.tokens.system,
    values: { communityId: c.w.community.boxue, event: 'MEETING_ATTENDANCE', points: 3 },
  }),
  adjustPoints: async (c: Ctx) => ({
    token: c.w.tokens.system,
    values: { communityId: c.w.community.boxue, userId: c.w.user.resident, delta: 1, note: '补录' },
  }),
  savePointsReward: async (c: Ctx) => ({
    token: c.w.tokens.system,
    values: { communityId: c.w.community.boxue, name: '环保袋', cost: 1, stock: 1 },
  }),
  handOverRedemption: async (c: Ctx) => {
    const community = { id: c.w.community.boxue, streetId: c.w.streetId };
    const reward = await buildReward(c.s, { community });
    const r = await c.s.db.dataSource.getRepository(PointsRedemptionEntity).save({
      streetId: community.streetId,
      communityId: community.id,
      rewardId: reward.id,
      userId: c.w.user.resident,
      cost: 10,
      status: RedemptionStatus.RESERVED,
      pickupCode: '123456',
      handedOverAt: null,
      handedOverById: null,
      cancelledAt: null,
    } as PointsRedemptionEntity);
    // At the limit the code is simply wrong (the field is read, not stored).
    return {
      token: c.w.tokens.system,
      values: { redemptionId: r.id, pickupCode: '123456' },
      atMax: { pickupCode: 'BAD_USER_INPUT pickupCode' },
    };
  },
};
