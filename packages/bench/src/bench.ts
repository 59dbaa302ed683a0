/**
 * `pnpm bench [--duration 10] [--connections 10] [--rounds 2] [--database-url URL] [--only a,b]`
 *
 * Starts the built product server (NODE_ENV=production) on the benchmark database and the raw
 * baseline (src/raw-server.mjs), checks that both send the same statements (MariaDB's general
 * log) and answer the same JSON, then runs every scenario with autocannon on loopback, product and
 * raw alternating, and prints one table; it writes the table to docs/performance.md.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon, { type Result } from 'autocannon';
import mysql from 'mysql2/promise';
import { BENCH_DATA_KEYS } from './keys.js';

const ROOT = resolve(import.meta.dirname, '../../..');
const SERVER = join(ROOT, 'packages/server');
const DEFAULT_URL = 'mariadb://root@127.0.0.1:3306/rt_bench';
const PRODUCT_PORT = 4100;
const RAW_PORT = 4101;
const SECRET = 'bench-secret-bench-secret-bench-secret';
const PASSWORD = 'Demo@2026';

const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '2' },
    'database-url': { type: 'string' },
    only: { type: 'string' },
    out: { type: 'string', default: join(ROOT, 'docs/performance.md') },
    'no-write': { type: 'boolean', default: false },
    'no-cold': { type: 'boolean', default: false },
  },
});
const DURATION = Number(args.duration);
const CONNECTIONS = Number(args.connections);
const ROUNDS = Number(args.rounds);
const DB_URL = args['database-url'] ?? process.env.BENCH_DATABASE_URL ?? DEFAULT_URL;
if (!/^(mysql|mariadb):/.test(DB_URL)) {
  console.error('pnpm bench needs MariaDB/MySQL (it reads the general log)');
  process.exit(2);
}
const dbUrl = new URL(DB_URL.replace(/^mariadb:/, 'mysql:'));
const DB = dbUrl.pathname.slice(1);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function admin() {
  return mysql.createConnection({
    host: dbUrl.hostname,
    port: Number(dbUrl.port || 3306),
    user: decodeURIComponent(dbUrl.username),
    password: decodeURIComponent(dbUrl.password),
    database: DB,
    timezone: 'Z',
    multipleStatements: false,
  });
}

// ---------------------------------------------------------------- processes

interface Proc {
  child: ChildProcess;
  pid: number;
}

async function waitHttp(url: string, timeoutMs: number, child: ChildProcess): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`${url}: the process exited (${child.exitCode})`);
    try {
      const r = await fetch(url);
      if (r.status < 500) return;
    } catch {
      // not listening yet
    }
    await sleep(25);
  }
  throw new Error(`${url}: not ready after ${timeoutMs} ms`);
}

function startProduct(databaseUrl: string, port = PRODUCT_PORT): Proc {
  const child = spawn(process.execPath, ['dist/main.js'], {
    cwd: SERVER,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: SECRET,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      JOBS_ENABLED: 'false',
      DB_SEED_DEMO: 'false',
      // A throughput benchmark sends far more than one person's per-minute cost budget.
      COST_BUDGET_PER_MINUTE: '0',
      ...BENCH_DATA_KEYS,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return { child, pid: child.pid as number };
}

function startRaw(planFile: string): Proc {
  const child = spawn(process.execPath, [join(import.meta.dirname, 'raw-server.mjs')], {
    env: { ...process.env, ...BENCH_DATA_KEYS, DATABASE_URL: DB_URL, PORT: String(RAW_PORT), PLAN_FILE: planFile },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return { child, pid: child.pid as number };
}

async function stop(p: Proc): Promise<void> {
  if (p.child.exitCode !== null) return;
  const done = new Promise((r) => p.child.once('exit', r));
  p.child.kill('SIGTERM');
  await Promise.race([done, sleep(15_000)]);
  if (p.child.exitCode === null) p.child.kill('SIGKILL');
}

/** Peak resident set (VmHWM) of a process, in MB. */
function peakRssMb(pid: number): number | null {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 1024) : null;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------- GraphQL

async function gql(
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<{ data?: Record<string, unknown>; errors?: unknown[] }> {
  const r = await fetch(`http://127.0.0.1:${PRODUCT_PORT}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await r.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
}

async function login(phone: string): Promise<string> {
  const r = await gql('mutation($i: LoginInput!) { login(input: $i) { accessToken } }', {
    i: { phone, password: PASSWORD },
  });
  const token = (r.data?.login as { accessToken?: string } | undefined)?.accessToken;
  if (!token) throw new Error(`login ${phone}: ${JSON.stringify(r.errors)}`);
  return token;
}

// ---------------------------------------------------------------- scenarios

interface Scenario {
  name: string;
  label: string;
  viewer: 'staff' | 'resident' | 'anonymous';
  query: string;
  variables: Record<string, unknown>;
  /** The raw twin's shaper (raw-server.mjs), when there is one. */
  raw?: 'ticketList' | 'ticketDetail' | 'simpleList' | 'publicationList' | 'figures';
  /** For a simpleList twin: the connection, the SQL alias of its page and each field's kind. */
  rawSpec?: {
    connection: string;
    alias: string;
    first: number;
    fields: Record<string, 'str' | 'num' | 'date' | 'bool'>;
  };
  /** A write: each request gets a fresh idempotency key. */
  write?: boolean;
}

const LIST_FIELDS = `totalCount pageInfo { hasNextPage endCursor } edges { node {
  id title state priority createdAt anonymous
  category { id nameZh } community { id name } estate { id name } building { id name }
  submitter { id displayName phone }
  assignments { id state repliedAt assignedAt organisation { id name } } } }`;

interface Ids {
  communityId: string;
  ticketId: string;
  venueId: string;
  equipmentId: string;
  estateId: string;
  period: string;
  categoryId: string;
  tickets: number;
  communityTickets: number;
  communities: number;
  households: number;
}

async function findIds(): Promise<Ids> {
  const c = await admin();
  try {
    const one = async (sql: string, params: unknown[] = []) => {
      const [rows] = await c.query(sql, params);
      const row = (rows as Record<string, unknown>[])[0];
      if (!row) throw new Error(`bench: nothing for ${sql} — run pnpm bench:data first`);
      return row;
    };
    const communityId = (await one("SELECT id FROM community WHERE name = '博学路社区'")).id as string;
    const ticketId = (
      await one(
        "SELECT id FROM ticket WHERE communityId = ? AND state = 'RESOLVED' AND reopenCount = 1 ORDER BY id DESC LIMIT 1",
        [communityId],
      )
    ).id as string;
    const venueId = (await one('SELECT id FROM venue WHERE communityId = ? ORDER BY id LIMIT 1', [communityId]))
      .id as string;
    const equipmentId = (
      await one(
        'SELECT equipmentId AS id FROM maintenance_record WHERE communityId = ? GROUP BY equipmentId ORDER BY COUNT(*) DESC LIMIT 1',
        [communityId],
      )
    ).id as string;
    const ledger = await one(
      'SELECT estateId, period FROM revenue_entry WHERE communityId = ? GROUP BY estateId, period ORDER BY COUNT(*) DESC LIMIT 1',
      [communityId],
    );
    const categoryId = (
      await one("SELECT id FROM ticket_category WHERE communityId = ? AND code = 'OTHER'", [communityId])
    ).id as string;
    const n = async (sql: string, params: unknown[] = []) => Number((await one(sql, params)).n);
    return {
      communityId,
      ticketId,
      venueId,
      equipmentId,
      estateId: ledger.estateId as string,
      period: ledger.period as string,
      categoryId,
      tickets: await n('SELECT COUNT(*) AS n FROM ticket'),
      communityTickets: await n('SELECT COUNT(*) AS n FROM ticket WHERE communityId = ?', [communityId]),
      communities: await n('SELECT COUNT(*) AS n FROM community'),
      households: await n('SELECT COUNT(*) AS n FROM household'),
    };
  } finally {
    await c.end();
  }
}

function scenarios(ids: Ids): Scenario[] {
  const now = Date.now();
  const year = { from: new Date(now - 365 * 86_400_000).toISOString(), to: new Date(now).toISOString() };
  const tomorrow = new Date(now + 86_400_000).toISOString().slice(0, 10);
  return [
    {
      name: 'list20',
      label: 'staff ticket list, 20 rows',
      viewer: 'staff',
      query: `query($first: Int!) { tickets(first: $first) { ${LIST_FIELDS} } }`,
      variables: { first: 20 },
      raw: 'ticketList',
    },
    {
      name: 'list100',
      label: 'staff ticket list, 100 rows',
      viewer: 'staff',
      query: `query($first: Int!) { tickets(first: $first) { ${LIST_FIELDS} } }`,
      variables: { first: 100 },
      raw: 'ticketList',
    },
    {
      name: 'detail',
      label: 'ticket detail with timeline',
      viewer: 'staff',
      query: `query($id: ID!) { ticket(id: $id) { id title body state priority createdAt acceptedAt firstRepliedAt resolvedAt rating
        category { id nameZh } community { id name } estate { id name } building { id name }
        submitter { id displayName phone }
        assignments { id state repliedAt organisation { id name } }
        timeline(first: 100) { edges { node { id type fromState toState note createdAt actorRole } } } } }`,
      variables: { id: ids.ticketId },
      raw: 'ticketDetail',
    },
    {
      name: 'figures',
      label: 'dashboard figures (a year, one community)',
      viewer: 'staff',
      query: `query($f: DateTimeISO!, $t: DateTimeISO!, $c: ID) { analysisFigures(from: $f, to: $t, communityId: $c) {
        raised valid replied repliedOnTime resolved escalated rejected merged reopened rated satisfied replyRate satisfaction } }`,
      variables: { f: year.from, t: year.to, c: ids.communityId },
      raw: 'figures',
    },
    {
      name: 'public',
      label: 'public disclosure list (resident)',
      viewer: 'resident',
      query:
        'query { publications(first: 20) { edges { node { id title channel publishedAt publisherName placeName } } } }',
      variables: {},
      raw: 'publicationList',
    },
    {
      name: 'availability',
      label: 'venue availability (a day)',
      viewer: 'resident',
      query:
        'query($v: ID!, $f: DateTimeISO!, $t: DateTimeISO!) { venueAvailability(venueId: $v, from: $f, to: $t) { startsAt endsAt bookable taken } }',
      variables: { v: ids.venueId, f: `${tomorrow}T00:00:00.000Z`, t: `${tomorrow}T12:00:00.000Z` },
    },
    {
      name: 'publications',
      label: 'publications (staff)',
      viewer: 'staff',
      query: 'query { publications(first: 20) { edges { node { id title status channel publishedAt } } } }',
      variables: {},
    },
    {
      name: 'maintenance',
      label: 'maintenance records',
      viewer: 'staff',
      query:
        'query($e: ID!) { maintenanceRecords(equipmentId: $e, first: 20) { edges { node { id performedOn kind contractor result } } } }',
      variables: { e: ids.equipmentId },
      raw: 'simpleList',
      rawSpec: {
        connection: 'maintenanceRecords',
        alias: 'r',
        first: 20,
        fields: { id: 'str', performedOn: 'str', kind: 'str', contractor: 'str', result: 'str' },
      },
    },
    {
      name: 'ledger',
      label: 'ledger entries (公共收益)',
      viewer: 'staff',
      query:
        'query($e: ID!, $p: String!) { revenueEntries(estateId: $e, period: $p, first: 20) { edges { node { id item direction amountFen } } } }',
      variables: { e: ids.estateId, p: ids.period },
      raw: 'simpleList',
      rawSpec: {
        connection: 'revenueEntries',
        alias: 'e',
        first: 20,
        fields: { id: 'str', item: 'str', direction: 'str', amountFen: 'num' },
      },
    },
    {
      name: 'bookings',
      label: 'venue bookings',
      viewer: 'staff',
      query:
        'query($c: ID!) { bookings(communityId: $c, first: 20) { edges { node { id startsAt endsAt status purpose venue { id name } } } } }',
      variables: { c: ids.communityId },
    },
    {
      name: 'votes',
      label: 'votes (ballots tallied)',
      viewer: 'staff',
      query: 'query($c: ID!) { votes(communityId: $c, first: 20) { edges { node { id title status openBallots } } } }',
      variables: { c: ids.communityId },
    },
    {
      name: 'meetings',
      label: 'meetings',
      viewer: 'staff',
      query: 'query($c: ID!) { meetings(communityId: $c, first: 20) { edges { node { id title state startsAt } } } }',
      variables: { c: ids.communityId },
    },
    {
      name: 'volunteer',
      label: 'volunteer activities',
      viewer: 'staff',
      query:
        'query($c: ID!) { volunteerActivities(communityId: $c, first: 20) { edges { node { id title startsAt signedUpCount } } } }',
      variables: { c: ids.communityId },
    },
    {
      name: 'hotTopics',
      label: 'hot topics (triage)',
      viewer: 'staff',
      query:
        'query($c: ID) { hotTopics(communityId: $c, first: 20) { edges { node { id title state ticketCount } } } }',
      variables: { c: ids.communityId },
    },
    {
      name: 'board',
      label: 'resident ticket board',
      viewer: 'resident',
      query:
        'query($c: ID!) { ticketBoard(communityId: $c, first: 20) { edges { node { id title state createdAt } } } }',
      variables: { c: ids.communityId },
    },
    {
      name: 'submit',
      label: 'submitTicket (resident)',
      viewer: 'resident',
      query: 'mutation($i: SubmitTicketInput!) { submitTicket(input: $i) { ticket { id state } } }',
      variables: {
        i: {
          categoryId: ids.categoryId,
          title: '基准测试诉求',
          body: '性能测试提交的诉求。',
          idempotencyKey: 'bench-[<id>]',
        },
      },
      write: true,
    },
  ];
}

// ---------------------------------------------------------------- the general log

/** Statements the product sends on its own (the webhook outbox poll), not for the request measured. */
const BACKGROUND = [/^SELECT DISTINCT `distinctAlias`\.`d_id`/, /^SELECT .* FROM `webhook_delivery` `d`/];

/** Runs `fn` with the general log on and returns the statements our database's connections sent. */
async function captureStatements(fn: () => Promise<unknown>): Promise<string[]> {
  const c = await admin();
  try {
    await c.query("SET GLOBAL log_output = 'TABLE'");
    await c.query('TRUNCATE mysql.general_log');
    await c.query('SET GLOBAL general_log = 1');
    try {
      await fn();
      await sleep(100);
    } finally {
      await c.query('SET GLOBAL general_log = 0');
    }
    const [rows] = await c.query(
      `SELECT CONVERT(argument USING utf8mb4) AS sql_text FROM mysql.general_log
       WHERE command_type = 'Query' AND thread_id IN (SELECT id FROM information_schema.PROCESSLIST WHERE db = ?)
         AND thread_id <> CONNECTION_ID()
       ORDER BY event_time`,
      [DB],
    );
    return (rows as { sql_text: string }[])
      .map((r) => r.sql_text.replace(/\s+/g, ' ').trim())
      .filter((sql) => !BACKGROUND.some((re) => re.test(sql)));
  } finally {
    await c.end();
  }
}

/** A statement of loading the viewer (load-viewer.ts): the live-session check. */
const isViewerStatement = (sql: string) => / FROM `session` `SessionEntity`/.test(sql);
/** How many statements lead the capture to load the viewer (user, session, memberships): 0 when it was cached. */
const VIEWER_STATEMENTS = (statements: string[]) => {
  const i = statements.findIndex(isViewerStatement);
  return i < 0 ? 0 : i + 2;
};

/**
 * The product's statements for one request, grouped in waves as it sends them (see raw-server.mjs):
 * one at a time up to the main read (the list page, or the detail's scope check), then the batches
 * that need only its rows, then those that need the batches' rows (organisations of assignments,
 * timeline events of the timeline page).
 */
function waves(statements: string[], viewerStatements: number): string[][] {
  const main = (s: string) =>
    /^SELECT `(\w)`\.`id` AS `\1_id`.* LIMIT \d+$/.test(s) ||
    /^SELECT 1 AS `row_exists` .*EXISTS \(SELECT 1 FROM `ticket` `t`/.test(s);
  const mainAt = statements.reduce((last, s, i) => (main(s) ? i : last), -1);
  const headEnd = Math.max(mainAt + 1, viewerStatements);
  const head = statements.slice(0, headEnd).map((s) => [s]);
  const rest = statements.slice(headEnd);
  const late = (s: string) => s.startsWith('SELECT `OrganisationEntity`') || s.startsWith('SELECT `TicketEventEntity`');
  return [...head, rest.filter((s) => !late(s)), rest.filter(late)].filter((w) => w.length > 0);
}

const normalise = (v: unknown): unknown => {
  if (Array.isArray(v)) return v.map(normalise);
  if (v && typeof v === 'object') {
    return Object.fromEntries(
      Object.entries(v as Record<string, unknown>)
        .filter(([k]) => k !== 'extensions')
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, x]) => [k, normalise(x)]),
    );
  }
  return v;
};

// ---------------------------------------------------------------- measuring

interface Run {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

let keySeq = 0;

async function load(url: string, body: string | undefined, headers: Record<string, string>, connections = CONNECTIONS) {
  const r: Result = await autocannon({
    url,
    method: body ? 'POST' : 'GET',
    headers,
    body,
    connections,
    duration: DURATION,
    timeout: 30,
    // A write gets a fresh idempotency key per request (the key allows [A-Za-z0-9_-] only).
    requests: body?.includes('[<id>]')
      ? [{ setupRequest: (req) => ({ ...req, body: body.replace('[<id>]', `${process.pid}-${++keySeq}`) }) }]
      : undefined,
  });
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.non2xx + r.timeouts };
}

/**
 * Waits until the database has no statement of ours running (requests the load tool gave up on
 * still run in the server and the database and would be billed to the next scenario); after
 * `maxMs` it cancels what is left. Returns how many it cancelled.
 */
async function drain(maxMs = 20_000): Promise<number> {
  const c = await admin();
  try {
    const until = Date.now() + maxMs;
    const running = async () => {
      const [rows] = await c.query(
        "SELECT id FROM information_schema.PROCESSLIST WHERE db = ? AND command = 'Query' AND id <> CONNECTION_ID()",
        [DB],
      );
      return (rows as { id: number }[]).map((r) => r.id);
    };
    let ids = await running();
    while (ids.length > 0 && Date.now() < until) {
      await sleep(250);
      ids = await running();
    }
    for (const id of ids) await c.query(`KILL QUERY ${Number(id)}`).catch(() => undefined);
    return ids.length;
  } finally {
    await c.end();
  }
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const combine = (runs: Run[]): Run => ({
  rps: mean(runs.map((r) => r.rps)),
  p50: mean(runs.map((r) => r.p50)),
  p99: mean(runs.map((r) => r.p99)),
  errors: runs.reduce((a, r) => a + r.errors, 0),
});

// ---------------------------------------------------------------- main

/** The newest modification time of a file under `dir`, in ms. */
function newest(dir: string): number {
  let max = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    max = Math.max(max, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return max;
}

/** Builds the server when dist/ is missing or older than a source file (a stale build would be measured). */
async function ensureBuilt(): Promise<void> {
  const main = join(SERVER, 'dist/main.js');
  if (existsSync(main) && statSync(main).mtimeMs >= newest(join(SERVER, 'src'))) return;
  console.log('building the server (pnpm --filter @roundtable/server build)…');
  const r = spawnSync('pnpm', ['--filter', '@roundtable/server', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('server build failed');
}

/** Seconds from spawning the server on an empty database (every migration to run) to its first answer. */
async function coldStart(): Promise<number> {
  const coldDb = `${DB}_cold`.slice(0, 64);
  const c = await admin();
  await c.query(`DROP DATABASE IF EXISTS \`${coldDb}\``);
  await c.query(`CREATE DATABASE \`${coldDb}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  const url = new URL(DB_URL);
  url.pathname = `/${coldDb}`;
  const started = Date.now();
  const p = startProduct(url.toString(), PRODUCT_PORT + 2);
  try {
    await waitHttp(`http://127.0.0.1:${PRODUCT_PORT + 2}/healthz`, 120_000, p.child);
    return (Date.now() - started) / 1000;
  } finally {
    await stop(p);
    await c.query(`DROP DATABASE IF EXISTS \`${coldDb}\``);
    await c.end();
  }
}

interface Row {
  s: Scenario;
  statements: number;
  product: Run;
  raw?: Run;
  sqlSame?: boolean;
  jsonSame?: boolean;
  note?: string;
  single?: Run;
}

async function main(): Promise<void> {
  await ensureBuilt();
  console.log(`bench: database ${DB}, ${DURATION} s × ${ROUNDS} rounds, ${CONNECTIONS} connections`);
  const ids = await findIds();
  console.log(
    `bench: ${ids.tickets.toLocaleString('en')} tickets (${ids.communityTickets.toLocaleString('en')} in the viewer's community), ${ids.communities} communities, ${ids.households.toLocaleString('en')} households`,
  );
  const cold = args['no-cold'] ? Number.NaN : await coldStart();
  console.log(`bench: cold start with migrations ${cold.toFixed(2)} s`);

  const product = startProduct(DB_URL);
  let raw: Proc | undefined;
  const tmp = mkdtempSync(join(os.tmpdir(), 'rt-bench-'));
  console.log(`bench: statements and answers of each scenario in ${tmp}`);
  try {
    // The first start on a database migrates it (encrypting 100,000 users' phones on city data takes
    // minutes): killing the product mid-migration would leave MariaDB's DDL half done, so wait long.
    await waitHttp(`http://127.0.0.1:${PRODUCT_PORT}/healthz`, 30 * 60_000, product.child);
    const tokens = { staff: await login('13800000002'), resident: await login('13900000001'), anonymous: undefined };
    let list = scenarios(ids);
    if (args.only) list = list.filter((s) => (args.only as string).split(',').includes(s.name));

    // 1. One request of each with the general log on: statements and answers; for a scenario with
    // a raw twin the twin gets the product's statements as its plan and answers right after.
    const rows: Row[] = [];
    const plans: Record<string, unknown> = {};
    const planFile = join(tmp, 'plans.json');
    writeFileSync(planFile, '{}');
    raw = startRaw(planFile);
    await waitHttp(`http://127.0.0.1:${RAW_PORT}/none`, 30_000, raw.child);
    for (const s of list) {
      const variables = JSON.parse(JSON.stringify(s.variables).replaceAll('[<id>]', `probe-${Date.now()}`));
      let answer: { data?: unknown; errors?: unknown[] } = {};
      // The statements of a request as they are under load: the same request just before warms the
      // viewer cache (5 s) and the reference cache (categories, the tenancy tree, organisations), so
      // neither is read — the raw twin holds its own copy of the reference tables. A write is
      // preceded by a plain request instead. A capture that still loaded the viewer (a slow machine)
      // is taken again.
      let statements: string[] = [];
      for (let attempt = 0; attempt < 3; attempt++) {
        await gql(s.write ? '{ __typename }' : s.query, s.write ? {} : variables, tokens[s.viewer]);
        statements = await captureStatements(async () => {
          answer = await gql(s.query, variables, tokens[s.viewer]);
        });
        if (!statements.some(isViewerStatement)) break;
      }
      const row: Row = { s, statements: statements.length, product: { rps: 0, p50: 0, p99: 0, errors: 0 } };
      rows.push(row);
      if (answer.errors) row.note = `errors: ${JSON.stringify(answer.errors).slice(0, 200)}`;
      console.log(`  ${s.name}: ${statements.length} statements${row.note ? ` — ${row.note}` : ''}`);
      writeFileSync(join(tmp, `${s.name}.product.sql`), statements.join('\n'));
      writeFileSync(join(tmp, `${s.name}.product.json`), JSON.stringify(normalise(answer), null, 1));
      if (!s.raw || answer.errors) continue;
      plans[s.name] = {
        shape: s.raw,
        first: s.variables.first ?? 20,
        waves: waves(statements, VIEWER_STATEMENTS(statements)),
        viewerStatements: VIEWER_STATEMENTS(statements),
        viewerCommunityId: ids.communityId,
        ...s.rawSpec,
      };
      writeFileSync(planFile, JSON.stringify(plans));
      await fetch(`http://127.0.0.1:${RAW_PORT}/reload`, { method: 'POST' });
      let rawAnswer: unknown;
      const rawStatements = await captureStatements(async () => {
        rawAnswer = await (await fetch(`http://127.0.0.1:${RAW_PORT}/${s.name}`)).json();
      });
      row.sqlSame = JSON.stringify([...rawStatements].sort()) === JSON.stringify([...statements].sort());
      row.jsonSame = JSON.stringify(normalise(rawAnswer)) === JSON.stringify(normalise(answer));
      if (!row.jsonSame || !row.sqlSame) {
        writeFileSync(join(tmp, `${s.name}.product.json`), JSON.stringify(normalise(answer), null, 1));
        writeFileSync(join(tmp, `${s.name}.raw.json`), JSON.stringify(normalise(rawAnswer), null, 1));
        writeFileSync(join(tmp, `${s.name}.product.sql`), statements.join('\n'));
        writeFileSync(join(tmp, `${s.name}.raw.sql`), rawStatements.join('\n'));
        console.log(`  ${s.name}: the twins differ — see ${tmp}`);
      }
      console.log(`  ${s.name}: raw twin — same SQL ${row.sqlSame}, same JSON ${row.jsonSame}`);
    }

    // 2. Load: product and raw alternating, round after round.
    const runs: Record<string, { product: Run[]; raw: Run[] }> = {};
    for (let round = 1; round <= ROUNDS; round++) {
      for (const row of rows) {
        if (row.note) continue;
        const s = row.s;
        const r = runs[s.name] ?? { product: [], raw: [] };
        runs[s.name] = r;
        const headers: Record<string, string> = { 'content-type': 'application/json' };
        const token = tokens[s.viewer];
        if (token) headers.authorization = `Bearer ${token}`;
        await drain();
        r.product.push(
          await load(
            `http://127.0.0.1:${PRODUCT_PORT}/graphql`,
            JSON.stringify({ query: s.query, variables: s.variables }),
            headers,
          ),
        );
        const cancelled = await drain();
        if (cancelled)
          console.log(`  ${s.name}: cancelled ${cancelled} statements still running 20 s after the product run`);
        if (plans[s.name]) {
          r.raw.push(await load(`http://127.0.0.1:${RAW_PORT}/${s.name}`, undefined, {}));
          await drain();
        }
        const last = r.product[r.product.length - 1] as Run;
        console.log(`  round ${round} ${s.name}: product ${last.rps.toFixed(0)} req/s, p99 ${last.p99} ms`);
      }
    }
    for (const row of rows) {
      const r = runs[row.s.name];
      if (!r) continue;
      row.product = combine(r.product);
      if (r.raw.length) row.raw = combine(r.raw);
    }
    // 3. One client at a time: the latency targets (list and detail).
    for (const row of rows.filter((x) => ['list20', 'detail', 'figures'].includes(x.s.name) && !x.note)) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      const token = tokens[row.s.viewer];
      if (token) headers.authorization = `Bearer ${token}`;
      await drain();
      row.single = await load(
        `http://127.0.0.1:${PRODUCT_PORT}/graphql`,
        JSON.stringify({ query: row.s.query, variables: row.s.variables }),
        headers,
        1,
      );
    }
    const productRss = peakRssMb(product.pid);
    const rawRss = raw ? peakRssMb(raw.pid) : null;
    const report = render(rows, ids, cold, productRss, rawRss);
    console.log(`\n${report.table}\n${report.single}`);
    if (!args['no-write']) {
      writeFileSync(args.out as string, mergeSection(args.out as string, report.heading, report.markdown));
      console.log(`bench: wrote ${args.out}`);
    }
  } finally {
    if (raw) await stop(raw);
    await stop(product);
  }
}

function render(rows: Row[], ids: Ids, cold: number, productRss: number | null, rawRss: number | null) {
  const f0 = (n: number) => (n > 0 && n < 1 ? n.toFixed(2) : n.toFixed(0));
  // autocannon reports latency 0 when no answer came back within the run.
  const f1 = (n: number) => (n === 0 ? 'none' : n.toFixed(1));
  const lines = [
    '| scenario | product req/s | raw req/s | ratio | p50 product / raw (ms) | p99 product / raw (ms) | SQL statements per request | same SQL / same JSON |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const r of rows) {
    if (r.note) {
      lines.push(`| ${r.s.label} | — | — | — | — | — | ${r.statements} | not run: ${r.note.replaceAll('|', '/')} |`);
      continue;
    }
    const rawCells = r.raw
      ? [f0(r.raw.rps), r.raw.rps > 0 ? `${f0((100 * r.product.rps) / r.raw.rps)} %` : '—']
      : ['product only', '—'];
    lines.push(
      `| ${r.s.label} | ${f0(r.product.rps)} | ${rawCells.join(' | ')} | ${f1(r.product.p50)}${r.raw ? ` / ${f1(r.raw.p50)}` : ''} | ${f1(r.product.p99)}${r.raw ? ` / ${f1(r.raw.p99)}` : ''} | ${r.statements} | ${r.raw ? `${r.sqlSame ? 'yes' : 'NO'} / ${r.jsonSame ? 'yes' : 'NO'}` : '—'}${r.product.errors ? ` (${r.product.errors} errors)` : ''} |`,
    );
  }
  const singles = rows.filter((r) => r.single);
  const single = [
    '| one client | p50 (ms) | p99 (ms) | req/s |',
    '| --- | ---: | ---: | ---: |',
    ...singles.map(
      (r) => `| ${r.s.label} | ${f1(r.single?.p50 ?? 0)} | ${f1(r.single?.p99 ?? 0)} | ${f0(r.single?.rps ?? 0)} |`,
    ),
  ].join('\n');
  const table = lines.join('\n');
  const cpus = os.cpus();
  const machine = [
    `- ${cpus.length} cores (${cpus[0]?.model.trim() ?? 'unknown'}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${os.type()} ${os.release()}`,
    `- Node ${process.version}, ${mariadbVersion}`,
    `- load average at the end ${os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(' / ')} (a shared machine: other work ran beside the benchmark)`,
  ].join('\n');
  const heading = `## ${ids.tickets >= 500_000 ? 'City' : 'Street'} data (${ids.tickets.toLocaleString('en')} tickets)`;
  const markdown = `${heading}

Measured with \`pnpm bench\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC.
Data: \`pnpm bench:data\` — ${ids.tickets.toLocaleString('en')} tickets, ${ids.communityTickets.toLocaleString('en')} of them in the viewer's community (博学路社区, seen by its staff account), ${ids.communities} communities, ${ids.households.toLocaleString('en')} households.

### Machine

${machine}

### Throughput and latency

autocannon on loopback, ${CONNECTIONS} connections, ${DURATION} s a run, ${ROUNDS} rounds with product and raw alternating
(figures are the means of the rounds). The product is the built server (\`NODE_ENV=production\`, jobs off);
the raw baseline is \`packages/bench/src/raw-server.mjs\` (\`node:http\` + mysql2, no framework), which sends the
statements the product sent for the same request and shapes the same JSON by hand. "Same SQL" compares both
statement sequences read from MariaDB's general log; "same JSON" compares both answers (keys sorted,
\`extensions\` dropped). Scenarios without a raw twin run on the product alone ("product only").
Before each run the benchmark waits (up to 20 s) until no statement of an earlier run is still running
in the database, then cancels what is left; a request gives up after 30 s. "none" = no answer came back
within the run (every request took longer than the run).

${table}

Server memory at peak (VmHWM): product ${productRss ?? '?'} MB, raw baseline ${rawRss ?? '?'} MB.
Cold start with migrations (empty database, every migration, to the first HTTP answer): ${Number.isNaN(cold) ? 'not measured (--no-cold)' : `${cold.toFixed(2)} s`}.

${single}
`;
  return { table, single, markdown, heading };
}

/** docs/performance.md keeps one section per scale: this run's replaces the one of its scale. */
function mergeSection(file: string, heading: string, section: string): string {
  const intro = `# Performance

Figures written by \`pnpm bench\` (packages/bench); regenerate them with \`pnpm bench:data --scale street|city\`
and \`pnpm bench\`. Each section is the latest run on data of that scale.
`;
  const old = existsSync(file) ? readFileSync(file, 'utf8') : intro;
  const parts = old.split(/^(?=## )/m);
  const head = parts[0]?.startsWith('# ') ? parts[0] : intro;
  const kept = parts.slice(1).filter((p) => !p.startsWith(heading.replace(/ \(.*$/, '')));
  // Street, then City, then the hand-written sections (notes kept from run to run).
  const rank = (p: string) => (p.startsWith('## Street') ? 0 : p.startsWith('## City') ? 1 : 2);
  const all = [...kept, `${section.trim()}\n`].sort((a, b) => rank(a) - rank(b));
  return [head.trimEnd(), '', ...all.map((p) => p.trimEnd()), ''].join('\n\n').replace(/\n{3,}/g, '\n\n');
}

let mariadbVersion = 'MariaDB ?';
const probe = await admin().catch(() => undefined);
if (probe) {
  const [v] = await probe.query('SELECT VERSION() AS v');
  mariadbVersion = `MariaDB ${(v as { v: string }[])[0]?.v ?? '?'}`;
  await probe.end();
}
await main();
