import { createServer, type Server, type Socket } from 'node:net';
import Fastify from 'fastify';
import { QueryFailedError } from 'typeorm';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig, parseDatabaseUrl } from '../../src/config.js';
import { createDataSource } from '../../src/db/data-source.js';
import { isDatabaseUnavailable } from '../../src/db/errors.js';
import { makeFormatError } from '../../src/graphql/format-error.js';
import { registerHealthRoutes } from '../../src/http/health.js';
import { testDialect } from '../helpers/database.js';

/**
 * Fail-fast bounds for a database that stops (issue 19, faults under load; the whole drill is
 * scripts/fault-drill.mjs): /readyz reports 503 within its probe timeout, and every way a request
 * can wait on MySQL/MariaDB — opening a connection, waiting for a pooled one, waiting for a
 * statement's answer — ends within its bound with an error the pipeline answers as
 * SERVICE_UNAVAILABLE.
 */

const silent = { error: () => undefined, warn: () => undefined };

describe('readiness probe', () => {
  const probe = async (ds: { query(sql: string): Promise<unknown> }, closing = false) => {
    const fastify = Fastify();
    registerHealthRoutes(fastify, ds, () => closing, 300);
    const started = Date.now();
    const res = await fastify.inject({ method: 'GET', url: '/readyz' });
    await fastify.close();
    return { status: res.statusCode, body: res.json() as { status: string }, ms: Date.now() - started };
  };

  it('200 when the database answers', async () => {
    expect(await probe({ query: async () => [{ 1: 1 }] })).toMatchObject({ status: 200, body: { status: 'ready' } });
  });

  it('503 at once when the database refuses connections', async () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:3407'), { code: 'ECONNREFUSED' });
    const r = await probe({ query: () => Promise.reject(refused) });
    expect(r).toMatchObject({ status: 503, body: { status: 'database-unavailable' } });
    expect(r.ms).toBeLessThan(300);
  });

  it('503 within the probe timeout when the database does not answer (frozen)', async () => {
    const r = await probe({ query: () => new Promise(() => undefined) });
    expect(r).toMatchObject({ status: 503, body: { status: 'database-unavailable' } });
    expect(r.ms).toBeGreaterThanOrEqual(290);
    expect(r.ms).toBeLessThan(1500);
  });

  it('503 while shutting down, without asking the database', async () => {
    let asked = false;
    const r = await probe({ query: async () => (asked = true) }, true);
    expect(r).toMatchObject({ status: 503, body: { status: 'shutting-down' } });
    expect(asked).toBe(false);
  });

  it('READY_TIMEOUT_MS and the DB_* timeouts are read from the environment', () => {
    const c = loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: 'mariadb://root@127.0.0.1:3306/x',
      READY_TIMEOUT_MS: '700',
      DB_CONNECT_TIMEOUT_MS: '1500',
      DB_ACQUIRE_TIMEOUT_MS: '2500',
      DB_QUERY_TIMEOUT_MS: '0',
    });
    expect(c.readyTimeoutMs).toBe(700);
    expect(c.database).toMatchObject({ connectTimeoutMs: 1500, acquireTimeoutMs: 2500, queryTimeoutMs: 0 });
    const d = loadConfig({ NODE_ENV: 'test', DATABASE_URL: 'mariadb://root@127.0.0.1:3306/x' });
    expect(d.readyTimeoutMs).toBe(1000);
    expect(d.database).toMatchObject({ connectTimeoutMs: 3000, acquireTimeoutMs: 5000, queryTimeoutMs: 30_000 });
  });
});

describe('connection errors in the error pipeline', () => {
  const format = makeFormatError(silent, false);
  const driverError = (code: string, message = code) =>
    new QueryFailedError('SELECT 1', [], Object.assign(new Error(message), { code }));

  it.each([
    'ECONNREFUSED',
    'ETIMEDOUT',
    'PROTOCOL_CONNECTION_LOST',
    'POOL_ACQUIRE_TIMEOUT',
    'PROTOCOL_SEQUENCE_TIMEOUT',
    'ER_SERVER_SHUTDOWN',
  ])('%s → SERVICE_UNAVAILABLE (retryable, retryAfterSeconds)', (code) => {
    const out = format({ message: 'x' }, driverError(code));
    expect(out.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', retryable: true });
    expect(Number(out.extensions?.retryAfterSeconds)).toBeGreaterThan(0);
  });

  it('any other driver error stays INTERNAL_SERVER_ERROR', () => {
    const out = format({ message: 'x' }, driverError('ER_PARSE_ERROR'));
    expect(out.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
  });
});

describe('a MariaDB that accepts connections but never answers', () => {
  // What a frozen (SIGSTOPped) or unreachable-behind-a-firewall database looks like to mysql2: the
  // TCP handshake completes, the server's greeting never comes. No database is needed for it.
  let hole: Server;
  const sockets = new Set<Socket>();
  afterAll(async () => {
    for (const s of sockets) s.destroy();
    await new Promise((r) => hole?.close(r));
  });

  it('opening a connection fails after DB_CONNECT_TIMEOUT_MS with an outage error', async () => {
    hole = createServer((s) => {
      sockets.add(s);
    });
    await new Promise<void>((r) => hole.listen(0, '127.0.0.1', () => r()));
    const address = hole.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const ds = createDataSource({
      ...parseDatabaseUrl(`mariadb://root@127.0.0.1:${port}/nothing`, process.cwd()),
      connectTimeoutMs: 400,
    });
    const started = Date.now();
    const err = await ds.initialize().then(
      () => null,
      (e: unknown) => e,
    );
    const ms = Date.now() - started;
    expect(err).not.toBeNull();
    expect(isDatabaseUnavailable(err)).toBe(true);
    expect(ms).toBeGreaterThanOrEqual(350);
    expect(ms).toBeLessThan(2000);
  });
});

describe.runIf(testDialect === 'mysql')('MariaDB pool and statement timeouts', () => {
  const url = process.env.TEST_DATABASE_URL ?? 'mariadb://root@127.0.0.1:3306/test';
  const ds = createDataSource({
    ...parseDatabaseUrl(url, process.cwd()),
    acquireTimeoutMs: 300,
    queryTimeoutMs: 400,
  });
  afterAll(async () => {
    if (ds.isInitialized) await ds.destroy();
  });

  it('a statement without an answer within DB_QUERY_TIMEOUT_MS fails with an outage error; the pool goes on', async () => {
    await ds.initialize();
    const started = Date.now();
    const err = await ds.query('SELECT SLEEP(3)').then(
      () => null,
      (e: unknown) => e,
    );
    const ms = Date.now() - started;
    expect(err).toBeInstanceOf(QueryFailedError);
    expect((err as { driverError?: { code?: string } }).driverError?.code).toBe('PROTOCOL_SEQUENCE_TIMEOUT');
    expect(isDatabaseUnavailable(err)).toBe(true);
    expect(ms).toBeGreaterThanOrEqual(380);
    expect(ms).toBeLessThan(2000);
    // The timed-out connection was dropped: the next statement does not wait behind SLEEP(3).
    const next = Date.now();
    expect(await ds.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
    expect(Date.now() - next).toBeLessThan(1000);
  });

  it('no pooled connection within DB_ACQUIRE_TIMEOUT_MS: POOL_ACQUIRE_TIMEOUT, then the pool serves again', async () => {
    // Every one of the pool's 10 connections held by a query runner.
    const held = Array.from({ length: 10 }, () => ds.createQueryRunner());
    await Promise.all(held.map((qr) => qr.connect()));
    const started = Date.now();
    const err = await ds.query('SELECT 1').then(
      () => null,
      (e: unknown) => e,
    );
    const ms = Date.now() - started;
    expect((err as { code?: string } | null)?.code).toBe('POOL_ACQUIRE_TIMEOUT');
    expect(isDatabaseUnavailable(err)).toBe(true);
    expect(ms).toBeGreaterThanOrEqual(280);
    expect(ms).toBeLessThan(2000);
    await Promise.all(held.map((qr) => qr.release()));
    expect(await ds.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
  });
});
