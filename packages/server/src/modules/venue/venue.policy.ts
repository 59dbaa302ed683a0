import { allow, serialize } from '../../auth/abilities.js';
import { can, reachFor } from '../../auth/policy.js';
import { applyReach, inReach, type Place, type Reach } from '../../auth/reach.js';
import type { ReadRule } from '../../auth/scoped.js';
import type { Viewer } from '../../auth/viewer.js';
import { VenueBookingEntity, VenueEntity } from './venue.entity.js';
import { VenueBookingStatus as S } from './venue.enums.js';
import { VenueReasons } from './venue.errors.js';

type Placed = { streetId: string; communityId: string };

/** Where a venue (or a booking of it) sits in the tenancy tree. */
export const placeOfVenue = (r: Placed): Place => ({
  streetId: r.streetId,
  communityId: r.communityId,
  estateId: null,
});

/**
 * Where the viewer may see venues: where they hold `venue.read` (residents: their community; staff:
 * their reach), plus the community of each community-level organisation they are a member of (so an
 * owners' committee or party branch can book for itself).
 */
export function venueReach(viewer: Viewer | null): Reach {
  const reach = reachFor(viewer, 'venue.read');
  for (const g of viewer?.grants ?? []) if (g.organisationId && g.communityId) reach.communityIds.add(g.communityId);
  return reach;
}

/** Venues readable by the viewer (`venueReach`), as a query filter. */
export const venueRead: ReadRule<VenueEntity> = {
  entity: VenueEntity,
  what: 'Venue',
  filter: (qb, viewer) =>
    applyReach(qb, qb.alias, venueReach(viewer), { street: 'streetId', community: 'communityId' }),
};

/** Venue management: create, update, archive (`venue.manage` at the venue's place). */
export const venuePolicy = allow({
  what: 'Venue',
  read: (v, r: Placed) => inReach(venueReach(v), placeOfVenue(r)),
  abilities: {
    create: (v, r) => can(v, 'venue.manage', placeOfVenue(r)),
    update: (v, r) => can(v, 'venue.manage', placeOfVenue(r)),
    archive: (v, r) => can(v, 'venue.manage', placeOfVenue(r)),
  },
});

/** Bookings staff read: every booking of the places where they hold `venue.manage`. */
export const bookingStaffRead: ReadRule<VenueBookingEntity> = {
  entity: VenueBookingEntity,
  what: 'VenueBooking',
  filter: (qb, viewer) =>
    applyReach(qb, qb.alias, reachFor(viewer, 'venue.manage'), { street: 'streetId', community: 'communityId' }),
};

const manages = (v: Parameters<typeof can>[0], b: Placed) => can(v, 'venue.manage', placeOfVenue(b));
type BookingRecord = Placed & { requesterId: string; status: S; startsAt: Date; endsAt: Date };

/**
 * Who may do what with one booking (roles and ownership): its requester reads and cancels it;
 * staff of its place read, decide, check in and cancel (with a reason). Which state allows what is
 * `BOOKING_TRANSITIONS`; `viewerCan` joins the two so the console shows only what will work.
 */
export const bookingPolicy = allow({
  what: 'VenueBooking',
  forbidden: VenueReasons.VENUE_FORBIDDEN,
  read: (v, b: BookingRecord) => b.requesterId === v.userId || manages(v, b),
  abilities: {
    approve: (v, b) => manages(v, b),
    reject: (v, b) => manages(v, b),
    checkIn: (v, b) => manages(v, b),
    cancel: (v, b) => manages(v, b) || b.requesterId === v.userId,
  },
});

export type BookingAction = 'approve' | 'reject' | 'checkIn' | 'cancel';

/** The states each action applies to. */
export const BOOKING_TRANSITIONS: Record<BookingAction, readonly S[]> = {
  approve: [S.PENDING],
  reject: [S.PENDING],
  checkIn: [S.APPROVED],
  cancel: [S.PENDING, S.APPROVED],
};

/** `VenueBooking.viewerCan`: the ability map and the state table together (and the requester's start rule). */
export function bookingViewerCan(v: Viewer | null, b: BookingRecord, now: Date): Record<BookingAction, boolean> {
  const out = serialize(v, bookingPolicy, b);
  for (const a of Object.keys(BOOKING_TRANSITIONS) as BookingAction[]) {
    out[a] = out[a] && BOOKING_TRANSITIONS[a].includes(b.status);
  }
  if (out.cancel && v && !manages(v, b)) out.cancel = b.startsAt.getTime() > now.getTime();
  return out;
}
