import { beforeAll, describe, expect, it } from 'vitest';
import { normaliseStatement, perRequestAnswer, perRequestLiterals, substitute, uuidv7 } from './raw/per-request.mjs';

// The shapers' modules open a mysql2 pool on import (it connects only when asked to query).
process.env.DATABASE_URL ??= 'mysql://nobody@127.0.0.1:9/none';
let listShapers: typeof import('./raw/lists.mjs').listShapers;
let db: typeof import('./raw/db.mjs');
let availability: typeof import('./raw/availability.mjs').availability;
beforeAll(async () => {
  ({ listShapers } = await import('./raw/lists.mjs'));
  db = await import('./raw/db.mjs');
  ({ availability } = await import('./raw/availability.mjs'));
});

describe("the submitTicket twin's per-request values", () => {
  const at = Date.parse('2026-12-06T18:49:05.100Z');
  const window = { from: at - 50, to: at + 200 };
  const newTicket = uuidv7(at + 20);
  const oldCommunity = uuidv7(at - 3_600_000);
  const captured = [
    `SELECT 1 FROM ticket WHERE submitterId = '${oldCommunity}' AND idempotencyKey = 'bench-probe-1796582945040'`,
    `INSERT INTO ticket(id, createdAt, communityId, replyDueAt, idempotencyKey) VALUES ('${newTicket}', '2026-12-06 18:49:05.123', '${oldCommunity}', '2026-12-10 15:59:59.999', 'bench-probe-1796582945040')`,
    `SELECT * FROM ticket WHERE id = '${newTicket}'`,
  ];

  it('finds the ids and the clock of the request, not the older ids nor the derived due date', () => {
    const l = perRequestLiterals(captured, { ...window, key: 'bench-probe-1796582945040' });
    expect(l.ids).toEqual([newTicket]);
    expect(l.times).toEqual(['2026-12-06 18:49:05.123']);
  });

  it('replays with fresh values: the same statement shapes, different literals', () => {
    const l = perRequestLiterals(captured, { ...window, key: 'bench-probe-1796582945040' });
    const now = at + 60_000;
    const { sqls, map } = substitute(captured, l, { now, key: 'bench-raw-x-1' });
    const fresh = map.get(newTicket) as string;
    expect(fresh).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(fresh).not.toBe(newTicket);
    expect(sqls[1]).toContain(`'${fresh}', '2026-12-06 18:50:05.100', '${oldCommunity}', '2026-12-10 15:59:59.999'`);
    expect(sqls[2]).toContain(fresh);
    expect(sqls.join('\n')).not.toContain('bench-probe');
    const shape = (s: string[], w: { from: number; to: number }) =>
      s.map((x) => normaliseStatement(x, { ...w, keyPattern: /'bench-[A-Za-z0-9_-]+'/g }));
    const rawWindow = { from: now - 50, to: now + 50 };
    expect(shape(sqls, rawWindow)).toEqual(shape(captured, window));
    // A literal that is not per-request (the community) still has to match.
    const drifted = sqls.map((s) => s.replaceAll(oldCommunity, uuidv7(at - 7_200_000)));
    expect(shape(drifted, rawWindow)).not.toEqual(shape(captured, window));
  });

  it('compares answers by the format of ids and times, and by the value of the rest', () => {
    const a = {
      data: { submitTicket: { ticket: { id: newTicket, state: 'SUBMITTED', at: '2026-12-06T18:49:05.123Z' } } },
    };
    const b = {
      data: { submitTicket: { ticket: { id: uuidv7(), state: 'SUBMITTED', at: '2026-12-07T01:00:00.000Z' } } },
    };
    expect(perRequestAnswer(b)).toEqual(perRequestAnswer(a));
    const c = {
      data: { submitTicket: { ticket: { id: 'not-an-id', state: 'SUBMITTED', at: '2026-12-06T18:49:05.123Z' } } },
    };
    expect(perRequestAnswer(c)).not.toEqual(perRequestAnswer(a));
  });
});

describe('batches read in one combined statement (the grouped loader)', () => {
  const sql =
    "SELECT 0 AS gl_part, json_object('id', gl0.`id`, 'createdAt', gl0.`createdAt`) AS gl_row FROM (SELECT * FROM `ticket_assignment` WHERE `ticketId` IN ('t')) gl0" +
    " UNION ALL SELECT 1 AS gl_part, json_object('id', gl1.`id`, 'tl_total', gl1.`tl_total`) AS gl_row FROM (SELECT * FROM (SELECT 0 AS `tl_key`, n.`tl_total` FROM x) t0) gl1";
  const rows = [
    { gl_part: 0, gl_row: '{"id":"a1","createdAt":"2026-12-06 18:49:05.123"}' },
    { gl_part: '1', gl_row: { id: 'e1', tl_total: 1 } },
  ];
  const plan = { waves: [['SELECT `t`.`id` AS `t_id` FROM ticket t LIMIT 21'], [sql]], viewerStatements: 0 };

  it("keys a table's rows like TypeORM's batch and answers any other term by its statement", () => {
    expect(db.batchOf(plan, [[], rows], 'TicketAssignmentEntity')).toEqual([
      { TicketAssignmentEntity_id: 'a1', TicketAssignmentEntity_createdAt: new Date('2026-12-06T18:49:05.123Z') },
    ]);
    expect(db.batchOf(plan, [[], rows], 'UserEntity')).toEqual([]);
    expect(db.rowsOf(plan, [[], rows], (s) => s.startsWith('SELECT * FROM (SELECT 0 AS `tl_key`'))).toEqual([
      { id: 'e1', tl_total: 1 },
    ]);
  });
});

describe('the list twins', () => {
  it('names relations from their batch and blanks the texts staff hid', () => {
    const plan = {
      connection: 'ticketBoard',
      alias: 't',
      first: 20,
      viewerStatements: 0,
      hidden: true,
      fields: { id: 'str', title: 'str', createdAt: 'date' },
      relations: { venue: { prefix: 'VenueEntity', key: 'venueId', fields: { id: 'str', name: 'str' } } },
      waves: [
        ['SELECT `t`.`id` AS `t_id` FROM `ticket` `t` LIMIT 21'],
        [
          'SELECT `VenueEntity`.`id` AS `VenueEntity_id` FROM venue',
          'SELECT `TicketHiddenPartEntity`.`ticketId` AS `TicketHiddenPartEntity_ticketId` FROM h',
        ],
      ],
    };
    const page = [
      { t_id: 'a', t_title: '漏水', t_createdAt: new Date('2026-12-01T00:00:00Z'), t_venueId: 'v1' },
      { t_id: 'b', t_title: '噪音', t_createdAt: new Date('2026-12-02T00:00:00Z'), t_venueId: null },
    ];
    const venues = [{ VenueEntity_id: 'v1', VenueEntity_name: '多功能厅' }];
    const hidden = [{ TicketHiddenPartEntity_ticketId: 'b', TicketHiddenPartEntity_part: 'TITLE' }];
    expect(listShapers.simpleList(plan, [page, venues, hidden])).toEqual({
      data: {
        ticketBoard: {
          edges: [
            {
              node: {
                id: 'a',
                title: '漏水',
                createdAt: '2026-12-01T00:00:00.000Z',
                venue: { id: 'v1', name: '多功能厅' },
              },
            },
            { node: { id: 'b', title: '', createdAt: '2026-12-02T00:00:00.000Z', venue: null } },
          ],
        },
      },
    });
  });

  it("sums the figures over every keyless aggregate (a rollup's days and the live edges)", () => {
    const rollup = [{ g: null, raised: '10', valid: '8', replied: '6', rated: '4', satisfied: '3' }];
    const edge = [{ g: null, raised: 2, valid: 2, replied: 1, rated: 0, satisfied: 0 }];
    const other = [{ createdAt: new Date(), firstRepliedAt: new Date() }];
    const f = listShapers.figures({ waves: [] }, [rollup, edge, other]).data.analysisFigures as Record<string, unknown>;
    expect(f).toMatchObject({ raised: 12, valid: 10, replied: 7, rated: 4, satisfied: 3, merged: 0 });
    expect(f.replyRate).toBeCloseTo(0.7);
    expect(f.satisfaction).toBeCloseTo(0.75);
  });
});

describe('the availability twin', () => {
  // A day two days ahead, Shanghai 08:00-12:00 (00:00-04:00 UTC).
  const day = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
  const from = `${day}T00:00:00.000Z`;
  const to = `${day}T04:00:00.000Z`;
  const venue = {
    r_slotMinutes: 60,
    r_leadMinutes: 0,
    r_horizonDays: 14,
    r_closedDates: '[]',
    r_closedOnHolidays: 1,
    r_openingHours: JSON.stringify(Array(7).fill({ open: '09:00', close: '21:00' })),
    r_archivedAt: null,
    r_weeklyQuota: 2,
    r_monthlyQuota: null,
  };
  const plan = (holidays: string[] = []) => ({
    from,
    to,
    holidays,
    waves: [
      ['SELECT … FROM `venue` `r` WHERE 1'],
      ['SELECT … FROM `venue_slot` `s` WHERE 1'],
      ['SELECT … FROM `household_binding` `HouseholdBindingEntity` WHERE 1'],
      ['SELECT … FROM `venue_booking` `b` WHERE 1'],
    ],
  });
  const slots = (holidays: string[], bookings: number, bound = true) =>
    availability(plan(holidays), [
      [venue],
      [{ s_slotStart: new Date(`${day}T02:00:00.000Z`) }],
      bound ? [{ HouseholdBindingEntity_householdId: 'h' }] : [],
      Array.from({ length: bookings }, (_, i) => ({ b_id: `b${i}`, b_startsAt: new Date(`${day}T05:00:00.000Z`) })),
    ]).data?.venueAvailability;

  it('lists the slots within opening hours, taken and bookable by the rules', () => {
    expect(slots([], 0)).toEqual([
      { startsAt: `${day}T01:00:00.000Z`, endsAt: `${day}T02:00:00.000Z`, taken: false, bookable: true },
      { startsAt: `${day}T02:00:00.000Z`, endsAt: `${day}T03:00:00.000Z`, taken: true, bookable: false },
      { startsAt: `${day}T03:00:00.000Z`, endsAt: `${day}T04:00:00.000Z`, taken: false, bookable: true },
    ]);
  });

  it('refuses every slot on a holiday, over the quota, or without a household', () => {
    for (const s of [slots([], 2), slots([], 0, false)]) {
      expect(s?.map((x) => x.bookable)).toEqual([false, false, false]);
    }
    // A holiday is judged before the opening hours (venue.rules.ts): 08:00 is listed too.
    expect(slots([day], 0)?.map((x) => [x.startsAt.slice(11, 16), x.bookable])).toEqual([
      ['00:00', false],
      ['01:00', false],
      ['02:00', false],
      ['03:00', false],
    ]);
    expect(slots([], 1)?.map((x) => x.bookable)).toEqual([true, false, true]);
  });
});
