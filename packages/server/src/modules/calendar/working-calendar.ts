/**
 * The working-day calendar as a pure value (no database): mainland China's statutory holidays and
 * make-up working days from the chinese-days package, overridden by what staff entered, with an
 * explicit notion of coverage. Built by CalendarService from its tables; built directly in tests.
 *
 * Working days answer "by when must this be answered": a matter submitted on day D with N working
 * days is due at the end (23:59:59.999 Asia/Shanghai) of the Nth working day after D — D itself is
 * never counted, whatever the hour.
 */

import { CalendarDayKind, CalendarSource } from './calendar.enums.js';
import { addDays, daysBetween, endOfShanghaiDay, isWeekend, shanghaiDate, yearOf } from './calendar-date.js';
import { PACKAGE_FIRST_YEAR, PACKAGE_LAST_YEAR, packageDay } from './package-holidays.js';

/** Deadlines of residents' matters: 3 working days unless set otherwise, never more than 5. */
export const DEFAULT_RESPONSE_DAYS = 3;
export const MAX_RESPONSE_DAYS = 5;

/** A staff entry for one date; it wins over the package. */
export interface DayOverride {
  date: string;
  kind: CalendarDayKind;
  name: string;
}

/** How one date is treated, and why. */
export interface DayInfo {
  date: string;
  working: boolean;
  /** HOLIDAY / WORKDAY for special days, null for an ordinary weekday or weekend. */
  kind: CalendarDayKind | null;
  name: string | null;
  /** Where the answer comes from: STAFF (an override), PACKAGE, or NONE (plain week rule). */
  source: CalendarSource;
  /** Whether the date's year has a known schedule. */
  covered: boolean;
}

export interface WorkingDate {
  date: string;
  /** False when any day counted lies in a year without schedule data (the result may be wrong). */
  covered: boolean;
}

export interface Deadline {
  /** 23:59:59.999 Asia/Shanghai of the due day. */
  dueAt: Date;
  /** False when the deadline was counted over days of a year without schedule data. */
  covered: boolean;
}

export class WorkingCalendar {
  private readonly overrides: ReadonlyMap<string, DayOverride>;
  private readonly completeYears: ReadonlySet<number>;

  /**
   * @param overrides staff entries (holidays and make-up working days), any years
   * @param completeYears years staff declared fully entered
   */
  constructor(overrides: Iterable<DayOverride> = [], completeYears: Iterable<number> = []) {
    this.overrides = new Map([...overrides].map((o) => [o.date, o]));
    this.completeYears = new Set(completeYears);
  }

  /** Where a year's schedule comes from: the package (2004-2026), staff (declared complete), or nowhere. */
  sourceOf(year: number): CalendarSource {
    if (year >= PACKAGE_FIRST_YEAR && year <= PACKAGE_LAST_YEAR) return CalendarSource.PACKAGE;
    if (this.completeYears.has(year)) return CalendarSource.STAFF;
    return CalendarSource.NONE;
  }

  /** Whether a year's holidays and make-up working days are known. */
  isYearCovered(year: number): boolean {
    return this.sourceOf(year) !== CalendarSource.NONE;
  }

  /** The staff entries of a year, in date order. */
  overridesOf(year: number): DayOverride[] {
    return [...this.overrides.values()]
      .filter((o) => yearOf(o.date) === year)
      .sort((a, b) => (a.date < b.date ? -1 : 1));
  }

  dayInfo(date: string): DayInfo {
    const year = yearOf(date);
    const covered = this.isYearCovered(year);
    const o = this.overrides.get(date);
    if (o) {
      return {
        date,
        working: o.kind === CalendarDayKind.WORKDAY,
        kind: o.kind,
        name: o.name,
        source: CalendarSource.STAFF,
        covered,
      };
    }
    const p = this.sourceOf(year) === CalendarSource.PACKAGE ? packageDay(date) : undefined;
    if (p) {
      const kind = p.kind === 'HOLIDAY' ? CalendarDayKind.HOLIDAY : CalendarDayKind.WORKDAY;
      return {
        date,
        working: kind === CalendarDayKind.WORKDAY,
        kind,
        name: p.name,
        source: CalendarSource.PACKAGE,
        covered,
      };
    }
    return { date, working: !isWeekend(date), kind: null, name: null, source: CalendarSource.NONE, covered };
  }

  isWorkingDay(date: string): boolean {
    return this.dayInfo(date).working;
  }

  /**
   * The `n`th working day after `date` (`date` itself not counted; n = 0 gives `date`). `covered`
   * is false when any day walked over lies in a year without schedule data.
   */
  addWorkingDays(date: string, n: number): WorkingDate {
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`working days must be a whole number ≥ 0, got ${n}`);
    let d = date;
    let covered = n === 0 ? this.isYearCovered(yearOf(date)) : true;
    for (let left = n; left > 0; ) {
      d = addDays(d, 1);
      const info = this.dayInfo(d);
      if (!info.covered) covered = false;
      if (info.working) left--;
    }
    return { date: d, covered };
  }

  /**
   * Working days in (from, to] — after `from`, up to and including `to` — so that
   * `workingDaysBetween(d, addWorkingDays(d, n).date) === n`. Negative when `to` is before `from`.
   */
  workingDaysBetween(from: string, to: string): number {
    const span = daysBetween(from, to);
    if (span < 0) return -this.workingDaysBetween(to, from);
    let count = 0;
    for (let i = 1; i <= span; i++) if (this.isWorkingDay(addDays(from, i))) count++;
    return count;
  }

  /** The deadline of a matter submitted at `submittedAt` with `n` working days to answer. */
  dueAt(submittedAt: Date, n: number): Deadline {
    const due = this.addWorkingDays(shanghaiDate(submittedAt), n);
    return { dueAt: endOfShanghaiDay(due.date), covered: due.covered };
  }

  /**
   * Working days left until a deadline, as the console shows it: on the due day 0; before it, the
   * working days after today up to and including the due day; after it, negative — minus the
   * working days elapsed since the due day, and at least -1 (overdue on a Sunday reads -1).
   */
  workingDaysLeft(now: Date, dueAt: Date): number {
    const today = shanghaiDate(now);
    const dueDay = shanghaiDate(dueAt);
    if (today === dueDay) return 0;
    if (today < dueDay) return this.workingDaysBetween(today, dueDay);
    return -Math.max(1, this.workingDaysBetween(dueDay, today));
  }
}
