import { reachFor } from '../../auth/policy.js';
import { applyReach } from '../../auth/reach.js';
import type { ReadRule } from '../../auth/scoped.js';
import { AuditLogEntity } from './audit-log.entity.js';

/**
 * Read rule of the audit log as a query filter: street and system admins, and community staff
 * for the actions in their community. Rows are placed by street and community only (an action's
 * estate is in its summary). The log has no abilities: it is written by the services, never edited.
 */
export const auditRead: ReadRule<AuditLogEntity> = {
  entity: AuditLogEntity,
  what: 'AuditLog',
  filter: (qb, viewer) =>
    applyReach(qb, qb.alias, reachFor(viewer, 'audit.read'), { street: 'streetId', community: 'communityId' }),
};
