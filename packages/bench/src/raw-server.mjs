// The raw baseline: node:http + mysql2, no framework. For each scenario it sends the statements
// the product sent for the same request (captured from MariaDB's general log by bench.ts and
// passed in PLAN_FILE) in the same order and grouping (the viewer, then the page, then the batches
// that depend on the page, then those that depend on the batches), and shapes the same JSON by
// hand. The benchmark checks both: the statements from the general log, the answers compared.
// A write (submitTicket) sends the captured statements with its own per-request values (raw/submit.mjs).
//
//   DATABASE_URL=mariadb://… PORT=4101 PLAN_FILE=plan.json node src/raw-server.mjs
//
// raw/db.mjs: the pool, the reference tables' copy, waves; raw/tickets.mjs: staff list and detail;
// raw/lists.mjs: plain lists, publications, figures; raw/availability.mjs: a venue's slot grid;
// raw/submit.mjs: the write; raw/phone.mjs: masked phones.
import { createServer } from 'node:http';
import { availability, loadCalendar } from './raw/availability.mjs';
import { loadReference, readPlans, run } from './raw/db.mjs';
import { listShapers } from './raw/lists.mjs';
import { submitTicket } from './raw/submit.mjs';
import { estimateOf, ticketShapers } from './raw/tickets.mjs';

const shapers = { ...ticketShapers, ...listShapers, availability };
let plans = readPlans();
await Promise.all([loadReference(), loadCalendar()]);

/** One request of a scenario: a write runs its own way, a read runs its waves and shapes the rows. */
const answer = (plan) =>
  plan.shape === 'submitTicket' ? submitTicket(plan) : run(plan.waves).then((r) => shapers[plan.shape](plan, r));

createServer((req, res) => {
  const name = req.url.slice(1);
  if (name === 'reload' && req.method === 'POST') {
    plans = readPlans();
    const estimates = Object.values(plans).map(async (plan) => {
      plan.estimate = await estimateOf(plan);
    });
    Promise.all([loadReference(), loadCalendar(), ...estimates]).then(
      () => res.writeHead(204).end(),
      (err) => res.writeHead(500).end(String(err.message)),
    );
    return;
  }
  const plan = plans[name];
  if (!plan) {
    res.writeHead(404).end();
    return;
  }
  answer(plan)
    .then((json) => {
      const body = JSON.stringify(json);
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
      res.end(body);
    })
    .catch((err) => {
      res.writeHead(500).end(String(err.message));
    });
}).listen(Number(process.env.PORT ?? 4101), '127.0.0.1', () => process.stdout.write('raw ready\n'));
