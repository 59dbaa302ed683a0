import { createClient } from 'graphql-ws';
import { afterAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createRedis } from '../../src/redis/redis.js';
import { buildStaff } from '../factories/identity.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { redisAnswers, TEST_REDIS_URL, testPrefix } from './redis.js';

const up = await redisAnswers();

async function scrape(server: TestServer, token?: string): Promise<{ status: number; text: string; type: string }> {
  const res = await fetch(`${server.url}/metrics`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: res.status, text: await res.text(), type: res.headers.get('content-type') ?? '' };
}

/** The value of one sample line (`name{labels} value`), or undefined when absent. */
function sample(text: string, line: RegExp): number | undefined {
  const found = text.split('\n').find((l) => line.test(l));
  return found === undefined ? undefined : Number(found.split(' ').at(-1));
}

describe('/metrics (Prometheus)', () => {
  const servers: TestServer[] = [];
  const prefix = testPrefix();
  afterAll(async () => {
    for (const s of servers) await s.close();
    if (up) {
      const redis = createRedis(TEST_REDIS_URL, prefix);
      const keys = await redis.command.keys(`${prefix}*`);
      if (keys.length > 0) await redis.command.del(...keys);
      await redis.close();
    }
  });

  it('shows request rate, latency per operation, errors by code, the database pool, subscriptions open and memory', async () => {
    const server = await startTestServer({ METRICS_TOKEN: 'scrape-secret-0123456789' });
    servers.push(server);
    expect((await scrape(server)).status).toBe(401);
    for (let i = 0; i < 3; i++) await server.gql('query Probe { __typename }');
    const refused = await server.gql('query NeedsSignIn { me { id } }');
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const staff = await buildStaff(server, { role: 'COMMUNITY_STAFF' });
    const client = createClient({
      url: `${server.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${await staff.token()}` },
      retryAttempts: 0,
    });
    const unsubscribe = client.subscribe(
      { query: 'subscription Live { notificationAdded { kind } }' },
      { next: () => {}, error: () => {}, complete: () => {} },
    );
    // The subscription is open once the server has run its onSubscribe (a few ms, more on a busy machine).
    const deadline = Date.now() + 10_000;
    let scraped = await scrape(server, 'scrape-secret-0123456789');
    while (sample(scraped.text, /^rt_subscriptions_open /) !== 1 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
      scraped = await scrape(server, 'scrape-secret-0123456789');
    }
    const { status, text, type } = scraped;
    expect(status).toBe(200);
    expect(type).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(sample(text, /^rt_graphql_operations_total\{operation="Probe",type="query"\} /)).toBe(3);
    expect(sample(text, /^rt_graphql_operation_duration_seconds_count\{operation="Probe"\} /)).toBe(3);
    expect(sample(text, /^rt_graphql_operation_duration_seconds_bucket\{le="\+Inf",operation="Probe"\} /)).toBe(3);
    expect(sample(text, /^rt_graphql_operations_total\{operation="NeedsSignIn",type="query"\} /)).toBe(1);
    expect(sample(text, /^rt_graphql_errors_total\{code="UNAUTHENTICATED"\} /)).toBe(1);
    expect(
      sample(text, /^rt_http_requests_total\{method="POST",route="\/graphql",status="200"\} /),
    ).toBeGreaterThanOrEqual(4);
    expect(sample(text, /^rt_http_requests_total\{method="GET",route="\/metrics",status="401"\} /)).toBe(1);
    expect(
      sample(text, /^rt_http_requests_total\{method="GET",route="\/metrics",status="200"\} /),
    ).toBeGreaterThanOrEqual(0);
    expect(sample(text, /^rt_subscriptions_open /)).toBe(1);
    expect(sample(text, /^rt_db_pool_connections\{state="total"\} /)).toBeGreaterThanOrEqual(1);
    expect(sample(text, /^rt_db_pool_connections\{state="idle"\} /)).toBeGreaterThanOrEqual(0);
    expect(sample(text, /^rt_process_resident_memory_bytes /)).toBeGreaterThan(10_000_000);
    expect(sample(text, /^rt_nodejs_heap_size_used_bytes /)).toBeGreaterThan(1_000_000);
    expect(text).toContain('# TYPE rt_job_failures_total counter');
    // Without Redis there is no shared queue: its gauge has no samples.
    expect(sample(text, /^rt_job_queue_jobs\{/)).toBeUndefined();

    unsubscribe();
    await client.dispose();
    let open = 1;
    for (let i = 0; i < 50 && open !== 0; i++) {
      await new Promise((r) => setTimeout(r, 100));
      open = sample((await scrape(server, 'scrape-secret-0123456789')).text, /^rt_subscriptions_open /) ?? -1;
    }
    expect(open).toBe(0);
  });

  it.skipIf(!up)('with REDIS_URL, shows the job queue’s depth by state', async () => {
    const server = await startTestServer({
      REDIS_URL: TEST_REDIS_URL,
      REDIS_PREFIX: prefix,
      JOBS_ENABLED: 'true',
      JOB_INTERVAL_SECONDS: '3600',
    });
    servers.push(server);
    const { text } = await scrape(server);
    // Every job's current occurrence is in the queue: waiting (just scheduled), active, or delayed (the next one).
    const states = ['waiting', 'delayed', 'active', 'prioritized', 'failed'];
    const counts = Object.fromEntries(
      states.map((state) => [state, sample(text, new RegExp(`^rt_job_queue_jobs\\{state="${state}"\\} `))]),
    );
    for (const state of states) expect(counts[state]).toBeGreaterThanOrEqual(0);
    expect((counts.waiting ?? 0) + (counts.delayed ?? 0) + (counts.active ?? 0)).toBeGreaterThan(0);
    expect(counts.failed).toBe(0);
  });
});
