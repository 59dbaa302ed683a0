import { type Deps, defineModule } from '../../app/module.js';
import { Role } from '../../auth/roles.js';
import type { AuditService } from '../audit/audit.service.js';
import type { FileService } from '../file/file.service.js';
import type { JobService } from '../job/job.service.js';
import type { NotificationService } from '../notification/notification.service.js';
import { EquipmentResolver, MaintenanceRecordFieldsResolver } from './equipment.resolver.js';
import { EquipmentService, RECORD_FILE } from './equipment.service.js';
import { PROPERTY_ENTITIES } from './property.entity.js';
import { PROPERTY_ENUMS } from './property.enums.js';
import { PropertyReasons } from './property.errors.js';
import { lastMaintenanceLoader, maintenanceRulesLoader } from './property.loaders.js';
import { PROPERTY_NOTICES } from './property.notices.js';
import { PropertyResolver } from './property.resolver.js';
import { CONTRACT_FILE, PropertyService } from './property.service.js';

const { SYSTEM_ADMIN, STREET_ADMIN, COMMUNITY_STAFF, PROPERTY_STAFF, COMMITTEE_MEMBER, RESIDENT } = Role;

type PropertyDeps = Deps<{
  audit: AuditService;
  files: FileService;
  notifications: NotificationService;
  jobs: JobService;
}>;

/**
 * 物业公开 — the structured records property companies publish for the estates they serve:
 * service contracts and fee standards, the public-revenue ledger, the equipment register and its
 * maintenance records with a status derived on the server. Residents of an estate read them all.
 */
export const propertyModule = defineModule({
  name: 'property',
  entities: PROPERTY_ENTITIES,
  errors: PropertyReasons,
  enums: PROPERTY_ENUMS,
  resolvers: [PropertyResolver, EquipmentResolver, MaintenanceRecordFieldsResolver],
  loaders: (ds) => ({
    maintenanceRules: maintenanceRulesLoader(ds),
    lastMaintenance: lastMaintenanceLoader(ds),
  }),
  permissions: {
    /** Read an estate's property records as staff (street, community, the estates a company or committee serves). */
    'property.read': [SYSTEM_ADMIN, STREET_ADMIN, COMMUNITY_STAFF, PROPERTY_STAFF, COMMITTEE_MEMBER],
    /** Read the property records of the estates of one's approved households (see property.policy). */
    'property.residentRead': [RESIDENT],
    /** Publish contracts, fee standards, ledger entries, equipment and maintenance records for served estates. */
    'property.publish': [SYSTEM_ADMIN, PROPERTY_STAFF],
    /** Set a community's maintenance intervals. */
    'property.configure': [SYSTEM_ADMIN, STREET_ADMIN, COMMUNITY_STAFF],
  },
  auditOperations: [
    'property.contract.create',
    'property.fee.create',
    'property.ledger.add',
    'property.ledger.update',
    'property.ledger.close',
    'property.equipment.register',
    'property.maintenance.record',
    'property.maintenance.import',
    'property.rule.set',
  ],
  notificationKinds: PROPERTY_NOTICES,
  // Contract files and signed maintenance sheets: readable by whoever reads the record.
  fileReadRules: ({ property, equipment }) => ({
    [CONTRACT_FILE]: (viewer, id) => property.canReadContract(viewer, id),
    [RECORD_FILE]: (viewer, id) => equipment.canReadRecord(viewer, id),
  }),
  jobs: [
    // Every tick; the watch runs once per Shanghai hour across processes (job_run).
    { name: 'property.overdue-watch', run: ({ equipment }) => equipment.watch() },
  ],
  services: ({ dataSource, audit, files, notifications, jobs }: PropertyDeps) => ({
    property: new PropertyService(dataSource, audit, files),
    equipment: new EquipmentService(dataSource, audit, files, notifications, jobs),
  }),
});
