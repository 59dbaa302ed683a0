/** Calendar windows in Asia/Shanghai (UTC+8 all year: no daylight saving), as UTC instants. */
const H8 = 8 * 3600_000;
const DAY = 24 * 3600_000;

export function shanghaiDayStart(now: Date): Date {
  return new Date(Math.floor((now.getTime() + H8) / DAY) * DAY - H8);
}

export function shanghaiMonthStart(now: Date): Date {
  const local = new Date(now.getTime() + H8);
  return new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), 1) - H8);
}

export function shanghaiYearStart(now: Date): Date {
  const local = new Date(now.getTime() + H8);
  return new Date(Date.UTC(local.getUTCFullYear(), 0, 1) - H8);
}
