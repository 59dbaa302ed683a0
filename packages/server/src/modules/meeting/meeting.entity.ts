import { Column, Entity, Index } from 'typeorm';
import {
  BaseEntity,
  BinaryTextColumn,
  BoolColumn,
  DateTimeColumn,
  IntColumn,
  LongTextColumn,
  RefColumn,
  TextColumn,
} from '../../db/columns.js';
import {
  ActionItemState,
  Attendance,
  MeetingKind,
  MeetingPartyKind,
  MeetingState,
  MinutesState,
  ResolutionOutcome,
} from './meeting.enums.js';

/** A round-table meeting (圆桌会) of a community. */
@Entity('meeting')
@Index('ix_meeting_community', ['communityId', 'createdAt'])
@Index('ix_meeting_starts', ['state', 'startsAt'])
@Index('uq_meeting_check_in_code', ['checkInCode'], { unique: true })
export class MeetingEntity extends BaseEntity {
  /** The street of the community (kept on the row so that street reach is a plain filter). */
  @RefColumn()
  streetId: string;

  @RefColumn()
  communityId: string;

  @TextColumn(100)
  title: string;

  @Column({ type: 'varchar', length: 24 })
  kind: MeetingKind;

  @DateTimeColumn()
  startsAt: Date;

  @DateTimeColumn()
  endsAt: Date;

  @TextColumn(200, { nullable: true })
  place: string | null;

  @TextColumn(500, { nullable: true })
  onlineUrl: string | null;

  @Column({ type: 'varchar', length: 16 })
  state: MeetingState;

  @TextColumn(500, { nullable: true })
  cancelReason: string | null;

  /** The organisation that hosts it (the community office by default). */
  @RefColumn({ nullable: true })
  hostOrganisationId: string | null;

  /** Who chairs it. */
  @RefColumn({ nullable: true })
  hostUserId: string | null;

  @BoolColumn(false)
  openToResidents: boolean;

  /** How many residents may register (0 when not open). */
  @IntColumn({ default: 0 })
  residentCapacity: number;

  /** Residents registered: raised by a conditional update below the capacity, so the database decides a race. */
  @IntColumn({ default: 0 })
  registeredCount: number;

  /** The door code: valid for this meeting, on its day only. */
  @BinaryTextColumn(16)
  checkInCode: string;

  @LongTextColumn({ nullable: true })
  minutesHtml: string | null;

  @Column({ type: 'varchar', length: 16, default: MinutesState.NONE })
  minutesState: MinutesState;

  @DateTimeColumn({ nullable: true })
  minutesPublishedAt: Date | null;

  @DateTimeColumn({ nullable: true })
  heldAt: Date | null;

  /** When the day-before reminder went out (once). */
  @DateTimeColumn({ nullable: true })
  remindedAt: Date | null;

  @RefColumn()
  createdById: string;
}

/** An invited party or a registered resident, and their attendance. */
@Entity('meeting_party')
@Index('uq_meeting_party', ['meetingId', 'partyKey'], { unique: true })
@Index('ix_meeting_party_org', ['organisationId'])
@Index('ix_meeting_party_user', ['userId'])
export class MeetingPartyEntity extends BaseEntity {
  @RefColumn()
  meetingId: string;

  @RefColumn()
  communityId: string;

  @Column({ type: 'varchar', length: 24 })
  kind: MeetingPartyKind;

  /** `org:<id>` or `user:<id>`: one row per organisation or person and meeting (a unique key decides). */
  @BinaryTextColumn(48)
  partyKey: string;

  @RefColumn({ nullable: true })
  organisationId: string | null;

  @RefColumn({ nullable: true })
  userId: string | null;

  @Column({ type: 'varchar', length: 16, default: Attendance.UNKNOWN })
  attendance: Attendance;

  @DateTimeColumn({ nullable: true })
  checkedInAt: Date | null;

  /** For an organisation: the staff member who checked in for it. */
  @RefColumn({ nullable: true })
  checkedInById: string | null;
}

/** One item of a meeting's agenda: a ticket or a free topic, with its resolution once decided. */
@Entity('meeting_agenda_item')
@Index('ix_meeting_agenda', ['meetingId', 'position'])
@Index('ix_meeting_agenda_ticket', ['ticketId'])
export class MeetingAgendaItemEntity extends BaseEntity {
  @RefColumn()
  meetingId: string;

  @RefColumn()
  communityId: string;

  @IntColumn()
  position: number;

  @RefColumn({ nullable: true })
  ticketId: string | null;

  @TextColumn(200)
  topic: string;

  @LongTextColumn({ nullable: true })
  resolutionText: string | null;

  /** Who agreed (parties, in the minute-taker's words). */
  @TextColumn(500, { nullable: true })
  agreedBy: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  outcome: ResolutionOutcome | null;

  @DateTimeColumn({ nullable: true })
  resolvedAt: Date | null;
}

/** A task a meeting gave an organisation, due in working days. */
@Entity('meeting_action_item')
@Index('ix_meeting_action_community', ['communityId', 'createdAt'])
@Index('ix_meeting_action_due', ['state', 'dueAt'])
@Index('ix_meeting_action_meeting', ['meetingId'])
@Index('ix_meeting_action_ticket', ['ticketId'])
export class MeetingActionItemEntity extends BaseEntity {
  @RefColumn()
  meetingId: string;

  @RefColumn({ nullable: true })
  agendaItemId: string | null;

  @RefColumn({ nullable: true })
  ticketId: string | null;

  @RefColumn()
  streetId: string;

  @RefColumn()
  communityId: string;

  @TextColumn(200)
  title: string;

  @RefColumn()
  ownerOrganisationId: string;

  @IntColumn()
  dueDays: number;

  @DateTimeColumn()
  dueAt: Date;

  @Column({ type: 'varchar', length: 16 })
  state: ActionItemState;

  @TextColumn(1000, { nullable: true })
  completionNote: string | null;

  @DateTimeColumn({ nullable: true })
  completedAt: Date | null;

  @DateTimeColumn({ nullable: true })
  overdueNotifiedAt: Date | null;
}
