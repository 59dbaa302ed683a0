/**
 * The kit of the role × scope × operation matrix: each module declares its rows in
 * `<module>.rows.ts`; matrix.test.ts runs them all and fails on any operation without a row.
 */
import type { GqlResult, TestServer } from '../helpers/server.js';
import { ACTORS, type ActorName, type World } from '../helpers/world.js';

export type Target = 'in' | 'out';
export interface RunContext {
  w: World;
  s: TestServer;
  token: string | undefined;
  actor: ActorName;
  target: Target;
}
export type Run = (ctx: RunContext) => Promise<GqlResult>;

export interface Rule {
  /** Expected outcomes in ACTORS order (anon resident boxue xingyi greentown committee street system); `a/b` = in/out. */
  expect: string;
  run: Run;
  /** For lists: the path of the connection, so that an empty page reads as E (nothing visible). */
  list?: string;
}

const ABBR: Record<string, string> = { UN: 'UNAUTHENTICATED', NF: 'NOT_FOUND', FB: 'FORBIDDEN', OK: 'OK', E: 'EMPTY' };

export function expected(rule: Rule, actor: ActorName, target: Target): string {
  const cell = rule.expect.trim().split(/\s+/)[ACTORS.indexOf(actor)];
  if (!cell) throw new Error(`matrix row too short: ${rule.expect}`);
  const [inner, outer] = cell.split('/');
  const code = target === 'in' ? inner : (outer ?? inner);
  return ABBR[code as string] ?? (code as string);
}

export function outcome(r: GqlResult, list?: string): string {
  const code = r.errors?.[0]?.extensions?.code;
  if (code) return code;
  if (list) {
    const conn = list.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], r.data) as
      | { totalCount?: number; length?: number }
      | undefined;
    const n = conn?.totalCount ?? (Array.isArray(conn) ? conn.length : undefined);
    if (n === undefined) throw new Error(`no connection at ${list}: ${JSON.stringify(r.data)}`);
    return n === 0 ? 'EMPTY' : 'OK';
  }
  return 'OK';
}

export const q =
  (query: string, vars: (c: RunContext) => Record<string, unknown> = () => ({})): Run =>
  (c) =>
    c.s.gql(query, vars(c), c.token);
export const pick = <T>(t: Target, inside: T, outside: T) => (t === 'in' ? inside : outside);
