import type { ApolloServerPlugin } from '@apollo/server';
import type { FastifyInstance } from 'fastify';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { DataSource } from 'typeorm';

/** What a graphql-ws connection context holds that the gauge reads (graphql-ws `Context`). */
interface WsContext {
  subscriptions: Record<string, unknown>;
}

/** Operation names are the client's to choose: label values are bounded in form and in number. */
const MAX_OPERATION_NAMES = 300;

/**
 * Prometheus metrics (`GET /metrics`, prom-client): HTTP requests, GraphQL operations (rate and a
 * latency histogram per operation name), GraphQL errors by `extensions.code`, the database pool,
 * the job queue (with Redis), open graphql-ws subscriptions, and the process (memory, CPU, event
 * loop: prom-client's defaults). One registry per app, so several apps in one test process never
 * share counters.
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly names = new Set<string>();
  private readonly wsContexts = new Set<WsContext>();
  private queueCounts: (() => Promise<Record<string, number>>) | null = null;

  private readonly httpRequests = new Counter({
    name: 'rt_http_requests_total',
    help: 'HTTP requests answered, by method, route and status code.',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });
  private readonly operations = new Counter({
    name: 'rt_graphql_operations_total',
    help: 'GraphQL operations over HTTP, by operation name and type.',
    labelNames: ['operation', 'type'] as const,
    registers: [this.registry],
  });
  private readonly duration = new Histogram({
    name: 'rt_graphql_operation_duration_seconds',
    help: 'Time from receiving a GraphQL operation over HTTP to sending its answer, by operation name.',
    labelNames: ['operation'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  private readonly errors = new Counter({
    name: 'rt_graphql_errors_total',
    help: 'GraphQL errors sent, by extensions.code.',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });
  readonly jobFailures = new Counter({
    name: 'rt_job_failures_total',
    help: 'Failed runs of scheduled jobs in this process, by job.',
    labelNames: ['job'] as const,
    registers: [this.registry],
  });

  constructor(dataSource: DataSource) {
    collectDefaultMetrics({ register: this.registry, prefix: 'rt_' });
    const wsContexts = this.wsContexts;
    new Gauge({
      name: 'rt_subscriptions_open',
      help: 'GraphQL subscriptions open over graphql-ws in this process.',
      registers: [this.registry],
      collect() {
        let open = 0;
        for (const ctx of wsContexts) {
          for (const sub of Object.values(ctx.subscriptions)) {
            if (sub && typeof sub === 'object' && Symbol.asyncIterator in sub) open += 1;
          }
        }
        this.set(open);
      },
    });
    new Gauge({
      name: 'rt_db_pool_connections',
      help: 'Database connections of this process by state (SQLite: one connection, always busy).',
      labelNames: ['state'] as const,
      registers: [this.registry],
      collect() {
        const pool = poolOf(dataSource);
        this.set({ state: 'total' }, pool.total);
        this.set({ state: 'idle' }, pool.idle);
        this.set({ state: 'waiting' }, pool.waiting);
      },
    });
    const metrics = this;
    new Gauge({
      name: 'rt_job_queue_jobs',
      help: 'Jobs of the shared queue (REDIS_URL) by state: waiting, delayed, active, prioritized, failed (kept).',
      labelNames: ['state'] as const,
      registers: [this.registry],
      async collect() {
        if (!metrics.queueCounts) return;
        const counts = await metrics.queueCounts().catch(() => null);
        for (const [state, n] of Object.entries(counts ?? {})) this.set({ state }, n);
      },
    });
  }

  /** The queue whose depth is reported (set when the jobs run through BullMQ). */
  watchQueue(counts: () => Promise<Record<string, number>>): void {
    this.queueCounts = counts;
  }

  /** graphql-ws: a connection opened (its subscriptions count) and closed. */
  wsOpened(ctx: WsContext): void {
    this.wsContexts.add(ctx);
  }
  wsClosed(ctx: WsContext): void {
    this.wsContexts.delete(ctx);
  }

  private operationLabel(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    if (!/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(name)) return 'invalid';
    if (this.names.has(name)) return name;
    if (this.names.size >= MAX_OPERATION_NAMES) return 'other';
    this.names.add(name);
    return name;
  }

  /** The Apollo plugin: one count and one latency per operation, and every error's code. */
  apolloPlugin<C extends object>(): ApolloServerPlugin<C> {
    return {
      requestDidStart: async () => {
        const started = process.hrtime.bigint();
        return {
          willSendResponse: async ({ response, request, operation }) => {
            const operationName = this.operationLabel(request.operationName ?? operation?.name?.value);
            this.operations.inc({ operation: operationName, type: operation?.operation ?? 'unknown' });
            this.duration.observe({ operation: operationName }, Number(process.hrtime.bigint() - started) / 1e9);
            if (response.body.kind !== 'single') return;
            for (const e of response.body.singleResult.errors ?? []) {
              const code = e.extensions?.code;
              this.errors.inc({ code: typeof code === 'string' ? code : 'UNKNOWN' });
            }
          },
        };
      },
    };
  }

  /** `GET /metrics` and the HTTP request counter. `token`: the bearer token a scraper must send. */
  register(fastify: FastifyInstance, token: string | undefined): void {
    fastify.addHook('onResponse', async (req, reply) => {
      const route = req.routeOptions.url ?? 'unmatched';
      this.httpRequests.inc({ method: req.method, route, status: String(reply.statusCode) });
    });
    fastify.get('/metrics', async (req, reply) => {
      if (token && req.headers.authorization !== `Bearer ${token}`) {
        return reply.code(401).send({ error: 'UNAUTHENTICATED', message: 'A metrics token is required' });
      }
      return reply.type(this.registry.contentType).send(await this.registry.metrics());
    });
  }
}

/** mysql2's pool as TypeORM holds it (its counts are not public API: read defensively). */
interface Mysql2PoolLike {
  _allConnections?: { length: number };
  _freeConnections?: { length: number };
  _connectionQueue?: { length: number };
  config?: { connectionLimit?: number };
}

function poolOf(ds: DataSource): { total: number; idle: number; waiting: number } {
  if (!ds.isInitialized) return { total: 0, idle: 0, waiting: 0 };
  const pool = (ds.driver as { pool?: Mysql2PoolLike }).pool;
  if (!pool) return { total: 1, idle: 0, waiting: 0 };
  return {
    total: pool._allConnections?.length ?? 0,
    idle: pool._freeConnections?.length ?? 0,
    waiting: pool._connectionQueue?.length ?? 0,
  };
}
