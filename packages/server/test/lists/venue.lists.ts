/** Rows for the statement-count test of the venue module's lists; statements.test.ts collects this file by name. */

import { buildCommunity, buildResident, buildStaff } from '../factories/index.js';
import { buildVenue, buildVenueBooking } from '../factories/venue.js';
import type { TestServer } from '../helpers/server.js';

interface Fixture {
  staff: string;
  resident: string;
  communityId: string;
}
let data: Promise<Fixture> | undefined;

/** 21 venues and 21 bookings of one resident over three venues (so the venue loader batches). */
function fixture(s: TestServer): Promise<Fixture> {
  data ??= (async () => {
    const community = await buildCommunity(s);
    const venues = [];
    for (let i = 0; i < 21; i++) venues.push(await buildVenue(s, { community }));
    const resident = await buildResident(s, { community });
    for (let i = 0; i < 21; i++) {
      await buildVenueBooking(s, {
        venue: venues[i % 3],
        requesterId: resident.user.id,
        householdId: resident.household.id,
        startsAt: new Date(Date.UTC(2030, 0, 1 + i, 2)),
      });
    }
    const staff = await buildStaff(s, { role: 'COMMUNITY_STAFF', scope: community });
    return { staff: await staff.token(), resident: await resident.token(), communityId: community.id };
  })();
  return data;
}

export const LISTS = {
  venues: async (s: TestServer) => {
    const f = await fixture(s);
    return { token: f.staff, args: `communityId: "${f.communityId}"` };
  },
  bookings: async (s: TestServer) => {
    const f = await fixture(s);
    return { token: f.staff, args: `communityId: "${f.communityId}"` };
  },
  myBookings: async (s: TestServer) => ({ token: (await fixture(s)).resident, args: '' }),
};
