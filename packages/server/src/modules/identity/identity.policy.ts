import { Brackets, type SelectQueryBuilder } from 'typeorm';
import { PERMISSIONS } from '../../auth/permissions.js';
import { applyReach, type Place, type Reach } from '../../auth/reach.js';
import { fail } from '../../common/errors.js';
import { OrganisationKind } from '../org/org.enums.js';
import { Role, ScopeKind, STAFF_ROLES } from './identity.enums.js';
import { IdentityReasons } from './identity.errors.js';
import type { UserEntity } from './user.entity.js';

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
