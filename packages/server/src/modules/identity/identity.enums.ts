/** Roles a membership grants (DESIGN §2). */
export enum Role {
  RESIDENT = 'RESIDENT',
  COMMUNITY_STAFF = 'COMMUNITY_STAFF',
  PROPERTY_STAFF = 'PROPERTY_STAFF',
  COMMITTEE_MEMBER = 'COMMITTEE_MEMBER',
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

/** How a resident relates to a household. */
export enum HouseholdRelation {
  OWNER = 'OWNER',
  TENANT = 'TENANT',
  FAMILY = 'FAMILY',
}

/** State of a resident's request to be bound to a household. */
export enum BindingStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  REVOKED = 'REVOKED',
}

export const STAFF_ROLES: readonly Role[] = [
  Role.COMMUNITY_STAFF,
  Role.PROPERTY_STAFF,
  Role.COMMITTEE_MEMBER,
  Role.STREET_ADMIN,
  Role.SYSTEM_ADMIN,
];
