import { maskPhone } from '../../common/mask.js';
import type { HouseholdBindingEntity } from './household-binding.entity.js';
import { seesFullPhone } from './identity.policy.js';
import type { HouseholdBinding, Membership, User } from './identity.types.js';
import type { MembershipEntity } from './membership.entity.js';
import type { UserEntity } from './user.entity.js';

/** The phone is shown in full only to the user themself; everyone else gets it masked. */
export const toUser = (e: UserEntity, viewerId: string | null | undefined): User => ({
  id: e.id,
  displayName: e.displayName,
  phone: seesFullPhone(viewerId, e.id) ? e.phone : maskPhone(e.phone),
  isPartyMember: e.isPartyMember,
  disabled: e.disabledAt !== null,
  createdAt: e.createdAt,
});

export const toMembership = (e: MembershipEntity): Membership => ({
  id: e.id,
  role: e.role,
  scopeKind: e.scopeKind,
  scopeId: e.scopeId,
  createdAt: e.createdAt,
  revokedAt: e.revokedAt,
  userId: e.userId,
  streetId: e.streetId,
  communityId: e.communityId,
  estateId: e.estateId,
  organisationId: e.organisationId,
});

export const toBinding = (e: HouseholdBindingEntity): HouseholdBinding => ({
  id: e.id,
  relation: e.relation,
  status: e.status,
  reason: e.reason,
  createdAt: e.createdAt,
  reviewedAt: e.reviewedAt,
  userId: e.userId,
  householdId: e.householdId,
  streetId: e.streetId,
  communityId: e.communityId,
  estateId: e.estateId,
  reviewedById: e.reviewedById,
});
