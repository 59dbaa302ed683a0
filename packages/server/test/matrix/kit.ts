/**
 * The kit of the role × scope × operation matrix: each module declares its rows in
 * `<module>.rows.ts`; matrix.test.ts runs every cell as a test of its own and fails on any
 * operation of the schema without a row, and on any mutation row without an effect check.
 */
import { readdirSync } from 'node:fs';
import { createClient } from 'graphql-ws';
import { expect } from 'vitest';
import WebSocket from 'ws';
import type { GqlResult, TestServer } from '../helpers/server.js';
import { ACTORS, type ActorName, type World } from '../helpers/world.js';

/** "in": a place of 博学路社区 (天钜银河府, served by 绿城物业, home of the committee); "out": one of 兴议社区. */
export type Target = 'in' | 'out';
export const TARGETS: readonly Target[] = ['in', 'out'];

export interface RunContext {
  w: World;
  s: TestServer;
  token: string | undefined;
  actor: ActorName;
  target: Target;
  /** The app-key actor's `X-Api-Key` (its calls carry no user token); undefined for the others. */
  apiKey?: string | undefined;
  /** What a run leaves for its effect check (a token it made, a value it wrote …). */
  scratch: Record<string, unknown>;
}
export type Run = (ctx: RunContext) => Promise<GqlResult>;

export interface Rule {
  /** Expected outcomes in ACTORS order, 11 cells (anon resident boxue xingyi greentown committee street system otherStreet department appKey); `a/b` = in/out. */
  expect: string;
  run: Run;
  /** For lists: the path of the connection, so that an empty page reads as E (nothing visible). */
  list?: string;
  /**
   * For mutations: after a cell that answered OK, a follow-up read showing the change happened
   * (every mutation row has one; matrix.test.ts checks).
   */
  effect?: (ctx: RunContext, result: GqlResult) => Promise<void>;
}

const ABBR: Record<string, string> = { UN: 'UNAUTHENTICATED', NF: 'NOT_FOUND', FB: 'FORBIDDEN', OK: 'OK', E: 'EMPTY' };

export function expected(rule: Rule, actor: ActorName, target: Target): string {
  const cells = rule.expect.trim().split(/\s+/);
  if (cells.length !== ACTORS.length) throw new Error(`matrix row needs ${ACTORS.length} cells: ${rule.expect}`);
  const cell = cells[ACTORS.indexOf(actor)] as string;
  const [inner, outer] = cell.split('/');
  const code = target === 'in' ? inner : (outer ?? inner);
  return ABBR[code as string] ?? (code as string);
}

/** Who each of the 11 actors is, for the test names. */
const ACTOR_LABEL: Record<ActorName, string> = {
  anon: 'anonymous',
  resident: 'resident of 博学路',
  boxue: 'community staff of 博学路',
  xingyi: 'community staff of 兴议',
  greentown: 'property staff of 绿城',
  committee: 'committee member of 天钜',
  street: 'street admin of 北干',
  system: 'system admin',
  otherStreet: 'street admin of another street',
  department: 'department staff of 交警北干中队',
  appKey: 'app key of 博学路社区居委会',
};
/** The targets inside each actor's scope. */
const HOME: Record<ActorName, readonly Target[]> = {
  anon: [],
  resident: ['in'],
  boxue: ['in'],
  xingyi: ['out'],
  greentown: ['in'],
  committee: ['in'],
  street: ['in', 'out'],
  system: ['in', 'out'],
  otherStreet: [],
  // The street's department: escalations from both communities of 北干 reach it.
  department: ['in', 'out'],
  // The app belongs to 博学路社区居委会; it acts (without a user token) only on its own webhook subscriptions.
  appKey: ['in'],
};

/** "property staff of 绿城: replyToTicket in 兴议 (out of scope) → NOT_FOUND" */
export function cellName(op: string, actor: ActorName, target: Target, want: string): string {
  const place = target === 'in' ? '博学路' : '兴议';
  const scope = actor === 'anon' ? '' : HOME[actor].includes(target) ? ' (in scope)' : ' (out of scope)';
  return `${ACTOR_LABEL[actor]}: ${op} in ${place}${scope} → ${want}`;
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

/** A value at a dotted path of a result's data. */
export function at<T = string>(r: GqlResult, path: string): T {
  const v = path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], r.data);
  if (v === undefined) throw new Error(`nothing at ${path}: ${JSON.stringify(r.data)}`);
  return v as T;
}

/** A follow-up read as the system admin (sees everything), failing on any error. */
export async function read<T = Record<string, unknown>>(
  c: RunContext,
  query: string,
  variables: Record<string, unknown> = {},
  token = c.w.tokens.system,
): Promise<T> {
  const r = await c.s.gql<T>(query, variables, token);
  expect(r.errors, `follow-up read ${query}`).toBeUndefined();
  return r.data as T;
}

/**
 * Runs a cell as the app-key actor's client: while `fn` runs, a call without a user token carries
 * the `X-Api-Key` header (the app acting); a call with a token (a follow-up read as the system
 * admin, a fresh session a row made) goes as it would without the app. The server object stays the
 * same (helpers keyed by it, such as the WeChat fake, keep theirs); cells run one at a time.
 */
export async function asApp<T>(s: TestServer, apiKey: string | undefined, fn: () => Promise<T>): Promise<T> {
  if (!apiKey) return fn();
  const plain = s.gql;
  s.gql = async (query, variables, token) => {
    if (token) return plain(query, variables, token);
    const res = await fetch(`${s.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': apiKey },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as GqlResult<never>;
  };
  try {
    return await fn();
  } finally {
    s.gql = plain;
  }
}

/**
 * A subscription as a client opens it over graphql-ws: its error code, or OK when the server
 * accepted it (no error within a short wait).
 */
export async function subscribe(c: RunContext, query: string): Promise<GqlResult> {
  const client = createClient({
    url: `${c.s.url.replace('http', 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: {
      ...(c.token ? { authorization: `Bearer ${c.token}` } : {}),
      ...(c.apiKey ? { 'x-api-key': c.apiKey } : {}),
    },
    retryAttempts: 0,
    lazy: false,
  });
  try {
    return await new Promise<GqlResult>((resolve) => {
      const timer = setTimeout(() => resolve({ data: {} }), 300);
      client.subscribe(
        { query },
        {
          next: () => {},
          error: (err) => {
            clearTimeout(timer);
            const errors = Array.isArray(err) ? err : [{ message: String(err), extensions: { code: 'SOCKET' } }];
            resolve({ errors } as GqlResult);
          },
          complete: () => {},
        },
      );
    });
  } finally {
    await client.dispose();
  }
}

/**
 * Every `<module>.rows.ts` of this folder, collected by name (a new module adds its file, nothing
 * else); each exports one or more row tables. An operation declared twice fails the run.
 */
export async function collectRows(): Promise<Record<string, Rule>> {
  const rows: Record<string, Rule> = {};
  const files = readdirSync(new URL('.', import.meta.url)).filter((f) => f.endsWith('.rows.ts'));
  for (const file of files.sort()) {
    const tables = Object.values(await import(/* @vite-ignore */ `./${file}`)) as Record<string, Rule>[];
    for (const [op, rule] of tables.flatMap((t) => Object.entries(t))) {
      if (op in rows) throw new Error(`matrix: ${file} declares a row for ${op} a second time`);
      rows[op] = rule;
    }
  }
  return rows;
}
