import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role, ScopeKind } from '../../src/auth/roles.js';
import { Viewer } from '../../src/auth/viewer.js';
import type { Actor } from '../../src/common/actor.js';
import { PointsEvent } from '../../src/modules/points/points.enums.js';
import { buildCommunity, buildResident, buildStaff, seq } from '../factories/index.js';
import { buildPointsRule, buildReward } from '../factories/points.js';
import { testDialect } from '../helpers/database.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

type Op =
  | { kind: 'award'; who: number; amount: number }
  | { kind: 'penalty'; who: number }
  | { kind: 'adjust'; who: number; delta: number }
  | { kind: 'redeem'; who: number; reward: number }
  | { kind: 'cancel'; pick: number }
  | { kind: 'repeat' };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('award' as const), who: fc.nat(2), amount: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('penalty' as const), who: fc.nat(2) }),
  fc.record({
    kind: fc.constant('adjust' as const),
    who: fc.nat(2),
    delta: fc.integer({ min: -30, max: 30 }).filter((d) => d !== 0),
  }),
  fc.record({ kind: fc.constant('redeem' as const), who: fc.nat(2), reward: fc.nat(1) }),
  fc.record({ kind: fc.constant('cancel' as const), pick: fc.nat(20) }),
  fc.record({ kind: fc.constant('repeat' as const) }),
);

/**
 * After any sequence of awards, penalties, adjustments, redemptions, cancellations and repeated
 * keys, every balance equals the sum of its ledger, no entry ever left a balance below zero, and
 * stock plus open redemptions equals the stock the reward started with.
 */
describe(`points ledger properties (${testDialect})`, () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(() => s.close());

  it('every balance equals the sum of its ledger and never went below zero', async () => {
    const community = await buildCommunity(s);
    await buildPointsRule(s, { community, event: PointsEvent.BOOKING_NO_SHOW, points: -15 });
    const staff = await buildStaff(s, { role: 'COMMUNITY_STAFF', scope: community });
    const staffActor: Actor = {
      viewer: new Viewer(staff.user.id, 'staff', 'f', [grant(Role.COMMUNITY_STAFF, community)]),
      meta: { actorId: staff.user.id, requestId: null, ip: null },
      userAgent: null,
    };
    const svc = s.app.services;
    const db = s.db.dataSource;
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 5, maxLength: 25 }), async (ops) => {
        const people = await Promise.all([0, 1, 2].map(() => buildResident(s, { community })));
        const actors: Actor[] = people.map((p) => ({
          viewer: new Viewer(p.user.id, 'r', 'f', [grant(Role.RESIDENT, community)]),
          meta: { actorId: p.user.id, requestId: null, ip: null },
          userAgent: null,
        }));
        const rewards = [
          await buildReward(s, { community, cost: 10, stock: 3 }),
          await buildReward(s, { community, cost: 25, stock: 2 }),
        ];
        const redemptions: { id: string; who: number }[] = [];
        let lastKey = '';
        for (const o of ops) {
          const tryIt = async (f: () => Promise<unknown>) => {
            try {
              await f();
            } catch (err) {
              const code = (err as { code?: string }).code;
              if (code !== 'CONFLICT' && code !== 'BAD_USER_INPUT') throw err;
            }
          };
          const award = (who: number, event: PointsEvent, amount?: number) => {
            lastKey = `prop:${seq()}`;
            return svc.pointsLedger.award({
              userId: nth(people, who).user.id,
              communityId: community.id,
              streetId: community.streetId,
              event,
              amount,
              idempotencyKey: lastKey,
            });
          };
          if (o.kind === 'award') await award(o.who, PointsEvent.MEETING_ATTENDANCE, o.amount);
          if (o.kind === 'penalty') await award(o.who, PointsEvent.BOOKING_NO_SHOW);
          if (o.kind === 'repeat' && lastKey)
            await svc.pointsLedger.award({
              userId: nth(people, 0).user.id,
              communityId: community.id,
              streetId: community.streetId,
              event: PointsEvent.MEETING_ATTENDANCE,
              amount: 99,
              idempotencyKey: lastKey,
            });
          if (o.kind === 'adjust')
            await tryIt(() =>
              svc.points.adjust(staffActor, {
                communityId: community.id,
                userId: nth(people, o.who).user.id,
                delta: o.delta,
                note: '测试',
              }),
            );
          if (o.kind === 'redeem')
            await tryIt(async () => {
              const r = await svc.points.redeem(nth(actors, o.who), nth(rewards, o.reward).id);
              redemptions.push({ id: r.id, who: o.who });
            });
          if (o.kind === 'cancel' && redemptions.length)
            await tryIt(() => {
              const r = nth(redemptions, o.pick % redemptions.length);
              return svc.points.cancelRedemption(nth(actors, r.who), r.id);
            });
        }
        for (const p of people) {
          const [b] = await db.query('SELECT balance FROM points_balance WHERE userId = ?', [p.user.id]);
          const [sum] = await db.query(
            'SELECT COALESCE(SUM(delta), 0) AS n, COALESCE(MIN(balanceAfter), 0) AS low FROM points_entry WHERE userId = ?',
            [p.user.id],
          );
          expect(Number(b?.balance ?? 0)).toBe(Number(sum.n));
          expect(Number(sum.low)).toBeGreaterThanOrEqual(0);
          // balanceAfter is a running sum: each entry's balance is the previous one's plus its delta.
          const rows = await db.query(
            'SELECT delta, balanceAfter FROM points_entry WHERE userId = ? ORDER BY createdAt, id',
            [p.user.id],
          );
          let running = 0;
          for (const r of rows) {
            running += Number(r.delta);
            expect(Number(r.balanceAfter)).toBe(running);
          }
        }
        for (const [i, w] of rewards.entries()) {
          const [row] = await db.query('SELECT stock FROM points_reward WHERE id = ?', [w.id]);
          const [open] = await db.query(
            "SELECT COUNT(*) AS n FROM points_redemption WHERE rewardId = ? AND status <> 'CANCELLED'",
            [w.id],
          );
          expect(Number(row.stock) + Number(open.n)).toBe(i === 0 ? 3 : 2);
        }
      }),
      { numRuns: 25 },
    );
  }, 300_000);
});

function nth<T>(xs: readonly T[], i: number): T {
  const v = xs[i];
  if (v === undefined) throw new Error(`no item ${i}`);
  return v;
}

function grant(role: Role, c: { id: string; streetId: string }) {
  return {
    membershipId: 'm',
    role,
    scopeKind: ScopeKind.COMMUNITY,
    scopeId: c.id,
    streetId: c.streetId,
    communityId: c.id,
    organisationId: null,
    estateIds: [],
    estateCommunityIds: [],
  };
}
