/**
 * Statements of submitTicket: a resident's submission (the benchmark's write) takes a bounded
 * number of SQL statements (it fails if it grows), and a re-sent submission (same idempotency key)
 * only reads the first.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialect } from '../helpers/database.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { capturedStatements } from '../helpers/sql-log.js';
import { key, submit } from '../helpers/tickets.js';
import { buildWorld, type World } from '../helpers/world.js';

describe(`submitTicket statements (${testDialect})`, () => {
  let server: TestServer;
  let w: World;
  beforeAll(async () => {
    server = await startTestServer();
    w = await buildWorld(server);
  }, 120_000);
  afterAll(() => server.close());

  const quiet = async () => {
    for (let i = 0; i < 20; i++) {
      if ((await capturedStatements(server, () => new Promise((r) => setTimeout(r, 150)))).length === 0) return;
    }
  };
  const statements = async (work: () => Promise<unknown>) => {
    await quiet();
    return capturedStatements(server, work);
  };

  it('a new ticket and a re-sent one', async () => {
    // Warm the viewer cache and the reference tables: the count is the submission's own.
    await submit(server, w);
    await submit(server, w, { estateId: null });
    const k = key();
    const withEstate = await statements(() => submit(server, w, { idempotencyKey: k }));
    const inCommunity = await statements(() => submit(server, w, { estateId: null }));
    const again = await statements(() => submit(server, w, { idempotencyKey: k }));
    console.info(
      `submitTicket: ${withEstate.length} (estate), ${inCommunity.length} (community), re-sent ${again.length}`,
    );
    // 16 (issue 21, from 24): the key, category, place, board settings; BEGIN, ticket, event (no
    // SELECT after either), webhook subscriptions, staff, one notification insert, routing rule,
    // hot-topic rule, recent tickets, their hot topics, their 我也遇到; COMMIT.
    expect(withEstate.length).toBeLessThanOrEqual(16);
    expect(inCommunity.length).toBeLessThanOrEqual(16);
    // A re-sent submission reads the first ticket and writes nothing.
    expect(again).toHaveLength(1);
    expect(again[0]).toMatch(/^SELECT/);
    const [row] = await w.ds.query('SELECT COUNT(*) AS n FROM ticket WHERE idempotencyKey = ?', [k]);
    expect(Number(row.n)).toBe(1);
  }, 120_000);
});
