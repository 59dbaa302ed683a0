/**
 * The venue jobs with a controlled clock: no-shows after the grace period (counted against the
 * quota, and a NO_SHOW event left for the points module), expiry of undecided pending bookings
 * (slots released), and one reminder before the start.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VenueBookingEntity, VenueBookingEventEntity, VenueSlotEntity } from '../../src/modules/venue/venue.entity.js';
import { VenueBookingStatus as S } from '../../src/modules/venue/venue.enums.js';
import { buildCommunity, buildResident } from '../factories/index.js';
import { buildVenue, hourFromNow } from '../factories/venue.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { book, reasonOf } from './helpers.js';

const MIN = 60_000;

describe('venue jobs (controlled clock)', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(() => s.close());

  const jobs = () => s.app.services.venueBookings;
  const statusOf = async (id: string) =>
    (await s.db.dataSource.getRepository(VenueBookingEntity).findOneByOrFail({ id })).status;

  it('no-show: not before start + grace; then NO_SHOW once, the requester told, a NO_SHOW event for points; it counts against the quota', async () => {
    const community = await buildCommunity(s);
    const venue = await buildVenue(s, { community, noShowGraceMinutes: 15, weeklyQuota: 1, horizonDays: 60 });
    const r = await buildResident(s, { community });
    const t = await r.token();
    const startsAt = hourFromNow(50);
    const id = (await book(s, t, venue.id, startsAt)).data?.bookVenue.booking?.id as string;

    expect((await jobs().sweep(new Date(startsAt.getTime() + 14 * MIN))).noShows).toBe(0);
    expect(await statusOf(id)).toBe(S.APPROVED);
    expect((await jobs().sweep(new Date(startsAt.getTime() + 15 * MIN))).noShows).toBe(1);
    expect(await statusOf(id)).toBe(S.NO_SHOW);
    expect((await jobs().sweep(new Date(startsAt.getTime() + 60 * MIN))).noShows).toBe(0);

    const events = await s.db.dataSource
      .getRepository(VenueBookingEventEntity)
      .findBy({ bookingId: id, kind: 'NO_SHOW' as never });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ requesterId: r.user.id, householdId: r.household.id, pointsSettledAt: null });
    const n = await s.gql<{ notifications: { edges: { node: { kind: string } }[] } }>(
      'query { notifications(first: 10) { edges { node { kind } } } }',
      {},
      t,
    );
    expect(n.data?.notifications.edges.map((e) => e.node.kind)).toContain('VENUE_BOOKING_NO_SHOW');
    // The no-show still uses the household's one booking of that week.
    const sameWeek = new Date(
      startsAt.getTime() + (new Date(startsAt.getTime() + 8 * 3_600_000).getUTCDay() === 0 ? -2 : 2) * 3_600_000,
    );
    expect(reasonOf(await book(s, t, venue.id, sameWeek))).toBe('VENUE_QUOTA_WEEK');
  });

  it('a checked-in booking is never a no-show', async () => {
    const community = await buildCommunity(s);
    const venue = await buildVenue(s, { community });
    const r = await buildResident(s, { community });
    const startsAt = hourFromNow(52);
    const id = (await book(s, await r.token(), venue.id, startsAt)).data?.bookVenue.booking?.id as string;
    await s.db.dataSource.getRepository(VenueBookingEntity).update({ id }, { status: S.CHECKED_IN, version: 2 });
    await jobs().sweep(new Date(startsAt.getTime() + 90 * MIN));
    expect(await statusOf(id)).toBe(S.CHECKED_IN);
  });

  it('pending bookings expire after the hold: EXPIRED, slots released, another household can book', async () => {
    const community = await buildCommunity(s);
    const venue = await buildVenue(s, { community, approvalRequired: true, pendingHoldHours: 24 });
    const [a, b] = [await buildResident(s, { community }), await buildResident(s, { community })];
    const startsAt = hourFromNow(72);
    const made = await book(s, await a.token(), venue.id, startsAt);
    const id = made.data?.bookVenue.booking?.id as string;
    const row = await s.db.dataSource.getRepository(VenueBookingEntity).findOneByOrFail({ id });
    expect(row.expiresAt?.getTime()).toBeLessThanOrEqual(Date.now() + 24 * 3_600_000 + 5_000);
    expect(reasonOf(await book(s, await b.token(), venue.id, startsAt))).toBe('VENUE_SLOT_TAKEN');
    expect((await jobs().sweep(new Date((row.expiresAt as Date).getTime() - MIN))).expired).toBe(0);
    expect((await jobs().sweep(new Date((row.expiresAt as Date).getTime() + MIN))).expired).toBe(1);
    expect(await statusOf(id)).toBe(S.EXPIRED);
    expect(await s.db.dataSource.getRepository(VenueSlotEntity).countBy({ bookingId: id })).toBe(0);
    expect(reasonOf(await book(s, await b.token(), venue.id, startsAt))).toBe('OK');
  });

  it('one reminder within two hours of the start, not two', async () => {
    const community = await buildCommunity(s);
    const venue = await buildVenue(s, { community });
    const r = await buildResident(s, { community });
    const startsAt = hourFromNow(54);
    await book(s, await r.token(), venue.id, startsAt);
    expect(await jobs().sendReminders(new Date(startsAt.getTime() - 3 * 60 * MIN))).toBe(0);
    expect(await jobs().sendReminders(new Date(startsAt.getTime() - 90 * MIN))).toBe(1);
    expect(await jobs().sendReminders(new Date(startsAt.getTime() - 60 * MIN))).toBe(0);
  });
});
