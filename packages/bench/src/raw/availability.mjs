// The raw twin of venueAvailability: the product's slot grid computed by hand from the rows its
// four statements read (the venue, the taken slot rows, the viewer's household binding, the
// household's bookings counted against the quota), at the twin's own clock — the same rules as the
// product's venue.rules.ts (Asia/Shanghai is UTC+8 all year). Holidays: the twin's copy of the
// staff's calendar entries (`calendar_day`, read at start and on /reload like the reference tables)
// over the statutory holidays bench.ts passes for the days asked (the product keeps both in process).
import { pool } from './db.mjs';

const OFFSET = 8 * 3_600_000;
const MINUTE = 60_000;
const DAY = 86_400_000;

let overrides = new Map();
export async function loadCalendar() {
  const [rows] = await pool.query('SELECT `date`, `kind` FROM `calendar_day`');
  overrides = new Map(rows.map((r) => [r.date, r.kind]));
}

const local = (t) => {
  const l = new Date(t + OFFSET);
  return {
    date: l.toISOString().slice(0, 10),
    weekday: (l.getUTCDay() + 6) % 7,
    minute: l.getUTCHours() * 60 + l.getUTCMinutes(),
  };
};
const instantOf = (date, minute) => Date.parse(`${date}T00:00:00Z`) - OFFSET + minute * MINUTE;
const minutesOf = (hhmm) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const list = (v) => (v == null ? [] : typeof v === 'string' ? JSON.parse(v) : v);
const week = (t) => {
  const l = local(t);
  const from = instantOf(l.date, 0) - l.weekday * DAY;
  return [from, from + 7 * DAY];
};
const month = (t) => {
  const d = local(t).date;
  const y = Number(d.slice(0, 4));
  const m = Number(d.slice(5, 7));
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  return [instantOf(`${d.slice(0, 7)}-01`, 0), instantOf(next, 0)];
};

/** venue.rules.ts ruleReason for one slot: 'SKIP' for a time that is not a slot of the venue. */
function ruleReason(v, start, end, now, isHoliday) {
  const s = local(start);
  if (start % MINUTE !== 0 || s.minute % v.slotMinutes !== 0) return 'SKIP';
  if (start <= now) return 'PAST';
  if (start < now + v.leadMinutes * MINUTE) return 'LEAD_TIME';
  if (start > now + v.horizonDays * DAY) return 'BEYOND_HORIZON';
  if (v.closedDates.includes(s.date)) return 'CLOSED_DATE';
  if (v.closedOnHolidays && isHoliday(s.date)) return 'HOLIDAY';
  const hours = v.openingHours[s.weekday];
  if (!hours || s.minute < minutesOf(hours.open) || s.minute + (end - start) / MINUTE > minutesOf(hours.close))
    return 'SKIP';
  return null;
}

export function availability(plan, results) {
  const sqls = plan.waves.flat();
  const rowsOf = (from) => sqls.flatMap((s, i) => (s.includes(` FROM \`${from}\``) ? results[i] : []));
  const r = rowsOf('venue` `r')[0];
  if (!r) return { data: null, errors: [{ message: 'venue not found' }] };
  const v = {
    slotMinutes: r.r_slotMinutes,
    leadMinutes: r.r_leadMinutes,
    horizonDays: r.r_horizonDays,
    closedDates: list(r.r_closedDates),
    closedOnHolidays: Boolean(r.r_closedOnHolidays),
    openingHours: list(r.r_openingHours),
  };
  const taken = new Set(rowsOf('venue_slot` `s').map((s) => new Date(s.s_slotStart).getTime()));
  // The booker: a resident with an approved binding (the only kind the benchmark's resident can be;
  // staff eligibility would need the viewer's grants, which no statement reads — see performance.md).
  const binding = rowsOf('household_binding` `HouseholdBindingEntity')[0];
  const counted = new Map(rowsOf('venue_booking` `b').map((b) => [b.b_id, new Date(b.b_startsAt).getTime()]));
  const used = ([a, b]) => [...counted.values()].filter((t) => t >= a && t < b).length;
  const isHoliday = (d) => (overrides.has(d) ? overrides.get(d) === 'HOLIDAY' : plan.holidays.includes(d));
  const now = Date.now();
  const step = v.slotMinutes * MINUTE;
  const from = Date.parse(plan.from);
  const to = Date.parse(plan.to);
  const out = [];
  for (let t = Math.ceil(from / step) * step; t + step <= to; t += step) {
    let isTaken = false;
    for (let g = t; g < t + step; g += 15 * MINUTE) if (taken.has(g)) isTaken = true;
    const rule = ruleReason(v, t, t + step, now, isHoliday);
    if (rule === 'SKIP') continue;
    let reason = isTaken ? 'TAKEN' : null;
    reason ??= r.r_archivedAt ? 'ARCHIVED' : null;
    reason ??= rule;
    reason ??= binding ? null : 'NOT_ELIGIBLE';
    if (!reason && binding) {
      if (r.r_weeklyQuota !== null && used(week(t)) >= r.r_weeklyQuota) reason = 'QUOTA_WEEK';
      else if (r.r_monthlyQuota !== null && used(month(t)) >= r.r_monthlyQuota) reason = 'QUOTA_MONTH';
    }
    out.push({
      startsAt: new Date(t).toISOString(),
      endsAt: new Date(t + step).toISOString(),
      taken: isTaken,
      bookable: reason === null,
    });
  }
  return { data: { venueAvailability: out } };
}
