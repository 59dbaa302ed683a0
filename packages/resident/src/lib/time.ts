/** Dates on the Shanghai clock (the API's venue, meeting and ledger times are Asia/Shanghai). */
const DAY = 86_400_000;
const SHANGHAI = 8 * 3_600_000;

/** 'YYYY-MM-DD' in Shanghai, `days` after today. */
export function shanghaiDate(days = 0, now = Date.now()): string {
  return new Date(now + SHANGHAI + days * DAY).toISOString().slice(0, 10);
}

/** The instant a Shanghai day starts, as ISO (UTC). */
export function dayStart(date: string): string {
  return new Date(`${date}T00:00:00+08:00`).toISOString();
}

/** The next day of a 'YYYY-MM-DD'. */
export function nextDate(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + DAY).toISOString().slice(0, 10);
}

/** 'HH:MM' of an instant in Shanghai; as an end, midnight is '24:00' (how opening hours write it). */
export function clock(iso: string, asEnd = false): string {
  const hhmm = new Date(Date.parse(iso) + SHANGHAI).toISOString().slice(11, 16);
  return asEnd && hhmm === '00:00' ? '24:00' : hhmm;
}

/** 1 Monday … 7 Sunday of a 'YYYY-MM-DD' (the API's weekday numbers). */
export function isoWeekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay() || 7;
}

/** "12/07 周一" / "12/07 Mon" for a Shanghai date. */
export function dayLabel(date: string, locale: 'zh-CN' | 'en-US'): string {
  const d = new Date(`${date}T12:00:00+08:00`);
  const wd = d.toLocaleDateString(locale, { weekday: 'short', timeZone: 'Asia/Shanghai' });
  return `${date.slice(5, 7)}/${date.slice(8, 10)} ${wd}`;
}

/** 'YYYY-MM' in Shanghai, `months` from this month (negative: earlier). */
export function shanghaiMonth(months = 0, now = Date.now()): string {
  const d = new Date(now + SHANGHAI);
  const m = d.getUTCFullYear() * 12 + d.getUTCMonth() + months;
  return `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
}
