import { ArrayMaxSize, ArrayMinSize, IsOptional, Matches, Max, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { CodePointLength } from '../../common/text-length.js';
import { PageArgs } from '../../graphql/pagination.js';
import { OrganisationKind } from '../org/org.enums.js';
import { TicketIntake, TicketSource, TicketState } from './ticket.enums.js';
import { TicketPriority } from './ticket-desk.enums.js';

@InputType({ description: 'A new matter (我要说事).' })
export class SubmitTicketInput {
  @Field(() => ID, { description: 'Category (see `ticketCategories`).' })
  categoryId: string;

  @Field(() => String, { description: 'Title, 2 to 100 characters.' })
  @CodePointLength(2, 100)
  title: string;

  @Field(() => String, { description: 'What happened, 5 to 2000 characters.' })
  @CodePointLength(5, 2000)
  body: string;

  @Field(() => [ID], { defaultValue: [], description: 'Photos uploaded with `POST /files` (at most 9).' })
  @ArrayMaxSize(9)
  photoFileIds: string[];

  @Field(() => ID, {
    nullable: true,
    description: 'Estate it concerns (defaults to nothing; needed for routing to a property company).',
  })
  estateId?: string;

  @Field(() => ID, { nullable: true, description: 'Building it concerns.' })
  buildingId?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Community it concerns, when no estate is given (defaults to the category’s community).',
  })
  communityId?: string;

  @Field(() => String, { nullable: true, description: 'Free-text place, e.g. 博学路与金城路交叉口.' })
  @IsOptional()
  @CodePointLength(0, 200)
  locationText?: string;

  @Field(() => Boolean, { defaultValue: false, description: 'Hide the submitter from other residents.' })
  anonymous: boolean;

  @Field(() => String, {
    description:
      'Client-chosen key (8-64 letters, digits, - or _): a retried submit with the same key returns the first ticket.',
  })
  @Matches(/^[A-Za-z0-9_-]{8,64}$/)
  idempotencyKey: string;
}

@InputType({ description: 'Common fields of an action on a ticket.' })
export class TicketActionInput {
  @Field(() => ID, { description: 'The ticket.' })
  ticketId: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The `version` the actor saw; CONFLICT if the ticket changed since. Omit to act on the latest.',
  })
  expectedVersion?: number;
}

@InputType({ description: 'Accept a ticket as valid and route it to one or more organisations.' })
export class AcceptTicketInput extends TicketActionInput {
  @Field(() => [ID], {
    description: 'Responsible organisations (community office, property company, owners’ committee), 1 to 5.',
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  organisationIds: string[];

  @Field(() => ID, { nullable: true, description: 'Correct the category (its deadlines apply).' })
  categoryId?: string;

  @Field(() => String, { nullable: true, description: 'Internal note.' })
  @IsOptional()
  @CodePointLength(0, 1000)
  note?: string;
}

@InputType({ description: 'Reject a ticket as invalid.' })
export class RejectTicketInput extends TicketActionInput {
  @Field(() => String, { description: 'Reason shown to the resident, 2 to 500 characters.' })
  @CodePointLength(2, 500)
  reason: string;
}

@InputType({ description: 'Merge a duplicate into a primary ticket; the submitter follows the primary.' })
export class MergeTicketInput extends TicketActionInput {
  @Field(() => ID, { description: 'The primary ticket.' })
  primaryTicketId: string;

  @Field(() => String, { nullable: true, description: 'Note to the submitter.' })
  @IsOptional()
  @CodePointLength(0, 500)
  note?: string;
}

@InputType({ description: 'Change the responsible organisations.' })
export class ReassignTicketInput extends TicketActionInput {
  @Field(() => [ID], { description: 'The new set of responsible organisations, 1 to 5.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  organisationIds: string[];

  @Field(() => String, { nullable: true, description: 'Internal note.' })
  @IsOptional()
  @CodePointLength(0, 1000)
  note?: string;
}

@InputType({ description: 'A public answer to the resident.' })
export class ReplyToTicketInput extends TicketActionInput {
  @Field(() => String, { description: 'The answer, 2 to 2000 characters.' })
  @CodePointLength(2, 2000)
  body: string;

  @Field(() => ID, { nullable: true, description: 'Organisation replied for, when the actor works for several.' })
  organisationId?: string;
}

@InputType({ description: 'An internal note (staff only).' })
export class AddTicketNoteInput extends TicketActionInput {
  @Field(() => String, { description: 'The note, 1 to 2000 characters.' })
  @CodePointLength(1, 2000)
  body: string;
}

@InputType({ description: 'Resolve (完结) a ticket.' })
export class ResolveTicketInput extends TicketActionInput {
  @Field(() => String, { description: 'The resolution, shown to the resident, 2 to 2000 characters.' })
  @CodePointLength(2, 2000)
  resolution: string;
}

@InputType({ description: 'Report a ticket up (上报) to a street department.' })
export class EscalateTicketInput extends TicketActionInput {
  @Field(() => ID, { description: 'The department (organisation of kind DEPARTMENT).' })
  departmentId: string;

  @Field(() => String, { description: 'Why it is escalated, 2 to 1000 characters.' })
  @CodePointLength(2, 1000)
  reason: string;
}

@InputType({ description: "Post a street department's answer to an escalated ticket." })
export class AnswerEscalationInput extends TicketActionInput {
  @Field(() => String, { description: 'The answer, shown to the resident, 2 to 2000 characters.' })
  @CodePointLength(2, 2000)
  answer: string;
}

@InputType({ description: 'Put a ticket on a round-table meeting agenda.' })
export class ReferTicketToMeetingInput extends TicketActionInput {
  @Field(() => String, { nullable: true, description: 'Note to the resident.' })
  @IsOptional()
  @CodePointLength(0, 1000)
  note?: string;
}

@InputType({ description: 'Rate the outcome of a resolved ticket.' })
export class RateTicketInput {
  @Field(() => ID, { description: 'The ticket.' })
  ticketId: string;

  @Field(() => Int, { description: 'Score, 1 to 5.' })
  @Min(1)
  @Max(5)
  score: number;

  @Field(() => String, { nullable: true, description: 'Comment, up to 500 characters.' })
  @IsOptional()
  @CodePointLength(0, 500)
  comment?: string;
}

@InputType({ description: 'Reopen a resolved ticket.' })
export class ReopenTicketInput {
  @Field(() => ID, { description: 'The ticket.' })
  ticketId: string;

  @Field(() => String, { description: 'Why it is not resolved, 2 to 1000 characters.' })
  @CodePointLength(2, 1000)
  reason: string;
}

@InputType({ description: 'Withdraw an own ticket.' })
export class WithdrawTicketInput {
  @Field(() => ID, { description: 'The ticket.' })
  ticketId: string;

  @Field(() => String, { nullable: true, description: 'Why, optional.' })
  @IsOptional()
  @CodePointLength(0, 500)
  reason?: string;
}

@InputType({ description: 'A new ticket category for a community.' })
export class CreateTicketCategoryInput {
  @Field(() => ID, { description: 'The community.' })
  communityId: string;

  @Field(() => String, { description: 'Stable code, upper case, e.g. PARKING.' })
  @Matches(/^[A-Z][A-Z0-9_]{1,39}$/)
  code: string;

  @Field(() => String, { description: 'Name in Chinese.' })
  @CodePointLength(1, 50)
  nameZh: string;

  @Field(() => String, { description: 'Name in English.' })
  @CodePointLength(1, 80)
  nameEn: string;

  @Field(() => OrganisationKind, { description: 'Default handling organisation kind.' })
  defaultOrgKind: OrganisationKind;

  @Field(() => Int, { defaultValue: 3, description: 'Working days to the first reply, 1 to 5.' })
  @Min(1)
  @Max(5)
  replyDays: number;

  @Field(() => Int, { defaultValue: 15, description: 'Working days to resolution, 1 to 60.' })
  @Min(1)
  @Max(60)
  resolveDays: number;

  @Field(() => Int, { defaultValue: 0, description: 'Position in lists.' })
  sortOrder: number;
}

@InputType({ description: 'Changes to a ticket category; omitted fields stay.' })
export class UpdateTicketCategoryInput {
  @Field(() => ID, { description: 'The category.' })
  id: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The `version` the author saw; CONFLICT if the record changed since. Omit to change the latest.',
  })
  expectedVersion?: number | null;

  @Field(() => String, { nullable: true, description: 'Name in Chinese.' })
  @IsOptional()
  @CodePointLength(1, 50)
  nameZh?: string;

  @Field(() => String, { nullable: true, description: 'Name in English.' })
  @IsOptional()
  @CodePointLength(1, 80)
  nameEn?: string;

  @Field(() => OrganisationKind, { nullable: true, description: 'Default handling organisation kind.' })
  defaultOrgKind?: OrganisationKind;

  @Field(() => Int, { nullable: true, description: 'Working days to the first reply, 1 to 5.' })
  @IsOptional()
  @Min(1)
  @Max(5)
  replyDays?: number;

  @Field(() => Int, { nullable: true, description: 'Working days to resolution, 1 to 60.' })
  @IsOptional()
  @Min(1)
  @Max(60)
  resolveDays?: number;

  @Field(() => Boolean, { nullable: true, description: 'Offer it to residents.' })
  active?: boolean;

  @Field(() => Int, { nullable: true, description: 'Position in lists.' })
  sortOrder?: number;
}

@ArgsType()
export class TicketListArgs extends PageArgs {
  @Field(() => [TicketState], { nullable: true, description: 'Only tickets in these states.' })
  @IsOptional()
  @ArrayMaxSize(9)
  states?: TicketState[];

  @Field(() => ID, { nullable: true, description: 'Only this community.' })
  communityId?: string;

  @Field(() => ID, { nullable: true, description: 'Only this category.' })
  categoryId?: string;

  @Field(() => ID, { nullable: true, description: 'Only this estate.' })
  estateId?: string;

  @Field(() => ID, { nullable: true, description: 'Only tickets routed to this organisation.' })
  organisationId?: string;

  @Field(() => [TicketSource], {
    nullable: true,
    description: 'Only tickets that came in this way (app, phone, 12345 …).',
  })
  @IsOptional()
  @ArrayMaxSize(7)
  sources?: TicketSource[];

  @Field(() => Boolean, { nullable: true, description: 'Only tickets whose first reply is overdue.' })
  overdue?: boolean;

  @Field(() => Date, { nullable: true, description: 'Submitted at or after.' })
  from?: Date;

  @Field(() => Date, { nullable: true, description: 'Submitted before.' })
  to?: Date;

  @Field(() => String, { nullable: true, description: 'Title or text contains.' })
  @IsOptional()
  @CodePointLength(1, 50)
  search?: string;

  // ---- the desk (ticket-desk.*) ----

  @Field(() => [TicketPriority], { nullable: true, description: 'Only these priorities.' })
  priorities?: TicketPriority[];

  @Field(() => Boolean, {
    nullable: true,
    description:
      'true: only tickets whose open assignments are all acknowledged (签收); false: only those with an open assignment not acknowledged yet.',
  })
  acknowledged?: boolean;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only tickets with a supervision notice (督办); false: none.',
  })
  supervised?: boolean;
}

@ArgsType()
export class CategoryListArgs {
  @Field(() => ID, { description: 'The community.' })
  communityId: string;

  @Field(() => Boolean, { defaultValue: false, description: 'Include inactive categories (staff).' })
  includeInactive = false;
}

@ArgsType()
export class FiguresArgs {
  @Field(() => ID, { nullable: true, description: 'One community; omit for all in the viewer’s scope.' })
  communityId?: string;

  @Field(() => Date, { description: 'Start of the period (inclusive).' })
  from: Date;

  @Field(() => Date, { description: 'End of the period (exclusive).' })
  to: Date;
}

@InputType({ description: 'Who may raise matters in a community.' })
export class SetTicketIntakeInput {
  @Field(() => ID, { description: 'The community.' })
  communityId: string;

  @Field(() => TicketIntake, { description: 'Verified residents of the community only, or any registered resident.' })
  intake: TicketIntake;
}
