import dayjs from 'dayjs';

/** Times come as UTC ISO strings; staff read them in local time (Asia/Shanghai on their machines). */
export const formatTime = (iso: string | null | undefined) => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '');

const SHANGHAI_OFFSET_MS = 8 * 3600_000; // Asia/Shanghai has no daylight saving time

/** Midnight at the start of Shanghai day 'YYYY-MM-DD' plus `days`, as a UTC ISO instant. */
function shanghaiMidnight(day: string, days = 0): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return null;
  const utc = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + days) - SHANGHAI_OFFSET_MS;
  return Number.isNaN(utc) ? null : new Date(utc).toISOString();
}

/**
 * The instants [from, to) that calendar days 'YYYY-MM-DD' (inclusive both ends) cover. Days are
 * Shanghai days, as the server's figures and deadlines are, whatever the browser's time zone.
 */
export function dayRangeInstants(from: string | null | undefined, to: string | null | undefined) {
  return {
    from: from ? shanghaiMidnight(from) : null,
    to: to ? shanghaiMidnight(to, 1) : null,
  };
}
