import type { CommitteeMemberEntity, CommitteeResolutionEntity } from './committee.entity.js';
import type { PublicationEntity, PublicationRevisionEntity } from './publication.entity.js';
import type { CommitteeMember, CommitteeResolution, Publication, PublicationRevision } from './publication.types.js';

export const toPublication = (e: PublicationEntity): Publication => ({
  id: e.id,
  channel: e.channel,
  kind: e.kind,
  scope: e.scope,
  streetId: e.streetId,
  communityId: e.communityId,
  estateId: e.estateId,
  publisherOrganisationId: e.publisherOrganisationId,
  publisherKind: e.publisherKind,
  title: e.title,
  body: e.body,
  status: e.status,
  pinned: Boolean(e.pinned),
  publishAt: e.publishAt,
  publishedAt: e.publishedAt,
  updatedAt: e.updatedAt,
  revisionNumber: e.revisionNumber,
  withdrawnAt: e.withdrawnAt,
  withdrawalReason: e.withdrawalReason,
  viewCount: e.viewCount,
  version: e.version,
  createdAt: e.createdAt,
  coverFileId: e.coverFileId,
  attachmentFileIds: e.attachmentFileIds,
});

export const toRevision = (e: PublicationRevisionEntity): PublicationRevision => ({
  id: e.id,
  number: e.number,
  title: e.title,
  body: e.body,
  changeNote: e.changeNote,
  createdAt: e.createdAt,
  attachmentFileIds: e.attachmentFileIds,
  coverFileId: e.coverFileId,
});

export const toCommitteeMember = (e: CommitteeMemberEntity): CommitteeMember => ({
  id: e.id,
  organisationId: e.organisationId,
  estateId: e.estateId,
  name: e.name,
  term: e.term,
  post: e.post,
  startOn: e.startOn,
  endOn: e.endOn,
  createdAt: e.createdAt,
});

export const toCommitteeResolution = (e: CommitteeResolutionEntity): CommitteeResolution => ({
  id: e.id,
  organisationId: e.organisationId,
  estateId: e.estateId,
  meetingOn: e.meetingOn,
  subject: e.subject,
  body: e.body,
  votesFor: e.votesFor,
  votesAgainst: e.votesAgainst,
  votesAbstain: e.votesAbstain,
  areaFor: e.areaFor,
  areaAgainst: e.areaAgainst,
  areaAbstain: e.areaAbstain,
  publicationId: e.publicationId,
  createdAt: e.createdAt,
  attachmentFileIds: e.attachmentFileIds,
});
