/** Valid base calls for the string-limit test (test/foundation/string-limits.test.ts collects this file by name). */
import { VenueBookingStatus } from '../../src/modules/venue/venue.enums.js';
import { buildResident } from '../factories/index.js';
import { buildVenue, buildVenueBooking, hourFromNow } from '../factories/venue.js';
import type { TestServer } from '../helpers/server.js';
import type { World } from '../helpers/world.js';

type Ctx = { s: TestServer; w: World };
const boxue = (c: Ctx) => ({ id: c.w.community.boxue, streetId: c.w.streetId });

async function booking(c: Ctx, status: VenueBookingStatus) {
  const venue = await buildVenue(c.s, { community: boxue(c) });
  const r = await buildResident(c.s, { community: boxue(c) as never });
  return buildVenueBooking(c.s, { venue, requesterId: r.user.id, householdId: r.household.id, status });
}

let n = 0;
export const BASES = {
  createVenue: async (c: Ctx) => ({
    token: c.w.tokens.system,
    values: { communityId: c.w.community.boxue, name: 'venue', description: '说明', facilities: ['投影'] },
  }),
  updateVenue: async (c: Ctx) => ({
    token: c.w.tokens.boxue,
    values: {
      id: (await buildVenue(c.s, { community: boxue(c) })).id,
      name: 'venue',
      description: '说明',
      facilities: ['钢琴'],
    },
  }),
  bookVenue: async (c: Ctx) => {
    const venue = await buildVenue(c.s, { community: boxue(c) });
    const startsAt = hourFromNow(30 + (++n % 200));
    return {
      token: c.w.tokens.resident,
      values: {
        venueId: venue.id,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 3_600_000),
        purpose: '排练',
        attendees: 2,
        idempotencyKey: `limits-${process.pid}-${n}`,
      },
    };
  },
  cancelBooking: async (c: Ctx) => ({
    token: c.w.tokens.boxue,
    values: { id: (await booking(c, VenueBookingStatus.APPROVED)).id, reason: '维修' },
  }),
  rejectBooking: async (c: Ctx) => ({
    token: c.w.tokens.boxue,
    values: { id: (await booking(c, VenueBookingStatus.PENDING)).id, reason: '冲突' },
  }),
};
