import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ConnectionType, PayloadType } from '../../graphql/pagination.js';
import {
  ActionItemState,
  Attendance,
  MeetingKind,
  MeetingPartyKind,
  MeetingState,
  MinutesState,
  ResolutionOutcome,
} from './meeting.enums.js';

@ObjectType({ description: 'What the viewer may do with a meeting now.' })
export class MeetingViewerCan {
  @Field(() => Boolean, {
    description: 'Edit it: parties, agenda, attendance, minutes, resolutions, action items (its organisers).',
  })
  manage: boolean;

  @Field(() => Boolean, { description: 'Register to attend (a resident of the community, while planned and open).' })
  register: boolean;
}

@ObjectType({ description: 'An invited party or a registered resident, and their attendance.' })
export class MeetingParty {
  @Field(() => ID, { description: 'Opaque id.' })
  id: string;

  @Field(() => MeetingPartyKind, { description: 'Who they are.' })
  kind: MeetingPartyKind;

  @Field(() => ID, { nullable: true, description: 'The organisation (kind ORGANISATION).' })
  organisationId: string | null;

  @Field(() => ID, { nullable: true, description: 'The person (other kinds).' })
  userId: string | null;

  @Field(() => Attendance, { description: 'Whether they came.' })
  attendance: Attendance;

  @Field(() => Date, { nullable: true, description: 'When they checked in at the door.' })
  checkedInAt: Date | null;

  meetingId: string;
}

@ObjectType({ description: 'The resolution of an agenda item.' })
export class MeetingResolution {
  @Field(() => String, { description: 'What was decided.' })
  text: string;

  @Field(() => String, { nullable: true, description: 'Who agreed.' })
  agreedBy: string | null;

  @Field(() => ResolutionOutcome, { description: 'Where the item’s ticket went.' })
  outcome: ResolutionOutcome;

  @Field(() => Date, { description: 'When it was recorded.' })
  resolvedAt: Date;
}

@ObjectType({ description: 'An item of a meeting’s agenda: a ticket or a free topic.' })
export class MeetingAgendaItem {
  @Field(() => ID, { description: 'Opaque id.' })
  id: string;

  @Field(() => ID, { description: 'The meeting.' })
  meetingId: string;

  @Field(() => Int, { description: 'Place in the agenda, from 1.' })
  position: number;

  @Field(() => ID, { nullable: true, description: 'The ticket it discusses (open it with `ticket(id:)`).' })
  ticketId: string | null;

  @Field(() => String, { description: 'The topic (a ticket’s title when about a ticket).' })
  topic: string;

  @Field(() => MeetingResolution, { nullable: true, description: 'What the meeting decided, once it did.' })
  resolution: MeetingResolution | null;
}

@ObjectType({ description: 'A task a meeting gave an organisation (督办).' })
export class MeetingActionItem {
  @Field(() => ID, { description: 'Opaque id.' })
  id: string;

  @Field(() => ID, { description: 'The meeting.' })
  meetingId: string;

  @Field(() => ID, { nullable: true, description: 'The agenda item it follows from.' })
  agendaItemId: string | null;

  @Field(() => ID, { nullable: true, description: 'The ticket of that agenda item.' })
  ticketId: string | null;

  @Field(() => ID, { description: 'The community.' })
  communityId: string;

  @Field(() => String, { description: 'What to do.' })
  title: string;

  @Field(() => ID, { description: 'The organisation that owns it.' })
  ownerOrganisationId: string;

  @Field(() => Int, { description: 'Working days it was given.' })
  dueDays: number;

  @Field(() => Date, { description: 'When it is due (end of a working day, Asia/Shanghai).' })
  dueAt: Date;

  @Field(() => ActionItemState, { description: 'Its state.' })
  state: ActionItemState;

  @Field(() => Boolean, { description: 'Open and past its due time (derived on the server).' })
  isOverdue: boolean;

  @Field(() => String, { nullable: true, description: 'What was done.' })
  completionNote: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was done or cancelled.' })
  completedAt: Date | null;

  @Field(() => Date, { description: 'When it was given.' })
  createdAt: Date;

  streetId: string;
}

@ObjectType({ description: 'A round-table meeting (圆桌会) of a community.' })
export class Meeting {
  @Field(() => ID, { description: 'Opaque id.' })
  id: string;

  @Field(() => ID, { description: 'The community.' })
  communityId: string;

  @Field(() => String, { description: 'Title.' })
  title: string;

  @Field(() => MeetingKind, { description: 'Kind.' })
  kind: MeetingKind;

  @Field(() => Date, { description: 'When it starts.' })
  startsAt: Date;

  @Field(() => Date, { description: 'When it ends.' })
  endsAt: Date;

  @Field(() => String, { nullable: true, description: 'Where.' })
  place: string | null;

  @Field(() => String, { nullable: true, description: 'Online link.' })
  onlineUrl: string | null;

  @Field(() => MeetingState, { description: 'Planned, held or cancelled.' })
  state: MeetingState;

  @Field(() => String, { nullable: true, description: 'Why it was cancelled.' })
  cancelReason: string | null;

  @Field(() => ID, { nullable: true, description: 'Hosting organisation.' })
  hostOrganisationId: string | null;

  @Field(() => Boolean, { description: 'Whether residents may register.' })
  openToResidents: boolean;

  @Field(() => Int, { description: 'Places for residents.' })
  residentCapacity: number;

  @Field(() => Int, { description: 'Residents registered so far.' })
  registeredCount: number;

  @Field(() => MinutesState, { description: 'Whether there are minutes, and whether they are published.' })
  minutesState: MinutesState;

  @Field(() => Date, { nullable: true, description: 'When the minutes were published.' })
  minutesPublishedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was marked held.' })
  heldAt: Date | null;

  @Field(() => Date, { description: 'When it was created.' })
  createdAt: Date;

  streetId: string;
  minutesHtml: string | null;
  checkInCode: string;
}

export const MeetingConnection = ConnectionType(Meeting, 'Meeting', 'meeting');
export const MeetingPayload = PayloadType(Meeting, 'Meeting', 'meeting', 'meeting');
export const MeetingActionItemConnection = ConnectionType(MeetingActionItem, 'MeetingActionItem', 'action item');
export const MeetingActionItemPayload = PayloadType(
  MeetingActionItem,
  'MeetingActionItem',
  'actionItem',
  'action item',
);

@ObjectType({ description: 'Result of a check-in.' })
export class CheckInPayload {
  @Field(() => Meeting, { description: 'The meeting.' })
  meeting: Meeting;

  @Field(() => MeetingParty, { description: 'The party checked in (the person, or their organisation).' })
  party: MeetingParty;
}
