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
  UpdatedAt,
} from '../../db/columns.js';
import type { VenueBookerKind, VenueBookingEventKind, VenueBookingStatus } from './venue.enums.js';

/** A bookable venue of a community (场地): its rules, who may book it and the household quotas. */
@Entity('venue')
@Index('ix_venue_community', ['communityId', 'createdAt'])
export class VenueEntity extends BaseEntity {
  /** The street of the community (kept on the row so that street reach is a plain filter). */
  @RefColumn()
  streetId: string;

  @RefColumn()
  communityId: string;

  @TextColumn(100)
  name: string;

  @TextColumn(2000, { nullable: true })
  description: string | null;

  /** Photo file ids (JSON array of ids of uploaded files). */
  @LongTextColumn()
  photoFileIds: string;

  @IntColumn()
  capacity: number;

  /** Facilities (JSON array of short labels: projector, piano …). */
  @LongTextColumn()
  facilities: string;

  /** JSON: seven entries, Monday first, each { open, close } ('HH:MM') or null (closed). */
  @LongTextColumn()
  openingHours: string;

  /** JSON array of 'YYYY-MM-DD' on which the venue is closed. */
  @LongTextColumn()
  closedDates: string;

  /** Closed on the statutory holidays of the working-day calendar. */
  @BoolColumn(false)
  closedOnHolidays: boolean;

  @IntColumn()
  slotMinutes: number;

  @IntColumn()
  minMinutes: number;

  @IntColumn()
  maxMinutes: number;

  /** How many days ahead bookings open. */
  @IntColumn()
  horizonDays: number;

  /** How many minutes before the start a booking must be made. */
  @IntColumn()
  leadMinutes: number;

  @BoolColumn(false)
  approvalRequired: boolean;

  /** Hours a pending booking holds its slots (at most until its start) before it expires. */
  @IntColumn({ default: 48 })
  pendingHoldHours: number;

  /** Minutes after the start without a check-in before the booking is a no-show. */
  @IntColumn({ default: 15 })
  noShowGraceMinutes: number;

  /** Verified residents may book (of the whole community, or of `eligibleEstateIds` when not empty). */
  @BoolColumn(true)
  residentsEligible: boolean;

  /** JSON array of estate ids; empty: every estate of the community. */
  @LongTextColumn()
  eligibleEstateIds: string;

  /** Organisations of the community may book (through their members). */
  @BoolColumn(false)
  organisationsEligible: boolean;

  /** Community staff may book for the community's own use. */
  @BoolColumn(true)
  staffEligible: boolean;

  @IntColumn({ nullable: true })
  weeklyQuota: number | null;

  @IntColumn({ nullable: true })
  monthlyQuota: number | null;

  @DateTimeColumn({ nullable: true })
  archivedAt: Date | null;

  @IntColumn({ default: 1 })
  version: number;

  @UpdatedAt()
  updatedAt: Date;
}

/** A booking of a venue (场地预约). Its slot rows (`venue_slot`) keep it from overlapping another. */
@Entity('venue_booking')
@Index('ux_venue_booking_idempotency', ['requesterId', 'idempotencyKey'], { unique: true })
@Index('ix_venue_booking_venue_start', ['venueId', 'startsAt'])
@Index('ix_venue_booking_community', ['communityId', 'status', 'createdAt'])
@Index('ix_venue_booking_household', ['householdId', 'venueId', 'startsAt'])
@Index('ix_venue_booking_requester', ['requesterId', 'createdAt'])
@Index('ix_venue_booking_status_start', ['status', 'startsAt'])
export class VenueBookingEntity extends BaseEntity {
  @RefColumn()
  venueId: string;

  @RefColumn()
  streetId: string;

  @RefColumn()
  communityId: string;

  /** The user who asked. */
  @RefColumn()
  requesterId: string;

  @Column({ type: 'varchar', length: 16 })
  bookerKind: VenueBookerKind;

  /** For a resident's booking: the household whose quota it counts against. */
  @RefColumn({ nullable: true })
  householdId: string | null;

  /** For an organisation's booking: the organisation. */
  @RefColumn({ nullable: true })
  organisationId: string | null;

  @DateTimeColumn()
  startsAt: Date;

  @DateTimeColumn()
  endsAt: Date;

  @TextColumn(200)
  purpose: string;

  @IntColumn()
  attendees: number;

  @Column({ type: 'varchar', length: 16 })
  status: VenueBookingStatus;

  /** Why staff rejected or cancelled it. */
  @TextColumn(200, { nullable: true })
  reason: string | null;

  /** The client's key: a retry with the same key returns the booking it made (unique per requester). */
  @BinaryTextColumn(80)
  idempotencyKey: string;

  /** The code shown at the door for check-in (six digits). */
  @TextColumn(8)
  checkInCode: string;

  /** A pending booking's slots are released at this instant unless decided. */
  @DateTimeColumn({ nullable: true })
  expiresAt: Date | null;

  /** The weekly series it belongs to (the id of the series' first booking). */
  @RefColumn({ nullable: true })
  seriesId: string | null;

  @RefColumn({ nullable: true })
  decidedById: string | null;

  @DateTimeColumn({ nullable: true })
  decidedAt: Date | null;

  @RefColumn({ nullable: true })
  cancelledById: string | null;

  @DateTimeColumn({ nullable: true })
  cancelledAt: Date | null;

  @RefColumn({ nullable: true })
  checkedInById: string | null;

  @DateTimeColumn({ nullable: true })
  checkedInAt: Date | null;

  @DateTimeColumn({ nullable: true })
  reminderSentAt: Date | null;

  @IntColumn({ default: 1 })
  version: number;

  @UpdatedAt()
  updatedAt: Date;
}

/**
 * One row per 15-minute grid slot a live booking covers. The unique key (venueId, slotStart) is what
 * makes two live bookings of one venue unable to overlap: the second insert of a slot fails on
 * SQLite and on MariaDB alike. The rows are deleted when the booking stops holding them (cancelled,
 * rejected, expired).
 */
@Entity('venue_slot')
@Index('ux_venue_slot', ['venueId', 'slotStart'], { unique: true })
@Index('ix_venue_slot_booking', ['bookingId'])
export class VenueSlotEntity extends BaseEntity {
  @RefColumn()
  venueId: string;

  @DateTimeColumn()
  slotStart: Date;

  @RefColumn()
  bookingId: string;
}

/**
 * The history of a booking, one row per kind (unique): who did what when. The NO_SHOW rows are the
 * hook of the points module — it books a penalty for each row whose `pointsSettledAt` is null.
 */
@Entity('venue_booking_event')
@Index('ux_venue_booking_event', ['bookingId', 'kind'], { unique: true })
@Index('ix_venue_booking_event_kind', ['kind', 'pointsSettledAt'])
export class VenueBookingEventEntity extends BaseEntity {
  @RefColumn()
  bookingId: string;

  @RefColumn()
  venueId: string;

  @RefColumn()
  communityId: string;

  @Column({ type: 'varchar', length: 16 })
  kind: VenueBookingEventKind;

  /** Who acted (null for the system's jobs). */
  @RefColumn({ nullable: true })
  actorId: string | null;

  /** The requester of the booking (whom a penalty would concern). */
  @RefColumn()
  requesterId: string;

  @RefColumn({ nullable: true })
  householdId: string | null;

  @TextColumn(200, { nullable: true })
  reason: string | null;

  /** Set by the points module once it has booked the consequence of this event. */
  @DateTimeColumn({ nullable: true })
  pointsSettledAt: Date | null;
}
