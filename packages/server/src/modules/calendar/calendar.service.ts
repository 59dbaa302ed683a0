import { Between, type DataSource, type EntityManager } from 'typeorm';
import type { Action } from '../../auth/permissions.js';
import type { Grant } from '../../auth/viewer.js';
import type { Actor } from '../../common/actor.js';
import { fail } from '../../common/errors.js';
import type { AuditService } from '../audit/audit.service.js';
import { CalendarDayKind } from './calendar.enums.js';
import { CalendarReasons as R } from './calendar.errors.js';
import type * as I from './calendar.inputs.js';
import { assertCalendar, canOnCalendar } from './calendar.policy.js';
import type { CalendarYearCoverage } from './calendar.types.js';
import { isCalendarDate, shanghaiYear, yearOf } from './calendar-date.js';
import { CalendarDayEntity } from './calendar-day.entity.js';
import { CalendarYearEntity } from './calendar-year.entity.js';
import { WorkingCalendar } from './working-calendar.js';

export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;
/** First year `calendarYears` lists. */
export const FIRST_LISTED_YEAR = 2024;
/**
 * How long a snapshot serves before it is reloaded in the background. Edits made through this
 * process invalidate it at once; the period bounds how long another process (scale-out) lags.
 */
const SNAPSHOT_TTL_MS = 60_000;

/**
 * The working-day calendar: staff entries in the database, and a cached `WorkingCalendar`
 * snapshot for synchronous use (deadlines in list resolvers, ticket submission).
 */
export class CalendarService {
  private snapshot: { calendar: WorkingCalendar; loadedAt: number } | null = null;
  private inflight: Promise<WorkingCalendar> | null = null;
  /** Bumped on every invalidation so a load started before an edit cannot store stale data. */
  private generation = 0;

  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
  ) {}

  // ---- the snapshot -----------------------------------------------------------------------

  /**
   * The current calendar, synchronously. Loaded at start (`ready()`); when the snapshot is stale
   * it is returned while a reload runs in the background. Before the first load completes this is
   * the built-in schedule alone, which flags every year after 2026 as uncovered.
   */
  calendar(): WorkingCalendar {
    if (!this.snapshot || Date.now() - this.snapshot.loadedAt > SNAPSHOT_TTL_MS) {
      // A failed background reload keeps the last snapshot; the next call tries again.
      this.reload().catch(() => undefined);
    }
    return this.snapshot?.calendar ?? PACKAGE_ONLY;
  }

  /** The calendar, loading it first when there is no fresh snapshot (use where an await is possible). */
  async ready(): Promise<WorkingCalendar> {
    if (this.snapshot && Date.now() - this.snapshot.loadedAt <= SNAPSHOT_TTL_MS) return this.snapshot.calendar;
    return this.reload();
  }

  /**
   * Marks the snapshot stale: `ready()` reloads, `calendar()` keeps answering from it while a
   * reload runs (never falling back to the package alone once staff data was seen).
   */
  invalidate(): void {
    this.generation++;
    this.inflight = null;
    if (this.snapshot) this.snapshot = { ...this.snapshot, loadedAt: Number.NEGATIVE_INFINITY };
  }

  private reload(): Promise<WorkingCalendar> {
    if (this.inflight) return this.inflight;
    const generation = this.generation;
    const load = (async () => {
      const [days, years] = await Promise.all([
        this.ds.getRepository(CalendarDayEntity).find(),
        this.ds.getRepository(CalendarYearEntity).find({ where: { complete: true } }),
      ]);
      const calendar = new WorkingCalendar(
        days,
        years.map((y) => y.year),
      );
      if (generation === this.generation) this.snapshot = { calendar, loadedAt: Date.now() };
      return calendar;
    })().finally(() => {
      if (this.inflight === load) this.inflight = null;
    });
    this.inflight = load;
    return load;
  }

  // ---- reads ------------------------------------------------------------------------------

  /** Every staff entry of a year, its coverage, and whether the viewer may edit. */
  async yearDays(actor: Actor, year: number) {
    assertCalendar(actor.viewer, 'calendar.read');
    checkYear(year, 'year');
    const days = await this.ds.getRepository(CalendarDayEntity).find({
      where: { date: Between(`${year}-01-01`, `${year}-12-31`) },
      order: { date: 'ASC' },
    });
    const [coverage] = await this.coverage([year]);
    return {
      year,
      coverage: coverage as CalendarYearCoverage,
      days,
      canManage: canOnCalendar(actor.viewer, 'calendar.manage'),
    };
  }

  /** Coverage of every year from 2024 to next year (Asia/Shanghai). */
  async years(actor: Actor, now: Date = new Date()): Promise<CalendarYearCoverage[]> {
    assertCalendar(actor.viewer, 'calendar.read');
    const last = shanghaiYear(now) + 1;
    const years: number[] = [];
    for (let y = FIRST_LISTED_YEAR; y <= last; y++) years.push(y);
    return this.coverage(years);
  }

  /** Coverage of the given years, read from the database (not the snapshot: the console wants it exact). */
  async coverage(years: number[], m: EntityManager = this.ds.manager): Promise<CalendarYearCoverage[]> {
    if (years.length === 0) return [];
    const lo = Math.min(...years);
    const hi = Math.max(...years);
    const [rows, days] = await Promise.all([
      m.getRepository(CalendarYearEntity).find({ where: { year: Between(lo, hi) } }),
      m.getRepository(CalendarDayEntity).find({
        select: { date: true, kind: true },
        where: { date: Between(`${lo}-01-01`, `${hi}-12-31`) },
      }),
    ]);
    const complete = rows.filter((r) => r.complete).map((r) => r.year);
    const probe = new WorkingCalendar([], complete);
    return years.map((year) => {
      const row = rows.find((r) => r.year === year);
      const mine = days.filter((d) => yearOf(d.date) === year);
      const source = probe.sourceOf(year);
      return {
        year,
        covered: probe.isYearCovered(year),
        source,
        complete: row?.complete ?? false,
        note: row?.note ?? null,
        holidayCount: mine.filter((d) => d.kind === CalendarDayKind.HOLIDAY).length,
        workdayCount: mine.filter((d) => d.kind === CalendarDayKind.WORKDAY).length,
      };
    });
  }

  // ---- writes -----------------------------------------------------------------------------

  /** Runs a write in a transaction with its audit row, then drops the snapshot. */
  private async write<T>(
    actor: Actor,
    operation: string,
    target: { type: string; id: string },
    work: (m: EntityManager, grant: Grant) => Promise<T>,
    summary: Record<string, unknown>,
  ): Promise<T> {
    const action: Action = 'calendar.manage';
    const { grant } = assertCalendar(actor.viewer, action);
    try {
      return await this.ds.transaction(async (m) => {
        const result = await work(m, grant);
        await this.audit.record(
          actor.meta,
          {
            operation,
            targetType: target.type,
            // audit targetId is an id column (36 chars): a date or a year fits.
            targetId: target.id,
            grant,
            // Platform-wide data: filed under the acting admin's street so their street's log shows it.
            streetId: grant.streetId,
            communityId: null,
            summary,
          },
          m,
        );
        return result;
      });
    } finally {
      this.invalidate();
      // Fresh before the mutation answers, so the next request's deadlines see the change.
      await this.reload().catch(() => undefined);
    }
  }

  async setDay(actor: Actor, input: I.SetCalendarDayInput) {
    assertCalendar(actor.viewer, 'calendar.manage');
    checkDate(input.date, 'date');
    const name = input.name.trim();
    if (!name) throw fail(R.CALENDAR_BLANK_NAME, 'Name must not be blank', { field: 'name' });
    return this.write(
      actor,
      'calendar.day.set',
      { type: 'CalendarDay', id: input.date },
      async (m) => {
        const repo = m.getRepository(CalendarDayEntity);
        const existing = await repo.findOneBy({ date: input.date });
        const row = existing ?? repo.create({ date: input.date });
        row.kind = input.kind;
        row.name = name;
        row.updatedById = actor.meta.actorId;
        const day = await repo.save(row);
        const [coverage] = await this.coverage([yearOf(input.date)], m);
        return { day, coverage: coverage as CalendarYearCoverage };
      },
      { date: input.date, kind: input.kind, name },
    );
  }

  async clearDay(actor: Actor, input: I.ClearCalendarDayInput) {
    assertCalendar(actor.viewer, 'calendar.manage');
    checkDate(input.date, 'date');
    const result = await this.write(
      actor,
      'calendar.day.clear',
      { type: 'CalendarDay', id: input.date },
      async (m) => {
        const { affected } = await m.getRepository(CalendarDayEntity).delete({ date: input.date });
        const [coverage] = await this.coverage([yearOf(input.date)], m);
        return { date: input.date, removed: (affected ?? 0) > 0, coverage: coverage as CalendarYearCoverage };
      },
      { date: input.date },
    );
    return { ...result, working: (await this.ready()).isWorkingDay(input.date) };
  }

  async setYearComplete(actor: Actor, input: I.SetCalendarYearCompleteInput) {
    assertCalendar(actor.viewer, 'calendar.manage');
    checkYear(input.year, 'year');
    const note = input.note?.trim() || null;
    return this.write(
      actor,
      input.complete ? 'calendar.year.complete' : 'calendar.year.reopen',
      { type: 'CalendarYear', id: String(input.year) },
      async (m) => {
        const repo = m.getRepository(CalendarYearEntity);
        const row = (await repo.findOneBy({ year: input.year })) ?? repo.create({ year: input.year });
        row.complete = input.complete;
        if (input.note !== undefined) row.note = note;
        row.note ??= null;
        row.updatedById = actor.meta.actorId;
        await repo.save(row);
        const [coverage] = await this.coverage([input.year], m);
        return { coverage: coverage as CalendarYearCoverage };
      },
      { year: input.year, complete: input.complete, note },
    );
  }
}

/** Built-in schedule only: what `calendar()` answers before the first load. */
const PACKAGE_ONLY = new WorkingCalendar();

function checkYear(year: number, field: string): void {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw fail(R.CALENDAR_YEAR_OUT_OF_RANGE, `Year must be between ${MIN_YEAR} and ${MAX_YEAR}`, {
      field,
      details: { min: MIN_YEAR, max: MAX_YEAR },
    });
  }
}

function checkDate(date: string, field: string): void {
  if (!isCalendarDate(date)) {
    throw fail(R.CALENDAR_INVALID_DATE, "Date must be a real calendar date written 'YYYY-MM-DD'", { field });
  }
  checkYear(yearOf(date), field);
}
