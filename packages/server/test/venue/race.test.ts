/**
 * No double booking, decided by the database: 200 households press "book" for the same slot at
 * once over HTTP → exactly one live booking, every other answer CONFLICT (VENUE_SLOT_TAKEN), no
 * 5xx. Runs on SQLite and, with TEST_DB=mysql, on MariaDB (where the requests truly overlap).
 */
import { randomBytes } from 'node:crypto';
import { In } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/db/ids.js';
import { SessionEntity } from '../../src/modules/identity/session.entity.js';
import { VenueBookingEntity, VenueSlotEntity } from '../../src/modules/venue/venue.entity.js';
import { LIVE_STATUSES } from '../../src/modules/venue/venue.enums.js';
import { buildBuilding, buildCommunity, buildHousehold, buildResident, type Resident } from '../factories/index.js';
import { buildVenue, hourFromNow } from '../factories/venue.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

/** 10:00 in Shanghai at least `hours` ahead: inside opening hours whatever the time of the run. */
function tenOClock(hours: number): Date {
  let at = hourFromNow(hours);
  while (new Date(at.getTime() + 8 * 3_600_000).getUTCHours() !== 10) at = new Date(at.getTime() + 3_600_000);
  return at;
}

const BOOK = `mutation($i: BookVenueInput!) { bookVenue(input: $i) { booking { id status } } }`;
const N = 200;

describe('venue booking race', () => {
  let s: TestServer;
  let residents: Resident[];
  let home: { id: string; streetId: string };
  let tokens: string[];
  let building: Awaited<ReturnType<typeof buildBuilding>>;
  beforeAll(async () => {
    s = await startTestServer();
    const community = await buildCommunity(s);
    building = await buildBuilding(s, { community });
    home = { id: community.id, streetId: community.streetId };
    residents = [];
    for (let i = 0; i < N; i++)
      residents.push(await buildResident(s, { household: await buildHousehold(s, { building }) }));
    // Tokens minted like login does (a live session row + a signed access token), without 200 password checks.
    tokens = [];
    for (const r of residents) {
      const familyId = newId();
      await s.db.dataSource.getRepository(SessionEntity).insert({
        id: newId(),
        userId: r.user.id,
        familyId,
        tokenHash: randomBytes(32).toString('hex'),
        expiresAt: new Date(Date.now() + 86_400_000),
        usedAt: null,
        revokedAt: null,
        userAgent: null,
        ip: null,
      });
      tokens.push((await s.app.services.tokens.signAccess(r.user.id, familyId, r.user.tokenVersion)).token);
    }
  }, 600_000);
  afterAll(() => s.close());

  /** Sends one bookVenue over HTTP and returns the HTTP status and the GraphQL error code. */
  async function book(token: string, input: Record<string, unknown>) {
    const res = await fetch(`${s.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: BOOK, variables: { i: input } }),
    });
    const body = (await res.json()) as { errors?: { extensions?: { code?: string; reason?: string } }[] };
    return {
      http: res.status,
      code: body.errors?.[0]?.extensions?.code ?? 'OK',
      reason: body.errors?.[0]?.extensions?.reason,
    };
  }

  const liveOf = async (venueId: string) =>
    s.db.dataSource.getRepository(VenueBookingEntity).countBy({ venueId, status: In([...LIVE_STATUSES]) });

  it(`${N} households book one slot at once: one booking, ${N - 1} CONFLICT VENUE_SLOT_TAKEN, no 5xx`, async () => {
    const community = home;
    const venue = await buildVenue(s, { community });
    const startsAt = tenOClock(48);
    const endsAt = new Date(startsAt.getTime() + 3_600_000);
    const started = Date.now();
    const answers = await Promise.all(
      tokens.map((t, i) =>
        book(t, {
          venueId: venue.id,
          startsAt,
          endsAt,
          purpose: '排练',
          attendees: 5,
          idempotencyKey: `race-key-${i}`,
        }),
      ),
    );
    const ms = Date.now() - started;
    const tally = answers.reduce<Record<string, number>>((acc, a) => {
      const k = `${a.http} ${a.code} ${a.reason ?? ''}`.trim();
      acc[k] = (acc[k] ?? 0) + 1;
      return acc;
    }, {});
    console.log(`race (${process.env.TEST_DB ?? 'sqlite'}): ${N} requests in ${ms} ms`, tally);
    expect(answers.filter((a) => a.http >= 500)).toEqual([]);
    expect(answers.filter((a) => a.code === 'OK')).toHaveLength(1);
    expect(answers.filter((a) => a.code === 'CONFLICT' && a.reason === 'VENUE_SLOT_TAKEN')).toHaveLength(N - 1);
    expect(await liveOf(venue.id)).toBe(1);
    expect(await s.db.dataSource.getRepository(VenueSlotEntity).countBy({ venueId: venue.id })).toBe(4); // four 15-minute grid rows
  }, 240_000);

  it('overlapping (not identical) ranges at once: only non-overlapping ones win', async () => {
    const community = home;
    const venue = await buildVenue(s, { community, slotMinutes: 30, minMinutes: 30, maxMinutes: 240 });
    const base = tenOClock(72).getTime();
    const H = 3_600_000;
    // Ranges in half hours: [0,2) [1,3) [1.5,2.5) [2,4) [3.5,4.5) — 40 contenders each, all at once.
    const ranges = [
      [0, 2],
      [1, 3],
      [1.5, 2.5],
      [2, 4],
      [3.5, 4.5],
    ] as const;
    const answers = await Promise.all(
      tokens.map((t, i) => {
        const [a, b] = ranges[i % ranges.length] ?? [0, 1];
        return book(t, {
          venueId: venue.id,
          startsAt: new Date(base + a * H),
          endsAt: new Date(base + b * H),
          purpose: '排练',
          attendees: 5,
          idempotencyKey: `overlap-key-${i}`,
        }).then((r) => ({ ...r, range: [a, b] }));
      }),
    );
    expect(answers.filter((a) => a.http >= 500)).toEqual([]);
    expect(answers.filter((a) => a.code !== 'OK' && a.code !== 'CONFLICT')).toEqual([]);
    const live = await s.db.dataSource
      .getRepository(VenueBookingEntity)
      .find({ where: { venueId: venue.id, status: In([...LIVE_STATUSES]) }, order: { startsAt: 'ASC' } });
    expect(live.length).toBeGreaterThanOrEqual(2);
    for (let i = 1; i < live.length; i++) {
      expect(live[i]?.startsAt.getTime()).toBeGreaterThanOrEqual(live[i - 1]?.endsAt.getTime() ?? 0);
    }
    expect(answers.filter((a) => a.code === 'OK')).toHaveLength(live.length);
    console.log(
      `overlap race (${process.env.TEST_DB ?? 'sqlite'}): ${answers.length} requests,`,
      `${live.length} live bookings`,
      live.map((b) => `${(b.startsAt.getTime() - base) / H}-${(b.endsAt.getTime() - base) / H}h`).join(' '),
      `${answers.filter((a) => a.code === 'CONFLICT').length} CONFLICT`,
    );
  }, 240_000);

  it('the same request retried with one idempotency key, also at once → one booking', async () => {
    const community = home;
    const venue = await buildVenue(s, { community });
    const startsAt = tenOClock(96);
    const input = {
      venueId: venue.id,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3_600_000),
      purpose: '排练',
      attendees: 5,
      idempotencyKey: 'same-key-retried-0001',
    };
    const token = tokens[0] as string;
    const answers = await Promise.all(Array.from({ length: 20 }, () => book(token, input)));
    const again = await book(token, input);
    expect([...answers, again].map((a) => a.code)).toEqual(Array(21).fill('OK'));
    expect(await liveOf(venue.id)).toBe(1);
    expect(await s.db.dataSource.getRepository(VenueBookingEntity).countBy({ venueId: venue.id })).toBe(1);
  }, 120_000);

  it('one household books different slots of one week at once: the weekly quota of 2 holds (2 OK, the rest VENUE_QUOTA_WEEK)', async () => {
    const venue = await buildVenue(s, { community: home, weeklyQuota: 2 });
    const household = await buildHousehold(s, { building });
    const members = [await buildResident(s, { household }), await buildResident(s, { household })];
    const memberTokens = await Promise.all(members.map((m) => m.token()));
    // Twelve one-hour slots of one Shanghai day (10:00 to 22:00): all count in the same week.
    const day = tenOClock(48).getTime();
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        book(memberTokens[i % 2] as string, {
          venueId: venue.id,
          startsAt: new Date(day + i * 3_600_000),
          endsAt: new Date(day + (i + 1) * 3_600_000),
          purpose: '排练',
          attendees: 5,
          idempotencyKey: `quota-key-${i}`,
        }),
      ),
    );
    const tally = answers.reduce<Record<string, number>>((acc, a) => {
      const k = `${a.http} ${a.code} ${a.reason ?? ''}`.trim();
      acc[k] = (acc[k] ?? 0) + 1;
      return acc;
    }, {});
    console.log(`quota race (${process.env.TEST_DB ?? 'sqlite'}): 12 requests of one household`, tally);
    expect(answers.filter((a) => a.http >= 500)).toEqual([]);
    expect(answers.filter((a) => a.code === 'OK')).toHaveLength(2);
    expect(answers.filter((a) => a.reason === 'VENUE_QUOTA_WEEK')).toHaveLength(10);
    expect(await liveOf(venue.id)).toBe(2);
  }, 120_000);
});
