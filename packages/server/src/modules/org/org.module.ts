import { type Deps, defineModule } from '../../app/module.js';
import { Role } from '../../auth/roles.js';
import { byIdLoader } from '../../graphql/loaders/by-id.loader.js';
import { referenceLoader } from '../../graphql/loaders/reference.loader.js';
import type { AuditService } from '../audit/audit.service.js';
import { BuildingEntity } from './building.entity.js';
import { CommunityEntity } from './community.entity.js';
import { EstateEntity } from './estate.entity.js';
import { HouseholdEntity } from './household.entity.js';
import { OrganisationKind } from './org.enums.js';
import { OrgReasons } from './org.errors.js';
import { servedEstatesLoader } from './org.loaders.js';
import {
  BuildingFieldsResolver,
  CommunityFieldsResolver,
  EstateFieldsResolver,
  HouseholdFieldsResolver,
  OrganisationFieldsResolver,
  OrgResolver,
  StreetFieldsResolver,
} from './org.resolver.js';
import { OrganisationService } from './org.service.js';
import { OrganisationEntity } from './organisation.entity.js';
import { OrganisationEstateEntity } from './organisation-estate.entity.js';
import { StreetEntity } from './street.entity.js';
import { TreeService } from './tree.service.js';

const { SYSTEM_ADMIN, STREET_ADMIN, COMMUNITY_STAFF, PROPERTY_STAFF, COMMITTEE_MEMBER, RESIDENT } = Role;
const ALL_STAFF = [SYSTEM_ADMIN, STREET_ADMIN, COMMUNITY_STAFF, PROPERTY_STAFF, COMMITTEE_MEMBER];

/** The tenancy tree (streets, communities, estates, buildings, households) and organisations. */
export const orgModule = defineModule({
  name: 'org',
  entities: [
    StreetEntity,
    CommunityEntity,
    EstateEntity,
    BuildingEntity,
    HouseholdEntity,
    OrganisationEntity,
    OrganisationEstateEntity,
  ],
  errors: OrgReasons,
  resolvers: [
    OrgResolver,
    StreetFieldsResolver,
    CommunityFieldsResolver,
    EstateFieldsResolver,
    BuildingFieldsResolver,
    HouseholdFieldsResolver,
    OrganisationFieldsResolver,
  ],
  loaders: (ds) => ({
    // The tenancy tree and organisations are small reference tables: cached in-process, dropped on any write.
    street: referenceLoader(ds, StreetEntity),
    community: referenceLoader(ds, CommunityEntity),
    estate: referenceLoader(ds, EstateEntity),
    building: referenceLoader(ds, BuildingEntity),
    household: byIdLoader(ds, HouseholdEntity),
    organisation: referenceLoader(ds, OrganisationEntity),
    servedEstates: servedEstatesLoader(ds),
  }),
  permissions: {
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
    /** Read organisations. */
    'organisation.read': [...ALL_STAFF, RESIDENT],
    /** Create, update, archive organisations and which estates a company serves. */
    'organisation.manage': [SYSTEM_ADMIN, STREET_ADMIN, COMMUNITY_STAFF],
  },
  auditOperations: [
    ...['street', 'community', 'estate', 'building', 'household', 'organisation'].flatMap((t) => [
      `${t}.create`,
      `${t}.update`,
    ]),
    'organisation.setEstates',
  ],
  enums: [
    {
      enum: OrganisationKind,
      name: 'OrganisationKind',
      description: 'Kinds of organisation.',
      valuesConfig: {
        COMMUNITY_OFFICE: { description: '社区居委会 — the community office (community level).' },
        PROPERTY_COMPANY: { description: '物业公司 — serves one or more estates.' },
        OWNERS_COMMITTEE: { description: "业主委员会 — an estate's owners' committee." },
        PARTY_BRANCH: { description: '党组织 — a party branch of the community.' },
        DEPARTMENT: { description: '街道部门 — a street-level department (safety office, traffic police …).' },
        SOCIAL_ORGANISATION: { description: '社会组织 — a social organisation of the community.' },
      },
    },
  ],
  services: ({ dataSource, audit }: Deps<{ audit: AuditService }>) => {
    const tree = new TreeService(dataSource, audit);
    return { tree, organisations: new OrganisationService(dataSource, audit, tree) };
  },
});
