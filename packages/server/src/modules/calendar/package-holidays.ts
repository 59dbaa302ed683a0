/**
 * The statutory holidays and make-up working days that ship with the `chinese-days` package
 * (State Council schedules 2004-2026). Read from the package's data file rather than through its
 * date functions: those parse and format dates in the machine's time zone (in UTC-8,
 * `findWorkday(3, '2026-09-30')` answers '2026-10-09'), and we reckon every date in Asia/Shanghai
 * ourselves (STACK trap 8).
 */
import { createRequire } from 'node:module';

interface ChineseDaysData {
  /** date → 'English name,中文名,days' */
  holidays: Record<string, string>;
  /** make-up working days (调休上班), date → the holiday they belong to */
  workdays: Record<string, string>;
}

const data = createRequire(import.meta.url)('chinese-days/dist/chinese-days.json') as ChineseDaysData;

/** First and last year the package has data for; later years it silently treats as plain weeks. */
export const PACKAGE_FIRST_YEAR = 2004;
export const PACKAGE_LAST_YEAR = 2026;

export interface PackageDay {
  kind: 'HOLIDAY' | 'WORKDAY';
  /** Chinese name, e.g. 国庆节 (make-up days carry the name of their holiday). */
  name: string;
}

const chineseName = (raw: string) => raw.split(',')[1] ?? raw;

/** The package's entry for a date, or undefined for an ordinary day. */
export function packageDay(date: string): PackageDay | undefined {
  const h = data.holidays[date];
  if (h !== undefined) return { kind: 'HOLIDAY', name: chineseName(h) };
  const w = data.workdays[date];
  if (w !== undefined) return { kind: 'WORKDAY', name: `${chineseName(w)}调休` };
  return undefined;
}
