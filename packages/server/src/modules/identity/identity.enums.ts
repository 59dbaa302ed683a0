/** Roles and scope kinds are the authorization vocabulary (auth/roles.ts); identity registers them. */
export { Role, ScopeKind, STAFF_ROLES } from '../../auth/roles.js';

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
