import { allow } from '../../auth/abilities.js';
import { can, reachFor } from '../../auth/policy.js';
import { applyReach, type Place } from '../../auth/reach.js';
import { Role } from '../../auth/roles.js';
import type { ReadRule } from '../../auth/scoped.js';
import type { Viewer } from '../../auth/viewer.js';
import { PointsEntryEntity } from './points-entry.entity.js';
import { PointsRedemptionEntity, PointsRewardEntity } from './points-reward.entity.js';

type Placed = { streetId: string; communityId: string };

/** Where a points record sits in the tenancy tree (community level). */
export const placeOf = (r: Placed): Place => ({ streetId: r.streetId, communityId: r.communityId, estateId: null });

const staffReach = <E extends { streetId: string; communityId: string }>(
  entity: new () => E,
  what: string,
): ReadRule<E> => ({
  entity,
  what,
  filter: (qb, viewer) =>
    applyReach(qb, qb.alias, reachFor(viewer, 'points.read'), { street: 'streetId', community: 'communityId' }),
});

/** Staff read the ledger of the places where they hold `points.read` (the ledger browser). */
export const pointsEntryRead = staffReach(PointsEntryEntity, 'PointsEntry');
/** Staff read a community's redemptions. */
export const redemptionStaffRead = staffReach(PointsRedemptionEntity, 'PointsRedemption');

/** The catalogue is public to the community's residents (and its staff). */
export const rewardRead: ReadRule<PointsRewardEntity> = {
  entity: PointsRewardEntity,
  what: 'PointsReward',
  filter: (qb, viewer) =>
    applyReach(qb, qb.alias, reachFor(viewer, 'points.public'), { street: 'streetId', community: 'communityId' }),
};

/** Whether a viewer lives in the community (a resident grant there). */
export const residentOf = (v: Viewer, communityId: string) =>
  v.grants.some((g) => g.role === Role.RESIDENT && g.communityId === communityId);

/** Community-level abilities (rules, adjustments, rewards, the public views). */
export const pointsPolicy = allow({
  what: 'Community',
  read: (v, r: Placed) => can(v, 'points.public', placeOf(r)),
  abilities: {
    /** Read rules, leaderboards and the catalogue. */
    view: (v, r) => can(v, 'points.public', placeOf(r)),
    /** Browse the ledger and redemptions. */
    browse: (v, r) => can(v, 'points.read', placeOf(r)),
    /** Change rules and rewards, adjust balances, hand over redemptions. */
    manage: (v, r) => can(v, 'points.manage', placeOf(r)),
    /** Redeem a reward: a resident of the community. */
    redeem: (v, r) => residentOf(v, r.communityId),
  },
});

/** Who may act on one redemption. */
export const redemptionPolicy = allow({
  what: 'PointsRedemption',
  read: (v, r: PointsRedemptionEntity) => v.userId === r.userId || can(v, 'points.read', placeOf(r)),
  abilities: {
    /** The resident who redeemed, or staff who manage points there. */
    cancel: (v, r) => v.userId === r.userId || can(v, 'points.manage', placeOf(r)),
    handOver: (v, r) => can(v, 'points.manage', placeOf(r)),
  },
});
