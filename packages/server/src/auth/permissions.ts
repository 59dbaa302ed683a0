import { Role } from '../modules/identity/identity.enums.js';

const { SYSTEM_ADMIN, STREET_ADMIN, COMMUNITY_STAFF, PROPERTY_STAFF, COMMITTEE_MEMBER, RESIDENT } = Role;
const ALL_STAFF = [SYSTEM_ADMIN, STREET_ADMIN, COMMUNITY_STAFF, PROPERTY_STAFF, COMMITTEE_MEMBER];

/**
 * Which roles' memberships count for an action. A membership counts only where its scope reaches
 * the record (reach.ts); everything not listed here is denied.
 */
export const PERMISSIONS = {
  /** Read the tenancy tree (streets, communities, estates, buildings). */
  'tree.read': [...ALL_STAFF, RESIDENT],
  /** Create, update, archive streets. */
  'street.manage': [SYSTEM_ADMIN],
  /** Create, update, archive communities. */
  'community.manage': [SYSTEM_ADMIN, STREET_ADMIN],
  /** Create, update, archive estates, buildings, households. */
  'estate.manage': [SYSTEM_ADMIN, STREET_ADMIN, COMMUNITY_STAFF],
  /** Read households (unit; room masked). */
  'household.read': ALL_STAFF,
  /** See room numbers in full (personal data). */
  'household.readRoom': [SYSTEM_ADMIN, STREET_ADMIN, COMMUNITY_STAFF, PROPERTY_STAFF],
  /** Read the working-day calendar (one for the whole platform: checked by role, not place). */
  'calendar.read': ALL_STAFF,
  /** Enter holidays and make-up working days, declare a year complete (platform-wide, by role). */
  'calendar.manage': [SYSTEM_ADMIN, STREET_ADMIN],
  /** Read organisations. */
  'organisation.read': [...ALL_STAFF, RESIDENT],
  /** Create, update, archive organisations and which estates a company serves. */
  'organisation.manage': [SYSTEM_ADMIN, STREET_ADMIN, COMMUNITY_STAFF],
  /** Read users, their memberships and bindings (masked phone). */
  'user.read': [SYSTEM_ADMIN, STREET_ADMIN, COMMUNITY_STAFF],
  /** See a phone number in full (each reveal is audited). */
  'user.revealPhone': [SYSTEM_ADMIN, STREET_ADMIN, COMMUNITY_STAFF],
  /** Disable or enable an account. */
  'user.manage': [SYSTEM_ADMIN, STREET_ADMIN],
  /** Grant and revoke memberships within one's own scope. */
  'membership.manage': [SYSTEM_ADMIN, STREET_ADMIN],
  /** Review residents' household bindings. */
  'binding.review': [SYSTEM_ADMIN, STREET_ADMIN, COMMUNITY_STAFF],
  /** Read tickets in full (property staff and committees: only those routed to them, see ticket.policy). */
  'ticket.read': [SYSTEM_ADMIN, STREET_ADMIN, COMMUNITY_STAFF],
  /** See a community's accepted tickets in the public, anonymised form. */
  'ticket.publicRead': [...ALL_STAFF, RESIDENT],
  /** Triage: accept, reject, merge, reassign, escalate, refer to a meeting. */
  'ticket.triage': [SYSTEM_ADMIN, STREET_ADMIN, COMMUNITY_STAFF],
  /** Configure ticket categories and their deadlines. */
  'ticket.configure': [SYSTEM_ADMIN, STREET_ADMIN, COMMUNITY_STAFF],
  /** Read ticket figures (valid, replied, on time …). */
  'ticket.figures': [SYSTEM_ADMIN, STREET_ADMIN, COMMUNITY_STAFF],
  /** Read the audit log (community staff: the actions in their community). */
  'audit.read': [SYSTEM_ADMIN, STREET_ADMIN, COMMUNITY_STAFF],
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof PERMISSIONS;
