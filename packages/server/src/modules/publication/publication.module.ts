import { type Deps, defineModule } from '../../app/module.js';
import { Role } from '../../auth/roles.js';
import { scoped } from '../../auth/scoped.js';
import type { AuditService } from '../audit/audit.service.js';
import type { FileService } from '../file/file.service.js';
import { CommitteeMemberEntity, CommitteeResolutionEntity } from './committee.entity.js';
import { committeeResolutionRead } from './committee.policy.js';
import { CommitteeResolver } from './committee.resolver.js';
import { CommitteeService } from './committee.service.js';
import {
  PublicationEntity,
  PublicationRevisionEntity,
  PublicationViewEntity,
  PublicationVisitEntity,
} from './publication.entity.js';
import { PUBLICATION_ENUMS } from './publication.enums.js';
import { PublicationReasons } from './publication.errors.js';
import { publicationVisitsLoader } from './publication.loaders.js';
import { publicationRead } from './publication.policy.js';
import { PublicationResolver, PublicationRevisionFieldsResolver } from './publication.resolver.js';
import { PublicationService } from './publication.service.js';

const { SYSTEM_ADMIN, STREET_ADMIN, COMMUNITY_STAFF, PROPERTY_STAFF, COMMITTEE_MEMBER, RESIDENT } = Role;
const ALL_STAFF = [SYSTEM_ADMIN, STREET_ADMIN, COMMUNITY_STAFF, PROPERTY_STAFF, COMMITTEE_MEMBER];

/** Disclosures (公开): channels, revisions, readers' markers; owners' committee records. */
export const publicationModule = defineModule({
  name: 'publication',
  entities: [
    PublicationEntity,
    PublicationRevisionEntity,
    PublicationViewEntity,
    PublicationVisitEntity,
    CommitteeMemberEntity,
    CommitteeResolutionEntity,
  ],
  errors: PublicationReasons,
  enums: PUBLICATION_ENUMS,
  resolvers: [PublicationResolver, PublicationRevisionFieldsResolver, CommitteeResolver],
  loaders: (ds) => ({ publicationVisits: publicationVisitsLoader(ds) }),
  permissions: {
    /** Read published disclosures (the read rule narrows it to the reader's street, community, estates). */
    'publication.read': [...ALL_STAFF, RESIDENT],
    /** Street-wide NEWS (policies, activities). */
    'publication.publishStreet': [SYSTEM_ADMIN, STREET_ADMIN],
    /** PARTY_BUILDING, COMMUNITY_AFFAIRS and community NEWS of a community. */
    'publication.publishCommunity': [SYSTEM_ADMIN, COMMUNITY_STAFF],
    /** PROPERTY items of the estates the company serves. */
    'publication.publishProperty': [SYSTEM_ADMIN, PROPERTY_STAFF],
    /** COMMITTEE items of the committee's estate. */
    'publication.publishCommittee': [SYSTEM_ADMIN, COMMITTEE_MEMBER],
    /** Read an owners' committee's members (residents: of its community). */
    'committee.read': [...ALL_STAFF, RESIDENT],
    /** Read a committee's resolutions before and after publication. */
    'committee.readRecords': ALL_STAFF,
    /** Keep a committee's records (its own members). */
    'committee.manage': [SYSTEM_ADMIN, COMMITTEE_MEMBER],
  },
  auditOperations: [
    'publication.create',
    'publication.update',
    'publication.publish',
    'publication.withdraw',
    'publication.pin',
    'committee.member.add',
    'committee.resolution.record',
    'committee.resolution.publish',
  ],
  // Cover and attachments: readable by whoever reads the publication; resolution files by staff over it
  // or, once published, by the readers of its publication.
  fileReadRules: ({ dataSource }) => ({
    Publication: async (viewer, id) =>
      (await scoped(dataSource, viewer).query(publicationRead, 'p').andWhere('p.id = :id', { id }).getCount()) > 0,
    CommitteeResolution: async (viewer, id) => {
      const staff = await scoped(dataSource, viewer)
        .query(committeeResolutionRead, 'r')
        .andWhere('r.id = :id', { id })
        .getCount();
      if (staff > 0) return true;
      return (
        (await scoped(dataSource, viewer)
          .query(publicationRead, 'p')
          .andWhere('p.sourceType = :t AND p.sourceId = :id', { t: 'CommitteeResolution', id })
          .getCount()) > 0
      );
    },
  }),
  jobs: [
    // Every tick: publishes the scheduled items whose time has come (each claimed by its status).
    { name: 'publication.publish-scheduled', run: ({ publications }) => publications.publishDue() },
  ],
  services: ({ dataSource, audit, files }: Deps<{ audit: AuditService; files: FileService }>) => {
    const publications = new PublicationService(dataSource, audit, files);
    return { publications, committee: new CommitteeService(dataSource, audit, files, publications) };
  },
});
