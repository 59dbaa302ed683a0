/**
 * The points jobs over other modules' rows (issue 14): meeting attendance awards and venue no-show
 * penalties, on the real database; each is paid once however often (and however concurrently) the
 * job runs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PointsEvent } from '../../src/modules/points/points.enums.js';
import { VenueBookingEventEntity } from '../../src/modules/venue/venue.entity.js';
import { buildCommunity, buildResident, deskOf } from '../factories/index.js';
import { buildPointsRule, givePoints } from '../factories/points.js';
import { buildVenue, hourFromNow } from '../factories/venue.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { call, createMeeting, ok } from '../meeting/meeting.helpers.js';
import { book } from '../venue/helpers.js';

const MIN = 60_000;

describe('points jobs: meeting attendance and venue no-shows', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(() => s.close());

  const entries = (communityId: string) =>
    s.db.dataSource.query(
      'SELECT userId, delta, balanceAfter, reason, idempotencyKey FROM points_entry WHERE communityId = ? ORDER BY createdAt',
      [communityId],
    ) as Promise<{ userId: string; delta: number; balanceAfter: number; reason: string; idempotencyKey: string }[]>;
  const balanceOf = async (userId: string, communityId: string) => {
    const [row] = await s.db.dataSource.query(
      'SELECT balance FROM points_balance WHERE userId = ? AND communityId = ?',
      [userId, communityId],
    );
    return Number(row?.balance ?? 0);
  };

  it('a resident checked in at a held meeting gets the attendance points once, however often the job runs', async () => {
    const community = await buildCommunity(s);
    await buildPointsRule(s, { community, event: PointsEvent.MEETING_ATTENDANCE, points: 5 });
    const staff = await (await deskOf(s, community)).staff.token();
    const present = await buildResident(s, { community });
    const absent = await buildResident(s, { community });
    const made = await ok(
      createMeeting(s, staff, { communityId: community.id, openToResidents: true, residentCapacity: 10 }),
    );
    const meeting = (made as { createMeeting: { meeting: { id: string; checkInCode: string } } }).createMeeting.meeting;
    for (const r of [present, absent]) {
      await ok(
        call(
          s,
          'registerForMeeting',
          'RegisterForMeetingInput',
          { meetingId: meeting.id },
          await r.token(),
          '{ meeting { id } }',
        ),
      );
    }
    await ok(
      call(
        s,
        'checkInToMeeting',
        'CheckInToMeetingInput',
        { meetingId: meeting.id, code: meeting.checkInCode },
        await present.token(),
        '{ party { attendance } }',
      ),
    );
    // Checked in but not yet held: nothing.
    await s.app.services.meetingAwardScan.run();
    expect(await entries(community.id)).toEqual([]);

    await ok(call(s, 'holdMeeting', 'HoldMeetingInput', { meetingId: meeting.id }, staff, '{ meeting { state } }'));
    await Promise.all([s.app.services.meetingAwardScan.run(), s.app.services.meetingAwardScan.run()]);
    await s.app.services.meetingAwardScan.run();
    expect(await entries(community.id)).toEqual([
      {
        userId: present.user.id,
        delta: 5,
        balanceAfter: 5,
        reason: 'MEETING_ATTENDANCE',
        idempotencyKey: `meeting.attended:${meeting.id}:${present.user.id}`,
      },
    ]);
    expect(await balanceOf(absent.user.id, community.id)).toBe(0);
  });

  it('a no-show costs the penalty once, the event row is settled, and the balance never goes below zero', async () => {
    const community = await buildCommunity(s);
    await buildPointsRule(s, { community, event: PointsEvent.BOOKING_NO_SHOW, points: -5 });
    const venue = await buildVenue(s, { community, noShowGraceMinutes: 15, horizonDays: 60 });
    const r = await buildResident(s, { community });
    await givePoints(s, { userId: r.user.id, community, amount: 8 });
    const t = await r.token();
    const first = hourFromNow(50);
    const second = hourFromNow(60);
    const ids = [
      (await book(s, t, venue.id, first)).data?.bookVenue.booking?.id as string,
      (await book(s, t, venue.id, second)).data?.bookVenue.booking?.id as string,
    ];
    expect(ids.every(Boolean)).toBe(true);
    const events = () => s.db.dataSource.getRepository(VenueBookingEventEntity).findBy({ kind: 'NO_SHOW' as never });

    // The first no-show: -5 of 8.
    await s.app.services.venueBookings.sweep(new Date(first.getTime() + 20 * MIN));
    await Promise.all([s.app.services.noShowPenaltyScan.run(), s.app.services.noShowPenaltyScan.run()]);
    await s.app.services.noShowPenaltyScan.run();
    expect(await balanceOf(r.user.id, community.id)).toBe(3);
    const mine = (await events()).filter((e) => ids.includes(e.bookingId));
    expect(mine).toHaveLength(1);
    expect(mine[0].pointsSettledAt).toBeInstanceOf(Date);

    // The second: the penalty takes only the 3 left.
    await s.app.services.venueBookings.sweep(new Date(second.getTime() + 20 * MIN));
    await s.app.services.noShowPenaltyScan.run();
    await s.app.services.noShowPenaltyScan.run();
    const rows = (await entries(community.id)).filter((e) => e.reason === 'BOOKING_NO_SHOW');
    expect(rows.map((e) => [Number(e.delta), Number(e.balanceAfter), e.idempotencyKey])).toEqual([
      [-5, 3, `booking.noShow:${ids[0]}`],
      [-3, 0, `booking.noShow:${ids[1]}`],
    ]);
    expect(await balanceOf(r.user.id, community.id)).toBe(0);
    expect((await events()).filter((e) => ids.includes(e.bookingId)).every((e) => e.pointsSettledAt !== null)).toBe(
      true,
    );
  });
});
