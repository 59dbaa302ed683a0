import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ConnectionType, PayloadType } from '../../graphql/pagination.js';
import {
  AffairsKind,
  CommitteePost,
  DiffOp,
  PublicationChannel,
  PublicationScope,
  PublicationStatus,
} from './publication.enums.js';

@ObjectType({ description: 'What the viewer may do with a publication (the policy, evaluated).' })
export class PublicationViewerCan {
  @Field(() => Boolean, { description: 'Edit it (a published item: as a new revision).' })
  edit: boolean;

  @Field(() => Boolean, { description: 'Publish or schedule it (drafts).' })
  publish: boolean;

  @Field(() => Boolean, { description: 'Withdraw it.' })
  withdraw: boolean;

  @Field(() => Boolean, { description: 'Pin or unpin it.' })
  pin: boolean;
}

@ObjectType({ description: 'A disclosure (公开) on a channel, for a street, community or estate.' })
export class Publication {
  @Field(() => ID, { description: 'Opaque id.' })
  id: string;

  @Field(() => PublicationChannel, { description: 'Channel.' })
  channel: PublicationChannel;

  @Field(() => AffairsKind, { nullable: true, description: 'COMMUNITY_AFFAIRS: which of the three affairs.' })
  kind: AffairsKind | null;

  @Field(() => PublicationScope, { description: 'Level addressed.' })
  scope: PublicationScope;

  @Field(() => ID, { description: 'Street.' })
  streetId: string;

  @Field(() => ID, { nullable: true, description: 'Community (null for a street-wide item).' })
  communityId: string | null;

  @Field(() => ID, { nullable: true, description: 'Estate (estate items only).' })
  estateId: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'The publishing organisation (property company, owners’ committee); null for street and community staff.',
  })
  publisherOrganisationId: string | null;

  @Field(() => String, { description: 'Title (of the latest revision once published).' })
  title: string;

  @Field(() => String, { description: 'Sanitised HTML of the latest text.' })
  body: string;

  @Field(() => PublicationStatus, { description: 'Status.' })
  status: PublicationStatus;

  @Field(() => Boolean, { description: 'Pinned to the top of its lists.' })
  pinned: boolean;

  @Field(() => Date, { nullable: true, description: 'When a scheduled item is due.' })
  publishAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'First publication time.' })
  publishedAt: Date | null;

  @Field(() => Date, { description: 'Last change.' })
  updatedAt: Date;

  @Field(() => Int, { description: 'Number of the latest revision (0 for a never-published draft).' })
  revisionNumber: number;

  @Field(() => Date, { nullable: true, description: 'When it was withdrawn.' })
  withdrawnAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was withdrawn.' })
  withdrawalReason: string | null;

  @Field(() => Int, { description: 'Distinct readers who opened it.' })
  viewCount: number;

  @Field(() => Int, { description: 'Optimistic lock: pass as `expectedVersion` when editing.' })
  version: number;

  @Field(() => Date, { description: 'When the draft was created.' })
  createdAt: Date;

  /** Internal: for field resolvers. */
  coverFileId: string | null;
  attachmentFileIds: string[];
  publisherKind: string;
}

@ObjectType({ description: 'One immutable published text of a publication.' })
export class PublicationRevision {
  @Field(() => ID, { description: 'Opaque id.' })
  id: string;

  @Field(() => Int, { description: 'Revision number, from 1 (the first publish).' })
  number: number;

  @Field(() => String, { description: 'Title at this revision.' })
  title: string;

  @Field(() => String, { description: 'Sanitised HTML at this revision.' })
  body: string;

  @Field(() => String, { nullable: true, description: 'Why it changed (null for the first publish).' })
  changeNote: string | null;

  @Field(() => Date, { description: 'When this revision was published.' })
  createdAt: Date;

  /** Internal. */
  attachmentFileIds: string[];
  coverFileId: string | null;
}

@ObjectType({ description: 'A piece of a word-level diff.' })
export class DiffSegment {
  @Field(() => DiffOp, { description: 'Same, added or removed.' })
  op: DiffOp;

  @Field(() => String, { description: 'The text of the piece.' })
  text: string;
}

@ObjectType({ description: 'The word-level difference between two revisions (Chinese word segmentation).' })
export class PublicationDiff {
  @Field(() => Int, { description: 'Older revision number.' })
  from: number;

  @Field(() => Int, { description: 'Newer revision number.' })
  to: number;

  @Field(() => [DiffSegment], { description: 'Title diff.' })
  title: DiffSegment[];

  @Field(() => [DiffSegment], {
    description: 'Body diff, on the visible text (tags removed, paragraphs as line breaks).',
  })
  body: DiffSegment[];
}

@ObjectType({ description: "A member of an owners' committee in one term." })
export class CommitteeMember {
  @Field(() => ID, { description: 'Opaque id.' })
  id: string;

  @Field(() => ID, { description: 'The committee (organisation).' })
  organisationId: string;

  @Field(() => ID, { description: 'Its estate.' })
  estateId: string;

  @Field(() => String, { description: 'Name.' })
  name: string;

  @Field(() => Int, { description: 'Term (第 N 届).' })
  term: number;

  @Field(() => CommitteePost, { description: 'Post.' })
  post: CommitteePost;

  @Field(() => String, { description: 'First day, YYYY-MM-DD.' })
  startOn: string;

  @Field(() => String, { nullable: true, description: 'Last day, YYYY-MM-DD (null while serving).' })
  endOn: string | null;

  @Field(() => Date, { description: 'When it was recorded.' })
  createdAt: Date;
}

@ObjectType({ description: "A resolution of an owners' committee meeting, with its vote." })
export class CommitteeResolution {
  @Field(() => ID, { description: 'Opaque id.' })
  id: string;

  @Field(() => ID, { description: 'The committee (organisation).' })
  organisationId: string;

  @Field(() => ID, { description: 'Its estate.' })
  estateId: string;

  @Field(() => String, { description: 'Meeting day, YYYY-MM-DD.' })
  meetingOn: string;

  @Field(() => String, { description: 'Subject.' })
  subject: string;

  @Field(() => String, { description: 'Sanitised HTML.' })
  body: string;

  @Field(() => Int, { description: 'Votes for (headcount).' })
  votesFor: number;

  @Field(() => Int, { description: 'Votes against (headcount).' })
  votesAgainst: number;

  @Field(() => Int, { description: 'Abstentions (headcount).' })
  votesAbstain: number;

  @Field(() => Int, { description: 'Floor area for, 0.01 m².' })
  areaFor: number;

  @Field(() => Int, { description: 'Floor area against, 0.01 m².' })
  areaAgainst: number;

  @Field(() => Int, { description: 'Floor area abstaining, 0.01 m².' })
  areaAbstain: number;

  @Field(() => ID, { nullable: true, description: 'Its COMMITTEE publication once published.' })
  publicationId: string | null;

  @Field(() => Date, { description: 'When it was recorded.' })
  createdAt: Date;

  /** Internal. */
  attachmentFileIds: string[];
}

@ObjectType({ description: 'The result of marking a channel visited.' })
export class ChannelVisitPayload {
  @Field(() => PublicationChannel, { description: 'The channel.' })
  channel: PublicationChannel;

  @Field(() => Date, { description: 'The visit time now stored.' })
  visitedAt: Date;
}

export const PublicationConnection = ConnectionType(Publication, 'Publication', 'publication');
export const PublicationPayload = PayloadType(Publication, 'Publication', 'publication', 'publication');
export const PublicationRevisionConnection = ConnectionType(
  PublicationRevision,
  'PublicationRevision',
  'publication revision',
);
export const CommitteeMemberConnection = ConnectionType(CommitteeMember, 'CommitteeMember', 'committee member');
export const CommitteeMemberPayload = PayloadType(CommitteeMember, 'CommitteeMember', 'member', 'committee member');
export const CommitteeResolutionConnection = ConnectionType(
  CommitteeResolution,
  'CommitteeResolution',
  'committee resolution',
);
export const CommitteeResolutionPayload = PayloadType(
  CommitteeResolution,
  'CommitteeResolution',
  'resolution',
  'committee resolution',
);
