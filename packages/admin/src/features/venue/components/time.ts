import dayjs from 'dayjs';

/** Shanghai wall-clock text of an instant: the console runs in Asia/Shanghai like the server's rules. */
export const hm = (iso: string) => dayjs(iso).format('HH:mm');
export const range = (from: string, to: string) => `${dayjs(from).format('MM-DD HH:mm')}–${hm(to)}`;

/** Monday (YYYY-MM-DD) of the week that contains `day` (default today). */
export function mondayOf(day?: string | null): string {
  const d = dayjs(day ?? undefined);
  const offset = (d.day() + 6) % 7;
  return d.subtract(offset, 'day').format('YYYY-MM-DD');
}
