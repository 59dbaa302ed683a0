import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialect } from '../helpers/database.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { act, codeOfAct, key, submit } from '../helpers/tickets.js';
import { buildWorld, login, type World } from '../helpers/world.js';

describe(`idempotent intake and concurrent actions (${testDialect})`, () => {
  let server: TestServer;
  let w: World;
  beforeAll(async () => {
    server = await startTestServer();
    w = await buildWorld(server);
  });
  afterAll(() => server.close());

  const count = async (sql: string, params: unknown[]) => Number((await w.ds.query(sql, params))[0].n);

  it('two submits with one idempotency key create one ticket (sequential retry)', async () => {
    const k = key();
    const a = await submit(server, w, { idempotencyKey: k });
    const b = await submit(server, w, { idempotencyKey: k });
    expect(b.id).toBe(a.id);
    expect(await count('SELECT COUNT(*) AS n FROM ticket WHERE idempotencyKey = ?', [k])).toBe(1);
  });

  it('two submits with one idempotency key at the same moment create one ticket', async () => {
    for (let round = 0; round < 5; round++) {
      const k = key();
      const [a, b] = await Promise.all([
        submit(server, w, { idempotencyKey: k }),
        submit(server, w, { idempotencyKey: k }),
      ]);
      expect(b.id).toBe(a.id);
      expect(await count('SELECT COUNT(*) AS n FROM ticket WHERE idempotencyKey = ?', [k])).toBe(1);
      expect(
        await count("SELECT COUNT(*) AS n FROM ticket_event WHERE ticketId = ? AND type = 'SUBMITTED'", [a.id]),
      ).toBe(1);
    }
  });

  it('the same key from another resident is a different ticket', async () => {
    const k = key();
    const a = await submit(server, w, { idempotencyKey: k });
    const b = await submit(server, w, { idempotencyKey: k, token: await login(server, '13900000002') });
    expect(b.id).not.toBe(a.id);
  });

  it('two staff accepting at once: one succeeds, the other gets CONFLICT; the timeline has one acceptance', async () => {
    for (let round = 0; round < 5; round++) {
      const t = await submit(server, w);
      const [r1, r2] = await Promise.all([
        act(server, w, 'accept', t.id, { expectedVersion: t.version }),
        act(server, w, 'accept', t.id, { expectedVersion: t.version }, w.tokens.street),
      ]);
      expect([codeOfAct(r1), codeOfAct(r2)].sort()).toEqual(['CONFLICT', 'OK']);
      expect(
        await count("SELECT COUNT(*) AS n FROM ticket_event WHERE ticketId = ? AND type = 'ACCEPTED'", [t.id]),
      ).toBe(1);
      const [row] = await w.ds.query('SELECT state, version FROM ticket WHERE id = ?', [t.id]);
      expect(row.state).toBe('ACCEPTED');
      expect(Number(row.version)).toBe(t.version + 1);
    }
  });

  it('reply and resolve racing on one version: one wins, the timeline stays consistent with the state', async () => {
    const t = await submit(server, w);
    const accepted = (await act(server, w, 'accept', t.id)).data?.acceptTicket?.ticket;
    const v = accepted?.version as number;
    const [r1, r2] = await Promise.all([
      act(server, w, 'reply', t.id, { expectedVersion: v }),
      act(server, w, 'resolve', t.id, { expectedVersion: v }),
    ]);
    expect([codeOfAct(r1), codeOfAct(r2)].sort()).toEqual(['CONFLICT', 'OK']);
    const events = await w.ds.query('SELECT type, toState FROM ticket_event WHERE ticketId = ? ORDER BY id', [t.id]);
    const [row] = await w.ds.query('SELECT state FROM ticket WHERE id = ?', [t.id]);
    expect(events.map((e: { type: string }) => e.type)).toHaveLength(3);
    expect(events.at(-1).toState).toBe(row.state);
  });

  it('a stale expectedVersion is refused with CONFLICT and changes nothing', async () => {
    const t = await submit(server, w);
    await act(server, w, 'accept', t.id);
    const r = await act(server, w, 'reply', t.id, { expectedVersion: t.version });
    expect(codeOfAct(r)).toBe('CONFLICT');
    expect(await count("SELECT COUNT(*) AS n FROM ticket_event WHERE ticketId = ? AND type = 'REPLIED'", [t.id])).toBe(
      0,
    );
  });
});
