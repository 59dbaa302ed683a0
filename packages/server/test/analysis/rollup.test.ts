import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reach } from '../../src/auth/reach.js';
import { ROLLUP_COUNTS, rollupFill, rollupUp } from '../../src/db/migrations/ticket-figure-rollup.js';
import { sqlDate } from '../../src/db/sql.js';
import {
  type Dimension,
  type FigureScope,
  type Interval,
  liveTicketCounts,
  ticketCounts,
} from '../../src/modules/analysis/analysis.figures.js';
import { forgetRollupKept } from '../../src/modules/analysis/analysis.rollup.js';
import { testDialect } from '../helpers/database.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { capturedStatements } from '../helpers/sql-log.js';
import { act, submit } from '../helpers/tickets.js';
import { buildWorld, type World } from '../helpers/world.js';

const DAY = 86_400_000;
const SH = 8 * 3_600_000;

/** A small deterministic generator (mulberry32): the same operations on every run. */
function prng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const reachOf = (p: Partial<Reach>): Reach => ({
  all: false,
  streetIds: new Set(),
  communityIds: new Set(),
  estateIds: new Set(),
  organisationIds: new Set(),
  ...p,
});

describe('ticket_figure_day: the rollup the dashboard reads', () => {
  let s: TestServer;
  let w: World;
  const ids: string[] = [];
  const rand = prng(21);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)] as T;
  // Today's Shanghai midnight: the tickets are spread over the 40 days before it.
  const today = Math.floor((Date.now() + SH) / DAY) * DAY - SH;

  beforeAll(async () => {
    s = await startTestServer();
    w = await buildWorld(s);
    const codes = Object.keys(w.category.boxue).slice(0, 3);
    const estates = [w.estate.tianju, w.estate.yinwan, null];
    for (let i = 0; i < 24; i++) {
      const t = await submit(s, w, { code: pick(codes), estateId: pick(estates), title: `工单${i}` });
      ids.push(t.id);
      // Backdated by a plain UPDATE (the triggers follow any writer): a random instant of the last 40 days.
      const at = new Date(today - Math.floor(rand() * 40 * DAY));
      await w.ds.query(`UPDATE ticket SET createdAt = ? WHERE id = ?`, [sqlDate(w.ds, at), t.id]);
    }
    const actions = ['accept', 'accept', 'reply', 'escalate', 'resolve', 'reopen', 'rate', 'merge', 'reject'];
    for (let i = 0; i < 150; i++) {
      const action = pick(actions);
      const id = pick(ids);
      const extra = action === 'merge' ? { primaryTicketId: pick(ids.filter((x) => x !== id)) } : {};
      // Refused transitions (a reply to a rejected ticket…) are part of the walk: they change nothing.
      await act(s, w, action, id, extra);
    }
    // And one full course, so every count is reached whatever the walk did.
    const t = await submit(s, w, { title: '全程' });
    await w.ds.query(`UPDATE ticket SET createdAt = ? WHERE id = ?`, [sqlDate(w.ds, new Date(today - 2 * DAY)), t.id]);
    for (const action of ['accept', 'escalate', 'answerEscalation', 'resolve', 'reopen', 'resolve', 'rate']) {
      const r = await act(s, w, action, t.id);
      expect(r.errors, action).toBeUndefined();
    }
  }, 300_000);
  afterAll(async () => {
    await s?.close();
  });

  const groups: { dimension?: Dimension; interval?: Interval }[] = [
    {},
    { dimension: 'STREET' },
    { dimension: 'COMMUNITY' },
    { dimension: 'ESTATE' },
    { dimension: 'CATEGORY' },
    { dimension: 'SOURCE' },
    { interval: 'DAY' },
    { interval: 'WEEK' },
    { interval: 'MONTH' },
  ];

  it('answers what the live aggregate answers, for every reach, scope, group and period (whole days or not)', async () => {
    const ds = w.ds;
    const reaches = [
      reachOf({ all: true }),
      reachOf({ communityIds: new Set([w.community.boxue]) }),
      reachOf({ estateIds: new Set([w.estate.tianju]) }),
      reachOf({ communityIds: new Set([w.community.xingyi]) }),
    ];
    const scopes: FigureScope[] = [{}, { communityId: w.community.boxue }, { estateId: w.estate.yinwan }];
    const periods: [Date, Date][] = [
      [new Date(today - 45 * DAY), new Date(today + DAY)], // whole days
      [new Date(today - 30 * DAY + 37_123_456), new Date(today - 3 * DAY + 5_000_001)], // ragged ends
      [new Date(today - 10 * DAY - 1), new Date(today - 9 * DAY + 1)], // one day and two milliseconds
      [new Date(today - 5 * DAY + 3_600_000), new Date(today - 5 * DAY + 7_200_000)], // within one day
    ];
    let compared = 0;
    let nonEmpty = 0;
    for (const reach of reaches)
      for (const scope of scopes)
        for (const [from, to] of periods)
          for (const g of groups) {
            const live = await liveTicketCounts(ds, reach, scope, from, to, g);
            const kept = await ticketCounts(ds, reach, scope, from, to, g);
            expect(kept, JSON.stringify({ scope, from, to, g })).toEqual(live);
            compared++;
            if (live.length > 0) nonEmpty++;
          }
    expect(compared).toBe(4 * 3 * 4 * 9);
    expect(nonEmpty).toBeGreaterThan(100);
    // The walk reached every count the rollup keeps.
    const [all] = await liveTicketCounts(ds, reaches[0] as Reach, {}, periods[0]?.[0] as Date, periods[0]?.[1] as Date);
    for (const c of ROLLUP_COUNTS) expect(all?.[c], c).toBeGreaterThan(0);
  });

  it('the backfill (the migration’s, and bench:data’s) rebuilds the rows the triggers kept', async () => {
    const ds = w.ds;
    const read = async () =>
      (
        (await ds.query(
          `SELECT * FROM ticket_figure_day ORDER BY communityId, createdDay, estateId, categoryId, source`,
        )) as Record<string, unknown>[]
      ).map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'string' ? v : Number(v)])));
    const incremental = await read();
    // A row whose tickets all moved away keeps zeros; the rebuild has no such row.
    const zero = incremental.filter((r) => r.raised === 0);
    for (const r of zero) for (const c of ROLLUP_COUNTS) expect(r[c]).toBe(0);
    await rollupFill(testDialect, { query: (sql, params) => ds.query(sql, params) });
    expect(await read()).toEqual(incremental.filter((r) => r.raised !== 0));
  });

  it('the KPI cards of a year send one statement for the ticket counts, none for what is not asked', async () => {
    const q = `query($f: DateTimeISO!, $t: DateTimeISO!, $c: ID) { analysisFigures(from: $f, to: $t, communityId: $c) {
      raised valid replied escalated replyRate } }`;
    const vars = {
      f: new Date(today - 300 * DAY).toISOString(),
      t: new Date(today + DAY).toISOString(),
      c: w.community.boxue,
    };
    await s.gql(q, vars, w.tokens.boxue); // the viewer's cache warm
    let answer: unknown;
    const sql = await capturedStatements(s, async () => {
      answer = await s.gql(q, vars, w.tokens.boxue);
    });
    expect(sql.filter((x) => /ticket_figure_day/.test(x))).toHaveLength(1);
    expect(sql.filter((x) => /FROM [`"]?ticket[`"]? /i.test(x))).toHaveLength(0);
    expect(sql.filter((x) => /household_binding/.test(x))).toHaveLength(0);
    const [live] = await liveTicketCounts(
      w.ds,
      reachOf({ communityIds: new Set([w.community.boxue]) }),
      { communityId: w.community.boxue },
      new Date(vars.f),
      new Date(vars.t),
    );
    expect(live?.raised).toBeGreaterThanOrEqual(24);
    expect(
      (answer as { data: { analysisFigures: { raised: number; escalated: number } } }).data.analysisFigures,
    ).toEqual(expect.objectContaining({ raised: live?.raised, escalated: live?.escalated }));
  });

  it('without its triggers (TiDB, or a rebuild that forgot them) the rollup is not read: every count is live', async () => {
    const reach = reachOf({ communityIds: new Set([w.community.boxue]) });
    const scope = { communityId: w.community.boxue };
    const period = [new Date(today - 300 * DAY), new Date(today + DAY)] as const;
    const expected = await liveTicketCounts(w.ds, reach, scope, ...period);
    await w.ds.query('DROP TRIGGER trg_ticket_figure_esc');
    forgetRollupKept(w.ds);
    try {
      let got: unknown;
      const sql = await capturedStatements(s, async () => {
        got = await ticketCounts(w.ds, reach, scope, ...period);
      });
      expect(sql.some((x) => /ticket_figure_day/.test(x))).toBe(false);
      expect(sql.some((x) => /FROM [`"]?ticket[`"]? /i.test(x))).toBe(true);
      expect(got).toEqual(expected);
    } finally {
      await w.ds.query(rollupUp(testDialect).at(-1) as string);
      forgetRollupKept(w.ds);
    }
    expect(await ticketCounts(w.ds, reach, scope, ...period)).toEqual(expected);
  });
});
