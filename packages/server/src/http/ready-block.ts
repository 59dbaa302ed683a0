import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { DatabaseConfig } from '../config.js';

export interface ReadyInfo {
  host: string;
  port: number;
  consoleBuilt: boolean;
  database: DatabaseConfig;
  /** Demo data was written at this start (null: seeding is switched off). */
  seeded: boolean | null;
}

/** The database in use, never with its password. */
export function describeDatabase(db: DatabaseConfig): string {
  if (db.dialect === 'sqlite') return `sqlite ${db.database}`;
  try {
    const url = new URL(db.url);
    const user = url.username ? `${decodeURIComponent(url.username)}@` : '';
    return `${db.dialect} ${user}${url.hostname}${url.port ? `:${url.port}` : ''}/${db.database}`;
  } catch {
    return `${db.dialect} ${db.database}`;
  }
}

/** The short block printed once the server listens: where to go, what it runs on. */
export function readyBlock(info: ReadyInfo): string {
  const host = info.host === '0.0.0.0' || info.host === '::' ? 'localhost' : info.host;
  const base = `http://${host.includes(':') ? `[${host}]` : host}:${info.port}`;
  const demo =
    info.seeded === null
      ? 'not seeded (DB_SEED_DEMO=false)'
      : info.seeded
        ? 'seeded now; demo accounts: README.md → "Demo accounts"'
        : 'seeded earlier; demo accounts: README.md → "Demo accounts"';
  return [
    'Roundtable is ready',
    `  console    ${info.consoleBuilt ? `${base}/` : 'not built (run pnpm build)'}`,
    `  GraphQL    ${base}/graphql`,
    `  database   ${describeDatabase(info.database)}`,
    `  demo data  ${demo}`,
    '',
  ].join('\n');
}

function operationName(req: FastifyRequest): string | undefined {
  const body = req.body as { operationName?: unknown } | undefined;
  if (body && typeof body === 'object' && typeof body.operationName === 'string') return body.operationName;
  const query = req.query as { operationName?: unknown } | undefined;
  if (query && typeof query.operationName === 'string') return query.operationName;
  return undefined;
}

/**
 * One info line per request instead of Fastify's two (incoming + completed, ten lines when
 * pretty-printed). The path drops the query string (it may carry values); the line names the
 * GraphQL operation so a walk through the console reads as a list of operations.
 */
export function registerRequestLog(fastify: FastifyInstance): void {
  fastify.addHook('onResponse', async (req, reply) => {
    const path = req.url.split('?')[0] ?? req.url;
    const operation = operationName(req);
    const status = reply.statusCode;
    const ms = Math.round(reply.elapsedTime);
    const fields = { method: req.method, path, operation, status, ms };
    const msg = `${req.method} ${path}${operation ? ` ${operation}` : ''} ${status} ${ms}ms`;
    req.log.info(fields, msg);
  });
}
