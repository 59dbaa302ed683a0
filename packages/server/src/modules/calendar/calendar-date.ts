/**
 * Calendar dates as 'YYYY-MM-DD' strings, reckoned in Asia/Shanghai. Date arithmetic is done on
 * the string's own year/month/day (through UTC, which has no DST), never in the machine's zone:
 * a server in UTC would otherwise put a ticket submitted at 07:00 Beijing time on the day before.
 */

export const SHANGHAI = 'Asia/Shanghai';
/** China has kept UTC+8 without daylight saving since 1991, so the end of a day is a fixed offset. */
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

const formatter = new Intl.DateTimeFormat('en-CA', {
  timeZone: SHANGHAI,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The Asia/Shanghai calendar date of an instant, e.g. 2026-09-30T16:30Z → '2026-10-01'. */
export function shanghaiDate(instant: Date): string {
  if (Number.isNaN(instant.getTime())) throw new RangeError('Invalid Date');
  const parts = Object.fromEntries(formatter.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** The current year in Asia/Shanghai. */
export function shanghaiYear(now: Date = new Date()): number {
  return Number(shanghaiDate(now).slice(0, 4));
}

/** Whether `s` is a real calendar date written 'YYYY-MM-DD' (no 2026-02-30). */
export function isCalendarDate(s: string): boolean {
  const m = DATE_RE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

function parse(date: string): number {
  const m = DATE_RE.exec(date);
  if (!m || !isCalendarDate(date)) throw new RangeError(`Not a 'YYYY-MM-DD' date: ${date}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

const format = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** `date` plus `n` calendar days (n may be negative). */
export function addDays(date: string, n: number): string {
  return format(parse(date) + n * DAY_MS);
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((parse(to) - parse(from)) / DAY_MS);
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
  return new Date(parse(date)).getUTCDay();
}

export const isWeekend = (date: string) => {
  const d = weekday(date);
  return d === 0 || d === 6;
};

export const yearOf = (date: string) => Number(date.slice(0, 4));

/** The last instant of a Shanghai calendar day: 23:59:59.999 at UTC+8. */
export function endOfShanghaiDay(date: string): Date {
  return new Date(parse(date) + DAY_MS - 1 - SHANGHAI_OFFSET_MS);
}
