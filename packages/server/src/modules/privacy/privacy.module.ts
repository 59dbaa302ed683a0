import { type Deps, defineModule } from '../../app/module.js';
import { Role } from '../../auth/roles.js';
import type { AuditService } from '../audit/audit.service.js';
import type { CalendarService } from '../calendar/calendar.service.js';
import { ErasureRequestEntity } from './privacy.entity.js';
import { ErasureStatus } from './privacy.enums.js';
import { PrivacyReasons } from './privacy.errors.js';
import { ErasureRequestResolver, PrivacySelfResolver } from './privacy.resolver.js';
import { registerPrivacyRoutes } from './privacy.routes.js';
import { PrivacyService } from './privacy.service.js';

const { SYSTEM_ADMIN, STREET_ADMIN, COMMUNITY_STAFF } = Role;

/** Residents' own data: export (JSON and HTML) and erasure requests that staff complete. */
export const privacyModule = defineModule({
  name: 'privacy',
  entities: [ErasureRequestEntity],
  errors: PrivacyReasons,
  resolvers: [PrivacySelfResolver, ErasureRequestResolver],
  permissions: {
    /** See and complete residents' erasure requests (the resident's community). */
    'privacy.erasure.manage': [SYSTEM_ADMIN, STREET_ADMIN, COMMUNITY_STAFF],
  },
  auditOperations: ['privacy.erasure.request', 'privacy.erasure.complete'],
  routes: registerPrivacyRoutes,
  enums: [
    {
      enum: ErasureStatus,
      name: 'ErasureStatus',
      description: 'State of an erasure request.',
      valuesConfig: {
        PENDING: { description: 'Waiting for staff to complete it.' },
        COMPLETED: { description: 'The account is anonymised.' },
      },
    },
  ],
  services: ({ dataSource, audit, calendar }: Deps<{ audit: AuditService; calendar: CalendarService }>) => ({
    privacy: new PrivacyService(dataSource, audit, calendar),
  }),
});
