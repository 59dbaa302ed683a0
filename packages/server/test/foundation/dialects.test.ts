import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialect } from '../helpers/database.js';
import { codeOf, startTestServer, type TestServer } from '../helpers/server.js';
import { act, key, submit } from '../helpers/tickets.js';
import { buildWorld, type World } from '../helpers/world.js';

/** Shanghai wall-clock time with milliseconds, e.g. '2026-06-30 23:59:59.999'. */
const shanghai = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 23).replace('T', ' ');

describe('instants, keys and list order agree on SQLite and MySQL/MariaDB', () => {
  let server: TestServer;
  let w: World;
  beforeAll(async () => {
    // On MariaDB, round fractional seconds like MySQL 8 does (STACK trap 18) on every connection.
    server = await startTestServer(
      {},
      { db: { sessionSql: ["SET SESSION sql_mode = CONCAT(@@sql_mode, ',TIME_ROUND_FRACTIONAL')"] } },
    );
    w = await buildWorld(server);
  });
  afterAll(() => server.close());

  it(`a ticket assignment due at 23:59:59.999 Shanghai time reads back unchanged (${testDialect})`, async () => {
    if (testDialect === 'mysql') {
      const [mode] = await server.db.dataSource.query('SELECT @@SESSION.sql_mode AS m');
      expect(mode.m).toContain('TIME_ROUND_FRACTIONAL');
    }
    const t = await submit(server, w);
    expect(codeOf(await act(server, w, 'accept', t.id))).toBe('OK');
    const r = await server.gql<{ ticket: { assignments: { deadline: { dueAt: string } }[] } }>(
      'query($id: ID!) { ticket(id: $id) { assignments { deadline { dueAt } } } }',
      { id: t.id },
      w.tokens.boxue,
    );
    const dueAt = new Date(r.data?.ticket.assignments[0]?.deadline.dueAt ?? 0);
    expect(shanghai(dueAt)).toMatch(/ 23:59:59\.999$/);
    // And the stored row, read back through the entity layer, keeps it.
    const [row] = await server.db.dataSource.query('SELECT replyDueAt FROM ticket_assignment WHERE ticketId = ?', [
      t.id,
    ]);
    const stored = row.replyDueAt instanceof Date ? row.replyDueAt : new Date(`${row.replyDueAt.replace(' ', 'T')}Z`);
    expect(stored.toISOString()).toBe(dueAt.toISOString());
  });

  it('creation times keep milliseconds', async () => {
    const t = await submit(server, w);
    const [row] = await server.db.dataSource.query('SELECT createdAt FROM ticket WHERE id = ?', [t.id]);
    if (testDialect === 'sqlite') expect(row.createdAt).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}$/);
    else {
      const [col] = await server.db.dataSource.query(
        "SELECT DATETIME_PRECISION AS p FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'ticket' AND COLUMN_NAME = 'createdAt'",
      );
      expect(Number(col.p)).toBe(3);
    }
  });

  it('two idempotency keys that differ only in case make two tickets', async () => {
    const k = `Case-${key()}`;
    const a = await submit(server, w, { idempotencyKey: k.toLowerCase() });
    const b = await submit(server, w, { idempotencyKey: k.toUpperCase() });
    expect(b.id).not.toBe(a.id);
    // The same key again is still the same ticket.
    const again = await submit(server, w, { idempotencyKey: k.toUpperCase() });
    expect(again.id).toBe(b.id);
  });

  it('a backdated (imported) ticket sorts by creation time across pages, not by id', async () => {
    const made = [];
    for (let i = 0; i < 4; i++) made.push(await submit(server, w, { title: `排序 ${i}` }));
    // The last one (largest id) is backdated to before every other ticket: it belongs last (newest first).
    const imported = made[3];
    await server.db.dataSource.query('UPDATE ticket SET createdAt = ? WHERE id = ?', [
      testDialect === 'sqlite' ? '2001-01-01 00:00:00.000' : new Date('2001-01-01T00:00:00Z'),
      imported?.id,
    ]);
    const ids: string[] = [];
    let after: string | null = null;
    for (;;) {
      const r: {
        data?: {
          tickets: { edges: { node: { id: string } }[]; pageInfo: { endCursor: string; hasNextPage: boolean } };
        } | null;
      } = await server.gql(
        'query($a: String) { tickets(first: 3, after: $a) { edges { node { id } } pageInfo { endCursor hasNextPage } } }',
        { a: after },
        w.tokens.boxue,
      );
      const page = r.data?.tickets;
      if (!page) throw new Error(JSON.stringify(r));
      ids.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.at(-1)).toBe(imported?.id);
    // The others stay newest first.
    const others = made.slice(0, 3).map((t) => t.id);
    expect(ids.filter((id) => others.includes(id))).toEqual([...others].reverse());
  });
});
