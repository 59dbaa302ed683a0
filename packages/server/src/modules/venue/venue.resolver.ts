import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { withReasons } from '../../common/errors.js';
import { actorOf, type RequestContext } from '../../graphql/context.js';
import { mapConnection } from '../../graphql/pagination.js';
import { Role } from '../identity/identity.enums.js';
import { VenueReasons as R } from './venue.errors.js';
import {
  ApproveBookingInput,
  ArchiveVenueInput,
  BookVenueInput,
  CancelBookingInput,
  CheckInBookingInput,
  CreateVenueInput,
  RejectBookingInput,
  UpdateVenueInput,
  VenueAvailabilityArgs,
  VenueUsageArgs,
} from './venue.inputs.js';
import { toBooking, toVenue } from './venue.mappers.js';
import {
  BookVenuePayload,
  MyVenueBookingArgs,
  Venue,
  VenueBooking,
  VenueBookingConnection,
  VenueBookingListArgs,
  VenueBookingPayload,
  VenueConnection,
  VenueListArgs,
  VenuePayload,
  VenueSlot,
  VenueUsage,
} from './venue.types.js';

const { SYSTEM_ADMIN, STREET_ADMIN, COMMUNITY_STAFF, PROPERTY_STAFF, COMMITTEE_MEMBER, RESIDENT } = Role;
const STAFF = [SYSTEM_ADMIN, STREET_ADMIN, COMMUNITY_STAFF];
const EVERYONE = [SYSTEM_ADMIN, STREET_ADMIN, COMMUNITY_STAFF, PROPERTY_STAFF, COMMITTEE_MEMBER, RESIDENT];

/** 场地预约: venues, their availability, bookings and their decisions. Thin: the services decide. */
@Resolver(() => Venue)
export class VenueResolver {
  @Authorized(EVERYONE)
  @Query(() => VenueConnection, {
    description: "A community's venues, newest first (its residents and the staff of its place).",
  })
  async venues(@Args(() => VenueListArgs) args: VenueListArgs, @Ctx() ctx: RequestContext) {
    return mapConnection(
      await ctx.services.venue.list(actorOf(ctx), args.communityId, args.includeArchived, args),
      toVenue,
    );
  }

  @Authorized(EVERYONE)
  @Query(() => Venue, { description: 'One venue (NOT_FOUND outside the viewer’s community or reach).' })
  async venue(@Arg('id', () => ID, { description: 'The venue.' }) id: string, @Ctx() ctx: RequestContext) {
    return toVenue(await ctx.services.venue.get(actorOf(ctx), id));
  }

  @Authorized(EVERYONE)
  @Query(() => [VenueSlot], {
    description: withReasons(
      'The slots of a venue in [from, to) (at most 14 days): taken or free, and why the viewer cannot book one.',
      [R.VENUE_BAD_RANGE],
    ),
  })
  async venueAvailability(@Args(() => VenueAvailabilityArgs) args: VenueAvailabilityArgs, @Ctx() ctx: RequestContext) {
    return ctx.services.venue.availability(actorOf(ctx), args);
  }

  @Authorized(STAFF)
  @Query(() => [VenueUsage], {
    description: 'Usage of each venue of a community in a month: bookings, no-show rate, hours used (staff).',
  })
  async venueUsage(@Args(() => VenueUsageArgs) args: VenueUsageArgs, @Ctx() ctx: RequestContext) {
    return ctx.services.venue.usage(actorOf(ctx), args.communityId, args.month);
  }

  @Authorized(EVERYONE)
  @Query(() => VenueBookingConnection, { description: "The viewer's own bookings, newest first." })
  async myBookings(@Args(() => MyVenueBookingArgs) args: MyVenueBookingArgs, @Ctx() ctx: RequestContext) {
    return mapConnection(await ctx.services.venueBookings.mine(actorOf(ctx), args.statuses, args), toBooking);
  }

  @Authorized(STAFF)
  @Query(() => VenueBookingConnection, {
    description: "A community's bookings for staff of its place, newest first (PENDING: the approval queue).",
  })
  async bookings(@Args(() => VenueBookingListArgs) args: VenueBookingListArgs, @Ctx() ctx: RequestContext) {
    return mapConnection(await ctx.services.venueBookings.list(actorOf(ctx), args), toBooking);
  }

  @Authorized(EVERYONE)
  @Query(() => VenueBooking, { description: 'One booking (its requester, or staff of its place).' })
  async venueBooking(@Arg('id', () => ID, { description: 'The booking.' }) id: string, @Ctx() ctx: RequestContext) {
    return toBooking(await ctx.services.venueBookings.get(ctx.viewer, id));
  }

  @Authorized(STAFF)
  @Mutation(() => VenuePayload, {
    description: withReasons('Create a venue in a community (its staff, street and system administrators).', [
      R.VENUE_BLANK_NAME,
      R.VENUE_BAD_SETTINGS,
    ]),
  })
  async createVenue(
    @Arg('input', () => CreateVenueInput, { description: 'The venue.' }) input: CreateVenueInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { venue: toVenue(await ctx.services.venue.create(actorOf(ctx), input)) };
  }

  @Authorized(STAFF)
  @Mutation(() => VenuePayload, {
    description: withReasons('Change a venue’s settings; existing bookings keep their times.', [
      R.VENUE_BLANK_NAME,
      R.VENUE_BAD_SETTINGS,
      R.VENUE_BOOKING_STATE,
    ]),
  })
  async updateVenue(
    @Arg('input', () => UpdateVenueInput, { description: 'The change.' }) input: UpdateVenueInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { venue: toVenue(await ctx.services.venue.update(actorOf(ctx), input)) };
  }

  @Authorized(STAFF)
  @Mutation(() => VenuePayload, { description: 'Archive a venue: no more bookings; existing ones stay.' })
  async archiveVenue(
    @Arg('input', () => ArchiveVenueInput, { description: 'The venue.' }) input: ArchiveVenueInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { venue: toVenue(await ctx.services.venue.archive(actorOf(ctx), input.id)) };
  }

  @Authorized(EVERYONE)
  @Mutation(() => BookVenuePayload, {
    description: withReasons(
      'Book a venue: verified residents for their household (quota), members for an organisation of the community (also weekly series), staff for the community. Pending when the venue needs approval. No two live bookings of a venue overlap: the database refuses the second (CONFLICT VENUE_SLOT_TAKEN). A retry with the same idempotencyKey returns the same booking.',
      [
        R.VENUE_SLOT_TAKEN,
        R.VENUE_BUSY,
        R.VENUE_ARCHIVED,
        R.VENUE_BAD_RANGE,
        R.VENUE_NOT_ON_GRID,
        R.VENUE_TOO_SHORT,
        R.VENUE_TOO_LONG,
        R.VENUE_IN_PAST,
        R.VENUE_LEAD_TIME,
        R.VENUE_BEYOND_HORIZON,
        R.VENUE_OUTSIDE_HOURS,
        R.VENUE_CLOSED_DATE,
        R.VENUE_HOLIDAY,
        R.VENUE_OVER_CAPACITY,
        R.VENUE_NOT_ELIGIBLE,
        R.VENUE_QUOTA_WEEK,
        R.VENUE_QUOTA_MONTH,
        R.VENUE_SERIES_ORGANISATIONS_ONLY,
        R.VENUE_IDEMPOTENCY_MISMATCH,
      ],
    ),
  })
  async bookVenue(
    @Arg('input', () => BookVenueInput, { description: 'The booking.' }) input: BookVenueInput,
    @Ctx() ctx: RequestContext,
  ): Promise<BookVenuePayload> {
    const r = await ctx.services.venueBookings.book(actorOf(ctx), input);
    const occurrences = r.occurrences.map((o) => ({ ...o, booking: o.booking ? toBooking(o.booking) : null }));
    return { mode: r.mode, occurrences, booking: occurrences.find((o) => o.booking)?.booking ?? null };
  }

  @Authorized(EVERYONE)
  @Mutation(() => VenueBookingPayload, {
    description: withReasons(
      'Cancel a booking: its requester before the start; staff of its place with a reason (the requester is told). Releases its slots.',
      [R.VENUE_ALREADY_STARTED, R.VENUE_REASON_REQUIRED, R.VENUE_BOOKING_STATE, R.VENUE_FORBIDDEN],
    ),
  })
  async cancelBooking(
    @Arg('input', () => CancelBookingInput, { description: 'The booking.' }) input: CancelBookingInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { booking: toBooking(await ctx.services.venueBookings.cancel(actorOf(ctx), input.id, input.reason)) };
  }

  @Authorized(STAFF)
  @Mutation(() => VenueBookingPayload, {
    description: withReasons('Approve a pending booking (staff of its place); the requester is told.', [
      R.VENUE_BOOKING_STATE,
      R.VENUE_FORBIDDEN,
    ]),
  })
  async approveBooking(
    @Arg('input', () => ApproveBookingInput, { description: 'The booking.' }) input: ApproveBookingInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { booking: toBooking(await ctx.services.venueBookings.approve(actorOf(ctx), input.id)) };
  }

  @Authorized(STAFF)
  @Mutation(() => VenueBookingPayload, {
    description: withReasons('Reject a pending booking with a reason (staff of its place); releases its slots.', [
      R.VENUE_BOOKING_STATE,
      R.VENUE_REASON_REQUIRED,
      R.VENUE_FORBIDDEN,
    ]),
  })
  async rejectBooking(
    @Arg('input', () => RejectBookingInput, { description: 'The booking and why.' }) input: RejectBookingInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { booking: toBooking(await ctx.services.venueBookings.reject(actorOf(ctx), input.id, input.reason)) };
  }

  @Authorized(STAFF)
  @Mutation(() => VenueBookingPayload, {
    description: withReasons(
      'Check a booking in (staff of its place): by id, or by the venue and the code the requester shows; from 30 minutes before the start to its end.',
      [R.VENUE_BOOKING_STATE, R.VENUE_CHECK_IN_WINDOW, R.VENUE_BAD_CODE, R.VENUE_FORBIDDEN],
    ),
  })
  async checkInBooking(
    @Arg('input', () => CheckInBookingInput, { description: 'The booking, or the venue and code.' })
    input: CheckInBookingInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { booking: toBooking(await ctx.services.venueBookings.checkIn(actorOf(ctx), input)) };
  }
}
