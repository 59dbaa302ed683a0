import { ArrayMaxSize, IsOptional, Max, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { CodePointLength } from '../../common/text-length.js';
import { PageArgs } from '../../graphql/pagination.js';
import { BoardSort, CallbackSatisfaction, TicketReportState, TicketTextPart } from './board.enums.js';

@ArgsType()
export class TicketBoardArgs extends PageArgs {
  @Field(() => ID, { description: 'The community whose board to list.' })
  communityId: string;

  @Field(() => BoardSort, { defaultValue: BoardSort.NEWEST, description: 'Order (RECENTLY_RESOLVED: resolved only).' })
  sort: BoardSort;

  @Field(() => ID, { nullable: true, description: 'Only tickets of this estate.' })
  estateId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only tickets of this category.' })
  categoryId?: string | null;
}

@ArgsType()
export class TicketReportListArgs extends PageArgs {
  @Field(() => ID, { description: 'The community.' })
  communityId: string;

  @Field(() => TicketReportState, { nullable: true, description: 'Only reports in this state.' })
  state?: TicketReportState | null;
}

@ArgsType()
export class ReplyTemplateListArgs extends PageArgs {
  @Field(() => ID, { description: 'The community.' })
  communityId: string;

  @Field(() => ID, { nullable: true, description: 'Only templates for this category (and those for every category).' })
  categoryId?: string | null;
}

@InputType({ description: 'A community’s board and moderation settings.' })
export class SetBoardSettingsInput {
  @Field(() => ID, { description: 'The community.' })
  communityId: string;

  @Field(() => [String], { description: 'Blocked words (at most 200, each 1-30 characters).' })
  @ArrayMaxSize(200)
  @CodePointLength(1, 30, { each: true })
  blockedWords: string[];

  @Field(() => Int, { nullable: true, description: 'New tickets per person per day, 1-100; null: no limit.' })
  @IsOptional()
  @Min(1)
  @Max(100)
  dailyTicketLimit?: number | null;

  @Field(() => Int, { nullable: true, description: 'Auto-close after this many days, 1-365; null: never.' })
  @IsOptional()
  @Min(1)
  @Max(365)
  autoCloseDays?: number | null;

  @Field(() => Int, { nullable: true, description: 'The version the viewer saw (0 when never set).' })
  expectedVersion?: number | null;
}

@InputType({ description: 'Report a public ticket to staff.' })
export class ReportTicketInput {
  @Field(() => ID, { description: 'The ticket.' })
  ticketId: string;

  @Field(() => String, { description: 'What is wrong with it (1-500 characters).' })
  @CodePointLength(1, 500)
  reason: string;
}

@InputType({ description: 'Hide a text of a ticket from the public form.' })
export class HideTicketTextInput {
  @Field(() => ID, { description: 'The ticket.' })
  ticketId: string;

  @Field(() => TicketTextPart, { description: 'Which text.' })
  part: TicketTextPart;

  @Field(() => String, { description: 'Why (1-500 characters), kept for staff and in the audit log.' })
  @CodePointLength(1, 500)
  reason: string;
}

@InputType({ description: 'Show a hidden text of a ticket in the public form again.' })
export class UnhideTicketTextInput {
  @Field(() => ID, { description: 'The ticket.' })
  ticketId: string;

  @Field(() => TicketTextPart, { description: 'Which text.' })
  part: TicketTextPart;
}

@InputType({ description: 'Record a follow-up call (回访) on a resolved ticket the resident did not rate.' })
export class RecordTicketCallbackInput {
  @Field(() => ID, { description: 'The ticket.' })
  ticketId: string;

  @Field(() => Int, { nullable: true, description: 'The version the viewer saw.' })
  expectedVersion?: number | null;

  @Field(() => Boolean, { description: 'Whether the resident was reached.' })
  reached: boolean;

  @Field(() => CallbackSatisfaction, { nullable: true, description: 'What they said (required when reached).' })
  satisfaction?: CallbackSatisfaction | null;

  @Field(() => String, { nullable: true, description: 'Note of the call (0-500 characters).' })
  @IsOptional()
  @CodePointLength(0, 500)
  note?: string | null;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Reopen the ticket (dissatisfied only): its handlers owe a new reply.',
  })
  reopen: boolean;
}

@InputType({ description: 'A new reply template.' })
export class CreateReplyTemplateInput {
  @Field(() => ID, { description: 'The community.' })
  communityId: string;

  @Field(() => ID, { nullable: true, description: 'The category (of the community) it is for; null: every category.' })
  categoryId?: string | null;

  @Field(() => String, { description: 'Short name (1-100 characters).' })
  @CodePointLength(1, 100)
  title: string;

  @Field(() => String, { description: 'Text with placeholders (1-2000 characters).' })
  @CodePointLength(1, 2000)
  body: string;
}

@InputType({ description: 'Change a reply template.' })
export class UpdateReplyTemplateInput {
  @Field(() => ID, { description: 'The template.' })
  id: string;

  @Field(() => Int, { description: 'The version the viewer saw.' })
  expectedVersion: number;

  @Field(() => ID, { nullable: true, description: 'The category it is for; null: every category.' })
  categoryId?: string | null;

  @Field(() => String, { description: 'Short name (1-100 characters).' })
  @CodePointLength(1, 100)
  title: string;

  @Field(() => String, { description: 'Text with placeholders (1-2000 characters).' })
  @CodePointLength(1, 2000)
  body: string;
}

@InputType({ description: 'A ticket on the public board.' })
export class BoardTicketInput {
  @Field(() => ID, { description: 'The ticket.' })
  ticketId: string;
}

@InputType({ description: 'Follow a ticket, or stop following it.' })
export class FollowTicketInput {
  @Field(() => ID, { description: 'The ticket.' })
  ticketId: string;

  @Field(() => Boolean, { defaultValue: true, description: 'True to follow, false to stop.' })
  follow: boolean;
}

@InputType({ description: 'One record by id.' })
export class BoardRecordInput {
  @Field(() => ID, { description: 'The record.' })
  id: string;
}
