/**
 * Role × scope × operation matrix for every query, mutation and subscription of the API. Each
 * operation is run by each of the 11 actors (helpers/world.ts ACTORS: nobody, a resident, staff of
 * each role in and out of scope, an app key calling with `X-Api-Key` alone) against a target
 * inside 博学路社区 ("in": 天钜银河府, served by 绿城物业, home of the committee) and one inside
 * 兴议社区 ("out"), each cell a test of its own named
 * after the actor, the operation, the place and the expected outcome; after an OK mutation, a
 * follow-up read checks the change happened. An operation of the schema without a row fails the
 * run (deny by default), and so does a mutation row without an effect check. The run prints its
 * size: operations × actors × scopes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGraphQLSchema } from '../../src/graphql/schema.js';
import { auditRowIn } from '../helpers/fixtures.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import {
  ACTORS,
  addAppKeyActor,
  addDepartmentActor,
  addSecondStreetDepth,
  buildWorld,
  type World,
} from '../helpers/world.js';
import { asApp, cellName, collectRows, expected, outcome, TARGETS } from './kit.js';

const MATRIX = await collectRows();
/** The size of the matrix: operations × actors × scopes (the targets in and out of 博学路), one test per cell. */
const SIZE = {
  operations: Object.keys(MATRIX).length,
  actors: ACTORS.length,
  scopes: TARGETS.length,
  cells: Object.keys(MATRIX).length * ACTORS.length * TARGETS.length,
};
console.log(
  `permission matrix: ${SIZE.operations} operations × ${SIZE.actors} actors × ${SIZE.scopes} scopes = ${SIZE.cells} cells`,
);

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
    // Every actor calls from 127.0.0.1: the per-address limits of sign-in, registration and
    // one-time codes (REGISTER_IP_MAX, 20 an hour) would refuse the 21st actor's public rows.
    server = await startTestServer({ LOGIN_IP_LOCK_AFTER: '10000', REGISTER_IP_MAX: '10000' });
    w = await buildWorld(server);
    await addDepartmentActor(server, w);
    await addAppKeyActor(server, w);
    await addSecondStreetDepth(server, w);
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

  it('runs in a world of two streets, two communities each, estates of different property companies and committees', async () => {
    const perStreet: { street: string; communities: number; companies: number; committees: number }[] =
      await w.ds.query(
        `SELECT s.name AS street,
              (SELECT COUNT(*) FROM community c WHERE c.streetId = s.id) AS communities,
              (SELECT COUNT(DISTINCT oe.organisationId) FROM organisation_estate oe JOIN estate e ON e.id = oe.estateId
                 WHERE e.streetId = s.id) AS companies,
              (SELECT COUNT(*) FROM organisation o WHERE o.streetId = s.id AND o.kind = 'OWNERS_COMMITTEE') AS committees
         FROM street s WHERE s.name IN ('北干街道', '城厢街道') ORDER BY s.name`,
      );
    expect(perStreet).toHaveLength(2);
    for (const r of perStreet) {
      expect(Number(r.communities), `${r.street}: communities`).toBeGreaterThanOrEqual(2);
      expect(Number(r.companies), `${r.street}: property companies serving its estates`).toBeGreaterThanOrEqual(2);
      expect(Number(r.committees), `${r.street}: owners' committees`).toBeGreaterThanOrEqual(2);
    }
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
            const apiKey = actor === 'appKey' ? w.app?.key : undefined;
            const c = { w, s: server, token: w.tokens[actor], actor, target, apiKey, scratch: {} };
            await asApp(server, apiKey, async () => {
              const r = await rule.run(c);
              expect(outcome(r, rule.list), JSON.stringify(r.errors?.[0] ?? null)).toBe(want);
              if (want === 'OK' && rule.effect) await rule.effect(c, r);
            });
          });
        }
      }
    });
  }
});
