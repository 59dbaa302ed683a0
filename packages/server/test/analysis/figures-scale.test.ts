import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqlDate } from '../../src/db/sql.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { buildWorld, type World } from '../helpers/world.js';

const N = 100_000;
const OTHER = 1_000; // in the other community: outside the viewer's reach
const T0 = Date.UTC(2025, 0, 6, 0, 0, 0);
const H = 3_600_000;

/**
 * The timeline of ticket i, as offsets from its submission (hours) — 20 patterns in turn:
 * 0-1 rejected, 2 merged, 3 waiting, 4-5 accepted without answer, 6-9 replied on time,
 * 10-11 replied late (after the 3-day deadline), 12-15 resolved, 16 resolved then reopened,
 * 17 escalated and answered, 18 resolved, reopened, resolved again (rated 4), 19 resolved
 * straight away (rated 5).
 */
function timeline(k: number): [string, number][] {
  const s: [string, number][] = [['SUBMITTED', 0]];
  if (k <= 1) return [...s, ['REJECTED', 1]];
  if (k === 2) return [...s, ['MERGED', 1]];
  if (k === 3) return s;
  const a: [string, number][] = [...s, ['ACCEPTED', 1]];
  if (k <= 5) return a;
  if (k <= 9) return [...a, ['REPLIED', 2]];
  if (k <= 11) return [...a, ['REPLIED', 100]];
  if (k <= 15) return [...a, ['REPLIED', 2], ['RESOLVED', 3]];
  if (k === 16) return [...a, ['REPLIED', 2], ['RESOLVED', 3], ['REOPENED', 4]];
  if (k === 17) return [...a, ['ESCALATED', 2], ['ESCALATION_ANSWERED', 5]];
  if (k === 18) return [...a, ['REPLIED', 2], ['RESOLVED', 3], ['REOPENED', 4], ['RESOLVED', 6]];
  return [...a, ['RESOLVED', 2]];
}
const rating = (k: number) => (k === 18 ? 4 : k === 19 ? 5 : null);

const NEXT: Record<string, string> = {
  SUBMITTED: 'SUBMITTED',
  REJECTED: 'REJECTED',
  MERGED: 'MERGED',
  ACCEPTED: 'ACCEPTED',
  REPLIED: 'REPLIED',
  RESOLVED: 'RESOLVED',
  REOPENED: 'ACCEPTED',
  ESCALATED: 'ESCALATED',
  ESCALATION_ANSWERED: 'REPLIED',
};

/** The ticket's projection as the workflow keeps it in step with its timeline (hours from submission). */
function projection(k: number) {
  const tl = timeline(k);
  const at = (type: string) => tl.filter(([t]) => t === type).map(([, h]) => h);
  const answers = tl.filter(([t]) => ['REPLIED', 'RESOLVED', 'ESCALATION_ANSWERED'].includes(t)).map(([, h]) => h);
  const last = tl[tl.length - 1] as [string, number];
  const resolved = at('RESOLVED');
  return {
    state: NEXT[last[0]] as string,
    acceptedAt: at('ACCEPTED')[0] ?? null,
    firstRepliedAt: answers.length ? Math.min(...answers) : null,
    resolvedAt: last[0] === 'RESOLVED' ? (resolved[resolved.length - 1] as number) : null,
    merged: at('MERGED').length > 0,
    reopenCount: at('REOPENED').length,
  };
}

describe('analysis figures at scale (indexed aggregate SQL)', () => {
  let server: TestServer;
  let w: World;
  beforeAll(async () => {
    server = await startTestServer();
    w = await buildWorld(server);
    const ds = w.ds;
    const d = (ms: number) => sqlDate(ds, new Date(ms));
    const pad = (i: number) => String(i).padStart(7, '0');
    const started = Date.now();
    await ds.transaction(async (m) => {
      const TICKET_COLS =
        'id, createdAt, updatedAt, streetId, communityId, categoryId, submitterId, title, body, anonymous, state, version, idempotencyKey, replyDueAt, dueCovered, reopenCount, rating, acceptedAt, firstRepliedAt, resolvedAt, mergedIntoId';
      for (let start = 0; start < N + OTHER; start += 1000) {
        const tickets: unknown[] = [];
        const events: unknown[] = [];
        for (let i = start; i < Math.min(start + 1000, N + OTHER); i++) {
          const boxue = i < N;
          const k = i % 20;
          const at = T0 + i * 1000; // one ticket a second
          const p = projection(k);
          tickets.push(
            `t${pad(i)}`,
            d(at),
            d(at),
            w.streetId,
            boxue ? w.community.boxue : w.community.xingyi,
            boxue ? w.category.boxue.OTHER : w.category.xingyi.OTHER,
            w.user.resident,
            '生成的工单',
            '用于统计口径测试。',
            false,
            p.state,
            1,
            `gen-${i}`,
            d(at + 72 * H),
            true,
            p.reopenCount,
            rating(k),
            p.acceptedAt === null ? null : d(at + p.acceptedAt * H),
            p.firstRepliedAt === null ? null : d(at + p.firstRepliedAt * H),
            p.resolvedAt === null ? null : d(at + p.resolvedAt * H),
            p.merged ? 't0000000' : null,
          );
          timeline(k).forEach(([type, hours], j) => {
            events.push(
              `e${pad(i)}-${j}`,
              d(at + hours * H),
              `t${pad(i)}`,
              boxue ? w.community.boxue : w.community.xingyi,
              type,
            );
          });
        }
        const rows = (n: number, cols: number) =>
          Array.from({ length: n }, () => `(${Array.from({ length: cols }, () => '?').join(', ')})`).join(', ');
        await m.query(`INSERT INTO ticket (${TICKET_COLS}) VALUES ${rows(tickets.length / 21, 21)}`, tickets);
        for (let e = 0; e < events.length; e += 5 * 1500) {
          const part = events.slice(e, e + 5 * 1500);
          await m.query(
            `INSERT INTO ticket_event (id, createdAt, ticketId, communityId, type) VALUES ${rows(part.length / 5, 5)}`,
            part,
          );
        }
      }
    });
    console.log(`figures-scale: inserted ${N + OTHER} tickets in ${Date.now() - started} ms`);
  }, 600_000);
  afterAll(() => server.close());

  it('100,000 generated tickets: analysisFigures equals plain COUNT queries', async () => {
    const vars = {
      f: new Date(T0).toISOString(),
      t: new Date(T0 + (N + OTHER) * 1000).toISOString(),
      c: w.community.boxue,
    };
    const started = Date.now();
    const r = await server.gql<{ analysisFigures: Record<string, number | null> }>(
      `query($f: DateTimeISO!, $t: DateTimeISO!, $c: ID) { analysisFigures(from: $f, to: $t, communityId: $c) {
        raised valid replied repliedOnTime resolved escalated rejected merged reopened rated satisfied replyRate satisfaction } }`,
      vars,
      w.tokens.boxue,
    );
    console.log(
      `analysis-scale: analysisFigures (dashboard KPI query) over ${N} tickets in ${Date.now() - started} ms`,
    );
    expect(r.errors).toBeUndefined();
    const plain = async (sql: string) => Number((await w.ds.query(sql, [w.community.boxue]))[0].n);
    const byEvent = (type: string) =>
      plain(
        `SELECT COUNT(DISTINCT e.ticketId) AS n FROM ticket_event e WHERE e.communityId = ? AND e.type = '${type}'`,
      );
    const per = N / 20;
    const f = r.data?.analysisFigures as Record<string, number>;
    expect(f.raised).toBe(await plain('SELECT COUNT(*) AS n FROM ticket WHERE communityId = ?'));
    expect(f.rejected).toBe(await byEvent('REJECTED'));
    expect(f.merged).toBe(await byEvent('MERGED'));
    expect(f.escalated).toBe(await byEvent('ESCALATED'));
    expect(f.valid).toBe((await byEvent('ACCEPTED')) - 0);
    expect(f.rated).toBe(await plain('SELECT COUNT(*) AS n FROM ticket WHERE communityId = ? AND rating > 0'));
    expect(f.satisfied).toBe(await plain('SELECT COUNT(*) AS n FROM ticket WHERE communityId = ? AND rating >= 4'));
    expect(f).toMatchObject({
      raised: N,
      valid: 16 * per,
      replied: 14 * per,
      repliedOnTime: 12 * per,
      resolved: 6 * per,
      reopened: 2 * per,
    });

    const t2 = Date.now();
    const trend = await server.gql<{ analysisTrend: { raised: number }[] }>(
      `query($f: DateTimeISO!, $t: DateTimeISO!, $c: ID) { analysisTrend(from: $f, to: $t, communityId: $c, interval: DAY) { raised } }`,
      vars,
      w.tokens.boxue,
    );
    console.log(`analysis-scale: analysisTrend (DAY) over ${N} tickets in ${Date.now() - t2} ms`);
    expect(trend.data?.analysisTrend.reduce((a, p) => a + p.raised, 0)).toBe(N);
  }, 300_000);
});
