#!/usr/bin/env node
// Fault drill (issue 19, "faults under load"), on a PRIVATE MariaDB so the shared one on :3306 is
// never touched:
//  1. a fresh datadir under /tmp (mariadb-install-db) and a mariadbd of its own (port 3407, its
//     own socket); the server (src/main.ts through tsx's loader, one node process, NODE_ENV=production)
//     started against it migrates and seeds the database (DB_MIGRATE_ON_START, DB_SEED_DEMO);
//  2. load: several concurrent clients — staff ticket lists, residents' `me`, resident `submitTicket`
//     with idempotency keys, staff `addTicketNote` on acknowledged tickets; every acknowledged write
//     is recorded (ticket id, note marker);
//  3. the database stops for 10 s — `--mode kill` (default): SIGKILL of mariadbd (a crash: open
//     connections reset, InnoDB recovers at the next start), then a new mariadbd on the same
//     datadir; `--mode term`: a clean shutdown (SIGTERM) instead; `--mode stop`: SIGSTOP/SIGCONT
//     (the server keeps its sockets, nothing answers);
//     measured: /readyz turns 503 (≤ 2 s), failing requests carry a clear extensions.code and fail
//     fast (≤ FAIL_BOUND_MS), the server keeps its pid and recovers without a restart (/readyz 200,
//     writes succeed again), failed submits retried with their idempotency key after recovery;
//  4. every acknowledged write is in the database (ids compared), no idempotency key twice;
//  5. SIGTERM under load: requests in flight at the signal complete, later ones are refused
//     (connection refused or 503), the process exits 0; acknowledged writes compared again.
// Prints the figures; exits 1 when any check fails.
//
//   node scripts/fault-drill.mjs [--mode kill|term|stop] [--clients 6] [--outage-ms 10000] [--db-port 3407] [--keep]
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { chownSync, createWriteStream, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const ROOT = resolve(import.meta.dirname, '..');
const SERVER_DIR = join(ROOT, 'packages/server');
const mysql = createRequire(join(SERVER_DIR, 'package.json'))('mysql2/promise');

const { values: opt } = parseArgs({
  options: {
    mode: { type: 'string', default: 'kill' },
    clients: { type: 'string', default: '6' },
    'outage-ms': { type: 'string', default: '10000' },
    'db-port': { type: 'string', default: process.env.FAULT_DB_PORT ?? '3407' },
    keep: { type: 'boolean', default: false },
  },
});
if (!['kill', 'term', 'stop'].includes(opt.mode)) throw new Error('--mode kill|term|stop');
const CLIENTS = Number(opt.clients);
const OUTAGE_MS = Number(opt['outage-ms']);
const DB_PORT = Number(opt['db-port']);
/** /readyz must report 503 within this long after the database stops. */
const READY_503_MS = 2000;
/**
 * A request that fails must fail within this long: the pool's acquire timeout (5 s) plus 1 s when
 * the database is gone; with a frozen one (stop), a statement timeout (4 s here) followed by a
 * connect timeout (3 s) on the request's next connection, plus 2 s.
 */
const FAIL_BOUND_MS = Number(process.env.FAIL_BOUND_MS ?? (opt.mode === 'stop' ? 9000 : 6000));
/** The client gives up on a request after this long and counts it as hung. */
const HANG_MS = 20_000;
const DEMO_PASSWORD = 'Demo@2026';
const STAFF_PHONE = '13800000002'; // 博学路社区 staff (seed: DEMO_ACCOUNTS.boxueStaff)
const RESIDENT_PHONES = ['13900000001', '13900000002'];

const t0 = Date.now();
const say = (msg) => console.log(`[fault-drill ${((Date.now() - t0) / 1000).toFixed(1).padStart(5)}s] ${msg}`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const checks = [];
const check = (name, ok, detail) => {
  checks.push({ name, ok: Boolean(ok), detail });
  say(`${ok ? 'PASS' : 'FAIL'}  ${name}${detail ? ` — ${detail}` : ''}`);
};

function freePort() {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const a = srv.address();
      srv.close(() => res(a.port));
    });
    srv.on('error', rej);
  });
}

async function portInUse(port) {
  return new Promise((res) => {
    const srv = createServer();
    srv.once('error', () => res(true));
    srv.listen(port, '127.0.0.1', () => srv.close(() => res(false)));
  });
}

// ---------------------------------------------------------------- private MariaDB
const dir = mkdtempSync(join(tmpdir(), 'rt-fault-'));
const datadir = join(dir, 'data');
const dbLog = createWriteStream(join(dir, 'mariadbd.log'));
let db = null;
const asRoot = process.getuid?.() === 0;

function installDb() {
  if (asRoot) chownSync(dir, Number(execFileSync('id', ['-u', 'mysql']).toString().trim()), 0);
  execFileSync(
    'mariadb-install-db',
    [
      '--no-defaults',
      `--datadir=${datadir}`,
      ...(asRoot ? ['--user=mysql'] : []),
      '--skip-test-db',
      '--auth-root-authentication-method=normal',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
}

async function dbAnswers() {
  try {
    const c = await mysql.createConnection({ host: '127.0.0.1', port: DB_PORT, user: 'root', connectTimeout: 1000 });
    await c.end();
    return true;
  } catch {
    return false;
  }
}

/** Starts mariadbd on the datadir; resolves when it accepts connections. */
async function startDb() {
  const child = spawn(
    existsSync('/usr/sbin/mariadbd') ? '/usr/sbin/mariadbd' : 'mariadbd',
    [
      '--no-defaults',
      `--datadir=${datadir}`,
      `--port=${DB_PORT}`,
      '--bind-address=127.0.0.1',
      `--socket=${join(dir, 'mysqld.sock')}`,
      `--pid-file=${join(dir, 'mysqld.pid')}`,
      ...(asRoot ? ['--user=mysql'] : []),
      '--skip-grant-tables',
      '--innodb-buffer-pool-size=64M',
      // The defaults, stated: a committed transaction is on disk before the client hears "ok".
      '--innodb-flush-log-at-trx-commit=1',
      '--sync-binlog=0',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout.pipe(dbLog, { end: false });
  child.stderr.pipe(dbLog, { end: false });
  db = child;
  for (let i = 0; i < 150; i++) {
    if (child.exitCode !== null) throw new Error(`mariadbd exited (${child.exitCode}); see ${dir}/mariadbd.log`);
    if (await dbAnswers()) return Date.now();
    await sleep(100);
  }
  throw new Error('private mariadbd did not start');
}

async function stopDb(signal) {
  const child = db;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill(signal);
  await exited;
}

// ---------------------------------------------------------------- the server
let server = null;
let serverOut = '';
let baseUrl = '';

async function startServer() {
  const port = await freePort();
  baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: SERVER_DIR,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      NODE_ENV: 'production',
      AUTH_SECRET: randomBytes(32).toString('base64url'),
      DATABASE_URL: `mariadb://root@127.0.0.1:${DB_PORT}/rt_fault`,
      HOST: '127.0.0.1',
      PORT: String(port),
      DB_MIGRATE_ON_START: 'true',
      DB_SEED_DEMO: 'true',
      ADMIN_DIR: '',
      RESIDENT_DIR: '',
      UPLOAD_DIR: join(dir, 'uploads'),
      SMS_PROVIDER: 'none',
      LOG_LEVEL: 'warn',
      // The drill's few accounts send far more than a person would: no per-user cost budget.
      COST_BUDGET_PER_MINUTE: '0',
      // A frozen database (SIGSTOP) never answers statements already sent: the statement timeout
      // (default 30 s) is what bounds them; the drill lowers it to show that within its 10 s outage.
      ...(opt.mode === 'stop' ? { DB_QUERY_TIMEOUT_MS: '4000' } : {}),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log = createWriteStream(join(dir, 'server.log'));
  const onData = (d) => {
    serverOut += d.toString();
    log.write(d);
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  server = { child, pid: child.pid, exited: new Promise((r) => child.on('exit', (code, sig) => r({ code, sig }))) };
  for (let i = 0; i < 1200; i++) {
    if (child.exitCode !== null) throw new Error(`server exited ${child.exitCode}:\n${serverOut.slice(-3000)}`);
    if (serverOut.includes('Roundtable is ready')) return;
    await sleep(100);
  }
  throw new Error(`server did not start:\n${serverOut.slice(-3000)}`);
}

// ---------------------------------------------------------------- requests
/** Every request the clients sent: op, start, end, ms, status, code. */
const records = [];

async function gql(op, token, query, variables) {
  const rec = { op, start: Date.now(), end: 0, ms: 0, status: 0, code: null, data: null };
  try {
    const res = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(HANG_MS),
    });
    rec.status = res.status;
    const text = await res.text();
    let body = null;
    try {
      body = JSON.parse(text);
    } catch {}
    rec.data = body?.data ?? null;
    const err = body?.errors?.[0];
    if (err) rec.code = err.extensions?.code ?? 'NO_CODE';
    else if (!res.ok) rec.code = `HTTP_${res.status}`;
  } catch (err) {
    rec.code = err?.name === 'TimeoutError' ? 'CLIENT_TIMEOUT' : `NET_${err?.cause?.code ?? err?.name ?? 'ERROR'}`;
  }
  rec.end = Date.now();
  rec.ms = rec.end - rec.start;
  records.push(rec);
  return rec;
}

async function login(phone) {
  const r = await gql('login', null, 'mutation($i: LoginInput!) { login(input: $i) { accessToken } }', {
    i: { phone, password: DEMO_PASSWORD },
  });
  const token = r.data?.login?.accessToken;
  if (!token) throw new Error(`login ${phone}: ${r.status} ${r.code}`);
  return token;
}

const acked = { tickets: new Map(), notes: new Set() }; // ticket id → idempotency key; note markers
const retryKeys = []; // submits that failed with SERVICE_UNAVAILABLE: retried after recovery
const retried = { sent: 0, acked: 0 };
let ctx = null;

const SUBMIT = 'mutation($i: SubmitTicketInput!) { submitTicket(input: $i) { ticket { id } } }';
const NOTE = 'mutation($i: AddTicketNoteInput!) { addTicketNote(input: $i) { ticket { id } } }';
const LIST = 'query { tickets(first: 20) { edges { node { id title state } } pageInfo { hasNextPage } } }';

async function submit(resident, key, title) {
  const r = await gql('submitTicket', resident.token, SUBMIT, {
    i: {
      idempotencyKey: key,
      categoryId: resident.categoryId,
      title,
      body: `故障演练：${title}`,
    },
  });
  const id = r.data?.submitTicket?.ticket?.id;
  if (id && !r.code) acked.tickets.set(id, key);
  return r;
}

async function oneOperation(client) {
  // Once the database is back, the submits that failed are sent again first, with their key.
  const retry = ctx.phase === 'after' ? retryKeys.shift() : undefined;
  if (retry) {
    const r = await submit(retry.resident, retry.key, retry.title);
    retried.sent++;
    if (!r.code) retried.acked++;
    return r;
  }
  const roll = Math.random();
  const resident = ctx.residents[client % ctx.residents.length];
  if (roll < 0.3) return gql('tickets', ctx.staffToken, LIST);
  if (roll < 0.45) return gql('me', resident.token, 'query { me { id } }');
  if (roll < 0.8 || acked.tickets.size === 0) {
    const key = `drill-${randomUUID()}`;
    const title = `演练事项 ${key.slice(6, 14)}`;
    const r = await submit(resident, key, title);
    if (r.code === 'SERVICE_UNAVAILABLE') retryKeys.push({ key, resident, title });
    return r;
  }
  const ids = [...acked.tickets.keys()];
  const ticketId = ids[Math.floor(Math.random() * ids.length)];
  const marker = `drill-note-${randomUUID()}`;
  const r = await gql('addTicketNote', ctx.staffToken, NOTE, { i: { ticketId, body: marker } });
  if (r.data?.addTicketNote?.ticket?.id && !r.code) acked.notes.add(marker);
  // Two staff notes on one ticket at once: the ticket's version decides, the loser gets CONFLICT
  // (a domain answer, not a fault; nothing acknowledged).
  if (r.code === 'CONFLICT') r.expected = true;
  return r;
}

/** Runs `n` clients until stop() is called; returns { stop } whose promise ends when all have stopped. */
function runLoad(n) {
  let running = true;
  const loops = Array.from({ length: n }, async (_, i) => {
    while (running) {
      const r = await oneOperation(i);
      // After a refused connection (server gone) do not spin.
      await sleep(r.code?.startsWith('NET_') ? 50 : 5);
    }
  });
  return {
    stop: async () => {
      running = false;
      await Promise.all(loops);
    },
  };
}

/** /readyz sampled every 100 ms: [{ at, status }]. */
function pollReady() {
  const samples = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const at = Date.now();
      let status = 0;
      try {
        status = (await fetch(`${baseUrl}/readyz`, { signal: AbortSignal.timeout(3000) })).status;
      } catch {
        status = 0;
      }
      samples.push({ at, end: Date.now(), status });
      await sleep(100);
    }
  })();
  return {
    samples,
    stop: async () => {
      running = false;
      await loop;
    },
  };
}

async function verifyDatabase(label) {
  const c = await mysql.createConnection({ host: '127.0.0.1', port: DB_PORT, user: 'root', database: 'rt_fault' });
  try {
    const ids = [...acked.tickets.keys()];
    let found = 0;
    for (let i = 0; i < ids.length; i += 500) {
      const [rows] = await c.query('SELECT id FROM ticket WHERE id IN (?)', [ids.slice(i, i + 500)]);
      found += rows.length;
    }
    const [noteRows] = await c.query("SELECT note FROM ticket_event WHERE note LIKE 'drill-note-%'");
    const notesInDb = new Set(noteRows.map((r) => r.note));
    const notesFound = [...acked.notes].filter((m) => notesInDb.has(m)).length;
    const [dupes] = await c.query(
      "SELECT idempotencyKey, COUNT(*) AS n FROM ticket WHERE idempotencyKey LIKE 'drill-%' GROUP BY submitterId, idempotencyKey HAVING COUNT(*) > 1",
    );
    const [[{ n: drillTickets }]] = await c.query(
      "SELECT COUNT(*) AS n FROM ticket WHERE idempotencyKey LIKE 'drill-%'",
    );
    const ackedWrites = ids.length + acked.notes.size;
    const foundWrites = found + notesFound;
    check(
      `${label}: every acknowledged write is in the database`,
      foundWrites === ackedWrites && ackedWrites > 0,
      `${foundWrites}/${ackedWrites} (tickets ${found}/${ids.length}, notes ${notesFound}/${acked.notes.size}); ` +
        `${Number(drillTickets) - found} drill tickets written but never acknowledged`,
    );
    check(`${label}: no idempotency key holds two tickets`, dupes.length === 0, `${dupes.length} duplicated keys`);
    return { ackedWrites, foundWrites };
  } finally {
    await c.end();
  }
}

const summarise = (recs) => {
  const codes = {};
  for (const r of recs)
    if (r.code && !r.expected) codes[`${r.status} ${r.code}`] = (codes[`${r.status} ${r.code}`] ?? 0) + 1;
  const failing = recs.filter((r) => r.code && !r.expected);
  return {
    sent: recs.length,
    conflicts: recs.filter((r) => r.expected).length,
    failed: failing.length,
    fiveXX: recs.filter((r) => r.status >= 500).length,
    codes,
    longestFailMs: failing.reduce((m, r) => Math.max(m, r.ms), 0),
    longestMs: recs.reduce((m, r) => Math.max(m, r.ms), 0),
  };
};

// ---------------------------------------------------------------- the drill
async function main() {
  if (await portInUse(DB_PORT)) throw new Error(`port ${DB_PORT} is in use: pass --db-port`);
  say(
    `private MariaDB: datadir ${datadir}, port ${DB_PORT}; mode ${opt.mode}, ${CLIENTS} clients, outage ${OUTAGE_MS} ms`,
  );
  installDb();
  await startDb();
  say('server: src/main.ts (tsx loader, NODE_ENV=production), migrating + seeding rt_fault');
  await startServer();
  const pid = server.pid;
  say(`server pid ${pid} at ${baseUrl}`);

  const c = await mysql.createConnection({ host: '127.0.0.1', port: DB_PORT, user: 'root', database: 'rt_fault' });
  const staffToken = await login(STAFF_PHONE);
  const residents = [];
  for (const phone of RESIDENT_PHONES) {
    const token = await login(phone);
    const me = await gql('me', token, 'query { me { id } }');
    const [[row]] = await c.query(
      `SELECT tc.id FROM household_binding b
         JOIN ticket_category tc ON tc.communityId = b.communityId AND tc.code = 'OTHER'
        WHERE b.userId = ? AND b.status = 'APPROVED' LIMIT 1`,
      [me.data.me.id],
    );
    residents.push({ phone, token, categoryId: row.id });
  }
  await c.end();
  ctx = { staffToken, residents, phase: 'before' };
  records.length = 0;

  // Warm-up under load: nothing may fail yet.
  const ready = pollReady();
  let load = runLoad(CLIENTS);
  await sleep(5000);
  const warm = summarise(records);
  check(
    'warm-up: no request fails',
    warm.failed === 0 && warm.sent > 0,
    `${warm.sent} sent, ${warm.conflicts} concurrent-note CONFLICTs, codes ${JSON.stringify(warm.codes)}`,
  );

  // The outage.
  ctx.phase = 'outage';
  const tDown = Date.now();
  if (opt.mode === 'stop') db.kill('SIGSTOP');
  else await stopDb(opt.mode === 'kill' ? 'SIGKILL' : 'SIGTERM');
  say(
    `database stopped (${opt.mode === 'kill' ? 'SIGKILL' : opt.mode === 'term' ? 'SIGTERM, clean shutdown' : 'SIGSTOP'})`,
  );
  await sleep(OUTAGE_MS - (Date.now() - tDown));
  let tUp;
  if (opt.mode === 'stop') {
    db.kill('SIGCONT');
    tUp = Date.now();
  } else {
    say('starting mariadbd again on the same datadir');
    tUp = await startDb();
  }
  say(`database answers again after ${((tUp - tDown) / 1000).toFixed(1)} s`);
  let tReady = null;
  for (let i = 0; i < 300 && tReady === null; i++) {
    const s = ready.samples.find((x) => x.at >= tUp && x.status === 200);
    if (s) tReady = s.end;
    else await sleep(100);
  }
  ctx.phase = 'after';
  const tAfter = Date.now();
  // Load goes on after recovery: the failed submits are retried first, then 5 s of the usual mix.
  for (let i = 0; i < 600 && retryKeys.length > 0; i++) await sleep(100);
  await sleep(5000);
  await load.stop();
  await ready.stop();

  const first503 = ready.samples.find((s) => s.end >= tDown && s.status === 503);
  const turn503Ms = first503 ? first503.end - tDown : null;
  // Every request that was open at any moment of the outage (in flight at the stop included).
  const during = records.filter((r) => r.end >= tDown && r.start < (tReady ?? tUp));
  const out = summarise(during);
  const after = records.filter((r) => r.start >= tAfter);
  const afterS = summarise(after);
  // How long a failing request waited on the stopped database: from the stop or its own start,
  // whichever is later (a request already slow before the stop, on a loaded machine, is not a hang).
  const failWaitMs = during
    .filter((r) => r.code && !r.expected)
    .reduce((m, r) => Math.max(m, r.end - Math.max(r.start, tDown)), 0);
  const unclear = Object.keys(out.codes).filter((k) => k !== '503 SERVICE_UNAVAILABLE');
  const hung = records.filter((r) => r.code === 'CLIENT_TIMEOUT').length;
  const writesAfter = after.filter((r) => (r.op === 'submitTicket' || r.op === 'addTicketNote') && !r.code).length;
  const alive = server.child.exitCode === null && server.child.signalCode === null;
  if (!alive) say(`the server died: exit ${server.child.exitCode}, signal ${server.child.signalCode}`);
  let healthz = 0;
  try {
    healthz = (await fetch(`${baseUrl}/healthz`)).status;
  } catch {}

  check('/readyz turns 503 within 2 s of the stop', turn503Ms !== null && turn503Ms <= READY_503_MS, `${turn503Ms} ms`);
  check(
    '/readyz 200 again after the database is back',
    tReady !== null,
    tReady ? `${tReady - tUp} ms after it answered` : 'never',
  );
  check('requests failed during the outage', out.failed > 0, `${out.failed} of ${out.sent}`);
  check('every failing request carries 503 SERVICE_UNAVAILABLE', unclear.length === 0, JSON.stringify(out.codes));
  check(
    `failing requests fail fast (≤ ${FAIL_BOUND_MS} ms after the stop or their start)`,
    failWaitMs <= FAIL_BOUND_MS,
    `longest wait ${failWaitMs} ms (longest failing request ${out.longestFailMs} ms in all)`,
  );
  check(`no request hung (client gives up at ${HANG_MS} ms)`, hung === 0, `${hung} hung`);
  check('server stayed up: same pid, /healthz 200', alive && server.child.pid === pid && healthz === 200, `pid ${pid}`);
  check(
    'after recovery: no request fails',
    afterS.failed === 0,
    `${afterS.sent} sent, codes ${JSON.stringify(afterS.codes)}`,
  );
  check('after recovery: writes succeed', writesAfter > 0, `${writesAfter} acknowledged writes`);
  check('failed submits retried with their key after recovery', retryKeys.length === 0, `${retryKeys.length} left`);
  const v1 = await verifyDatabase('outage');

  // SIGTERM under load.
  ctx.phase = 'sigterm';
  const termStartIdx = records.length;
  load = runLoad(CLIENTS);
  await sleep(3000);
  const tTerm = Date.now();
  server.child.kill('SIGTERM');
  say('SIGTERM sent to the server under load');
  const exit = await Promise.race([server.exited, sleep(30_000).then(() => null)]);
  const tExit = Date.now();
  await sleep(1000);
  await load.stop();
  const termRecs = records.slice(termStartIdx);
  const inFlight = termRecs.filter((r) => r.start < tTerm && r.end > tTerm);
  const inFlightBad = inFlight.filter((r) => r.code && !r.expected);
  // Sent after the signal: accepted before the listener closed (and answered), or refused.
  const late = termRecs.filter((r) => r.start > tTerm);
  const lateBad = late.filter((r) => r.code && !r.expected && !(r.code.startsWith('NET_') || r.status === 503));
  check(
    'SIGTERM: requests in flight at the signal complete',
    inFlight.length > 0 && inFlightBad.length === 0,
    `${inFlight.length} in flight, ${inFlightBad.length} failed ${JSON.stringify(summarise(inFlightBad).codes)}`,
  );
  check(
    'SIGTERM: new requests are refused (connection refused/closed or 503), none fails otherwise',
    late.some((r) => r.code?.startsWith('NET_') || r.status === 503) && lateBad.length === 0,
    `${late.length} sent after the signal: ${late.filter((r) => !r.code).length} answered before the listener closed, codes ${JSON.stringify(summarise(late).codes)}`,
  );
  check('SIGTERM: the process exits 0', exit?.code === 0, `exit ${JSON.stringify(exit)} after ${tExit - tTerm} ms`);
  const v2 = await verifyDatabase('after SIGTERM');

  const all = summarise(records);
  const fiveXXNot503 = records.filter((r) => r.status >= 500 && r.status !== 503).length;
  check('no 5xx other than 503 in the whole run', fiveXXNot503 === 0, `${all.fiveXX} 5xx, ${fiveXXNot503} not 503`);
  const figures = {
    mode: opt.mode,
    clients: CLIENTS,
    outageMs: tUp - tDown,
    requestsSent: all.sent,
    acknowledgedWrites: v2.ackedWrites,
    foundAfterwards: v2.foundWrites,
    ackedAfterOutage: v1.ackedWrites,
    fiveXX: all.fiveXX,
    fiveXXNot503,
    failedCodesDuringOutage: out.codes,
    failedCodesAfterSigterm: summarise(termRecs).codes,
    concurrentNoteConflicts: all.conflicts,
    submitsRetriedWithTheirKey: retried,
    longestFailingRequestMs: all.longestFailMs,
    longestFailingRequest: (({ op, status, code, ms, start }) => ({
      op,
      status,
      code,
      ms,
      startedAfterStopMs: start - tDown,
    }))(records.filter((r) => r.code && !r.expected).sort((a, b) => b.ms - a.ms)[0] ?? {}),
    longestFailingDuringOutageMs: out.longestFailMs,
    longestFailingWaitAfterStopMs: failWaitMs,
    longestRequestDuringOutageMs: out.longestMs,
    readyz503AfterMs: turn503Ms,
    readyz200AfterDbBackMs: tReady ? tReady - tUp : null,
    readyz200AfterStopMs: tReady ? tReady - tDown : null,
    pidUnchanged: alive && server.child.pid === pid,
    sigtermInFlight: inFlight.length,
    sigtermExitMs: tExit - tTerm,
    durationS: Math.round((Date.now() - t0) / 1000),
  };
  console.log(`\nfigures ${JSON.stringify(figures, null, 2)}`);
}

let failed = false;
try {
  await main();
} catch (err) {
  failed = true;
  console.error(`fault drill aborted: ${err?.stack ?? err}`);
  if (serverOut) console.error(`--- server output (tail)\n${serverOut.slice(-2000)}`);
} finally {
  if (server && server.child.exitCode === null) server.child.kill('SIGKILL');
  if (db) {
    if (opt.mode === 'stop') db.kill('SIGCONT');
    await stopDb('SIGTERM');
  }
  dbLog.end();
  if (opt.keep) say(`kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
const bad = checks.filter((c) => !c.ok);
if (bad.length && !failed && serverOut) console.log(`--- server output (tail)\n${serverOut.slice(-3000)}`);
if (failed || bad.length) {
  console.log(`\nfault drill FAILED: ${bad.length} of ${checks.length} checks failed${failed ? ', aborted' : ''}`);
  process.exit(1);
}
console.log(`\nfault drill passed: ${checks.length} checks`);
