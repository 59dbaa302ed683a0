import { type App, createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import type { DataSourceExtras } from '../../src/db/data-source.js';
import { createTestDatabase, type TestDatabase } from './database.js';

export interface GqlResult<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; field?: string } & Record<string, unknown> }[];
}

export interface TestServer {
  url: string;
  app: App;
  db: TestDatabase;
  /** Sends one GraphQL operation over HTTP, as a client would. */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GqlResult<T>>;
  close(): Promise<void>;
}

/** The real server, in process, listening on a free port, over a fresh migrated database. */
export async function startTestServer(
  env: Record<string, string> = {},
  options: { db?: DataSourceExtras; logStream?: NodeJS.WritableStream } = {},
): Promise<TestServer> {
  const db = await createTestDatabase({ extras: options.db });
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ADMIN_DIR: '', ...env });
  const app = await createApp(config, { dataSource: db.dataSource, logStream: options.logStream });
  await app.fastify.listen({ port: 0, host: '127.0.0.1' });
  const address = app.fastify.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    app,
    db,
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
