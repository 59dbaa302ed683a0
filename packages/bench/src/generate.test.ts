import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { generate, openBenchDatabase, SCALES } from './generate.js';
import { projection, timeline } from './timeline.js';

const dir = mkdtempSync(join(tmpdir(), 'rt-bench-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('the generator at toy scale (SQLite): tickets, timelines and residents agree with plain counts', async () => {
  const url = `sqlite:${join(dir, 'toy.sqlite')}`;
  const scale = SCALES.toy as NonNullable<(typeof SCALES)['toy']>;
  const { counts } = await generate(url, scale, () => undefined);
  const { ds } = await openBenchDatabase(url);
  try {
    const n = async (sql: string) => Number((await ds.query(sql))[0].n);
    const patterns = Array.from({ length: scale.tickets }, (_, i) => i % 20);
    expect(counts.tickets).toBe(scale.tickets);
    expect(await n("SELECT COUNT(*) AS n FROM ticket WHERE idempotencyKey LIKE 'bench-%'")).toBe(scale.tickets);
    expect(
      await n(
        "SELECT COUNT(*) AS n FROM ticket_event e JOIN ticket t ON t.id = e.ticketId WHERE t.idempotencyKey LIKE 'bench-%'",
      ),
    ).toBe(patterns.reduce((a, k) => a + timeline(k).length, 0));
    for (const state of ['REJECTED', 'MERGED', 'SUBMITTED', 'ACCEPTED', 'REPLIED', 'RESOLVED', 'ESCALATED']) {
      expect(
        await n(`SELECT COUNT(*) AS n FROM ticket WHERE idempotencyKey LIKE 'bench-%' AND state = '${state}'`),
        state,
      ).toBe(patterns.filter((k) => projection(k).state === state).length);
    }
    // Every generated household has one verified resident, who holds the RESIDENT role there.
    expect(
      await n(
        "SELECT COUNT(*) AS n FROM household_binding b JOIN membership m ON m.userId = b.userId AND m.role = 'RESIDENT' AND m.communityId = b.communityId WHERE b.status = 'APPROVED' AND b.openHouseholdId = b.householdId",
      ),
    ).toBeGreaterThanOrEqual(counts.verifiedResidents as number);
    // Merged tickets point at a ticket of their own community.
    expect(
      await n(
        "SELECT COUNT(*) AS n FROM ticket t JOIN ticket p ON p.id = t.mergedIntoId WHERE t.idempotencyKey LIKE 'bench-%' AND p.communityId <> t.communityId",
      ),
    ).toBe(0);
    expect(counts.vote_ballot).toBeGreaterThan(0);
    expect(counts.maintenance_record).toBeGreaterThan(0);
  } finally {
    await ds.destroy();
  }
});
