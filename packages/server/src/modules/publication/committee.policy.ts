import { allow } from '../../auth/abilities.js';
import { can, reachFor } from '../../auth/policy.js';
import { applyReach, type Place } from '../../auth/reach.js';
import { Role } from '../../auth/roles.js';
import type { ReadRule } from '../../auth/scoped.js';
import type { Viewer } from '../../auth/viewer.js';
import { CommitteeMemberEntity, CommitteeResolutionEntity } from './committee.entity.js';
import { PublicationReasons as R } from './publication.errors.js';

/** A committee record's place: its estate, community and street. */
interface Placed {
  streetId: string;
  communityId: string;
  estateId: string;
  organisationId: string;
}
export const placeOfCommitteeRecord = (r: Placed): Place => ({
  streetId: r.streetId,
  communityId: r.communityId,
  estateId: r.estateId,
});

/** Members are public to the readers of the place (residents: of the estate's community). */
export const committeeMemberRead: ReadRule<CommitteeMemberEntity> = {
  entity: CommitteeMemberEntity,
  what: 'CommitteeMember',
  filter: (qb, viewer) => applyReach(qb, qb.alias, reachFor(viewer, 'committee.read')),
};

/** Resolutions: staff over the estate; residents read them once published (as a COMMITTEE publication). */
export const committeeResolutionRead: ReadRule<CommitteeResolutionEntity> = {
  entity: CommitteeResolutionEntity,
  what: 'CommitteeResolution',
  filter: (qb, viewer) => applyReach(qb, qb.alias, reachFor(viewer, 'committee.readRecords')),
};

/** Committee members of this very committee (or the system admin) keep its records. */
const ofCommittee = (v: Viewer, r: Placed) =>
  can(v, 'committee.manage', placeOfCommitteeRecord(r)) &&
  (v.hasRole(Role.SYSTEM_ADMIN) || v.grants.some((g) => g.organisationId === r.organisationId));

export const committeePolicy = allow({
  what: 'Committee',
  read: (v, r: Placed) => can(v, 'committee.readRecords', placeOfCommitteeRecord(r)),
  abilities: {
    /** Add members, record and publish resolutions. */
    manage: ofCommittee,
  },
  forbidden: R.PUBLICATION_NOT_PUBLISHER,
});
