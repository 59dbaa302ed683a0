import type { DataSource } from 'typeorm';
import { applyReach, type Reach } from '../../auth/reach.js';
import { ROLLUP_COUNTS, ROLLUP_TABLE, ROLLUP_TRIGGERS } from '../../db/migrations/ticket-figure-rollup.js';
import type { Dimension, FigureScope, Interval, TicketCounts } from './analysis.figures.js';

type Group = { dimension?: Dimension; interval?: Interval };
type Live = (
  ds: DataSource,
  r: Reach,
  s: FigureScope,
  f: Date,
  t: Date,
  g: Group,
  also?: { from: Date; to: Date },
) => Promise<TicketCounts[]>;

const DAY_MS = 86_400_000;
const SH_MS = 8 * 3_600_000;

/** The Asia/Shanghai day ('YYYY-MM-DD') starting at an instant that is a Shanghai midnight. */
const dayOf = (t: number) => new Date(t + SH_MS).toISOString().slice(0, 10);
const ceilDay = (t: number) => Math.ceil((t + SH_MS) / DAY_MS) * DAY_MS - SH_MS;
const floorDay = (t: number) => Math.floor((t + SH_MS) / DAY_MS) * DAY_MS - SH_MS;

/** The group key over the rollup's columns: the same strings the live query's key gives. */
function keyOf(ds: DataSource, g: Group): string | null {
  const sqlite = ds.options.type === 'better-sqlite3';
  if (g.interval === 'DAY') return 'r.createdDay';
  if (g.interval === 'MONTH') return 'SUBSTR(r.createdDay, 1, 7)';
  if (g.interval === 'WEEK') {
    return sqlite
      ? "date(r.createdDay, 'weekday 0', '-6 days')"
      : "DATE_FORMAT(DATE_SUB(r.createdDay, INTERVAL WEEKDAY(r.createdDay) DAY), '%Y-%m-%d')";
  }
  if (g.dimension === 'STREET') return 'r.streetId';
  if (g.dimension === 'COMMUNITY') return 'r.communityId';
  if (g.dimension === 'ESTATE') return "NULLIF(r.estateId, '')";
  if (g.dimension === 'CATEGORY') return 'r.categoryId';
  if (g.dimension === 'SOURCE') return 'r.source';
  return null;
}

const n = (v: unknown) => Number(v ?? 0);

/** A grouped aggregate's row (group key `g`, one column per count) as counts; live and rollup alike. */
export function countsOfRow(r: Record<string, unknown>): TicketCounts {
  const counts = { key: r.g == null ? null : String(r.g), overdue: 0 } as TicketCounts;
  for (const c of ROLLUP_COUNTS) counts[c] = n(r[c]);
  return counts;
}

const kept = new WeakMap<DataSource, Promise<boolean>>();

/**
 * Whether the database keeps the rollup: its four triggers exist (the migration creates them on
 * SQLite, MySQL and MariaDB, not on TiDB, which has no triggers; a later SQLite rebuild of `ticket`
 * that forgot to re-create them would drop them too). Asked once per data source; without them
 * every figure is counted live.
 */
export function rollupKept(ds: DataSource): Promise<boolean> {
  let k = kept.get(ds);
  if (!k) {
    const sql =
      ds.options.type === 'better-sqlite3'
        ? "SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'trg_ticket_figure_%'"
        : "SELECT COUNT(*) AS n FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE() AND TRIGGER_NAME LIKE 'trg_ticket_figure_%'";
    k = ds.query(sql).then((rows: { n: unknown }[]) => n(rows[0]?.n) === ROLLUP_TRIGGERS);
    k.catch(() => kept.delete(ds));
    kept.set(ds, k);
  }
  return k;
}

/** Asks again at the next figure (after a migration ran in this process; tests). */
export function forgetRollupKept(ds: DataSource): void {
  kept.delete(ds);
}

/**
 * Ticket counts of [from, to) from `ticket_figure_day`, or null when the rollup cannot answer
 * (a group or filter by organisation, or a period shorter than one whole Shanghai day). The whole
 * days come from the rollup; the partial days at either end from `live`, summed per group.
 */
export async function rollupCounts(
  ds: DataSource,
  reach: Reach,
  scope: FigureScope,
  from: Date,
  to: Date,
  group: Group,
  live: Live,
): Promise<TicketCounts[] | null> {
  if (group.dimension === 'ORGANISATION' || scope.organisationId) return null;
  const a = ceilDay(from.getTime());
  const b = floorDay(to.getTime());
  if (a >= b || !(await rollupKept(ds))) return null;
  const key = keyOf(ds, group);
  const qb = ds
    .createQueryBuilder()
    .from(ROLLUP_TABLE, 'r')
    .where('r.createdDay >= :fromDay AND r.createdDay < :toDay', { fromDay: dayOf(a), toDay: dayOf(b) });
  applyReach(qb, 'r', reach);
  if (scope.streetId) qb.andWhere('r.streetId = :sid', { sid: scope.streetId });
  if (scope.communityId) qb.andWhere('r.communityId = :cid', { cid: scope.communityId });
  if (scope.estateId) qb.andWhere('r.estateId = :eid', { eid: scope.estateId });
  if (scope.categoryId) qb.andWhere('r.categoryId = :catid', { catid: scope.categoryId });
  if (key) qb.select(key, 'g').groupBy(key).orderBy(key);
  else qb.select('NULL', 'g');
  for (const c of ROLLUP_COUNTS) qb.addSelect(`SUM(r.${c})`, c);
  const rows = (await qb.getRawMany<Record<string, unknown>>()).map(countsOfRow);
  // The partial first and last day, in one live statement.
  const head = from.getTime() < a ? { from, to: new Date(a) } : null;
  const tail = b < to.getTime() ? { from: new Date(b), to } : null;
  const edges =
    head && tail
      ? await live(ds, reach, scope, head.from, head.to, group, tail)
      : head || tail
        ? await live(ds, reach, scope, (head ?? tail)?.from as Date, (head ?? tail)?.to as Date, group)
        : [];
  return merge(rows, edges).filter((r) => r.raised > 0);
}

/** The rollup's rows (in the database's key order) with the edge days' rows added per key. */
function merge(rows: TicketCounts[], edges: TicketCounts[]): TicketCounts[] {
  if (edges.length === 0) return rows;
  const byKey = new Map(rows.map((r) => [r.key, r]));
  let added = false;
  for (const e of edges) {
    const r = byKey.get(e.key);
    if (!r) {
      byKey.set(e.key, { ...e });
      added = true;
      continue;
    }
    for (const c of ROLLUP_COUNTS) r[c] += e[c];
  }
  const all = [...byKey.values()];
  // A key only the edges hold: placed as the database orders keys (NULL first, then by value).
  if (added)
    all.sort((x, y) => (x.key === y.key ? 0 : x.key === null ? -1 : y.key === null ? 1 : x.key < y.key ? -1 : 1));
  return all;
}
