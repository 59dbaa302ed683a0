/** Factories of the points module: rules, rewards and awards; they create the community they are not given. */
import { PointsEvent } from '../../src/modules/points/points.enums.js';
import { PointsRewardEntity } from '../../src/modules/points/points-reward.entity.js';
import { PointsRuleEntity } from '../../src/modules/points/points-rule.entity.js';
import type { TestServer } from '../helpers/server.js';
import { type FactoryContext, seq } from './context.js';
import { buildCommunity } from './org.js';

type Place = { id: string; streetId: string };

export async function buildPointsRule(
  f: FactoryContext,
  o: {
    community?: Place;
    event?: PointsEvent;
    points?: number;
    version?: number;
    dailyCap?: number | null;
    monthlyCap?: number | null;
  } = {},
): Promise<PointsRuleEntity> {
  const community = o.community ?? (await buildCommunity(f));
  return f.db.dataSource.getRepository(PointsRuleEntity).save({
    streetId: community.streetId,
    communityId: community.id,
    event: o.event ?? PointsEvent.TICKET_ACCEPTED,
    version: o.version ?? 1,
    points: o.points ?? 2,
    dailyCap: o.dailyCap ?? null,
    monthlyCap: o.monthlyCap ?? null,
    enabled: true,
    retiredAt: null,
    note: null,
    createdById: null,
  } as PointsRuleEntity);
}

export async function buildReward(
  f: FactoryContext,
  o: { community?: Place; name?: string; cost?: number; stock?: number; perPersonLimit?: number | null } = {},
): Promise<PointsRewardEntity> {
  const community = o.community ?? (await buildCommunity(f));
  return f.db.dataSource.getRepository(PointsRewardEntity).save({
    streetId: community.streetId,
    communityId: community.id,
    name: o.name ?? `奖品${seq()}`,
    description: null,
    cost: o.cost ?? 10,
    stock: o.stock ?? 5,
    perPersonLimit: o.perPersonLimit ?? null,
    active: true,
  } as PointsRewardEntity);
}

/** Gives a resident points through the ledger (a MEETING_ATTENDANCE award of a fixed amount). */
export async function givePoints(s: TestServer, o: { userId: string; community: Place; amount: number; key?: string }) {
  const r = await s.app.services.pointsLedger.award({
    userId: o.userId,
    communityId: o.community.id,
    streetId: o.community.streetId,
    event: PointsEvent.MEETING_ATTENDANCE,
    amount: o.amount,
    idempotencyKey: o.key ?? `test:${seq()}`,
  });
  if (!r.entry) throw new Error('givePoints made no entry');
  return r.entry;
}
