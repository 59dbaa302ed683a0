import { ArrayMaxSize, IsOptional, Matches, Max, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { CodePointLength } from '../../common/text-length.js';
import { VenueBookerKind, VenueRecurrenceMode } from './venue.enums.js';

const HHMM = /^([01]\d|2[0-4]):[0-5]\d$/;

@InputType({ description: 'Opening hours of one weekday.' })
export class VenueDayHoursInput {
  @Field(() => Int, { description: 'Weekday: 1 Monday … 7 Sunday.' })
  @Min(1)
  @Max(7)
  weekday: number;

  @Field(() => String, { description: "Opening time 'HH:MM' (Asia/Shanghai), on the slot grid." })
  @Matches(HHMM)
  open: string;

  @Field(() => String, { description: "Closing time 'HH:MM' (24:00 allowed), on the slot grid." })
  @Matches(HHMM)
  close: string;
}

/** The settings of a venue, every one optional (create fills defaults, update keeps what is not given). */
@InputType({ description: 'The settings of a venue (the fields createVenue and updateVenue share).' })
export class VenueSettingsInput {
  @Field(() => String, { nullable: true, description: 'Description, at most 2000 characters.' })
  @IsOptional()
  @CodePointLength(0, 2000)
  description?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Photo file ids uploaded with `POST /files` (at most 9).' })
  @IsOptional()
  @ArrayMaxSize(9)
  photoFileIds?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'How many people it holds (1-2000; default 20).' })
  @IsOptional()
  @Min(1)
  @Max(2000)
  capacity?: number | null;

  @Field(() => [String], { nullable: true, description: 'Facilities, at most 20 labels of up to 30 characters.' })
  @IsOptional()
  @ArrayMaxSize(20)
  @CodePointLength(1, 30, { each: true })
  facilities?: string[] | null;

  @Field(() => [VenueDayHoursInput], {
    nullable: true,
    description: 'Opening hours of the weekdays it opens (others closed; default 08:00-21:00 every day).',
  })
  @IsOptional()
  @ArrayMaxSize(7)
  @ValidateNested({ each: true })
  openingHours?: VenueDayHoursInput[] | null;

  @Field(() => [String], { nullable: true, description: "Closed dates 'YYYY-MM-DD' (at most 366)." })
  @IsOptional()
  @ArrayMaxSize(366)
  @Matches(/^\d{4}-\d\d-\d\d$/, { each: true })
  closedDates?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Closed on statutory holidays (default false).' })
  closedOnHolidays?: boolean | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Slot size in minutes: a multiple of 15 dividing a day (default 60).',
  })
  @IsOptional()
  @Min(15)
  @Max(1440)
  slotMinutes?: number | null;

  @Field(() => Int, { nullable: true, description: 'Minimum duration in minutes (default one slot).' })
  @IsOptional()
  @Min(15)
  @Max(1440)
  minMinutes?: number | null;

  @Field(() => Int, { nullable: true, description: 'Maximum duration in minutes (default 4 hours).' })
  @IsOptional()
  @Min(15)
  @Max(1440)
  maxMinutes?: number | null;

  @Field(() => Int, { nullable: true, description: 'Days ahead bookings open (1-365; default 14).' })
  @IsOptional()
  @Min(1)
  @Max(365)
  horizonDays?: number | null;

  @Field(() => Int, { nullable: true, description: 'Lead time in minutes (0-10080; default 60).' })
  @IsOptional()
  @Min(0)
  @Max(10080)
  leadMinutes?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Bookings need staff approval (default false).' })
  approvalRequired?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Hours a pending booking holds its slots (1-168; default 48).' })
  @IsOptional()
  @Min(1)
  @Max(168)
  pendingHoldHours?: number | null;

  @Field(() => Int, { nullable: true, description: 'No-show grace period in minutes (0-240; default 15).' })
  @IsOptional()
  @Min(0)
  @Max(240)
  noShowGraceMinutes?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Verified residents may book (default true).' })
  residentsEligible?: boolean | null;

  @Field(() => [ID], { nullable: true, description: 'Only residents of these estates of the community (empty: all).' })
  @IsOptional()
  @ArrayMaxSize(50)
  eligibleEstateIds?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Organisations of the community may book (default false).' })
  organisationsEligible?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Community staff may book (default true).' })
  staffEligible?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Bookings per household per week; 0 or absent: no limit.' })
  @IsOptional()
  @Min(0)
  @Max(100)
  weeklyQuota?: number | null;

  @Field(() => Int, { nullable: true, description: 'Bookings per household per month; 0 or absent: no limit.' })
  @IsOptional()
  @Min(0)
  @Max(1000)
  monthlyQuota?: number | null;
}

@InputType({ description: 'Create a venue in a community.' })
export class CreateVenueInput extends VenueSettingsInput {
  @Field(() => ID, { description: 'The community.' })
  communityId: string;

  @Field(() => String, { description: 'Its name (1-100 characters).' })
  @CodePointLength(1, 100)
  name: string;
}

@InputType({ description: 'Change a venue’s settings (fields not given are kept).' })
export class UpdateVenueInput extends VenueSettingsInput {
  @Field(() => ID, { description: 'The venue.' })
  id: string;

  @Field(() => Int, { nullable: true, description: 'The version the change applies to (CONFLICT when stale).' })
  expectedVersion?: number | null;

  @Field(() => String, { nullable: true, description: 'New name (1-100 characters).' })
  @IsOptional()
  @CodePointLength(1, 100)
  name?: string | null;
}

@InputType({ description: 'Archive a venue: no more bookings; existing ones stay.' })
export class ArchiveVenueInput {
  @Field(() => ID, { description: 'The venue.' })
  id: string;
}

@InputType({ description: 'Book a venue (or, for an organisation, a weekly series).' })
export class BookVenueInput {
  @Field(() => ID, { description: 'The venue.' })
  venueId: string;

  @Field(() => Date, { description: 'Start, on the venue’s slot grid.' })
  startsAt: Date;

  @Field(() => Date, { description: 'End, a whole number of slots later.' })
  endsAt: Date;

  @Field(() => String, { description: 'What it is for, 2-200 characters.' })
  @CodePointLength(2, 200)
  purpose: string;

  @Field(() => Int, { description: 'Expected attendees (1 to the venue’s capacity).' })
  @Min(1)
  @Max(10000)
  attendees: number;

  @Field(() => String, {
    description:
      'A key the client picks per request (8-64 characters): a retry with the same key returns the same booking.',
  })
  @CodePointLength(8, 64)
  idempotencyKey: string;

  @Field(() => VenueBookerKind, {
    nullable: true,
    description: 'On whose behalf (default: ORGANISATION with organisationId, else RESIDENT when bound, else STAFF).',
  })
  bookAs?: VenueBookerKind | null;

  @Field(() => ID, { nullable: true, description: 'For a resident bound to several households: which one.' })
  householdId?: string | null;

  @Field(() => ID, { nullable: true, description: 'For an organisation’s booking: the organisation.' })
  organisationId?: string | null;

  @Field(() => Int, {
    defaultValue: 1,
    description: 'Weekly series: how many weeks (1-26; more than 1: organisations only).',
  })
  @Min(1)
  @Max(26)
  weeks: number;

  @Field(() => VenueRecurrenceMode, {
    defaultValue: VenueRecurrenceMode.ALL_OR_NOTHING,
    description: 'How the occurrences of a series are decided.',
  })
  mode: VenueRecurrenceMode;
}

@InputType({ description: 'Cancel a booking.' })
export class CancelBookingInput {
  @Field(() => ID, { description: 'The booking.' })
  id: string;

  @Field(() => String, { nullable: true, description: 'Why (required from staff; 2-200 characters).' })
  @IsOptional()
  @CodePointLength(2, 200)
  reason?: string | null;
}

@InputType({ description: 'Approve a pending booking.' })
export class ApproveBookingInput {
  @Field(() => ID, { description: 'The booking.' })
  id: string;
}

@InputType({ description: 'Reject a pending booking.' })
export class RejectBookingInput {
  @Field(() => ID, { description: 'The booking.' })
  id: string;

  @Field(() => String, { description: 'Why, 2-200 characters (the requester is told).' })
  @CodePointLength(2, 200)
  reason: string;
}

@InputType({ description: 'Check a booking in: by its id, or by the code the requester shows at the door.' })
export class CheckInBookingInput {
  @Field(() => ID, { nullable: true, description: 'The booking (staff picking it from the list).' })
  id?: string | null;

  @Field(() => ID, { nullable: true, description: 'With `code`: the venue at whose door the code is shown.' })
  venueId?: string | null;

  @Field(() => String, { nullable: true, description: 'The six-digit check-in code of the booking.' })
  @IsOptional()
  @Matches(/^\d{6}$/)
  code?: string | null;
}

@ArgsType()
export class VenueAvailabilityArgs {
  @Field(() => ID, { description: 'The venue.' })
  venueId: string;

  @Field(() => Date, { description: 'From (inclusive).' })
  from: Date;

  @Field(() => Date, { description: 'To (exclusive); at most 14 days after `from`.' })
  to: Date;

  @Field(() => VenueBookerKind, { nullable: true, description: 'Judge eligibility and quota as this kind of booker.' })
  bookAs?: VenueBookerKind | null;
}

@ArgsType()
export class VenueUsageArgs {
  @Field(() => ID, { description: 'The community.' })
  communityId: string;

  @Field(() => String, { description: "The month 'YYYY-MM' (Asia/Shanghai)." })
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/)
  month: string;
}
