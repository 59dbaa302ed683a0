import { ArgsType, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { ConnectionType, PageArgs, PayloadType } from '../../graphql/pagination.js';
import { VenueBookerKind, VenueBookingStatus, VenueRecurrenceMode, VenueSlotReason } from './venue.enums.js';

@ObjectType({ description: 'Opening hours of one weekday.' })
export class VenueDayHours {
  @Field(() => Int, { description: 'Weekday: 1 Monday … 7 Sunday.' })
  weekday: number;

  @Field(() => String, { nullable: true, description: "Opening time 'HH:MM' (Asia/Shanghai); null: closed that day." })
  open: string | null;

  @Field(() => String, { nullable: true, description: "Closing time 'HH:MM' (24:00 allowed); null: closed that day." })
  close: string | null;
}

@ObjectType({ description: 'What the viewer may do with a venue.' })
export class VenueViewerCan {
  @Field(() => Boolean, { description: 'Change its settings.' })
  update: boolean;

  @Field(() => Boolean, { description: 'Archive it.' })
  archive: boolean;
}

@ObjectType({ description: '场地 — a bookable venue of a community, with its booking rules.' })
export class Venue {
  @Field(() => ID, { description: 'Opaque id.' })
  id: string;

  @Field(() => ID, { description: 'The community it belongs to.' })
  communityId: string;

  @Field(() => String, { description: 'Its name.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'What it is, where it is.' })
  description: string | null;

  @Field(() => [ID], { description: 'Photo file ids (download through /files/:id).' })
  photoFileIds: string[];

  @Field(() => Int, { description: 'How many people it holds.' })
  capacity: number;

  @Field(() => [String], { description: 'Facilities (projector, piano …).' })
  facilities: string[];

  @Field(() => [VenueDayHours], { description: 'Opening hours, Monday first (Asia/Shanghai).' })
  openingHours: VenueDayHours[];

  @Field(() => [String], { description: "Dates ('YYYY-MM-DD') on which it is closed." })
  closedDates: string[];

  @Field(() => Boolean, { description: 'Closed on statutory holidays (the working-day calendar).' })
  closedOnHolidays: boolean;

  @Field(() => Int, { description: 'Slot size in minutes: bookings start and last whole slots.' })
  slotMinutes: number;

  @Field(() => Int, { description: 'Minimum duration in minutes.' })
  minMinutes: number;

  @Field(() => Int, { description: 'Maximum duration in minutes.' })
  maxMinutes: number;

  @Field(() => Int, { description: 'How many days ahead bookings open.' })
  horizonDays: number;

  @Field(() => Int, { description: 'Minutes before the start by which a booking must be made.' })
  leadMinutes: number;

  @Field(() => Boolean, { description: 'Bookings of residents and organisations wait for staff approval.' })
  approvalRequired: boolean;

  @Field(() => Int, { description: 'Hours a pending booking holds its slots (at most until its start).' })
  pendingHoldHours: number;

  @Field(() => Int, { description: 'Minutes after the start without check-in before a booking is a no-show.' })
  noShowGraceMinutes: number;

  @Field(() => Boolean, { description: 'Verified residents may book.' })
  residentsEligible: boolean;

  @Field(() => [ID], { description: 'When not empty: only residents of these estates may book.' })
  eligibleEstateIds: string[];

  @Field(() => Boolean, { description: 'Organisations of the community may book (also weekly series).' })
  organisationsEligible: boolean;

  @Field(() => Boolean, { description: 'Community staff may book for the community.' })
  staffEligible: boolean;

  @Field(() => Int, {
    nullable: true,
    description: 'Bookings per household per week (Monday-Sunday, Asia/Shanghai); null: no limit.',
  })
  weeklyQuota: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Bookings per household per calendar month (Asia/Shanghai); null: no limit.',
  })
  monthlyQuota: number | null;

  @Field(() => Date, { nullable: true, description: 'When it was archived (no more bookings).' })
  archivedAt: Date | null;

  @Field(() => Int, { description: 'Version, for `expectedVersion` of updates.' })
  version: number;

  @Field(() => Date, { description: 'When it was created.' })
  createdAt: Date;

  /** Internal: the street (for viewerCan). */
  streetId: string;
}

@ObjectType({ description: 'What the viewer may do with a booking now (state and role permitting).' })
export class VenueBookingViewerCan {
  @Field(() => Boolean, { description: 'Approve it (staff, pending).' })
  approve: boolean;

  @Field(() => Boolean, { description: 'Reject it (staff, pending).' })
  reject: boolean;

  @Field(() => Boolean, { description: 'Check it in (staff, approved).' })
  checkIn: boolean;

  @Field(() => Boolean, { description: 'Cancel it (the requester before the start; staff with a reason).' })
  cancel: boolean;
}

@ObjectType({ description: '场地预约 — a booking of a venue.' })
export class VenueBooking {
  @Field(() => ID, { description: 'Opaque id.' })
  id: string;

  @Field(() => ID, { description: 'The venue.' })
  venueId: string;

  @Field(() => ID, { description: 'The community of the venue.' })
  communityId: string;

  @Field(() => VenueBookerKind, { description: 'On whose behalf it was made.' })
  bookerKind: VenueBookerKind;

  @Field(() => ID, { nullable: true, description: 'The organisation, for an organisation’s booking.' })
  organisationId: string | null;

  @Field(() => Date, { description: 'Start.' })
  startsAt: Date;

  @Field(() => Date, { description: 'End (exclusive).' })
  endsAt: Date;

  @Field(() => String, { description: 'What it is for.' })
  purpose: string;

  @Field(() => Int, { description: 'Expected attendees.' })
  attendees: number;

  @Field(() => VenueBookingStatus, { description: 'Where it is in its life.' })
  status: VenueBookingStatus;

  @Field(() => String, { nullable: true, description: 'Why staff rejected or cancelled it.' })
  reason: string | null;

  @Field(() => Date, { nullable: true, description: 'When a pending booking expires unless decided.' })
  expiresAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'The weekly series it belongs to.' })
  seriesId: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was checked in.' })
  checkedInAt: Date | null;

  @Field(() => Date, { description: 'When it was made.' })
  createdAt: Date;

  /** Internal fields for the field resolvers. */
  requesterId: string;
  streetId: string;
  checkInCode: string;
}

export const VenueConnection = ConnectionType(Venue, 'Venue', 'venue');
export const VenuePayload = PayloadType(Venue, 'Venue', 'venue', 'venue');
export const VenueBookingConnection = ConnectionType(VenueBooking, 'VenueBooking', 'booking');
export const VenueBookingPayload = PayloadType(VenueBooking, 'VenueBooking', 'booking', 'booking');

@ObjectType({ description: 'One occurrence of a booking request (one for a single booking, N for a weekly series).' })
export class VenueBookingOccurrence {
  @Field(() => Date, { description: 'Start of this occurrence.' })
  startsAt: Date;

  @Field(() => Date, { description: 'End of this occurrence.' })
  endsAt: Date;

  @Field(() => VenueBooking, { nullable: true, description: 'The booking made, or null when this occurrence failed.' })
  booking: VenueBooking | null;

  @Field(() => String, { nullable: true, description: 'Why it failed (an error reason such as VENUE_SLOT_TAKEN).' })
  failureReason: string | null;
}

@ObjectType({ description: 'The result of bookVenue.' })
export class BookVenuePayload {
  @Field(() => VenueBooking, {
    nullable: true,
    description: 'The (first) booking made; null when no occurrence succeeded.',
  })
  booking: VenueBooking | null;

  @Field(() => VenueRecurrenceMode, { description: 'How the occurrences were decided.' })
  mode: VenueRecurrenceMode;

  @Field(() => [VenueBookingOccurrence], { description: 'Each occurrence, in date order, and whether it succeeded.' })
  occurrences: VenueBookingOccurrence[];
}

@ObjectType({ description: 'One slot of a venue’s availability.' })
export class VenueSlot {
  @Field(() => Date, { description: 'Start.' })
  startsAt: Date;

  @Field(() => Date, { description: 'End.' })
  endsAt: Date;

  @Field(() => Boolean, { description: 'A live booking holds it.' })
  taken: boolean;

  @Field(() => Boolean, { description: 'The viewer could book it now.' })
  bookable: boolean;

  @Field(() => VenueSlotReason, { nullable: true, description: 'Why the viewer cannot book it (null when bookable).' })
  reason: VenueSlotReason | null;
}

@ObjectType({ description: 'Usage of one venue in one month (Asia/Shanghai).' })
export class VenueUsage {
  @Field(() => ID, { description: 'The venue.' })
  venueId: string;

  @Field(() => String, { description: 'The venue’s name.' })
  venueName: string;

  @Field(() => String, { description: "The month, 'YYYY-MM'." })
  month: string;

  @Field(() => Int, { description: 'Bookings that started this month (approved, checked in or no-show).' })
  bookings: number;

  @Field(() => Int, { description: 'Of which no-shows.' })
  noShows: number;

  @Field(() => Float, { description: 'No-shows ÷ decided past bookings (checked in + no-show); 0 when none.' })
  noShowRate: number;

  @Field(() => Float, { description: 'Hours booked (approved, checked in, no-show).' })
  hoursUsed: number;
}

@ArgsType()
export class VenueListArgs extends PageArgs {
  @Field(() => ID, { description: 'The community whose venues to list.' })
  communityId: string;

  @Field(() => Boolean, { defaultValue: false, description: 'Include archived venues.' })
  includeArchived: boolean;
}

@ArgsType()
export class VenueBookingListArgs extends PageArgs {
  @Field(() => ID, { description: 'The community whose bookings to list.' })
  communityId: string;

  @Field(() => ID, { nullable: true, description: 'Only this venue’s.' })
  venueId?: string | null;

  @Field(() => [VenueBookingStatus], {
    nullable: true,
    description: 'Only these statuses (the approval queue: PENDING).',
  })
  statuses?: VenueBookingStatus[] | null;

  @Field(() => Date, { nullable: true, description: 'Only bookings ending after this instant.' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Only bookings starting before this instant.' })
  to?: Date | null;
}

@ArgsType()
export class MyVenueBookingArgs extends PageArgs {
  @Field(() => [VenueBookingStatus], { nullable: true, description: 'Only these statuses.' })
  statuses?: VenueBookingStatus[] | null;
}
