import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { serialize } from '../../auth/abilities.js';
import { can } from '../../auth/policy.js';
import type { RequestContext } from '../../graphql/context.js';
import { toUser } from '../identity/identity.mappers.js';
import { User } from '../identity/identity.types.js';
import { toOrganisation } from '../org/org.mappers.js';
import { Organisation } from '../org/org.types.js';
import { toVenue } from './venue.mappers.js';
import { bookingPolicy, bookingViewerCan, venuePolicy } from './venue.policy.js';
import { Venue, VenueBooking, VenueBookingViewerCan, VenueViewerCan } from './venue.types.js';

/** Fields of a booking: load and shape only (the rules are in venue.policy.ts). */
@Resolver(() => VenueBooking)
export class VenueBookingFieldsResolver {
  @FieldResolver(() => Venue, { description: 'The venue.' })
  async venue(@Root() b: VenueBooking, @Ctx() ctx: RequestContext) {
    return toVenue(await ctx.loaders.venue.load(b.venueId).then((v) => v ?? Promise.reject(new Error('venue gone'))));
  }

  @FieldResolver(() => User, {
    nullable: true,
    description: 'Who asked (staff of its place and the requester; phone masked).',
  })
  async requester(@Root() b: VenueBooking, @Ctx() ctx: RequestContext) {
    if (!ctx.viewer || !bookingPolicy.read(ctx.viewer, b)) return null;
    const u = await ctx.loaders.user.load(b.requesterId);
    return u ? toUser(u, ctx.viewer.userId) : null;
  }

  @FieldResolver(() => Organisation, { nullable: true, description: 'The organisation it was made for.' })
  async organisation(@Root() b: VenueBooking, @Ctx() ctx: RequestContext) {
    const o = b.organisationId ? await ctx.loaders.organisation.load(b.organisationId) : null;
    return o ? toOrganisation(o) : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The six-digit code to show at the door for check-in (the requester only).',
  })
  checkInCode(@Root() b: VenueBooking, @Ctx() ctx: RequestContext) {
    return ctx.viewer?.userId === b.requesterId ? b.checkInCode : null;
  }

  @FieldResolver(() => VenueBookingViewerCan, { description: 'What the viewer may do with it now.' })
  viewerCan(@Root() b: VenueBooking, @Ctx() ctx: RequestContext) {
    return bookingViewerCan(ctx.viewer, b, ctx.services.venueBookings.clock());
  }
}

/** Fields of a venue. */
@Resolver(() => Venue)
export class VenueFieldsResolver {
  @FieldResolver(() => VenueViewerCan, { description: 'What the viewer may do with it.' })
  viewerCan(@Root() v: Venue, @Ctx() ctx: RequestContext) {
    const all = serialize(ctx.viewer, venuePolicy, v);
    return { update: all.update, archive: all.archive && !v.archivedAt };
  }

  @FieldResolver(() => Boolean, { description: 'The viewer manages its bookings (approval queue, check-in).' })
  viewerManages(@Root() v: Venue, @Ctx() ctx: RequestContext) {
    return can(ctx.viewer, 'venue.manage', { streetId: v.streetId, communityId: v.communityId, estateId: null });
  }
}
