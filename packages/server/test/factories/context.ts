/** What every factory needs: the test server (its database, and its API for workflow steps). */
import type { TestServer } from '../helpers/server.js';

/** A TestServer, or anything with its database and its API. */
export type FactoryContext = Pick<TestServer, 'db' | 'gql'>;

let n = 0;
/** A suffix unique within the run (pid-qualified, so parallel files never collide on MariaDB). */
export const seq = () => `${process.pid % 1000}${Date.now() % 100000}${++n}`;

/** Calls the API and fails loudly: a factory step that does not happen is a broken fixture. */
export async function must<T>(
  f: FactoryContext,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): Promise<T> {
  const r = await f.gql<T>(query, variables, token);
  if (r.errors || !r.data) throw new Error(`factory step failed: ${query.slice(0, 70)}… ${JSON.stringify(r.errors)}`);
  return r.data;
}
