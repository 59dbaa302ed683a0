/**
 * Role × scope × operation matrix for every query and mutation of the API. Each operation is run
 * by each actor against a target inside Boxue Road Community ("in": 天钜银河府, served by 绿城物业,
 * home of the committee) and one inside 兴议社区 ("out"), and the outcome is compared with the
 * table. An operation of the schema without a row here fails the test: deny by default.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGraphQLSchema } from '../../src/graphql/schema.js';
import { auditRowIn } from '../helpers/fixtures.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { ACTORS, buildWorld, type World } from '../helpers/world.js';
import { CALENDAR_ROWS } from './calendar.rows.js';
import { IDENTITY_ROWS } from './identity.rows.js';
import { expected, outcome, type Rule } from './kit.js';
import { TICKET_ROWS } from './ticket.rows.js';

const MATRIX: Record<string, Rule> = { ...IDENTITY_ROWS, ...CALENDAR_ROWS, ...TICKET_ROWS };

describe('role × scope × operation matrix', () => {
  let server: TestServer;
  let w: World;
  beforeAll(async () => {
    server = await startTestServer({ LOGIN_IP_LOCK_AFTER: '10000' });
    w = await buildWorld(server);
    await auditRowIn(w, 'boxue');
    await auditRowIn(w, 'xingyi');
  });
  afterAll(() => server.close());

  it('has a rule for every query and mutation of the schema (deny by default)', async () => {
    const schema = await buildGraphQLSchema();
    const ops = [schema.getQueryType(), schema.getMutationType()].flatMap((t) => (t ? Object.keys(t.getFields()) : []));
    const missing = ops.filter((op) => !(op in MATRIX));
    expect(missing, 'operations without a row in the matrix').toEqual([]);
    const stale = Object.keys(MATRIX).filter((op) => !ops.includes(op));
    expect(stale, 'rows for operations that no longer exist').toEqual([]);
  });

  for (const [op, rule] of Object.entries(MATRIX)) {
    it(`${op}: every actor, in and out of scope`, async () => {
      const got: string[] = [];
      const want: string[] = [];
      for (const actor of ACTORS) {
        for (const target of ['in', 'out'] as const) {
          const r = await rule.run({ w, s: server, token: w.tokens[actor], actor, target });
          got.push(`${actor}/${target}: ${outcome(r, rule.list)}`);
          want.push(`${actor}/${target}: ${expected(rule, actor, target)}`);
        }
      }
      expect(got).toEqual(want);
    });
  }
});
