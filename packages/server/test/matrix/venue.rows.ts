/** Matrix rows of the venue module (see kit.ts for the columns); matrix.test.ts collects this file by name. */
import { expect } from 'vitest';
import { VenueBookingStatus } from '../../src/modules/venue/venue.enums.js';
import { buildResident } from '../factories/index.js';
import { buildVenue, buildVenueBooking, hourFromNow } from '../factories/venue.js';
import { at, pick, type Rule, type RunContext, read } from './kit.js';

const communityOf = (c: RunContext) => ({
  id: pick(c.target, c.w.community.boxue, c.w.community.xingyi),
  streetId: c.w.streetId,
});

/** A venue of the target community, open all day, everybody eligible. */
const venueOf = (c: RunContext) => buildVenue(c.s, { community: communityOf(c) });

/** A booking of a resident of the target community (not the matrix's resident). */
async function bookingOf(c: RunContext, status: VenueBookingStatus, startsAt?: Date) {
  const venue = await venueOf(c);
  const r = await buildResident(c.s, { community: communityOf(c) as never });
  return buildVenueBooking(c.s, { venue, requesterId: r.user.id, householdId: r.household.id, status, startsAt });
}

const statusOf = async (c: RunContext, id: string) =>
  (await read<{ venueBooking: { status: string } }>(c, 'query($id: ID!) { venueBooking(id: $id) { status } }', { id }))
    .venueBooking.status;

// Columns (11 actors): anon resident boxue xingyi greentown committee street system otherStreet department appKey
// Residents and community-level organisations (the 天钜 committee) see their community's venues;
// property companies serve estates, not communities, and see none. Bookings are read by their
// requester and the staff of their place; only community, street and system staff decide them.
export const VENUE_ROWS: Record<string, Rule> = {
  venues: {
    expect: 'UN OK/E OK/E E/OK E OK/E OK OK E FB UN',
    list: 'venues',
    run: async (c) => {
      await venueOf(c);
      return c.s.gql('query($id: ID!) { venues(communityId: $id) { totalCount } }', { id: communityOf(c).id }, c.token);
    },
  },
  venue: {
    expect: 'UN OK/NF OK/NF NF/OK NF OK/NF OK OK NF FB UN',
    run: async (c) => c.s.gql('query($id: ID!) { venue(id: $id) { id name } }', { id: (await venueOf(c)).id }, c.token),
  },
  venueAvailability: {
    expect: 'UN OK/NF OK/NF NF/OK NF OK/NF OK OK NF FB UN',
    run: async (c) => {
      const from = hourFromNow(24);
      return c.s.gql(
        'query($v: ID!, $from: DateTimeISO!, $to: DateTimeISO!) { venueAvailability(venueId: $v, from: $from, to: $to) { startsAt reason } }',
        { v: (await venueOf(c)).id, from, to: new Date(from.getTime() + 4 * 3_600_000) },
        c.token,
      );
    },
  },
  venueUsage: {
    expect: 'UN FB OK/E E/OK FB FB OK OK E FB UN',
    list: 'venueUsage',
    run: async (c) => {
      await venueOf(c);
      const month = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 7);
      return c.s.gql(
        'query($id: ID!, $m: String!) { venueUsage(communityId: $id, month: $m) { venueId bookings noShowRate hoursUsed } }',
        { id: communityOf(c).id, m: month },
        c.token,
      );
    },
  },
  myBookings: {
    expect: 'UN OK OK OK OK OK OK OK OK FB UN',
    run: async (c) => {
      const venue = await venueOf(c);
      await buildVenueBooking(c.s, { venue, requesterId: c.w.user[c.actor as 'resident'] ?? 'nobody' });
      return c.s.gql('query { myBookings(first: 5) { totalCount edges { node { id checkInCode } } } }', {}, c.token);
    },
  },
  bookings: {
    expect: 'UN FB OK/E E/OK FB FB OK OK E FB UN',
    list: 'bookings',
    run: async (c) => {
      await bookingOf(c, VenueBookingStatus.PENDING);
      return c.s.gql(
        'query($id: ID!) { bookings(communityId: $id, statuses: [PENDING]) { totalCount } }',
        { id: communityOf(c).id },
        c.token,
      );
    },
  },
  venueBooking: {
    expect: 'UN NF OK/NF NF/OK NF NF OK OK NF FB UN',
    run: async (c) =>
      c.s.gql(
        'query($id: ID!) { venueBooking(id: $id) { id status viewerCan { approve cancel } } }',
        { id: (await bookingOf(c, VenueBookingStatus.APPROVED)).id },
        c.token,
      ),
  },
  createVenue: {
    expect: 'UN FB OK/NF NF/OK FB FB OK OK NF FB UN',
    run: async (c) => {
      c.scratch.name = `矩阵-${c.actor}-${c.target}`;
      return c.s.gql(
        'mutation($id: ID!, $name: String!) { createVenue(input: { communityId: $id, name: $name }) { venue { id } } }',
        { id: communityOf(c).id, name: c.scratch.name },
        c.token,
      );
    },
    effect: async (c) => {
      const data = await read<{ venues: { edges: { node: { name: string } }[] } }>(
        c,
        'query($id: ID!) { venues(communityId: $id, first: 100) { edges { node { name } } } }',
        { id: communityOf(c).id },
      );
      expect(data.venues.edges.map((e) => e.node.name)).toContain(c.scratch.name);
    },
  },
  updateVenue: {
    expect: 'UN FB OK/NF NF/OK FB FB OK OK NF FB UN',
    run: async (c) => {
      c.scratch.id = (await venueOf(c)).id;
      return c.s.gql(
        'mutation($id: ID!) { updateVenue(input: { id: $id, capacity: 77, weeklyQuota: 2 }) { venue { id } } }',
        { id: c.scratch.id },
        c.token,
      );
    },
    effect: async (c) => {
      const v = await read<{ venue: { capacity: number; weeklyQuota: number } }>(
        c,
        'query($id: ID!) { venue(id: $id) { capacity weeklyQuota } }',
        { id: c.scratch.id },
      );
      expect(v.venue).toEqual({ capacity: 77, weeklyQuota: 2 });
    },
  },
  archiveVenue: {
    expect: 'UN FB OK/NF NF/OK FB FB OK OK NF FB UN',
    run: async (c) => {
      c.scratch.id = (await venueOf(c)).id;
      return c.s.gql(
        'mutation($id: ID!) { archiveVenue(input: { id: $id }) { venue { id } } }',
        { id: c.scratch.id },
        c.token,
      );
    },
    effect: async (c) => {
      const v = await read<{ venue: { archivedAt: string | null } }>(
        c,
        'query($id: ID!) { venue(id: $id) { archivedAt } }',
        {
          id: c.scratch.id,
        },
      );
      expect(v.venue.archivedAt).not.toBeNull();
    },
  },
  bookVenue: {
    // The committee member, not bound to a household and not booking for the committee here, is not eligible.
    expect: 'UN OK/NF OK/NF NF/OK NF FB/NF OK OK NF FB UN',
    run: async (c) => {
      const venue = await venueOf(c);
      const startsAt = hourFromNow(30);
      return c.s.gql(
        'mutation($i: BookVenueInput!) { bookVenue(input: $i) { booking { id status } } }',
        {
          i: {
            venueId: venue.id,
            startsAt,
            endsAt: new Date(startsAt.getTime() + 3_600_000),
            purpose: '矩阵预约',
            attendees: 3,
            idempotencyKey: `matrix-${c.actor}-${c.target}`,
          },
        },
        c.token,
      );
    },
    effect: async (c, r) => {
      const id = at<string>(r, 'bookVenue.booking.id');
      expect(await statusOf(c, id)).toBe('APPROVED');
    },
  },
  cancelBooking: {
    expect: 'UN NF OK/NF NF/OK NF NF OK OK NF FB UN',
    run: async (c) => {
      c.scratch.id = (await bookingOf(c, VenueBookingStatus.APPROVED)).id;
      return c.s.gql(
        'mutation($id: ID!) { cancelBooking(input: { id: $id, reason: "矩阵取消" }) { booking { id } } }',
        { id: c.scratch.id },
        c.token,
      );
    },
    effect: async (c) => expect(await statusOf(c, c.scratch.id as string)).toBe('CANCELLED'),
  },
  approveBooking: {
    expect: 'UN FB OK/NF NF/OK FB FB OK OK NF FB UN',
    run: async (c) => {
      c.scratch.id = (await bookingOf(c, VenueBookingStatus.PENDING)).id;
      return c.s.gql(
        'mutation($id: ID!) { approveBooking(input: { id: $id }) { booking { id } } }',
        { id: c.scratch.id },
        c.token,
      );
    },
    effect: async (c) => expect(await statusOf(c, c.scratch.id as string)).toBe('APPROVED'),
  },
  rejectBooking: {
    expect: 'UN FB OK/NF NF/OK FB FB OK OK NF FB UN',
    run: async (c) => {
      c.scratch.id = (await bookingOf(c, VenueBookingStatus.PENDING)).id;
      return c.s.gql(
        'mutation($id: ID!) { rejectBooking(input: { id: $id, reason: "矩阵拒绝" }) { booking { id } } }',
        { id: c.scratch.id },
        c.token,
      );
    },
    effect: async (c) => expect(await statusOf(c, c.scratch.id as string)).toBe('REJECTED'),
  },
  checkInBooking: {
    expect: 'UN FB OK/NF NF/OK FB FB OK OK NF FB UN',
    run: async (c) => {
      // Started five minutes ago: inside the check-in window.
      const startsAt = new Date(Date.now() - 5 * 60_000);
      c.scratch.id = (await bookingOf(c, VenueBookingStatus.APPROVED, startsAt)).id;
      return c.s.gql(
        'mutation($id: ID!) { checkInBooking(input: { id: $id }) { booking { id } } }',
        { id: c.scratch.id },
        c.token,
      );
    },
    effect: async (c) => expect(await statusOf(c, c.scratch.id as string)).toBe('CHECKED_IN'),
  },
};
