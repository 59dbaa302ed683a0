import { type Deps, defineModule } from '../../app/module.js';
import { Role } from '../../auth/roles.js';
import { AuditResolver } from './audit.resolver.js';
import { AuditService } from './audit.service.js';
import { AuditLogEntity } from './audit-log.entity.js';

const { SYSTEM_ADMIN, STREET_ADMIN, COMMUNITY_STAFF } = Role;

/** The audit log: who did what, through which membership, where. */
export const auditModule = defineModule({
  name: 'audit',
  entities: [AuditLogEntity],
  resolvers: [AuditResolver],
  permissions: {
    /** Read the audit log (community staff: the actions in their community). */
    'audit.read': [SYSTEM_ADMIN, STREET_ADMIN, COMMUNITY_STAFF],
  },
  services: ({ dataSource }: Deps) => ({ audit: new AuditService(dataSource) }),
});
