import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { applyReach, type Reach } from '../../auth/reach.js';
import { sqlDate } from '../../db/sql.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { TicketEntity } from '../ticket/ticket.entity.js';
import { TicketAssignmentEntity } from '../ticket/ticket-assignment.entity.js';
import { countsOfRow, rollupCounts } from './analysis.rollup.js';

/** Where figures are taken: a street, a community, or everything the viewer reaches. */
export interface FigureScope {
  streetId?: string | null;
  communityId?: string | null;
  estateId?: string | null;
  organisationId?: string | null;
  categoryId?: string | null;
}

export type Dimension = 'STREET' | 'COMMUNITY' | 'ESTATE' | 'ORGANISATION' | 'CATEGORY' | 'SOURCE';
export type Interval = 'DAY' | 'WEEK' | 'MONTH';

/** The ticket figures of one group (or of the whole scope): counts, then the rates derived from them. */
export interface TicketCounts {
  key: string | null;
  raised: number;
  valid: number;
  rejected: number;
  merged: number;
  replied: number;
  repliedOnTime: number;
  resolved: number;
  escalated: number;
  everResolved: number;
  reopened: number;
  rated: number;
  satisfied: number;
  /** Open obligations past their reply deadline now (organisation rows only, else tickets). */
  overdue: number;
}

export interface TicketFigureRow extends TicketCounts {
  replyRate: number | null;
  onTimeRate: number | null;
  resolutionRate: number | null;
  reopenRate: number | null;
  satisfaction: number | null;
}

const n = (v: unknown) => Number(v ?? 0);
const DAY_MS = 86_400_000;
const ratio = (a: number, b: number) => (b > 0 ? a / b : null);

export function withRates(c: TicketCounts): TicketFigureRow {
  return {
    ...c,
    replyRate: ratio(c.replied, c.valid),
    onTimeRate: ratio(c.repliedOnTime, c.valid),
    resolutionRate: ratio(c.resolved, c.valid),
    reopenRate: ratio(c.reopened, c.everResolved),
    satisfaction: ratio(c.satisfied, c.rated),
  };
}

/** The Asia/Shanghai day, Monday of the week, or month of a stored UTC instant, as SQL on each dialect. */
function bucketSql(ds: DataSource, col: string, interval: Interval): string {
  if (ds.options.type === 'better-sqlite3') {
    if (interval === 'DAY') return `strftime('%Y-%m-%d', ${col}, '+8 hours')`;
    if (interval === 'MONTH') return `strftime('%Y-%m', ${col}, '+8 hours')`;
    return `date(${col}, '+8 hours', 'weekday 0', '-6 days')`;
  }
  const local = `DATE_ADD(${col}, INTERVAL 8 HOUR)`;
  if (interval === 'DAY') return `DATE_FORMAT(${local}, '%Y-%m-%d')`;
  if (interval === 'MONTH') return `DATE_FORMAT(${local}, '%Y-%m')`;
  return `DATE_FORMAT(DATE_SUB(${local}, INTERVAL WEEKDAY(${local}) DAY), '%Y-%m-%d')`;
}

/**
 * Tickets submitted in [from, to) within the reach and scope, as a query over `ticket` alone (the
 * range uses the (community|street, createdAt) indexes), with the group key as `g`.
 */
function ticketsOf(
  ds: DataSource,
  reach: Reach,
  scope: FigureScope,
  from: Date,
  to: Date,
  group: { dimension?: Dimension; interval?: Interval },
  also?: { from: Date; to: Date },
): SelectQueryBuilder<TicketEntity> {
  const qb = ds.getRepository(TicketEntity).createQueryBuilder('t');
  const range = 't.createdAt >= :from AND t.createdAt < :to';
  if (!also) qb.where(range, { from: sqlDate(ds, from), to: sqlDate(ds, to) });
  else {
    // Two disjoint ranges in one statement (a period's first and last partial day, analysis.rollup.ts).
    qb.where(`((${range}) OR (t.createdAt >= :from2 AND t.createdAt < :to2))`, {
      from: sqlDate(ds, from),
      to: sqlDate(ds, to),
      from2: sqlDate(ds, also.from),
      to2: sqlDate(ds, also.to),
    });
  }
  applyReach(qb, 't', reach);
  if (scope.streetId) qb.andWhere('t.streetId = :sid', { sid: scope.streetId });
  if (scope.communityId) qb.andWhere('t.communityId = :cid', { cid: scope.communityId });
  if (scope.estateId) qb.andWhere('t.estateId = :eid', { eid: scope.estateId });
  if (scope.categoryId) qb.andWhere('t.categoryId = :catid', { catid: scope.categoryId });
  if (group.dimension === 'ORGANISATION' || scope.organisationId) {
    // A ticket counts for every organisation responsible for it (the obligation not removed).
    qb.innerJoin(TicketAssignmentEntity, 'a', "a.ticketId = t.id AND a.state <> 'REMOVED'");
    if (scope.organisationId) qb.andWhere('a.organisationId = :oid', { oid: scope.organisationId });
  }
  const key =
    group.interval !== undefined
      ? bucketSql(ds, 't.createdAt', group.interval)
      : group.dimension === 'STREET'
        ? 't.streetId'
        : group.dimension === 'COMMUNITY'
          ? 't.communityId'
          : group.dimension === 'ESTATE'
            ? 't.estateId'
            : group.dimension === 'CATEGORY'
              ? 't.categoryId'
              : group.dimension === 'SOURCE'
                ? 't.source'
                : group.dimension === 'ORGANISATION'
                  ? 'a.organisationId'
                  : null;
  if (key) qb.select(key, 'g').groupBy(key).orderBy(key);
  else qb.select('NULL', 'g');
  return qb;
}

/** Valid: accepted by staff and not merged into another ticket. */
const VALID = 't.acceptedAt IS NOT NULL AND t.mergedIntoId IS NULL';

/**
 * Ticket figures of [from, to), one row per group (or one row), summed in SQL: one grouped
 * statement over the tickets' projection (state, acceptedAt, firstRepliedAt, mergedIntoId,
 * rating, reopenCount — kept in step with the timeline in the same transaction as each event), with
 * escalations looked up per valid ticket by index. Never rows in memory, never a join of every event.
 */
export async function liveTicketCounts(
  ds: DataSource,
  reach: Reach,
  scope: FigureScope,
  from: Date,
  to: Date,
  group: { dimension?: Dimension; interval?: Interval } = {},
  also?: { from: Date; to: Date },
): Promise<TicketCounts[]> {
  const sum = (cond: string) => `SUM(CASE WHEN ${cond} THEN 1 ELSE 0 END)`;
  const rows = await ticketsOf(ds, reach, scope, from, to, group, also)
    .addSelect('COUNT(*)', 'raised')
    .addSelect(sum("t.state = 'REJECTED'"), 'rejected')
    .addSelect(sum('t.mergedIntoId IS NOT NULL'), 'merged')
    .addSelect(sum(VALID), 'valid')
    .addSelect(sum(`${VALID} AND t.firstRepliedAt IS NOT NULL`), 'replied')
    .addSelect(
      sum(
        `${VALID} AND t.firstRepliedAt IS NOT NULL AND t.replyDueAt IS NOT NULL AND t.firstRepliedAt <= t.replyDueAt`,
      ),
      'repliedOnTime',
    )
    .addSelect(sum(`${VALID} AND t.state = 'RESOLVED'`), 'resolved')
    // A reopen only follows a resolution: resolved now, or reopened once, means resolved at least once.
    .addSelect(sum(`${VALID} AND (t.state = 'RESOLVED' OR t.reopenCount > 0)`), 'everResolved')
    .addSelect(sum(`${VALID} AND t.reopenCount > 0`), 'reopened')
    .addSelect(sum(`${VALID} AND t.rating > 0`), 'rated')
    .addSelect(sum(`${VALID} AND t.rating >= 4`), 'satisfied')
    // Reported up at least once: the ticket's own events (ix_ticket_event_ticket_type, index-only), for valid tickets only.
    .addSelect(
      sum(`${VALID} AND EXISTS (SELECT 1 FROM ticket_event e WHERE e.ticketId = t.id AND e.type = 'ESCALATED')`),
      'escalated',
    )
    .getRawMany<Record<string, unknown>>();
  return rows.map(countsOfRow).filter((r) => r.raised > 0);
}

/**
 * Ticket figures of [from, to): the whole Asia/Shanghai days of the period from the rollup
 * `ticket_figure_day` (kept exact by database triggers, TicketFigureRollup migration), the partial
 * days at either end live; a group the rollup does not hold (organisations) wholly live.
 */
export async function ticketCounts(
  ds: DataSource,
  reach: Reach,
  scope: FigureScope,
  from: Date,
  to: Date,
  group: { dimension?: Dimension; interval?: Interval } = {},
): Promise<TicketCounts[]> {
  return (
    (await rollupCounts(ds, reach, scope, from, to, group, liveTicketCounts)) ??
    liveTicketCounts(ds, reach, scope, from, to, group)
  );
}

export const EMPTY_COUNTS: TicketCounts = {
  key: null,
  raised: 0,
  valid: 0,
  rejected: 0,
  merged: 0,
  replied: 0,
  repliedOnTime: 0,
  resolved: 0,
  escalated: 0,
  everResolved: 0,
  reopened: 0,
  rated: 0,
  satisfied: 0,
  overdue: 0,
};

/** Open reply obligations past their deadline at `now`, per organisation (ix_ticket_assignment_due). */
export async function overdueByOrganisation(
  ds: DataSource,
  reach: Reach,
  scope: FigureScope,
  now: Date,
): Promise<Map<string, number>> {
  const qb = ds
    .getRepository(TicketAssignmentEntity)
    .createQueryBuilder('a')
    .innerJoin(TicketEntity, 't', 't.id = a.ticketId')
    .select('a.organisationId', 'org')
    .addSelect('COUNT(*)', 'n')
    .where("a.state = 'OPEN' AND a.replyDueAt < :now", { now: sqlDate(ds, now) })
    .groupBy('a.organisationId');
  applyReach(qb, 't', reach);
  if (scope.streetId) qb.andWhere('t.streetId = :sid', { sid: scope.streetId });
  if (scope.communityId) qb.andWhere('t.communityId = :cid', { cid: scope.communityId });
  const rows = await qb.getRawMany<{ org: string; n: unknown }>();
  return new Map(rows.map((r) => [r.org, n(r.n)]));
}

/** Residents of the scope as of `to`: registered (a binding asked for, not refused), verified, active. */
export async function residentCounts(
  ds: DataSource,
  reach: Reach,
  scope: FigureScope,
  to: Date,
): Promise<{ registered: number; verified: number; active: number }> {
  const activeSince = new Date(to.getTime() - 30 * 86_400_000);
  const qb = ds
    .createQueryBuilder()
    .select("COUNT(DISTINCT CASE WHEN b.status <> 'REJECTED' THEN b.userId END)", 'registered')
    .addSelect("COUNT(DISTINCT CASE WHEN b.status = 'APPROVED' AND b.reviewedAt < :to THEN b.userId END)", 'verified')
    .addSelect(
      "COUNT(DISTINCT CASE WHEN b.status <> 'REJECTED' AND u.lastSignInAt >= :since AND u.lastSignInAt < :to THEN b.userId END)",
      'active',
    )
    .from('household_binding', 'b')
    .innerJoin('user', 'u', 'u.id = b.userId')
    .where('b.createdAt < :to', { to: sqlDate(ds, to), since: sqlDate(ds, activeSince) });
  applyReach(qb, 'b', reach);
  if (scope.streetId) qb.andWhere('b.streetId = :sid', { sid: scope.streetId });
  // Bindings are indexed by community only (ix_binding_community_status): a street's bindings are
  // its communities' (a superset condition, so the index serves a street admin's figures too).
  const streets = scope.streetId
    ? [scope.streetId]
    : !reach.all && reach.streetIds.size > 0 && reach.communityIds.size === 0 && reach.estateIds.size === 0
      ? [...reach.streetIds]
      : [];
  if (!scope.communityId && streets.length > 0) {
    qb.andWhere('b.communityId IN (SELECT c.id FROM community c WHERE c.streetId IN (:...bsids))', { bsids: streets });
  }
  if (scope.communityId) qb.andWhere('b.communityId = :cid', { cid: scope.communityId });
  if (scope.estateId) qb.andWhere('b.estateId = :eid', { eid: scope.estateId });
  const r = await qb.getRawOne<Record<string, unknown>>();
  return { registered: n(r?.registered), verified: n(r?.verified), active: n(r?.active) };
}

/**
 * Hours between two instants counted on working days only (Asia/Shanghai calendar days the
 * working-day calendar marks as working; a weekend or holiday adds nothing).
 */
export function workingHoursBetween(
  cal: WorkingCalendar,
  start: Date,
  end: Date,
  memo: Map<number, boolean> = new Map(),
): number {
  const SH = 8 * 3_600_000;
  let ms = 0;
  let t = start.getTime();
  const stop = end.getTime();
  while (t < stop) {
    // The Shanghai calendar day of t, as a day number, and the instant of its next midnight.
    const dayNo = Math.floor((t + SH) / DAY_MS);
    const until = Math.min(stop, (dayNo + 1) * DAY_MS - SH);
    let working = memo.get(dayNo);
    if (working === undefined) {
      working = cal.isWorkingDay(new Date(dayNo * DAY_MS).toISOString().slice(0, 10));
      memo.set(dayNo, working);
    }
    if (working) ms += until - t;
    t = until;
  }
  return ms / 3_600_000;
}

/** The p-th percentile (nearest rank) of sorted values. */
export function percentile(sorted: number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] as number;
}

/**
 * Median and 90th percentile of the first-reply time of valid tickets submitted in the period, in
 * working hours. Reads two columns of the answered tickets of the scope (ix_ticket_community_created).
 */
export async function firstReplyHours(
  ds: DataSource,
  reach: Reach,
  scope: FigureScope,
  from: Date,
  to: Date,
  cal: WorkingCalendar,
): Promise<{ median: number | null; p90: number | null }> {
  const qb = ds
    .getRepository(TicketEntity)
    .createQueryBuilder('t')
    .select('t.createdAt', 'createdAt')
    .addSelect('t.firstRepliedAt', 'firstRepliedAt')
    .where('t.createdAt >= :from AND t.createdAt < :to', { from: sqlDate(ds, from), to: sqlDate(ds, to) })
    .andWhere('t.firstRepliedAt IS NOT NULL AND t.acceptedAt IS NOT NULL AND t.mergedIntoId IS NULL');
  applyReach(qb, 't', reach);
  if (scope.streetId) qb.andWhere('t.streetId = :sid', { sid: scope.streetId });
  if (scope.communityId) qb.andWhere('t.communityId = :cid', { cid: scope.communityId });
  if (scope.estateId) qb.andWhere('t.estateId = :eid', { eid: scope.estateId });
  if (scope.categoryId) qb.andWhere('t.categoryId = :catid', { catid: scope.categoryId });
  const rows = await qb.getRawMany<{ createdAt: unknown; firstRepliedAt: unknown }>();
  const asDate = (v: unknown) => (v instanceof Date ? v : new Date(`${String(v).replace(' ', 'T')}Z`));
  const memo = new Map<number, boolean>();
  const hours = rows
    .map((r) => workingHoursBetween(cal, asDate(r.createdAt), asDate(r.firstRepliedAt), memo))
    .sort((a, b) => a - b);
  const round = (v: number | null) => (v == null ? null : Math.round(v * 10) / 10);
  return { median: round(percentile(hours, 50)), p90: round(percentile(hours, 90)) };
}
