/** Booking over HTTP: eligibility, quota, approval, cancellation, check-in, series, availability, .ics. */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { VenueBookingEventEntity } from '../../src/modules/venue/venue.entity.js';
import {
  buildCommunity,
  buildEstate,
  buildHousehold,
  buildOrganisation,
  buildResident,
  buildStaff,
  type Person,
} from '../factories/index.js';
import { buildVenue, hourFromNow } from '../factories/venue.js';
import { codeOf, startTestServer, type TestServer } from '../helpers/server.js';
import { APPROVE, AVAILABILITY, book, CANCEL, CHECK_IN, REJECT, reasonOf } from './helpers.js';

describe('venue booking over HTTP', () => {
  let s: TestServer;
  let community: Awaited<ReturnType<typeof buildCommunity>>;
  let staff: Person;
  let staffToken: string;
  beforeAll(async () => {
    s = await startTestServer();
    community = await buildCommunity(s);
    staff = await buildStaff(s, { role: 'COMMUNITY_STAFF', scope: community });
    staffToken = await staff.token();
  });
  afterEach(() => {
    s.app.services.venueBookings.clock = () => new Date();
  });
  afterAll(() => s.close());

  const notices = async (token: string) =>
    (
      await s.gql<{ notifications: { edges: { node: { kind: string; title: string } }[] } }>(
        'query { notifications(first: 20) { edges { node { kind title } } } }',
        {},
        token,
      )
    ).data?.notifications.edges.map((e) => e.node.kind) ?? [];

  it('a verified resident books: approved at once, listed in myBookings with a check-in code; the slot shows TAKEN to a neighbour', async () => {
    const venue = await buildVenue(s, { community });
    const [me, neighbour] = [await buildResident(s, { community }), await buildResident(s, { community })];
    const at = hourFromNow(30);
    const r = await book(s, await me.token(), venue.id, at);
    expect(r.errors).toBeUndefined();
    expect(r.data?.bookVenue.booking).toMatchObject({ status: 'APPROVED', bookerKind: 'RESIDENT' });
    expect(r.data?.bookVenue.booking?.checkInCode).toMatch(/^\d{6}$/);
    const mine = await s.gql<{ myBookings: { totalCount: number } }>(
      'query { myBookings { totalCount } }',
      {},
      await me.token(),
    );
    expect(mine.data?.myBookings.totalCount).toBe(1);
    const slots = await s.gql<{ venueAvailability: { startsAt: string; taken: boolean; reason: string | null }[] }>(
      AVAILABILITY,
      { v: venue.id, from: at, to: new Date(at.getTime() + 2 * 3_600_000) },
      await neighbour.token(),
    );
    expect(slots.data?.venueAvailability.map((x) => [x.taken, x.reason])).toEqual([
      [true, 'TAKEN'],
      [false, null],
    ]);
  });

  it('eligibility: another community NOT_FOUND; a pending resident is refused; estates named; organisations; staff', async () => {
    const venue = await buildVenue(s, { community, organisationsEligible: false });
    const outsider = await buildResident(s);
    expect(codeOf(await book(s, await outsider.token(), venue.id, hourFromNow(40)))).toBe('NOT_FOUND');
    const pending = await buildResident(s, { community, verified: false });
    expect(codeOf(await book(s, await pending.token(), venue.id, hourFromNow(40)))).toBe('FORBIDDEN');

    const estateA = await buildEstate(s, { community });
    const estateB = await buildEstate(s, { community });
    const onlyA = await buildVenue(s, { community, eligibleEstateIds: JSON.stringify([estateA.id]) });
    const inA = await buildResident(s, { household: await buildHousehold(s, { estate: estateA }) });
    const inB = await buildResident(s, { household: await buildHousehold(s, { estate: estateB }) });
    expect(reasonOf(await book(s, await inB.token(), onlyA.id, hourFromNow(41)))).toBe('VENUE_NOT_ELIGIBLE');
    expect(reasonOf(await book(s, await inA.token(), onlyA.id, hourFromNow(41)))).toBe('OK');

    const committee = await buildOrganisation(s, { kind: 'OWNERS_COMMITTEE', estate: estateA });
    const member = await buildStaff(s, { role: 'COMMITTEE_MEMBER', scope: committee });
    const asOrg = { organisationId: committee.id };
    expect(reasonOf(await book(s, await member.token(), venue.id, hourFromNow(42), asOrg))).toBe('VENUE_NOT_ELIGIBLE');
    const orgVenue = await buildVenue(s, { community, approvalRequired: true });
    const made = await book(s, await member.token(), orgVenue.id, hourFromNow(42), asOrg);
    expect(made.data?.bookVenue.booking).toMatchObject({ bookerKind: 'ORGANISATION', status: 'PENDING' });

    // Staff book for the community: no approval even where residents need it; audited.
    const own = await book(s, staffToken, orgVenue.id, hourFromNow(44));
    expect(own.data?.bookVenue.booking).toMatchObject({ bookerKind: 'STAFF', status: 'APPROVED' });
    const audit = await s.gql<{ auditLog: { totalCount: number } }>(
      'query($id: ID!) { auditLog(communityId: $id, operation: "venue.booking.book") { totalCount } }',
      { id: community.id },
      staffToken,
    );
    expect(audit.data?.auditLog.totalCount).toBe(1);
    const noStaff = await buildVenue(s, { community, staffEligible: false });
    expect(reasonOf(await book(s, staffToken, noStaff.id, hourFromNow(44)))).toBe('VENUE_NOT_ELIGIBLE');
    // A venue closed to residents refuses a verified resident of its own community.
    const noResidents = await buildVenue(s, { community, residentsEligible: false });
    expect(reasonOf(await book(s, await inA.token(), noResidents.id, hourFromNow(45)))).toBe('VENUE_NOT_ELIGIBLE');
  });

  it('quota per household: a second booking of the week by the same household is refused, of the next week not; cancelling frees it', async () => {
    const venue = await buildVenue(s, { community, weeklyQuota: 1, monthlyQuota: 2, horizonDays: 90 });
    const household = await buildHousehold(s, { community });
    const [a, b] = [await buildResident(s, { household }), await buildResident(s, { household })];
    // Monday 10:00 Shanghai of a week ≥ 2 days ahead, so that +1 day stays in the same week.
    const now = Date.now();
    let monday = hourFromNow(48, now);
    while (
      new Date(monday.getTime() + 8 * 3_600_000).getUTCDay() !== 1 ||
      new Date(monday.getTime() + 8 * 3_600_000).getUTCHours() !== 10
    )
      monday = new Date(monday.getTime() + 3_600_000);
    const first = await book(s, await a.token(), venue.id, monday);
    expect(reasonOf(first)).toBe('OK');
    const tuesday = new Date(monday.getTime() + 86_400_000);
    expect(reasonOf(await book(s, await b.token(), venue.id, tuesday))).toBe('VENUE_QUOTA_WEEK');
    const slots = await s.gql<{ venueAvailability: { reason: string | null }[] }>(
      AVAILABILITY,
      { v: venue.id, from: tuesday, to: new Date(tuesday.getTime() + 3_600_000) },
      await b.token(),
    );
    expect(slots.data?.venueAvailability[0]?.reason).toBe('QUOTA_WEEK');
    const cancelled = await s.gql(CANCEL, { id: first.data?.bookVenue.booking?.id }, await a.token());
    expect(cancelled.errors).toBeUndefined();
    expect(reasonOf(await book(s, await b.token(), venue.id, tuesday))).toBe('OK');
    expect(reasonOf(await book(s, await b.token(), venue.id, new Date(monday.getTime() + 7 * 86_400_000)))).toBe('OK');
  });

  it('rules over HTTP: lead time, outside hours, closed date, capacity (each with its reason)', async () => {
    // Every instant is picked on the Shanghai clock so that the run's time of day cannot make one
    // rule shadow another: 22:00 of one day (outside hours), 10:00 of the next (closed), 10:00 of
    // the day after (open, for the capacity check).
    let night = hourFromNow(30);
    while (new Date(night.getTime() + 8 * 3_600_000).getUTCHours() !== 22)
      night = new Date(night.getTime() + 3_600_000);
    const onClosed = new Date(night.getTime() + 12 * 3_600_000);
    const closed = new Date(onClosed.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
    const open = new Date(onClosed.getTime() + 24 * 3_600_000);
    const venue = await buildVenue(s, {
      community,
      leadMinutes: 24 * 60,
      horizonDays: 30,
      closedDates: JSON.stringify([closed]),
      openingHours: JSON.stringify(Array.from({ length: 7 }, () => ({ open: '08:00', close: '20:00' }))),
    });
    const r = await buildResident(s, { community });
    const t = await r.token();
    expect(reasonOf(await book(s, t, venue.id, hourFromNow(3)))).toBe('VENUE_LEAD_TIME');
    expect(reasonOf(await book(s, t, venue.id, night))).toBe('VENUE_OUTSIDE_HOURS');
    expect(reasonOf(await book(s, t, venue.id, onClosed))).toBe('VENUE_CLOSED_DATE');
    expect(reasonOf(await book(s, t, venue.id, open, { attendees: 51 }))).toBe('VENUE_OVER_CAPACITY');
    expect(reasonOf(await book(s, t, venue.id, open))).toBe('OK');
  });

  it('approval: pending holds the slot; staff approve (requester told); reject needs a reason and frees the slot', async () => {
    const venue = await buildVenue(s, { community, approvalRequired: true });
    const [a, b] = [await buildResident(s, { community }), await buildResident(s, { community })];
    const at = hourFromNow(70);
    const pending = await book(s, await a.token(), venue.id, at);
    const id = pending.data?.bookVenue.booking?.id;
    expect(pending.data?.bookVenue.booking?.status).toBe('PENDING');
    expect(reasonOf(await book(s, await b.token(), venue.id, at))).toBe('VENUE_SLOT_TAKEN');
    expect(codeOf(await s.gql(APPROVE, { id }, await a.token()))).toBe('FORBIDDEN');
    const approved = await s.gql<{ approveBooking: { booking: { status: string } } }>(APPROVE, { id }, staffToken);
    expect(approved.data?.approveBooking.booking.status).toBe('APPROVED');
    expect(reasonOf(await s.gql(APPROVE, { id }, staffToken))).toBe('VENUE_BOOKING_STATE');
    expect(await notices(await a.token())).toContain('VENUE_BOOKING_APPROVED');

    const other = await book(s, await b.token(), venue.id, new Date(at.getTime() + 3_600_000));
    const otherId = other.data?.bookVenue.booking?.id;
    expect(codeOf(await s.gql(REJECT, { id: otherId, r: ' ' }, staffToken))).toBe('BAD_USER_INPUT');
    const rejected = await s.gql<{ rejectBooking: { booking: { status: string; reason: string } } }>(
      REJECT,
      { id: otherId, r: '当天有社区活动' },
      staffToken,
    );
    expect(rejected.data?.rejectBooking.booking).toMatchObject({ status: 'REJECTED', reason: '当天有社区活动' });
    expect(await notices(await b.token())).toContain('VENUE_BOOKING_REJECTED');
    expect(reasonOf(await book(s, await a.token(), venue.id, new Date(at.getTime() + 3_600_000)))).toBe('OK');
  });

  it('cancel: the requester before the start; staff only with a reason (requester told); not after the start', async () => {
    const venue = await buildVenue(s, { community });
    const r = await buildResident(s, { community });
    const t = await r.token();
    const one = (await book(s, t, venue.id, hourFromNow(80))).data?.bookVenue.booking?.id;
    expect(codeOf(await s.gql(CANCEL, { id: one }, staffToken))).toBe('BAD_USER_INPUT');
    const byStaff = await s.gql<{ cancelBooking: { booking: { status: string } } }>(
      CANCEL,
      { id: one, r: '场地维修' },
      staffToken,
    );
    expect(byStaff.data?.cancelBooking.booking.status).toBe('CANCELLED');
    expect(await notices(t)).toContain('VENUE_BOOKING_CANCELLED');
    const at = hourFromNow(82);
    const two = (await book(s, t, venue.id, at)).data?.bookVenue.booking?.id;
    s.app.services.venueBookings.clock = () => new Date(at.getTime() + 60_000);
    expect(reasonOf(await s.gql(CANCEL, { id: two }, t))).toBe('VENUE_ALREADY_STARTED');
    s.app.services.venueBookings.clock = () => new Date();
    expect(reasonOf(await s.gql(CANCEL, { id: two }, t))).toBe('OK');
  });

  it('check-in by staff with the code shown at the door, inside the window only', async () => {
    const venue = await buildVenue(s, { community });
    const r = await buildResident(s, { community });
    const at = hourFromNow(90);
    const made = (await book(s, await r.token(), venue.id, at)).data?.bookVenue.booking;
    s.app.services.venueBookings.clock = () => new Date(at.getTime() - 2 * 3_600_000);
    expect(reasonOf(await s.gql(CHECK_IN, { id: made?.id }, staffToken))).toBe('VENUE_CHECK_IN_WINDOW');
    s.app.services.venueBookings.clock = () => new Date(at.getTime() - 10 * 60_000);
    const wrong = made?.checkInCode === '000000' ? '111111' : '000000';
    expect(reasonOf(await s.gql(CHECK_IN, { v: venue.id, c: wrong }, staffToken))).toBe('VENUE_BAD_CODE');
    expect(codeOf(await s.gql(CHECK_IN, { v: venue.id, c: made?.checkInCode }, await r.token()))).toBe('FORBIDDEN');
    const ok = await s.gql<{ checkInBooking: { booking: { status: string } } }>(
      CHECK_IN,
      { v: venue.id, c: made?.checkInCode },
      staffToken,
    );
    expect(ok.data?.checkInBooking.booking.status).toBe('CHECKED_IN');
    const events = await s.db.dataSource.getRepository(VenueBookingEventEntity).findBy({ bookingId: made?.id });
    expect(events.map((e) => e.kind).sort()).toEqual(['CHECKED_IN', 'CREATED']);
  });

  it('weekly series for organisations: ALL_OR_NOTHING books none when one week is taken; EACH says which succeeded', async () => {
    const estate = await buildEstate(s, { community });
    const committee = await buildOrganisation(s, { kind: 'OWNERS_COMMITTEE', estate });
    const member = await buildStaff(s, { role: 'COMMITTEE_MEMBER', scope: committee });
    const t = await member.token();
    const venue = await buildVenue(s, { community, horizonDays: 60 });
    const at = hourFromNow(100);
    const resident = await buildResident(s, { community });
    expect(reasonOf(await book(s, await resident.token(), venue.id, at, { weeks: 2 }))).toBe(
      'VENUE_SERIES_ORGANISATIONS_ONLY',
    );
    await book(s, await resident.token(), venue.id, new Date(at.getTime() + 7 * 86_400_000));
    const series = { organisationId: committee.id, weeks: 3 };
    const all = await book(s, t, venue.id, at, { ...series, mode: 'ALL_OR_NOTHING' });
    expect(reasonOf(all)).toBe('VENUE_SLOT_TAKEN');
    const each = await book(s, t, venue.id, at, { ...series, mode: 'EACH' });
    expect(each.data?.bookVenue.mode).toBe('EACH');
    expect(each.data?.bookVenue.occurrences.map((o) => o.failureReason ?? o.booking?.status)).toEqual([
      'APPROVED',
      'VENUE_SLOT_TAKEN',
      'APPROVED',
    ]);
  });

  it('.ics export of a booking: Asia/Shanghai, for the requester; NOT_FOUND (404) for others', async () => {
    const venue = await buildVenue(s, { community, name: '多功能厅' });
    const r = await buildResident(s, { community });
    const at = hourFromNow(110);
    const id = (await book(s, await r.token(), venue.id, at)).data?.bookVenue.booking?.id;
    const get = async (token: string) =>
      fetch(`${s.url}/venue-bookings/${id}.ics`, { headers: { authorization: `Bearer ${token}` } });
    const res = await get(await r.token());
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/calendar');
    const text = await res.text();
    expect(text).toContain('BEGIN:VEVENT');
    expect(text).toContain('TZID=Asia/Shanghai');
    expect(text).toContain('多功能厅');
    // The booking's instant, written as Shanghai wall time with its zone.
    const wall = new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 19).replace(/[-:]/g, '');
    expect(text).toContain(`DTSTART;TZID=Asia/Shanghai:${wall}`);
    expect((await get(await (await buildResident(s, { community })).token())).status).toBe(404);
  });
});
