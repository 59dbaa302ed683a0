import { type Deps, defineModule } from '../../app/module.js';
import { Role } from '../../auth/roles.js';
import { byIdLoader } from '../../graphql/loaders/by-id.loader.js';
import type { AuditService } from '../audit/audit.service.js';
import { ApiClientEntity } from './api-client.entity.js';
import { ApiClientReasons } from './api-client.errors.js';
import { ApiClientResolver } from './api-client.resolver.js';
import { ApiClientService } from './api-client.service.js';

const { SYSTEM_ADMIN, STREET_ADMIN } = Role;

/** The app registry (应用接入): apps that call the API with a key, their budgets and origins. */
export const apiClientModule = defineModule({
  name: 'api-client',
  entities: [ApiClientEntity],
  errors: ApiClientReasons,
  resolvers: [ApiClientResolver],
  loaders: (ds) => ({ apiClient: byIdLoader(ds, ApiClientEntity) }),
  permissions: {
    /** See the apps of a street. */
    'apiclient.read': [SYSTEM_ADMIN, STREET_ADMIN],
    /** Register, edit, rotate and revoke the apps of a street. */
    'apiclient.manage': [SYSTEM_ADMIN, STREET_ADMIN],
  },
  auditOperations: ['apiclient.create', 'apiclient.update', 'apiclient.rotate', 'apiclient.revoke'],
  services: ({ dataSource, config, audit }: Deps<{ audit: AuditService }>) => ({
    apiClient: new ApiClientService(dataSource, audit, config.authSecret, config.limits),
  }),
});
