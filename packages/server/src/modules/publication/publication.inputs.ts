import { ArrayMaxSize, IsOptional, Matches, Max, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { CodePointLength } from '../../common/text-length.js';
import { PageArgs } from '../../graphql/pagination.js';
import {
  AffairsKind,
  CommitteePost,
  PublicationChannel,
  PublicationScope,
  PublicationStatus,
} from './publication.enums.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

@InputType({ description: 'Write a new draft publication.' })
export class CreatePublicationInput {
  @Field(() => PublicationChannel, { description: 'The channel.' })
  channel: PublicationChannel;

  @Field(() => AffairsKind, { nullable: true, description: 'COMMUNITY_AFFAIRS only (required there).' })
  kind?: AffairsKind | null;

  @Field(() => PublicationScope, { description: 'The level it is addressed to.' })
  scope: PublicationScope;

  @Field(() => ID, { description: 'The street, community or estate (as `scope` says).' })
  placeId: string;

  @Field(() => String, { description: 'Title, 1-200 characters.' })
  @CodePointLength(1, 200)
  title: string;

  @Field(() => String, {
    description:
      'Rich text (HTML, at most 15,000 characters). Sanitised on the server: scripts, event handlers and `javascript:` links are removed.',
  })
  @CodePointLength(1, 15_000)
  body: string;

  @Field(() => ID, { nullable: true, description: 'Cover image: an uploaded image file (`POST /files`).' })
  coverFileId?: string | null;

  @Field(() => [ID], { defaultValue: [], description: 'Attachments (photos, PDFs), at most 9.' })
  @ArrayMaxSize(9)
  attachmentFileIds: string[];
}

@InputType({
  description: 'Change a draft in place, or a published item as a new revision (a change note is then required).',
})
export class UpdatePublicationInput {
  @Field(() => ID, { description: 'The publication.' })
  id: string;

  @Field(() => Int, { nullable: true, description: 'The `version` the editor loaded; CONFLICT if it changed since.' })
  expectedVersion?: number;

  @Field(() => String, { nullable: true, description: 'New title, 1-200 characters.' })
  @IsOptional()
  @CodePointLength(1, 200)
  title?: string;

  @Field(() => String, { nullable: true, description: 'New rich text (sanitised on the server), at most 15,000.' })
  @IsOptional()
  @CodePointLength(1, 15_000)
  body?: string;

  @Field(() => ID, { nullable: true, description: 'New cover image (replaces the cover).' })
  coverFileId?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'The attachments after the edit: ids kept from the current ones plus newly uploaded ones, at most 9.',
  })
  @IsOptional()
  @ArrayMaxSize(9)
  attachmentFileIds?: string[];

  @Field(() => String, { nullable: true, description: 'Why it changed (required when the item is published), 1-500.' })
  @IsOptional()
  @CodePointLength(0, 500)
  changeNote?: string;
}

@InputType({ description: 'Publish a draft now, or schedule it.' })
export class PublishPublicationInput {
  @Field(() => ID, { description: 'The publication.' })
  id: string;

  @Field(() => Date, { nullable: true, description: 'When to publish; omitted or past = now.' })
  publishAt?: Date | null;
}

@InputType({ description: 'Withdraw a published or scheduled item (its history stays readable).' })
export class WithdrawPublicationInput {
  @Field(() => ID, { description: 'The publication.' })
  id: string;

  @Field(() => String, { description: 'Why, shown to readers, 1-500 characters.' })
  @CodePointLength(1, 500)
  reason: string;
}

@InputType({ description: 'Pin or unpin a published item.' })
export class PinPublicationInput {
  @Field(() => ID, { description: 'The publication.' })
  id: string;

  @Field(() => Boolean, { description: 'Pinned items come first in their lists.' })
  pinned: boolean;
}

@InputType({ description: 'A reader opened an item (counts once per reader).' })
export class RecordPublicationViewInput {
  @Field(() => ID, { description: 'The publication.' })
  id: string;
}

@InputType({ description: 'A reader visited a channel: items published before now are no longer "new".' })
export class MarkChannelVisitedInput {
  @Field(() => PublicationChannel, { description: 'The channel visited.' })
  channel: PublicationChannel;
}

@ArgsType()
export class PublicationListArgs extends PageArgs {
  @Field(() => PublicationChannel, { nullable: true, description: 'Only this channel.' })
  channel?: PublicationChannel | null;

  @Field(() => [PublicationStatus], {
    nullable: true,
    description: 'Only these statuses (default: every status the viewer can see).',
  })
  statuses?: PublicationStatus[] | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Only items of this street, community or estate (exactly that level).',
  })
  placeId?: string | null;
}

@ArgsType()
export class PublicationRevisionArgs extends PageArgs {
  @Field(() => ID, { description: 'The publication.' })
  publicationId: string;
}

@ArgsType()
export class PublicationDiffArgs {
  @Field(() => ID, { description: 'The publication.' })
  publicationId: string;

  @Field(() => Int, { description: 'The older revision number.' })
  @Min(1)
  @Max(1_000_000)
  from: number;

  @Field(() => Int, { description: 'The newer revision number.' })
  @Min(1)
  @Max(1_000_000)
  to: number;
}

@InputType({ description: "Add a member to an owners' committee for a term." })
export class AddCommitteeMemberInput {
  @Field(() => ID, { description: "The owners' committee (organisation)." })
  organisationId: string;

  @Field(() => String, { description: 'Name, 1-50 characters.' })
  @CodePointLength(1, 50)
  name: string;

  @Field(() => Int, { description: 'The term (第 N 届), 1-99.' })
  @Min(1)
  @Max(99)
  term: number;

  @Field(() => CommitteePost, { description: 'The post.' })
  post: CommitteePost;

  @Field(() => String, { description: 'First day, YYYY-MM-DD.' })
  @Matches(DAY)
  startOn: string;

  @Field(() => String, { nullable: true, description: 'Last day, YYYY-MM-DD.' })
  @IsOptional()
  @Matches(DAY)
  endOn?: string | null;
}

@InputType({ description: "Record a resolution of an owners' committee meeting with its vote." })
export class RecordCommitteeResolutionInput {
  @Field(() => ID, { description: "The owners' committee (organisation)." })
  organisationId: string;

  @Field(() => String, { description: 'Meeting day, YYYY-MM-DD.' })
  @Matches(DAY)
  meetingOn: string;

  @Field(() => String, { description: 'Subject, 1-200 characters.' })
  @CodePointLength(1, 200)
  subject: string;

  @Field(() => String, { defaultValue: '', description: 'The resolution text (HTML, sanitised), at most 10,000.' })
  @CodePointLength(0, 10_000)
  body: string;

  @Field(() => Int, { description: 'Votes for (headcount).' })
  @Min(0)
  @Max(1_000_000)
  votesFor: number;

  @Field(() => Int, { description: 'Votes against (headcount).' })
  @Min(0)
  @Max(1_000_000)
  votesAgainst: number;

  @Field(() => Int, { description: 'Abstentions (headcount).' })
  @Min(0)
  @Max(1_000_000)
  votesAbstain: number;

  @Field(() => Int, { description: 'Floor area voting for, in 0.01 m².' })
  @Min(0)
  @Max(2_000_000_000)
  areaFor: number;

  @Field(() => Int, { description: 'Floor area voting against, in 0.01 m².' })
  @Min(0)
  @Max(2_000_000_000)
  areaAgainst: number;

  @Field(() => Int, { description: 'Floor area abstaining, in 0.01 m².' })
  @Min(0)
  @Max(2_000_000_000)
  areaAbstain: number;

  @Field(() => [ID], { defaultValue: [], description: 'Attachments (minutes, signed sheets), at most 9.' })
  @ArrayMaxSize(9)
  attachmentFileIds: string[];
}

@InputType({ description: 'Publish a recorded resolution to the COMMITTEE channel of its estate.' })
export class PublishCommitteeResolutionInput {
  @Field(() => ID, { description: 'The resolution.' })
  resolutionId: string;
}

@ArgsType()
export class CommitteeListArgs extends PageArgs {
  @Field(() => ID, { description: "The owners' committee (organisation)." })
  organisationId: string;
}
