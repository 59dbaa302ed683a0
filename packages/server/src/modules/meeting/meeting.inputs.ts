import { ArrayMaxSize, IsOptional, Matches, Max, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { CodePointLength } from '../../common/text-length.js';
import { PageArgs } from '../../graphql/pagination.js';
import {
  ActionItemState,
  Attendance,
  MeetingKind,
  MeetingPartyKind,
  MeetingState,
  ResolutionOutcome,
} from './meeting.enums.js';

@InputType({ description: 'A new round-table meeting (圆桌会), planned.' })
export class CreateMeetingInput {
  @Field(() => ID, { description: 'The community.' })
  communityId: string;

  @Field(() => String, { description: 'Title, 1-100 characters.' })
  @CodePointLength(1, 100)
  title: string;

  @Field(() => MeetingKind, { description: 'Kind of meeting.' })
  kind: MeetingKind;

  @Field(() => Date, { description: 'When it starts (ISO 8601 with zone).' })
  startsAt: Date;

  @Field(() => Date, { description: 'When it ends (after it starts).' })
  endsAt: Date;

  @Field(() => String, { nullable: true, description: 'Where, e.g. 社区三楼会议室 (up to 200 characters).' })
  @IsOptional()
  @CodePointLength(0, 200)
  place?: string | null;

  @Field(() => String, { nullable: true, description: 'Online link (https://…, up to 500 characters).' })
  @IsOptional()
  @CodePointLength(0, 500)
  @Matches(/^(https?:\/\/\S+)?$/)
  onlineUrl?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Hosting organisation (defaults to none: the community office hosts).',
  })
  @IsOptional()
  hostOrganisationId?: string | null;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Whether residents of the community may register to attend.',
  })
  openToResidents: boolean;

  @Field(() => Int, { defaultValue: 0, description: 'How many residents may register (0-500).' })
  @Min(0)
  @Max(500)
  residentCapacity: number;
}

@InputType({ description: 'Cancel a planned meeting.' })
export class CancelMeetingInput {
  @Field(() => ID, { description: 'The meeting.' })
  meetingId: string;

  @Field(() => String, { description: 'Why (1-500 characters), told to the parties.' })
  @CodePointLength(1, 500)
  reason: string;
}

@InputType({ description: 'Mark a planned meeting as held.' })
export class HoldMeetingInput {
  @Field(() => ID, { description: 'The meeting.' })
  meetingId: string;
}

@InputType({ description: 'Invite an organisation or a person.' })
export class InviteMeetingPartyInput {
  @Field(() => ID, { description: 'The meeting.' })
  meetingId: string;

  @Field(() => MeetingPartyKind, {
    description: 'ORGANISATION, PERSON or RESIDENT_REPRESENTATIVE (registrations come from residents).',
  })
  kind: MeetingPartyKind;

  @Field(() => ID, { nullable: true, description: 'The organisation (kind ORGANISATION).' })
  @IsOptional()
  organisationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The person (kind PERSON or RESIDENT_REPRESENTATIVE).' })
  @IsOptional()
  userId?: string | null;
}

@InputType({ description: 'Add an item to the end of an agenda: a ticket, or a free topic.' })
export class AddAgendaItemInput {
  @Field(() => ID, { description: 'The meeting.' })
  meetingId: string;

  @Field(() => ID, {
    nullable: true,
    description: 'A ticket in meeting, or accepted/replied (then referred to the meeting now).',
  })
  @IsOptional()
  ticketId?: string | null;

  @Field(() => String, { nullable: true, description: 'A free topic (1-200 characters), when no ticket is given.' })
  @IsOptional()
  @CodePointLength(0, 200)
  topic?: string | null;
}

@InputType({ description: 'A new order of the agenda.' })
export class ReorderAgendaInput {
  @Field(() => ID, { description: 'The meeting.' })
  meetingId: string;

  @Field(() => [ID], { description: 'Every item of the agenda, in the new order.' })
  @ArrayMaxSize(100)
  itemIds: string[];
}

@InputType({ description: 'Record whether a party came.' })
export class RecordAttendanceInput {
  @Field(() => ID, { description: 'The party.' })
  partyId: string;

  @Field(() => Attendance, { description: 'Present, absent or excused.' })
  attendance: Attendance;
}

@InputType({ description: 'Check in at the door with the meeting’s code (from its QR link).' })
export class CheckInToMeetingInput {
  @Field(() => ID, { description: 'The meeting (in the QR link).' })
  meetingId: string;

  @Field(() => String, { description: 'The code (in the QR link, or read out at the door).' })
  @CodePointLength(1, 16)
  code: string;
}

@InputType({ description: 'Register to attend an open meeting (residents).' })
export class RegisterForMeetingInput {
  @Field(() => ID, { description: 'The meeting.' })
  meetingId: string;
}

@InputType({ description: 'Save the minutes (sanitised rich text), and publish them.' })
export class SaveMeetingMinutesInput {
  @Field(() => ID, { description: 'The meeting.' })
  meetingId: string;

  @Field(() => String, {
    description:
      'HTML, up to 15 000 characters (published minutes become a publication, whose body has the same limit); sanitised like publications.',
  })
  @CodePointLength(0, 15_000)
  html: string;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Publish them (the meeting must be held): residents of the community may then read them.',
  })
  publish: boolean;
}

@InputType({ description: 'The resolution of an agenda item, and where its ticket goes.' })
export class RecordResolutionInput {
  @Field(() => ID, { description: 'The agenda item.' })
  agendaItemId: string;

  @Field(() => String, {
    description: 'What was decided (1-2000 characters); written on the ticket’s public timeline.',
  })
  @CodePointLength(1, 2000)
  text: string;

  @Field(() => String, { nullable: true, description: 'Who agreed (up to 500 characters).' })
  @IsOptional()
  @CodePointLength(0, 500)
  agreedBy?: string | null;

  @Field(() => ResolutionOutcome, { defaultValue: ResolutionOutcome.NONE, description: 'Where the ticket goes.' })
  outcome: ResolutionOutcome;

  @Field(() => ID, { nullable: true, description: 'The street department (outcome ESCALATED).' })
  @IsOptional()
  departmentId?: string | null;

  @Field(() => Int, { nullable: true, description: 'New reply deadline in working days, 1-30 (outcome RETURNED).' })
  @IsOptional()
  @Min(1)
  @Max(30)
  replyDays?: number | null;
}

@InputType({ description: 'A task the meeting gives an organisation.' })
export class AddActionItemInput {
  @Field(() => ID, { description: 'The meeting (held).' })
  meetingId: string;

  @Field(() => ID, { nullable: true, description: 'The agenda item it follows from.' })
  @IsOptional()
  agendaItemId?: string | null;

  @Field(() => String, { description: 'What to do (1-200 characters).' })
  @CodePointLength(1, 200)
  title: string;

  @Field(() => ID, { description: 'The organisation that owns it.' })
  ownerOrganisationId: string;

  @Field(() => Int, { description: 'Due in this many working days (1-60), on the tickets’ calendar.' })
  @Min(1)
  @Max(60)
  dueDays: number;
}

@InputType({ description: 'Report on an action item.' })
export class UpdateActionItemInput {
  @Field(() => ID, { description: 'The action item.' })
  actionItemId: string;

  @Field(() => ActionItemState, { description: 'Its new state.' })
  state: ActionItemState;

  @Field(() => String, { nullable: true, description: 'What was done (up to 1000 characters).' })
  @IsOptional()
  @CodePointLength(0, 1000)
  completionNote?: string | null;
}

@ArgsType()
export class MeetingListArgs extends PageArgs {
  @Field(() => ID, { description: 'The community.' })
  communityId: string;

  @Field(() => MeetingState, { nullable: true, description: 'Only meetings in this state.' })
  @IsOptional()
  state?: MeetingState | null;
}

@ArgsType()
export class OpenMeetingListArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only this community’s (one of the viewer’s).' })
  @IsOptional()
  communityId?: string | null;
}

@ArgsType()
export class ActionItemListArgs extends PageArgs {
  @Field(() => ID, { description: 'The community.' })
  communityId: string;

  @Field(() => ActionItemState, { nullable: true, description: 'Only items in this state.' })
  @IsOptional()
  state?: ActionItemState | null;

  @Field(() => Boolean, { defaultValue: false, description: 'Only open items past their due time.' })
  overdueOnly: boolean;
}
