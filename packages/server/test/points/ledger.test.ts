import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PointsEvent } from '../../src/modules/points/points.enums.js';
import { buildCommunity, buildResident, buildStaff } from '../factories/index.js';
import { buildPointsRule, buildReward, givePoints } from '../factories/points.js';
import { testDialect } from '../helpers/database.js';
import { codeOf, startTestServer, type TestServer } from '../helpers/server.js';

const REDEEM =
  'mutation($i: RedeemPointsRewardInput!) { redeemPointsReward(input: $i) { redemption { id status pickupCode cost } } }';
const ADJUST = 'mutation($i: AdjustPointsInput!) { adjustPoints(input: $i) { entry { id delta balanceAfter } } }';

describe(`points ledger: idempotency and concurrency (${testDialect})`, () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(() => s.close());

  const n = async (sql: string, params: unknown[]) => Number((await s.db.dataSource.query(sql, params))[0].n);
  const balanceOf = async (userId: string, communityId: string) =>
    n('SELECT COALESCE(SUM(balance), 0) AS n FROM points_balance WHERE userId = ? AND communityId = ?', [
      userId,
      communityId,
    ]);
  const ledgerSum = async (userId: string, communityId: string) =>
    n('SELECT COALESCE(SUM(delta), 0) AS n FROM points_entry WHERE userId = ? AND communityId = ?', [
      userId,
      communityId,
    ]);

  it('the same award sent twice, one after the other and 20 at once, makes one entry', async () => {
    const community = await buildCommunity(s);
    await buildPointsRule(s, { community, event: PointsEvent.MEETING_ATTENDANCE, points: 5 });
    const r = await buildResident(s, { community });
    const award = (key: string) =>
      s.app.services.pointsLedger.award({
        userId: r.user.id,
        communityId: community.id,
        streetId: community.streetId,
        event: PointsEvent.MEETING_ATTENDANCE,
        idempotencyKey: key,
        referenceType: 'Meeting',
        referenceId: 'm1',
      });
    const first = await award('meeting.attended:m1:u1');
    const again = await award('meeting.attended:m1:u1');
    expect(first.created).toBe(true);
    expect(again.created).toBe(false);
    expect(again.entry?.id).toBe(first.entry?.id);
    const results = await Promise.all(Array.from({ length: 20 }, () => award('meeting.attended:m2:u1')));
    expect(results.filter((x) => x.created)).toHaveLength(1);
    expect(new Set(results.map((x) => x.entry?.id)).size).toBe(1);
    expect(await n('SELECT COUNT(*) AS n FROM points_entry WHERE userId = ?', [r.user.id])).toBe(2);
    expect(await balanceOf(r.user.id, community.id)).toBe(10);
    expect(await ledgerSum(r.user.id, community.id)).toBe(10);
  });

  it('a staff adjustment sent 10 times at once with one key over HTTP makes one entry, audited', async () => {
    const community = await buildCommunity(s);
    const staff = await buildStaff(s, { role: 'COMMUNITY_STAFF', scope: community });
    const token = await staff.token();
    const r = await buildResident(s, { community });
    const i = { communityId: community.id, userId: r.user.id, delta: 7, note: '协助组织活动', idempotencyKey: 'adj-1' };
    const results = await Promise.all(Array.from({ length: 10 }, () => s.gql(ADJUST, { i }, token)));
    expect(results.map(codeOf)).toEqual(Array(10).fill('OK'));
    expect(await n('SELECT COUNT(*) AS n FROM points_entry WHERE userId = ?', [r.user.id])).toBe(1);
    expect(await balanceOf(r.user.id, community.id)).toBe(7);
    expect(
      await n("SELECT COUNT(*) AS n FROM audit_log WHERE operation = 'points.adjust' AND communityId = ?", [
        community.id,
      ]),
    ).toBe(1);
    const blank = await s.gql(ADJUST, { i: { ...i, idempotencyKey: 'adj-2', note: '  ' } }, token);
    expect(blank.errors?.[0]?.extensions?.reason).toBe('POINTS_BLANK_REASON');
    const tooMuch = await s.gql(ADJUST, { i: { ...i, idempotencyKey: 'adj-3', delta: -8 } }, token);
    expect(tooMuch.errors?.[0]?.extensions?.reason).toBe('POINTS_INSUFFICIENT');
    expect(await balanceOf(r.user.id, community.id)).toBe(7);
  });

  it('an adjustment past 1,000,000 or one that would overflow the 32-bit balance is BAD_USER_INPUT, nothing written (MariaDB refused the row: found by test/hostile)', async () => {
    const community = await buildCommunity(s);
    const staff = await buildStaff(s, { role: 'COMMUNITY_STAFF', scope: community });
    const token = await staff.token();
    const r = await buildResident(s, { community });
    const i = { communityId: community.id, userId: r.user.id, note: '调整', delta: 1_000_001 };
    expect(codeOf(await s.gql(ADJUST, { i }, token))).toBe('BAD_USER_INPUT');
    expect(codeOf(await s.gql(ADJUST, { i: { ...i, delta: 1_000_000 } }, token))).toBe('OK');
    await s.db.dataSource.query('UPDATE points_balance SET balance = ? WHERE userId = ? AND communityId = ?', [
      2_147_000_000,
      r.user.id,
      community.id,
    ]);
    const over = await s.gql(ADJUST, { i: { ...i, delta: 1_000_000 } }, token);
    expect(over.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'POINTS_BAD_AMOUNT' });
    expect(await n('SELECT COUNT(*) AS n FROM points_entry WHERE userId = ?', [r.user.id])).toBe(1);
    expect(await balanceOf(r.user.id, community.id)).toBe(2_147_000_000);
  });

  it('100 concurrent redemptions over HTTP of a reward with stock 10: exactly 10 succeed, stock 0, no balance below zero', async () => {
    const community = await buildCommunity(s);
    const reward = await buildReward(s, { community, cost: 30, stock: 10 });
    const residents = [];
    for (let i = 0; i < 50; i++) {
      const r = await buildResident(s, { community });
      await givePoints(s, { userId: r.user.id, community, amount: i < 25 ? 60 : 30 });
      residents.push(r);
    }
    const tokens: string[] = [];
    for (let i = 0; i < residents.length; i += 10)
      tokens.push(...(await Promise.all(residents.slice(i, i + 10).map((r) => r.token()))));
    // 100 requests: every resident twice (25 of them can afford two, 25 only one).
    const started = Date.now();
    const results = await Promise.all(
      [...tokens, ...tokens].map((t) => s.gql(REDEEM, { i: { rewardId: reward.id } }, t)),
    );
    const ms = Date.now() - started;
    const ok = results.filter((x) => codeOf(x) === 'OK');
    expect(ok).toHaveLength(10);
    const refused = results.filter((x) => codeOf(x) !== 'OK').map((x) => x.errors?.[0]?.extensions?.reason);
    expect(new Set(refused)).toEqual(
      new Set(['POINTS_OUT_OF_STOCK', ...(refused.includes('POINTS_INSUFFICIENT') ? ['POINTS_INSUFFICIENT'] : [])]),
    );
    expect(await n('SELECT stock AS n FROM points_reward WHERE id = ?', [reward.id])).toBe(0);
    expect(
      await n("SELECT COUNT(*) AS n FROM points_redemption WHERE rewardId = ? AND status = 'RESERVED'", [reward.id]),
    ).toBe(10);
    expect(
      await n('SELECT COUNT(*) AS n FROM points_balance WHERE communityId = ? AND balance < 0', [community.id]),
    ).toBe(0);
    expect(
      await n('SELECT COUNT(*) AS n FROM points_entry WHERE communityId = ? AND balanceAfter < 0', [community.id]),
    ).toBe(0);
    for (const r of residents)
      expect(await balanceOf(r.user.id, community.id)).toBe(await ledgerSum(r.user.id, community.id));
    console.log(`[points] 100 concurrent redemptions (${testDialect}): 10 OK, ${ms} ms`);
  }, 120_000);

  it('a resident who can afford one redemption sends 10 at once: one succeeds, the balance is 0', async () => {
    const community = await buildCommunity(s);
    const reward = await buildReward(s, { community, cost: 20, stock: 100 });
    const r = await buildResident(s, { community });
    await givePoints(s, { userId: r.user.id, community, amount: 25 });
    const t = await r.token();
    const results = await Promise.all(
      Array.from({ length: 10 }, () => s.gql(REDEEM, { i: { rewardId: reward.id } }, t)),
    );
    expect(results.filter((x) => codeOf(x) === 'OK')).toHaveLength(1);
    expect(await balanceOf(r.user.id, community.id)).toBe(5);
    expect(await n('SELECT stock AS n FROM points_reward WHERE id = ?', [reward.id])).toBe(99);
  });
});
