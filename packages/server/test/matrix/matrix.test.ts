/**
 * Role × scope × operation matrix for every query, mutation and subscription of the API. Each
 * operation is run by each actor against a target inside 博学路社区 ("in": 天钜银河府, served by
 * 绿城物业, home of the committee) and one inside 兴议社区 ("out"), each cell a test of its own named
 * after the actor, the operation, the place and the expected outcome; after an OK mutation, a
 * follow-up read checks the change happened. An operation of the schema without a row fails the
 * run (deny by default), and so does a mutation row without an effect check.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGraphQLSchema } from '../../src/graphql/schema.js';
import { auditRowIn } from '../helpers/fixtures.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { ACTORS, addDepartmentActor, buildWorld, type World } from '../helpers/world.js';
import { cellName, collectRows, expected, outcome, TARGETS } from './kit.js';

const MATRIX = await collectRows();

describe('role × scope × operation matrix', () => {
  let server: TestServer;
  let w: World;
  let signedAt = 0;
  /**
   * Access tokens live at most 15 minutes and the whole matrix can run longer on a busy machine:
   * every 10 minutes each actor signs in again (a row that changed an actor's password keeps its token).
   */
  async function freshTokens(): Promise<void> {
    if (Date.now() - signedAt < Number(process.env.MATRIX_RESIGN_MS ?? 10 * 60_000)) return;
    for (const [actor, sign] of Object.entries(w.resign) as [keyof World['tokens'], () => Promise<string>][]) {
      w.tokens[actor] = await sign().catch(() => w.tokens[actor]);
    }
    signedAt = Date.now();
  }
  beforeAll(async () => {
    server = await startTestServer({ LOGIN_IP_LOCK_AFTER: '10000' });
    w = await buildWorld(server);
    await addDepartmentActor(server, w);
    await auditRowIn(w, 'boxue');
    await auditRowIn(w, 'xingyi');
    signedAt = Date.now();
  });
  afterAll(() => server.close());

  it('has a row for every query, mutation and subscription of the schema (deny by default)', async () => {
    const schema = await buildGraphQLSchema();
    const ops = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].flatMap((t) =>
      t ? Object.keys(t.getFields()) : [],
    );
    const missing = ops.filter((op) => !(op in MATRIX));
    expect(missing, 'operations without a row in the matrix').toEqual([]);
    const stale = Object.keys(MATRIX).filter((op) => !ops.includes(op));
    expect(stale, 'rows for operations that no longer exist').toEqual([]);
  });

  it('checks the effect of every mutation it runs', async () => {
    const schema = await buildGraphQLSchema();
    const mutations = Object.keys(schema.getMutationType()?.getFields() ?? {});
    const unchecked = mutations.filter((op) => MATRIX[op] && !MATRIX[op].effect);
    expect(unchecked, 'mutation rows without an effect check').toEqual([]);
  });

  for (const [op, rule] of Object.entries(MATRIX)) {
    describe(op, () => {
      for (const actor of ACTORS) {
        for (const target of TARGETS) {
          const want = expected(rule, actor, target);
          it(cellName(op, actor, target, want), async () => {
            await freshTokens();
            const c = { w, s: server, token: w.tokens[actor], actor, target, scratch: {} };
            const r = await rule.run(c);
            expect(outcome(r, rule.list), JSON.stringify(r.errors?.[0] ?? null)).toBe(want);
            if (want === 'OK' && rule.effect) await rule.effect(c, r);
          });
        }
      }
    });
  }
});
