/**
 * The authorization vocabulary: the roles a membership grants and the kinds of node it is scoped
 * to (DESIGN §2). Identity registers them as GraphQL enums (identity.enums.ts re-exports them).
 */

/** Roles a membership grants. */
export enum Role {
  RESIDENT = 'RESIDENT',
  COMMUNITY_STAFF = 'COMMUNITY_STAFF',
  PROPERTY_STAFF = 'PROPERTY_STAFF',
  COMMITTEE_MEMBER = 'COMMITTEE_MEMBER',
  /** Staff of a street department (交警中队, 平安办): answers the tickets escalated to it. */
  DEPARTMENT_STAFF = 'DEPARTMENT_STAFF',
  STREET_ADMIN = 'STREET_ADMIN',
  SYSTEM_ADMIN = 'SYSTEM_ADMIN',
}

/** The kind of node a membership is scoped to. */
export enum ScopeKind {
  SYSTEM = 'SYSTEM',
  STREET = 'STREET',
  COMMUNITY = 'COMMUNITY',
  ESTATE = 'ESTATE',
  ORGANISATION = 'ORGANISATION',
}

/** Every role but the resident's. */
export const STAFF_ROLES: readonly Role[] = [
  Role.COMMUNITY_STAFF,
  Role.PROPERTY_STAFF,
  Role.COMMITTEE_MEMBER,
  Role.DEPARTMENT_STAFF,
  Role.STREET_ADMIN,
  Role.SYSTEM_ADMIN,
];
