import { randomBytes } from 'node:crypto';
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../src/db/seed/demo.js';
import { TicketEntity } from '../../src/modules/ticket/ticket.entity.js';
import { createTestDatabase, type TestDatabase, testDialect } from '../helpers/database.js';
import type { GqlResult, TestServer } from '../helpers/server.js';
import { freePort, type Spawned, spawnServer } from '../helpers/spawn.js';
import { submit } from '../helpers/tickets.js';
import { buildWorld, type World } from '../helpers/world.js';
import { redisAnswers, TEST_REDIS_URL, testPrefix } from './redis.js';

/**
 * Scale-out (issue 20): two real server processes (src/main.ts) on two ports, sharing one fresh
 * MariaDB database and one Redis (REDIS_URL). Runs in the MariaDB suite (`pnpm test:mysql`) when
 * Redis answers — CI starts both; a SQLite file is not what several processes share in production.
 */
const run = testDialect === 'mysql' && (await redisAnswers());

interface Backend {
  name: 'A' | 'B';
  url: string;
  proc: Spawned;
}

async function gqlAt<T>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<{
  status: number;
  body: GqlResult<T> & { extensions?: { cost?: { requested: number; budgetLeft: number } } };
}> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: (await res.json()) as never };
}

/** pino's JSON lines of a process's output from `from` on, with a given message. */
function logEntries(output: string, from: number, msg: string): Record<string, unknown>[] {
  return output
    .slice(from)
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => {
      try {
        return JSON.parse(l) as Record<string, unknown>;
      } catch {
        return {};
      }
    })
    .filter((e) => e.msg === msg);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.skipIf(!run)('two processes on one MariaDB and one Redis', () => {
  let db: TestDatabase;
  let a: Backend;
  let b: Backend;
  let w: World;
  const prefix = testPrefix();

  beforeAll(async () => {
    db = await createTestDatabase();
    const common = {
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      DATABASE_URL: db.config.url,
      DB_MIGRATE_ON_START: 'false',
      DB_SEED_DEMO: 'false',
      // One secret for both: a token signed by A is valid on B (as behind a load balancer).
      AUTH_SECRET: randomBytes(32).toString('base64url'),
      REDIS_URL: TEST_REDIS_URL,
      REDIS_PREFIX: prefix,
      JOBS_ENABLED: 'true',
      JOB_INTERVAL_SECONDS: '1',
      COST_BUDGET_PER_MINUTE: '3000',
      // After 3 failed sign-ins the next attempt waits 30 s (long enough to be seen from the other process).
      LOGIN_SLOW_AFTER: '3',
      LOGIN_BASE_DELAY_MS: '30000',
      SMS_IP_DAILY_MAX: '100000',
      LOG_LEVEL: 'info',
      ADMIN_DIR: '',
    };
    const start = async (name: 'A' | 'B'): Promise<Backend> => {
      const port = await freePort();
      const proc = spawnServer({ ...common, PORT: String(port) }, undefined, { direct: true });
      return { name, url: `http://127.0.0.1:${port}`, proc };
    };
    [a, b] = await Promise.all([start('A'), start('B')]);
    await Promise.all([
      a.proc.waitFor('Roundtable API listening', 90_000),
      b.proc.waitFor('Roundtable API listening', 90_000),
    ]);
    // The demo world, written through the test's own connection and signed in through A.
    const viaA = {
      url: a.url,
      db,
      gql: (q: string, v?: Record<string, unknown>, t?: string) => gqlAt(a.url, q, v, t).then((r) => r.body),
    } as unknown as TestServer;
    w = await buildWorld(viaA);
  }, 180_000);

  afterAll(async () => {
    for (const p of [a?.proc, b?.proc]) {
      if (p && p.child.exitCode === null && p.child.signalCode === null) {
        p.child.kill('SIGTERM');
        await Promise.race([p.exited, sleep(15_000)]);
        if (p.child.exitCode === null) p.child.kill('SIGKILL');
      }
    }
    const { createRedis } = await import('../../src/redis/redis.js');
    const redis = createRedis(TEST_REDIS_URL, prefix);
    const keys = await redis.command.keys(`${prefix}*`);
    if (keys.length > 0) await redis.command.del(...keys);
    await redis.close();
    await db?.drop();
  }, 60_000);

  it('a graphql-ws client on B receives the notification caused by a mutation on A within 1 s', async () => {
    const client = createClient({
      url: `${b.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${w.tokens.boxue}`, locale: 'en-US' },
      retryAttempts: 0,
    });
    const received: { kind: string; subject: { id: string } }[] = [];
    let arrived: (at: number) => void = () => {};
    const first = new Promise<number>((r) => {
      arrived = r;
    });
    await new Promise<void>((ready, fail) => {
      client.subscribe(
        { query: 'subscription { notificationAdded { kind subject { id } } }' },
        {
          next: (msg) => {
            received.push((msg.data as { notificationAdded: (typeof received)[number] }).notificationAdded);
            arrived(Date.now());
          },
          error: fail,
          complete: () => {},
        },
      );
      // The subscription reaches B's Redis subscriber shortly after the connection opens.
      client.on('connected', () => setTimeout(ready, 300));
    });
    const sentAt = Date.now();
    const t = await submit(viaServer(a.url), w, { title: '楼道灯不亮（A）' });
    const at = await Promise.race([
      first,
      sleep(1_000).then(() => Promise.reject(new Error('no notification on B within 1 s of the mutation on A'))),
    ]);
    expect(at - sentAt).toBeLessThan(1_000);
    console.info(`scale: notification on B ${at - sentAt} ms after the mutation on A was sent`);
    expect(received[0]).toEqual({ kind: 'TICKET_NEW', subject: { id: t.id } });
    await sleep(300);
    expect(received).toHaveLength(1); // heard once, not once per process
    await client.dispose();
  });

  it('a cost budget spent on A is seen on B, and the refusal is the same on both', async () => {
    // 1 + 100 × (edges 1 + node 1 + 10 fields) = 1,201 points of the 3,000 per minute.
    const costly =
      '{ tickets(first: 100) { edges { node { id title body number createdAt anonymous pinned meTooCount awaitingLink imported } } } }';
    const onA = await gqlAt(a.url, costly, {}, w.tokens.committee);
    expect(onA.body.extensions?.cost?.requested).toBe(1201);
    expect(onA.body.extensions?.cost?.budgetLeft).toBeGreaterThanOrEqual(1799);
    const onB = await gqlAt(b.url, costly, {}, w.tokens.committee);
    // In-process buckets would say 1,799 again; the shared one has both charges (less a few points leaked).
    expect(onB.body.extensions?.cost?.budgetLeft).toBeLessThan(700);
    console.info(
      `scale: budget left ${onA.body.extensions?.cost?.budgetLeft} after A, ${onB.body.extensions?.cost?.budgetLeft} after B`,
    );
    const againOnA = await gqlAt(a.url, costly, {}, w.tokens.committee);
    expect(againOnA.status).toBe(429);
    expect(againOnA.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    // Another user's bucket is untouched.
    const other = await gqlAt(b.url, costly, {}, w.tokens.street);
    expect(other.status).toBe(200);
  });

  it('a sign-in throttle spent on A holds on B (Redis counters, shared by every process)', async () => {
    const login = (url: string, password: string) =>
      gqlAt(url, 'mutation($i: LoginInput!) { login(input: $i) { accessToken } }', {
        i: { phone: DEMO_ACCOUNTS.xingyiStaff, password },
      });
    for (const n of [1, 2, 3]) {
      const r = await login(a.url, `wrong-${n}`);
      expect(r.body.errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
    }
    // Even the right password must wait now, on the other process too.
    const onB = await login(b.url, DEMO_PASSWORD);
    expect(onB.body.errors?.[0]?.extensions?.code).toBe('TOO_MANY_ATTEMPTS');
  });

  it('a session revoked on A is refused on B on the very next request; a community renamed on A shows on B at once', async () => {
    // B has the session's viewer and the community's row in its caches (5 s and 60 s when no notice comes).
    const token = (await w.resign.boxue?.()) as string;
    const scopes = '{ me { id memberships { scopeName } } }';
    const warm = await gqlAt<{ me: { memberships: { scopeName: string }[] } }>(b.url, scopes, {}, token);
    expect(warm.body.errors).toBeUndefined();
    const names = () =>
      gqlAt<{ me: { memberships: { scopeName: string }[] } }>(b.url, scopes, {}, w.tokens.boxue).then((r) =>
        r.body.data?.me.memberships.map((m) => m.scopeName),
      );
    const before = await names();
    expect(before).toContain('博学路社区');

    const ended = await gqlAt(a.url, 'mutation { logout { ok } }', {}, token);
    expect(ended.body.errors).toBeUndefined();
    const startedAt = Date.now();
    const refused = await gqlAt(b.url, '{ me { id } }', {}, token);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('SESSION_REVOKED');
    console.info(`scale: revoked session refused on B ${Date.now() - startedAt} ms after the logout on A answered`);

    const renamed = await gqlAt(
      a.url,
      'mutation($i: UpdateCommunityInput!) { updateCommunity(input: $i) { community { name } } }',
      { i: { id: w.community.boxue, name: '博学路社区（更名）' } },
      w.tokens.street,
    );
    expect(renamed.body.errors).toBeUndefined();
    const after = await names();
    expect(after).toContain('博学路社区（更名）');
    expect(after).not.toContain('博学路社区');
    await gqlAt(
      a.url,
      'mutation($i: UpdateCommunityInput!) { updateCommunity(input: $i) { community { name } } }',
      { i: { id: w.community.boxue, name: '博学路社区' } },
      w.tokens.street,
    );
  });

  it('the overdue watch runs once across both processes: each occurrence in one process, one run for the hour', async () => {
    const t = await submit(viaServer(a.url), w, { title: '无人受理（两个进程）' });
    await db.dataSource
      .getRepository(TicketEntity)
      .update(
        { id: t.id },
        { createdAt: new Date(Date.now() - 10 * 86_400_000), replyDueAt: new Date(Date.now() - 86_400_000) },
      );
    // A new period for the watch: the hour's claim (taken at start, before the ticket) is released.
    await db.dataSource.query("DELETE FROM job_run WHERE job = 'ticket.overdue-watch'");
    const fromA = a.proc.output().length;
    const fromB = b.proc.output().length;
    await sleep(6_000);
    const runs = [
      ...logEntries(a.proc.output(), fromA, 'job done').map((e): Record<string, unknown> => ({ ...e, on: 'A' })),
      ...logEntries(b.proc.output(), fromB, 'job done').map((e): Record<string, unknown> => ({ ...e, on: 'B' })),
    ].filter((e) => e.job === 'ticket.overdue-watch');
    const occurrences = runs.map((r) => r.occurrence);
    // Every second one occurrence, run by one of the two (a timer per process would run each twice).
    console.info(`scale: ticket.overdue-watch ran ${runs.length}× in 6 s (${runs.map((r) => r.on).join('')})`);
    expect(runs.length).toBeGreaterThanOrEqual(2);
    expect(runs.length).toBeLessThanOrEqual(8);
    expect(new Set(occurrences).size).toBe(occurrences.length);
    const claims = await db.dataSource.query("SELECT period FROM job_run WHERE job = 'ticket.overdue-watch'");
    expect(claims).toHaveLength(1);
    const notified = await db.dataSource.query(
      "SELECT COUNT(*) AS n FROM notification WHERE kind = 'TICKET_TRIAGE_OVERDUE' AND subjectId = ?",
      [t.id],
    );
    expect(Number(notified[0].n)).toBe(1);
  });

  it('killing A during a load run leaves B serving: no failed request once the kill is noticed', async () => {
    const backends = [a, b];
    const down = new Set<string>();
    let noticedAt = 0;
    let killedAt = 0;
    const log: { on: string; startedAt: number; ok: boolean }[] = [];
    let next = 0;
    const stopAt = Date.now() + 5_000;
    // A client-side balancer: round robin over the backends not seen down; a connection error
    // marks a backend down (the kill is noticed) and the request is not retried (it counts).
    const worker = async () => {
      while (Date.now() < stopAt) {
        const healthy = backends.filter((x) => !down.has(x.name));
        const target = healthy[next++ % healthy.length] as Backend;
        const startedAt = Date.now();
        try {
          const r = await gqlAt<{ unreadNotificationCount: number }>(
            target.url,
            '{ unreadNotificationCount }',
            {},
            w.tokens.greentown,
          );
          log.push({ on: target.name, startedAt, ok: r.status === 200 && !r.body.errors });
        } catch {
          log.push({ on: target.name, startedAt, ok: false });
          if (!down.has(target.name)) {
            down.add(target.name);
            noticedAt ||= Date.now();
          }
        }
      }
    };
    const load = Promise.all([worker(), worker(), worker(), worker()]);
    await sleep(1_500);
    killedAt = Date.now();
    a.proc.child.kill('SIGKILL');
    await load;
    await a.proc.exited;
    const before = log.filter((r) => r.startedAt < killedAt);
    const after = log.filter((r) => r.startedAt > noticedAt);
    expect(before.filter((r) => r.on === 'A' && r.ok).length).toBeGreaterThan(5); // A was serving
    expect(noticedAt).toBeGreaterThan(0);
    console.info(
      `scale: ${log.length} requests, ${before.length} before the kill, kill noticed after ${noticedAt - killedAt} ms, ` +
        `${log.filter((r) => !r.ok).length} failed (all to A around the kill), ${after.length} after it, all on B`,
    );
    expect(noticedAt - killedAt).toBeLessThan(1_000);
    expect(log.filter((r) => r.on === 'B' && !r.ok)).toEqual([]); // B never failed
    expect(after.length).toBeGreaterThan(20);
    expect(after.filter((r) => !r.ok)).toEqual([]);
    expect(new Set(after.map((r) => r.on))).toEqual(new Set(['B']));
    // B goes on running the scheduled jobs on its own.
    const fromB = b.proc.output().length;
    await sleep(2_500);
    expect(logEntries(b.proc.output(), fromB, 'job done').length).toBeGreaterThan(0);
  });
});

/** A TestServer-shaped handle on one backend, for the ticket helpers. */
function viaServer(url: string): TestServer {
  return {
    url,
    gql: (q: string, v?: Record<string, unknown>, t?: string) => gqlAt(url, q, v, t).then((r) => r.body),
  } as unknown as TestServer;
}
