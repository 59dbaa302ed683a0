import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqlDate } from '../../src/db/sql.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { act, codeOfAct, submit } from '../helpers/tickets.js';
import { buildWorld, type World } from '../helpers/world.js';

const N = 5_000;

describe('the overdue watch under load', () => {
  let server: TestServer;
  let w: World;
  beforeAll(async () => {
    server = await startTestServer();
    w = await buildWorld(server);
    const ds = w.ds;
    const d = (ms: number) => sqlDate(ds, new Date(ms));
    const now = Date.now();
    const pad = (i: number) => String(i).padStart(7, '0');
    await ds.transaction(async (m) => {
      for (let start = 0; start < N; start += 500) {
        const tickets: unknown[] = [];
        const assignments: unknown[] = [];
        for (let i = start; i < start + 500; i++) {
          tickets.push(
            `w${pad(i)}`,
            d(now - 10 * 86_400_000),
            d(now),
            w.streetId,
            w.community.boxue,
            w.estate.tianju,
            w.category.boxue.FACILITIES_REPAIR,
            w.user.resident,
            '超期工单',
            '用于超期巡检的压力测试。',
            false,
            'ACCEPTED',
            1,
            `watch-${i}`,
            d(now - 86_400_000),
            true,
            0,
          );
          assignments.push(
            `a${pad(i)}`,
            `w${pad(i)}`,
            w.org.greentown,
            w.community.boxue,
            'OPEN',
            d(now - 86_400_000),
            true,
          );
        }
        const rows = (n: number, cols: number) =>
          Array.from({ length: n }, () => `(${Array.from({ length: cols }, () => '?').join(', ')})`).join(', ');
        await m.query(
          `INSERT INTO ticket (id, createdAt, updatedAt, streetId, communityId, estateId, categoryId, submitterId, title, body, anonymous, state, version, idempotencyKey, replyDueAt, dueCovered, reopenCount) VALUES ${rows(500, 17)}`,
          tickets,
        );
        await m.query(
          `INSERT INTO ticket_assignment (id, ticketId, organisationId, communityId, state, replyDueAt, dueCovered) VALUES ${rows(500, 7)}`,
          assignments,
        );
      }
    });
  }, 300_000);
  afterAll(() => server.close());

  it('staff act while the watch works through 5,000 overdue obligations, without CONFLICT', async () => {
    const fresh = [];
    for (let i = 0; i < 5; i++) fresh.push(await submit(server, w, { title: `巡检期间的工单${i}` }));
    let done = false;
    const watch = server.app.services.overdueWatch.run(new Date()).finally(() => {
      done = true;
    });
    const codes: string[] = [];
    let answeredDuringWatch = 0;
    // Accept new tickets and answer watched ones (whose obligations the watch is flagging): each
    // answers while the watch is still working — no lock held across the scan makes them wait
    // (on MariaDB a lock wait ends as CONFLICT), no long stretch of work holds up the server.
    for (let i = 0; i < fresh.length; i++) {
      codes.push(codeOfAct(await act(server, w, 'accept', (fresh[i] as { id: string }).id)));
      if (!done) answeredDuringWatch++;
      const watched = `w${String(N - 1 - i * 300).padStart(7, '0')}`;
      codes.push(codeOfAct(await act(server, w, 'reply', watched, {}, w.tokens.greentown)));
      if (!done) answeredDuringWatch++;
    }
    const result = await watch;
    expect(codes).toEqual(Array(2 * fresh.length).fill('OK'));
    // (Before chunking, on SQLite, none was: the scan held up every request until it ended.)
    expect(answeredDuringWatch).toBeGreaterThanOrEqual(4);
    expect(result.ran).toBe(true);
    // Obligations answered before the watch reached them are no longer overdue.
    const overdue = result.result?.overdue ?? 0;
    expect(overdue).toBeGreaterThanOrEqual(N - fresh.length);
    const notified = await w.ds.query(
      "SELECT COUNT(*) AS n FROM ticket_assignment WHERE overdueNotifiedAt IS NOT NULL AND id LIKE 'a%'",
    );
    expect(Number(notified[0].n)).toBe(overdue);
  }, 300_000);
});
