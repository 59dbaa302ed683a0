import type { Role } from '../gql/graphql';

export const STAFF_ROLES: readonly Role[] = [
  'COMMUNITY_STAFF',
  'PROPERTY_STAFF',
  'COMMITTEE_MEMBER',
  'STREET_ADMIN',
  'SYSTEM_ADMIN',
];
/** Roles that manage people, verify residents and read the audit log. */
export const MANAGER_ROLES: readonly Role[] = ['COMMUNITY_STAFF', 'STREET_ADMIN', 'SYSTEM_ADMIN'];
/** Roles that may look any account up by phone and grant roles (server: membership.manage). */
export const MEMBERSHIP_ROLES: readonly Role[] = ['STREET_ADMIN', 'SYSTEM_ADMIN'];

export const hasAnyRole = (held: readonly Role[], wanted: readonly Role[]) => held.some((r) => wanted.includes(r));
