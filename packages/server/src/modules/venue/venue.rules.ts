/**
 * The booking rules of a venue as pure functions of (settings, range, now): opening hours, closed
 * dates and holidays, slot alignment, minimum and maximum duration, horizon, lead time, and the
 * Shanghai week and month a quota counts in. Asia/Shanghai has no daylight saving: local time is
 * UTC+8 all year, so a slot grid in UTC is the same grid in local time.
 */
import { VenueSlotReason } from './venue.enums.js';

const OFFSET_MS = 8 * 3_600_000;
const MINUTE = 60_000;
const DAY = 86_400_000;
/** The grid of the slot rows that guard against overlaps (every venue's slot size is a multiple). */
export const GRID_MINUTES = 15;

/** Opening hours of one weekday ('HH:MM'), or null when the venue is closed that weekday. */
export interface DayHours {
  open: string;
  close: string;
}

/** The settings the rules read. `openingHours[0]` is Monday … `[6]` Sunday. */
export interface VenueRules {
  openingHours: (DayHours | null)[];
  closedDates: string[];
  closedOnHolidays: boolean;
  slotMinutes: number;
  minMinutes: number;
  maxMinutes: number;
  horizonDays: number;
  leadMinutes: number;
}

/** Minutes since midnight of 'HH:MM' (24:00 allowed as a closing time). */
export const minutesOf = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** The Shanghai date ('YYYY-MM-DD'), weekday (0 = Monday) and minute of the day of an instant. */
export function local(instant: Date): { date: string; weekday: number; minute: number } {
  const l = new Date(instant.getTime() + OFFSET_MS);
  return {
    date: l.toISOString().slice(0, 10),
    weekday: (l.getUTCDay() + 6) % 7,
    minute: l.getUTCHours() * 60 + l.getUTCMinutes(),
  };
}

/** The instant of a Shanghai date and minute of the day. */
export const instantOf = (date: string, minute: number): Date =>
  new Date(Date.parse(`${date}T00:00:00Z`) - OFFSET_MS + minute * MINUTE);

/** Problems of the settings themselves (field → message), empty when they are sound. */
export function settingsProblems(r: VenueRules): Record<string, string> {
  const out: Record<string, string> = {};
  if (r.slotMinutes % GRID_MINUTES !== 0 || 1440 % r.slotMinutes !== 0)
    out.slotMinutes = `The slot size must be a multiple of ${GRID_MINUTES} minutes that divides a day`;
  if (r.minMinutes < r.slotMinutes || r.minMinutes % r.slotMinutes !== 0)
    out.minMinutes = 'The minimum duration must be a whole number of slots';
  if (r.maxMinutes < r.minMinutes || r.maxMinutes % r.slotMinutes !== 0)
    out.maxMinutes = 'The maximum duration must be a whole number of slots, at least the minimum';
  if (r.openingHours.length !== 7) out.openingHours = 'Opening hours need seven weekdays (Monday first)';
  for (const h of r.openingHours) {
    if (!h) continue;
    const ok = /^\d\d:\d\d$/.test(h.open) && /^\d\d:\d\d$/.test(h.close);
    if (!ok || minutesOf(h.open) >= minutesOf(h.close) || minutesOf(h.close) > 1440)
      out.openingHours = 'Each day opens before it closes (HH:MM, 00:00-24:00)';
    else if (minutesOf(h.open) % r.slotMinutes !== 0 || minutesOf(h.close) % r.slotMinutes !== 0)
      out.openingHours = 'Opening and closing times fall on the slot grid';
  }
  if (r.closedDates.some((d) => !/^\d{4}-\d\d-\d\d$/.test(d))) out.closedDates = 'Closed dates are YYYY-MM-DD';
  return out;
}

/**
 * Why the range [startsAt, endsAt) cannot be booked under the venue's own rules at `now`, or null.
 * `isHoliday(date)` answers from the working-day calendar. Order: the cheapest, most general first.
 */
export function ruleReason(
  r: VenueRules,
  startsAt: Date,
  endsAt: Date,
  now: Date,
  isHoliday: (date: string) => boolean,
): VenueSlotReason | 'ALIGNMENT' | 'TOO_SHORT' | 'TOO_LONG' | null {
  const minutes = (endsAt.getTime() - startsAt.getTime()) / MINUTE;
  const s = local(startsAt);
  if (startsAt.getTime() % MINUTE !== 0 || s.minute % r.slotMinutes !== 0 || minutes % r.slotMinutes !== 0)
    return 'ALIGNMENT';
  if (minutes < r.minMinutes) return 'TOO_SHORT';
  if (minutes > r.maxMinutes) return 'TOO_LONG';
  if (startsAt.getTime() <= now.getTime()) return VenueSlotReason.PAST;
  if (startsAt.getTime() < now.getTime() + r.leadMinutes * MINUTE) return VenueSlotReason.LEAD_TIME;
  if (startsAt.getTime() > now.getTime() + r.horizonDays * DAY) return VenueSlotReason.BEYOND_HORIZON;
  if (r.closedDates.includes(s.date)) return VenueSlotReason.CLOSED_DATE;
  if (r.closedOnHolidays && isHoliday(s.date)) return VenueSlotReason.HOLIDAY;
  const hours = r.openingHours[s.weekday];
  // A booking stays within one day's opening hours (the end may be the closing time itself).
  const endMinute = s.minute + minutes;
  if (!hours || s.minute < minutesOf(hours.open) || endMinute > minutesOf(hours.close))
    return VenueSlotReason.OUTSIDE_HOURS;
  return null;
}

/** The grid instants [startsAt, endsAt) covers: one slot row each under the unique (venue, slot) key. */
export function gridSlots(startsAt: Date, endsAt: Date): Date[] {
  const out: Date[] = [];
  const step = GRID_MINUTES * MINUTE;
  const first = Math.floor(startsAt.getTime() / step) * step;
  for (let t = first; t < endsAt.getTime(); t += step) out.push(new Date(t));
  return out;
}

/** Whether two ranges overlap (touching ends do not). */
export const overlaps = (a: { startsAt: Date; endsAt: Date }, b: { startsAt: Date; endsAt: Date }) =>
  a.startsAt.getTime() < b.endsAt.getTime() && b.startsAt.getTime() < a.endsAt.getTime();

/** The Shanghai week (Monday 00:00 to the next Monday) that contains an instant. */
export function shanghaiWeek(instant: Date): { from: Date; to: Date } {
  const l = local(instant);
  const from = instantOf(l.date, 0).getTime() - l.weekday * DAY;
  return { from: new Date(from), to: new Date(from + 7 * DAY) };
}

/** The Shanghai calendar month that contains an instant. */
export function shanghaiMonth(instant: Date): { from: Date; to: Date } {
  const d = local(instant).date;
  const y = Number(d.slice(0, 4));
  const m = Number(d.slice(5, 7));
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  return { from: instantOf(`${d.slice(0, 7)}-01`, 0), to: instantOf(next, 0) };
}

/** Which quota a new booking would exceed, given the household's counted bookings of its week and month. */
export function quotaReason(
  quota: { weeklyQuota: number | null; monthlyQuota: number | null },
  used: { week: number; month: number },
): VenueSlotReason | null {
  if (quota.weeklyQuota !== null && used.week >= quota.weeklyQuota) return VenueSlotReason.QUOTA_WEEK;
  if (quota.monthlyQuota !== null && used.month >= quota.monthlyQuota) return VenueSlotReason.QUOTA_MONTH;
  return null;
}

/** The occurrences of a weekly series: the same local time, `weeks` weeks in a row. */
export const weeklyOccurrences = (startsAt: Date, endsAt: Date, weeks: number) =>
  Array.from({ length: weeks }, (_, i) => ({
    startsAt: new Date(startsAt.getTime() + i * 7 * DAY),
    endsAt: new Date(endsAt.getTime() + i * 7 * DAY),
  }));
