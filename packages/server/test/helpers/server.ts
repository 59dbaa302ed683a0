import { type App, createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import type { DataSourceExtras } from '../../src/db/data-source.js';
import { MemorySmsTransport } from '../../src/modules/identity/sms/sms-transport.js';
import { createTestDatabase, type TestDatabase } from './database.js';

export interface GqlResult<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; field?: string } & Record<string, unknown> }[];
}

export interface TestServer {
  url: string;
  app: App;
  db: TestDatabase;
  /** The SMS codes the server sent (tests read them with `sms.lastCode(phone)`), unless `smsTransport: 'configured'`. */
  sms: MemorySmsTransport;
  /** Sends one GraphQL operation over HTTP, as a client would. */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GqlResult<T>>;
  close(): Promise<void>;
}

let servers = 0;

/** The real server, in process, listening on a free port, over a fresh migrated database. */
export async function startTestServer(
  env: Record<string, string> = {},
  options: {
    db?: DataSourceExtras;
    logStream?: NodeJS.WritableStream;
    /** `configured`: keep the transport of SMS_PROVIDER (e.g. the log transport) instead of the test's memory. */
    smsTransport?: 'memory' | 'configured';
  } = {},
): Promise<TestServer> {
  const db = await createTestDatabase({ extras: options.db });
  // Every test registers from 127.0.0.1: the daily cap per address is the SMS tests' own business.
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    ADMIN_DIR: '',
    RESIDENT_DIR: '',
    SMS_IP_DAILY_MAX: '100000',
    // TEST_REDIS=1: the suite's servers share Redis (throttles, budgets, events) as a deployment
    // with REDIS_URL does; each server with a key prefix of its own.
    ...(process.env.TEST_REDIS === '1'
      ? {
          REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
          REDIS_PREFIX: `rt-test:${process.pid}:${(++servers).toString(36)}${Date.now().toString(36)}:`,
        }
      : {}),
    ...env,
  });
  const app = await createApp(config, { dataSource: db.dataSource, logStream: options.logStream });
  const sms = new MemorySmsTransport();
  if (options.smsTransport !== 'configured') app.services.smsCodes.useTransport(sms);
  await app.fastify.listen({ port: 0, host: '127.0.0.1' });
  const address = app.fastify.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    app,
    db,
    sms,
    async gql(query, variables, token) {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as GqlResult<never>;
    },
    async close() {
      await app.close();
      await db.drop();
    },
  };
}

/** The `extensions.code` of the first error, or 'OK' when there is none. */
export const codeOf = (r: GqlResult<unknown>) => r.errors?.[0]?.extensions?.code ?? 'OK';

/**
 * Registers a resident the way a front end does: asks for an SMS code (purpose REGISTER), reads it
 * from the test transport and registers with it. Returns the raw result.
 */
export async function registerResident<T = Record<string, unknown>>(
  server: TestServer,
  input: { phone: string; password?: string | null; displayName: string },
  selection = 'accessToken',
  headers: { token?: string } = {},
): Promise<GqlResult<T>> {
  const sent = await server.gql(
    'mutation($i: RequestSmsCodeInput!) { requestSmsCode(input: $i) { sent } }',
    { i: { phone: input.phone, purpose: 'REGISTER' } },
    headers.token,
  );
  if (sent.errors) return sent as GqlResult<T>;
  const smsCode = server.sms.lastCode(input.phone, 'REGISTER' as never);
  return server.gql<T>(
    `mutation($i: RegisterResidentInput!) { registerResident(input: $i) { ${selection} } }`,
    { i: { ...input, smsCode } },
    headers.token,
  );
}

/** Data keys of their own, for a configuration loaded as production (which refuses the development keys). */
export const PRODUCTION_DATA_KEYS = {
  DATA_KEYS: 'k1:cHJvZC10ZXN0LWRhdGEta2V5LXByb2QtdGVzdC1kYXQ=',
  DATA_INDEX_KEY: 'cHJvZC10ZXN0LWluZGV4LWtleS1wcm9kLXRlc3QtaW4=',
};
