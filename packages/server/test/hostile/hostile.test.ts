/**
 * Hostile input on every mutation of the schema, generated from the schema, not listed per
 * mutation (issue 19). For each mutation:
 *
 * - the actor is the first one its matrix row expects to succeed (test/matrix/*.rows.ts), and the
 *   row's own run makes the fixture (a fresh ticket, a pending binding …) and the valid call;
 * - the call is caught before it leaves, and each slot of the mutation's input types (every scalar
 *   and enum field, every argument object, every list of objects) is sent in turn with one draw of
 *   each hostile category of its GraphQL type (arbitraries.ts: empty, huge, wrong-typed, rare
 *   Unicode, SQL and script payloads, negative and overflowing numbers, unknown enum values, far
 *   past/future and invalid dates, malformed, nonexistent and other-scope ids), the rest of the
 *   call left valid;
 * - every answer must be HTTP 200 or 400 with a documented `extensions.code` (or a success), never
 *   a 5xx nor INTERNAL_SERVER_ERROR; after a refused call, the row count of every table must be as
 *   before (nothing half-written). After an accepted call the fixture is made again.
 *
 * HOSTILE_SLOW_MS (default 8000): a refusal slower than this is a finding.
 * HOSTILE_RUNS (default 1): rounds of draws per slot and category. HOSTILE_SEED (default 19): the
 * fast-check seed. HOSTILE_ONLY=op1,op2: only those mutations. Figures are printed at the end.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import fc from 'fast-check';
import { buildSchema, type GraphQLField, getNamedType, isInputObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorCode } from '../../src/common/errors.js';
import { REFUSED_BY_COLUMN, REQUEST_CODES } from '../../src/graphql/format-error.js';
import { testDialect } from '../helpers/database.js';
import { auditRowIn } from '../helpers/fixtures.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { countChanges, type TableCounts, tableCounter } from '../helpers/table-counts.js';
import { ACTORS, type ActorName, addDepartmentActor, buildWorld, type World } from '../helpers/world.js';
import { collectRows, expected, outcome, type Target as Place, type Rule } from '../matrix/kit.js';
import { categoriesOf, otherScopeIds } from './arbitraries.js';
import {
  type Call,
  callsMutation,
  plainValue,
  type Slot,
  slotLabel,
  slotsOf,
  type Target,
  targetOf,
  variablesOf,
  withValueAt,
} from './calls.js';

const RUNS = Math.max(1, Number(process.env.HOSTILE_RUNS ?? 1));
const SEED = Number(process.env.HOSTILE_SEED ?? 19);
/** A refusal slower than this is a finding (an unanchored pattern took 10-25 s on a huge password). */
const SLOW_MS = Number(process.env.HOSTILE_SLOW_MS ?? 8_000);
const ONLY = process.env.HOSTILE_ONLY?.split(',').filter(Boolean);

const MATRIX = await collectRows();
/**
 * The contract (packages/schema/schema.graphql, emitted from the server and checked by the contract
 * test): built from SDL, its enum values are their names, as on the wire.
 */
const schema = buildSchema(readFileSync(new URL('../../../schema/schema.graphql', import.meta.url), 'utf8'));
const MUTATIONS = Object.keys(schema.getMutationType()?.getFields() ?? {})
  .filter((op) => !ONLY || ONLY.includes(op))
  .sort();
const DOCUMENTED = new Set<string>([...Object.values(ErrorCode), ...REQUEST_CODES]);

/** One hostile case: a slot, a category, and how to make the slot's value from the row's value. */
interface Case {
  slot: Slot;
  category: string;
  value: (current: unknown) => unknown;
}

const hash = (s: string) => [...s].reduce((h, c) => (Math.imul(h, 31) + (c.codePointAt(0) ?? 0)) | 0, SEED);
const draw = (arb: fc.Arbitrary<unknown>, key: string) => fc.sample(arb, { seed: hash(key), numRuns: 1 })[0];

function casesOf(op: string, def: GraphQLField<unknown, unknown>): Case[] {
  const cases: Case[] = [];
  for (let round = 0; round < RUNS; round++) {
    for (const slot of slotsOf(def)) {
      const label = `${op}.${slotLabel(slot)}`;
      if (slot.kind === 'object') {
        const named = getNamedType(slot.type);
        const unknownField = (cur: unknown) => ({ ...(cur as object), hostileUnknownField: '𠀀' });
        cases.push(
          { slot, category: 'null-input', value: () => null },
          { slot, category: 'empty-input', value: () => ({}) },
          { slot, category: 'wrong-type', value: () => (round % 2 ? [] : '𠀀') },
          { slot, category: 'unknown-field', value: unknownField },
        );
        if (!isInputObjectType(named)) throw new Error(`${label}: not an input object`);
        continue;
      }
      if (slot.kind === 'object-list') {
        const first = (cur: unknown) => (Array.isArray(cur) && cur[0] !== undefined ? cur[0] : plainValue(slot.type));
        cases.push(
          { slot, category: 'empty-list', value: () => [] },
          { slot, category: 'null-list', value: () => null },
          { slot, category: 'huge-list', value: (cur) => Array.from({ length: 5_000 }, () => first(cur)) },
        );
        continue;
      }
      for (const c of categoriesOf(slot.type)) {
        const v = draw(c.arb, `${label}/${c.name}/${round}`);
        cases.push({ slot, category: c.name, value: () => structuredClone(v) });
      }
    }
  }
  return cases;
}

const preview = (v: unknown): string => {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 60 ? `${s.slice(0, 57)}… (${s.length} chars)` : s;
};

class Captured extends Error {
  constructor(readonly call: Call) {
    super('captured');
  }
}

interface Figures {
  mutations: number;
  covered: string[];
  uncovered: Record<string, string>;
  cases: number;
  fixtureRequests: number;
  accepted: number;
  rejected: Record<string, number>;
  status5xx: number;
  internal: number;
  halfWrites: number;
  countNoise: number;
  worlds: number;
  refusedByDatabase: number;
  noiseTables: Record<string, number>;
  slowestMs: number;
  slowestRefusedMs: number;
  slowestRefused: string;
  slowest: string;
}
const figures: Figures = {
  mutations: MUTATIONS.length,
  covered: [],
  uncovered: {},
  cases: 0,
  fixtureRequests: 0,
  accepted: 0,
  rejected: {},
  status5xx: 0,
  internal: 0,
  halfWrites: 0,
  countNoise: 0,
  worlds: 0,
  refusedByDatabase: 0,
  noiseTables: {},
  slowestMs: 0,
  slowestRefusedMs: 0,
  slowestRefused: '',
  slowest: '',
};

/** Every case sent, written to HOSTILE_REPORT (a JSON file) when set. */
const journal: { op: string; slot: string; category: string; status: number; code: string; ms: number }[] = [];

describe(`hostile input on every mutation (${testDialect})`, () => {
  let server: TestServer;
  let w: World;
  let count: () => Promise<TableCounts>;
  /**
   * The server's log at warn level: a value that only the database refused (mapped to BAD_USER_INPUT
   * by the error pipeline's safety net) is a validation gap at the boundary, and counts as a finding.
   */
  let refusedByDatabase = 0;
  const serverLog = new Writable({
    write(chunk, _enc, done) {
      if (String(chunk).includes(REFUSED_BY_COLUMN)) refusedByDatabase += 1;
      done();
    },
  });
  const started = Date.now();

  /**
   * A new server on a new database with the matrix's world. Accepted hostile calls are real writes
   * (a street admin may well set 绿城's estates to none): when a later row's own run no longer
   * succeeds, its mutation starts over in a fresh world.
   */
  async function freshWorld(): Promise<void> {
    await server?.close();
    server = await startTestServer(
      {
        LOG_LEVEL: 'warn',
        LOGIN_IP_LOCK_AFTER: '10000',
        LOGIN_LOCK_AFTER: '100',
        LOGIN_ACCOUNT_LOCK_AFTER: '10000',
        LOGIN_BASE_DELAY_MS: '0',
        REGISTER_IP_MAX: '10000',
        REGISTER_PHONE_MAX: '1000',
      },
      { logStream: serverLog },
    );
    w = await buildWorld(server);
    await addDepartmentActor(server, w);
    await auditRowIn(w, 'boxue');
    await auditRowIn(w, 'xingyi');
    count = await tableCounter(w.ds);
    // Records of the second street (城厢): out of scope of everyone but the system admin.
    const o = w.other;
    otherScopeIds.splice(
      0,
      otherScopeIds.length,
      o.street.id,
      o.community.id,
      o.estate.id,
      o.household.id,
      o.office.id,
    );
    otherScopeIds.push(w.user.otherStreet);
    figures.worlds += 1;
  }
  beforeAll(freshWorld, 600_000);

  afterAll(async () => {
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const rejected = Object.entries(figures.rejected)
      .sort((a, b) => b[1] - a[1])
      .map(([c, n]) => `${c} ${n}`)
      .join(', ');
    console.log(
      [
        `hostile input (${testDialect}, seed ${SEED}, ${RUNS} round(s)) in ${seconds} s:`,
        `  mutations covered: ${figures.covered.length} of ${figures.mutations}`,
        ...Object.entries(figures.uncovered).map(([op, why]) => `    not covered: ${op} — ${why}`),
        `  hostile requests sent: ${figures.cases} (plus ${figures.fixtureRequests} fixture requests)`,
        `  accepted: ${figures.cases - Object.values(figures.rejected).reduce((a, b) => a + b, 0)}`,
        `  rejected by code: ${rejected}`,
        `  5xx answers: ${figures.status5xx}; INTERNAL_SERVER_ERROR: ${figures.internal}`,
        `  half-writes found: ${figures.halfWrites} (count changes that did not repeat: ${figures.countNoise})`,
        ...Object.entries(figures.noiseTables).map(([t, n]) => `    did not repeat: ${t} (${n}×)`),
        `  values refused only by the database (validation gaps): ${figures.refusedByDatabase}`,
        `  worlds built: ${figures.worlds}`,
        `  slowest request: ${figures.slowestMs} ms (${figures.slowest})`,
        `  slowest refused request: ${figures.slowestRefusedMs} ms (${figures.slowestRefused})`,
      ].join('\n'),
    );
    if (process.env.HOSTILE_REPORT)
      writeFileSync(process.env.HOSTILE_REPORT, JSON.stringify({ figures, journal }, null, 1));
    await server?.close();
  });

  /** The first actor the matrix expects to succeed, inside 博学路 if anyone can, else inside 兴议. */
  function allowed(rule: Rule): { actor: ActorName; target: Place } | null {
    for (const target of ['in', 'out'] as const) {
      const actor = ACTORS.find((a) => expected(rule, a, target) === 'OK');
      if (actor) return { actor, target };
    }
    return null;
  }

  async function send(target: Target, args: Record<string, unknown>) {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(target.token ? { authorization: `Bearer ${target.token}` } : {}),
      },
      body: JSON.stringify({ query: target.document, variables: variablesOf(target, args) }),
    });
    const text = await res.text();
    let body: { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: string } }[] } = {};
    try {
      body = JSON.parse(text);
    } catch {
      body = { errors: [{ extensions: { code: `NON_JSON ${text.slice(0, 80)}` } }] };
    }
    return { status: res.status, body };
  }

  for (const op of MUTATIONS) {
    it(op, async () => {
      const rule = MATRIX[op];
      const who = rule && allowed(rule);
      if (!rule || !who) {
        figures.uncovered[op] = rule ? 'no actor may call it (matrix row)' : 'no matrix row';
        return;
      }
      const def = schema.getMutationType()?.getFields()[op] as GraphQLField<unknown, unknown>;
      const ctx = (s: TestServer) => ({
        w,
        s,
        token: w.tokens[who.actor],
        actor: who.actor,
        target: who.target,
        scratch: {},
      });
      /** The server as the row sees it: calls of `op` are counted, and the `stopAt`-th is caught instead of sent. */
      const proxy = (stopAt: number | null, seen: Call[]): TestServer => {
        let n = 0;
        return {
          ...server,
          gql: async (query, variables = {}, token) => {
            if (callsMutation(query, op)) {
              n += 1;
              const call = { query, variables, token };
              if (n === stopAt) throw new Captured(call);
              seen.push(call);
            }
            figures.fixtureRequests += 1;
            return server.gql(query, variables, token);
          },
        };
      };

      // The control: the row's own run, sent as it is, succeeds; its calls of `op` are counted.
      let seen: Call[] = [];
      const runControl = async () => {
        seen = [];
        return rule
          .run(ctx(proxy(null, seen)))
          .catch((e: Error) => ({ errors: [{ message: e.message, extensions: { code: 'FIXTURE_FAILED' } }] }));
      };
      let control = await runControl();
      if (outcome(control) !== 'OK') {
        await freshWorld();
        control = await runControl();
      }
      expect(outcome(control), `control call of ${op} as ${who.actor}: ${JSON.stringify(control.errors)}`).toBe('OK');
      const stopAt = seen.length;
      if (stopAt === 0) {
        figures.uncovered[op] = 'its matrix row does not send it as a GraphQL document';
        return;
      }
      /** A fresh fixture and the row's call of `op`, caught before it is sent. */
      const prepare = async (retry = true): Promise<Target> => {
        try {
          await rule.run(ctx(proxy(stopAt, [])));
        } catch (e) {
          if (e instanceof Captured) return targetOf(schema, op, e.call);
          if (!retry) throw e;
          // An accepted case changed the world under the row (e.g. made the fixture's place unreachable).
          await freshWorld();
          return prepare(false);
        }
        throw new Error(`${op}: the row's run did not call it a ${stopAt}th time`);
      };

      const findings: string[] = [];
      let target: Target | null = null;
      for (const c of casesOf(op, def)) {
        target ??= await prepare();
        const label = `${slotLabel(c.slot)} ${c.category}`;
        const current = c.slot.path.reduce<unknown>(
          (o, k) => (o as Record<string | number, unknown> | undefined)?.[k],
          target.args,
        );
        const args = withValueAt(def, target.args, c.slot.path, c.value(current));
        const before = await count();
        const gapsBefore = refusedByDatabase;
        const t0 = Date.now();
        const { status, body } = await send(target, args);
        const ms = Date.now() - t0;
        figures.cases += 1;
        journal.push({
          op,
          slot: slotLabel(c.slot),
          category: c.category,
          status,
          code: body.errors?.[0]?.extensions?.code ?? 'OK',
          ms,
        });
        if (ms > figures.slowestMs) Object.assign(figures, { slowestMs: ms, slowest: `${op} ${label}` });
        const code = body.errors?.[0]?.extensions?.code;
        await new Promise((r) => setImmediate(r)); // the log line of this answer, if any, is in
        const what = `${op} ${label} ${preview(args[c.slot.path[0] as string])}`;
        if (status >= 500) figures.status5xx += 1;
        if (refusedByDatabase > gapsBefore) {
          figures.refusedByDatabase += 1;
          findings.push(`refused only by the database (no boundary validation): ${what}`);
        }
        if (status !== 200 && status !== 400) findings.push(`HTTP ${status} (${code}): ${what}`);
        if (!code && body.data?.[op] != null) {
          target = null; // accepted: the fixture is spent, the next case makes a new one
          continue;
        }
        if (ms > figures.slowestRefusedMs)
          Object.assign(figures, { slowestRefusedMs: ms, slowestRefused: `${op} ${label}` });
        if (ms > SLOW_MS) findings.push(`refused only after ${ms} ms (bound ${SLOW_MS}): ${what}`);
        const shown = code ?? 'NO_DATA';
        figures.rejected[shown] = (figures.rejected[shown] ?? 0) + 1;
        if (code === ErrorCode.INTERNAL_SERVER_ERROR) figures.internal += 1;
        if (!code || !DOCUMENTED.has(code)) findings.push(`undocumented answer ${shown}: ${what}`);
        else if (code === ErrorCode.INTERNAL_SERVER_ERROR) findings.push(`INTERNAL_SERVER_ERROR: ${what}`);
        const changed = countChanges(before, await count());
        if (changed.length === 0) continue;
        // Something else may have written meanwhile (a delivery after an earlier success): the
        // same case again, once the database is quiet, must change the same tables to count.
        await new Promise((r) => setTimeout(r, 200));
        const again = await count();
        await send(target, args);
        const repeated = countChanges(again, await count()).filter((t) => changed.includes(t));
        if (repeated.length === 0) {
          figures.countNoise += 1;
          figures.noiseTables[changed.join(', ')] = (figures.noiseTables[changed.join(', ')] ?? 0) + 1;
          continue;
        }
        figures.halfWrites += 1;
        findings.push(`half-write (${code}; ${repeated.join(', ')}): ${what}`);
      }
      figures.covered.push(op);
      expect(findings, `${op} as ${who.actor}`).toEqual([]);
    }, 300_000);
  }

  it('covers every mutation of the schema', () => {
    if (ONLY) return;
    expect(figures.uncovered).toEqual({});
  });
});
