import { Brackets, type SelectQueryBuilder } from 'typeorm';
import { allow, serialize } from '../../auth/abilities.js';
import { PERMISSIONS } from '../../auth/permissions.js';
import { can, reachFor } from '../../auth/policy.js';
import { applyReach, inReach, isEmptyReach, type Place, type Reach } from '../../auth/reach.js';
import type { ReadRule } from '../../auth/scoped.js';
import type { Viewer } from '../../auth/viewer.js';
import { fail } from '../../common/errors.js';
import { OrganisationKind } from '../org/org.enums.js';
import { seesRoom } from '../org/org.policy.js';
import { HouseholdBindingEntity } from './household-binding.entity.js';
import { BindingStatus, Role, ScopeKind, STAFF_ROLES } from './identity.enums.js';
import { IdentityReasons } from './identity.errors.js';
import { UserEntity } from './user.entity.js';

let seq = 0;

/**
 * Read rule of users as a query filter: users with an active membership or a household binding
 * placed in the reach. Nobody outside it exists for the viewer.
 */
export function applyUserReach(qb: SelectQueryBuilder<UserEntity>, reach: Reach): void {
  if (reach.all) return;
  const n = ++seq;
  const viaMembership = qb
    .subQuery()
    .select('1')
    .from('membership', `um${n}`)
    .where(`um${n}.userId = ${qb.alias}.id AND um${n}.revokedAt IS NULL`);
  applyReach(viaMembership, `um${n}`, reach);
  const viaBinding = qb
    .subQuery()
    .select('1')
    .from('household_binding', `ub${n}`)
    .where(`ub${n}.userId = ${qb.alias}.id`);
  applyReach(viaBinding, `ub${n}`, reach);
  qb.andWhere(
    new Brackets((w) => {
      w.where(`EXISTS ${viaMembership.getQuery()}`, viaMembership.getParameters());
      w.orWhere(`EXISTS ${viaBinding.getQuery()}`, viaBinding.getParameters());
    }),
  );
}

/** Which scope kind (and organisation kind) each role is granted in. */
export const ROLE_SCOPE: Record<Role, { scope: ScopeKind; orgKind?: OrganisationKind }> = {
  [Role.SYSTEM_ADMIN]: { scope: ScopeKind.SYSTEM },
  [Role.STREET_ADMIN]: { scope: ScopeKind.STREET },
  [Role.COMMUNITY_STAFF]: { scope: ScopeKind.COMMUNITY },
  [Role.RESIDENT]: { scope: ScopeKind.COMMUNITY },
  [Role.PROPERTY_STAFF]: { scope: ScopeKind.ORGANISATION, orgKind: OrganisationKind.PROPERTY_COMPANY },
  [Role.COMMITTEE_MEMBER]: { scope: ScopeKind.ORGANISATION, orgKind: OrganisationKind.OWNERS_COMMITTEE },
  [Role.DEPARTMENT_STAFF]: { scope: ScopeKind.ORGANISATION, orgKind: OrganisationKind.DEPARTMENT },
};

/** Each role's definition for clients (`roleDefinitions`): where it is granted, what it may do. */
export function roleDefinitions() {
  return Object.values(Role).map((role) => ({
    role,
    scopeKinds: [ROLE_SCOPE[role].scope],
    organisationKind: ROLE_SCOPE[role].orgKind ?? null,
    staff: STAFF_ROLES.includes(role),
    permissions: Object.entries(PERMISSIONS)
      .filter(([, roles]) => (roles as readonly Role[]).includes(role))
      .map(([action]) => action),
  }));
}

export function assertRoleFitsScope(role: Role, scopeKind: ScopeKind, orgKind?: OrganisationKind): void {
  const rule = ROLE_SCOPE[role];
  if (rule.scope !== scopeKind || (rule.orgKind && rule.orgKind !== orgKind)) {
    throw fail(
      IdentityReasons.IDENTITY_ROLE_SCOPE_MISMATCH,
      `${role} is granted on ${rule.scope}${rule.orgKind ? ` (${rule.orgKind})` : ''}, not ${scopeKind}`,
      { field: 'scopeKind' },
    );
  }
}

export const SYSTEM_PLACE: Place = { streetId: null, communityId: null, estateId: null };

// ---- read rules and abilities -----------------------------------------------------------------

/** Users the viewer may read (user.read reach); oneself is read without it (see UserService.get). */
export const userRead: ReadRule<UserEntity> = {
  entity: UserEntity,
  what: 'User',
  filter: (qb, viewer) => applyUserReach(qb, reachFor(viewer, 'user.read')),
};

/** Bindings in the viewer's review reach: the verification queue. */
export const bindingReviewRead: ReadRule<HouseholdBindingEntity> = {
  entity: HouseholdBindingEntity,
  what: 'HouseholdBinding',
  filter: (qb, viewer) => applyReach(qb, qb.alias, reachFor(viewer, 'binding.review')),
};

/** A resident's own bindings. */
export const bindingOwnRead: ReadRule<HouseholdBindingEntity> = {
  entity: HouseholdBindingEntity,
  what: 'HouseholdBinding',
  filter: (qb, viewer) => {
    qb.andWhere(`${qb.alias}.userId = :bindingOwner`, { bindingOwner: viewer?.userId ?? '' });
  },
};

/**
 * What the viewer may do with a user they can read (the user lies in their user.read reach). The
 * phone's roles are user.read's, so `revealPhone` is exact; `disable` and `grantMembership` are
 * judged by role here and checked against the user's place by the service.
 */
export const userPolicy = allow<{ id: string }, 'revealPhone' | 'disable' | 'grantMembership'>({
  what: 'User',
  read: () => true,
  abilities: {
    revealPhone: (v, u) => v.userId !== u.id && !isEmptyReach(reachFor(v, 'user.revealPhone')),
    disable: (v, u) => v.userId !== u.id && !isEmptyReach(reachFor(v, 'user.manage')),
    grantMembership: (v) => !isEmptyReach(reachFor(v, 'membership.manage')),
  },
});

/** A phone number is shown in full only to its owner (others reveal it through an audited mutation). */
export const seesFullPhone = (viewerId: string | null | undefined, userId: string): boolean => viewerId === userId;

/** Memberships of a user the viewer sees: all of one's own; of others, those placed within the viewer's user.read reach. */
export function visibleMemberships<M extends Place & { userId: string }>(viewer: Viewer | null, rows: M[]): M[] {
  if (!viewer) return [];
  // Another community's RESIDENT role or another street's posts are not the viewer's business.
  const reach = reachFor(viewer, 'user.read');
  return rows.filter((m) => m.userId === viewer.userId || inReach(reach, m));
}

/** The review of a binding as data: from which status each decision leads where. */
export const BINDING_DECISIONS = {
  approve: { [BindingStatus.PENDING]: BindingStatus.APPROVED },
  reject: { [BindingStatus.PENDING]: BindingStatus.REJECTED, [BindingStatus.APPROVED]: BindingStatus.REVOKED },
} as const satisfies Record<string, Partial<Record<BindingStatus, BindingStatus>>>;

export type BindingDecision = keyof typeof BINDING_DECISIONS;

/** Where `decision` leads from `status`, or null when the table has no such step. */
export const decisionFrom = (decision: BindingDecision, status: BindingStatus): BindingStatus | null =>
  (BINDING_DECISIONS[decision] as Partial<Record<BindingStatus, BindingStatus>>)[status] ?? null;

const reviews = (v: Viewer, b: Place) => can(v, 'binding.review', b);

/** Reviewers decide bindings placed in their reach; the resident who asked reads theirs but does not decide. */
export const bindingPolicy = allow<Place, BindingDecision>({
  what: 'HouseholdBinding',
  read: reviews,
  abilities: { approve: reviews, reject: reviews },
});

/** `HouseholdBinding.viewerCan`: the policy joined with the decision table. */
export function bindingViewerCan(viewer: Viewer | null, b: Place & { status: BindingStatus }) {
  const may = serialize(viewer, bindingPolicy, b);
  return {
    approve: may.approve && decisionFrom('approve', b.status) !== null,
    reject: may.reject && decisionFrom('reject', b.status) !== null,
  };
}

/** The household's room on a binding: in full for the resident who asked and roles that need it. */
export const bindingShowsRoom = (viewer: Viewer | null, b: { userId: string }, h: Place): boolean =>
  viewer?.userId === b.userId || seesRoom(viewer, h);
