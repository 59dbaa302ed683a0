import type { TestServer } from './server.js';

/**
 * The SQL statements the server's data source runs while `work` runs, in order (their count is
 * what the statement tests compare). `DUMP_SQL=1` prints each one.
 */
export async function capturedStatements(server: TestServer, work: () => Promise<unknown>): Promise<string[]> {
  const logger = server.app.dataSource.logger as { logQuery: (...a: unknown[]) => unknown };
  const original = logger.logQuery.bind(logger);
  const seen: string[] = [];
  logger.logQuery = (query: unknown, ...rest: unknown[]) => {
    seen.push(String(query));
    if (process.env.DUMP_SQL) console.log(`SQL> ${String(query).slice(0, 400)}`);
    return original(query, ...rest);
  };
  try {
    await work();
  } finally {
    logger.logQuery = original;
  }
  return seen;
}
