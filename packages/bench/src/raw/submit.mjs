// The raw twin of submitTicket, a write: it sends the product's captured statements in the
// product's order on one connection (the transaction's START TRANSACTION … COMMIT included), with
// its own value for each per-request literal (per-request.mjs: the ids the product generated, its
// clock, the idempotency key), and answers { submitTicket { ticket { id state } } } from the ticket
// row the product reads back after its INSERT. Values the product derives from its clock by rules
// (a reply due date from the working-day calendar, a hot-topic window's start) stay the captured
// request's: the same statements, a few minutes stale under load.
import { pool } from './db.mjs';
import { perRequestLiterals, substitute } from './per-request.mjs';

// Unique per process start and request ((submitter, idempotency key) is a unique key).
const START = Date.now().toString(36);
let seq = 0;

export async function submitTicket(plan) {
  const captured = plan.waves.flat();
  plan.literals ??= perRequestLiterals(captured, plan.perRequest);
  const { sqls } = substitute(captured, plan.literals, { key: `bench-raw-${START}-${++seq}` });
  const conn = await pool.getConnection();
  const results = [];
  try {
    for (const sql of sqls) results.push((await conn.query(sql))[0]);
  } catch (err) {
    await conn.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    conn.release();
  }
  const inserted = sqls.findIndex((s) => s.startsWith('INSERT INTO `ticket`('));
  const readBack = sqls.findIndex((s, i) => i > inserted && s.startsWith('SELECT `TicketEntity`.`id`'));
  const t = results[readBack]?.[0];
  return {
    data: { submitTicket: { ticket: t ? { id: t.TicketEntity_id, state: t.TicketEntity_state } : null } },
  };
}
