let seq = 0;

/**
 * `column LIKE '%text%'` with the wildcards of `text` escaped, portable across SQLite and MySQL
 * (both accept `ESCAPE '!'`; a backslash escape is spelled differently in each).
 */
export function contains(column: string, text: string): [string, Record<string, string>] {
  const name = `like${++seq}`;
  const escaped = text.replace(/[!%_]/g, (c) => `!${c}`);
  return [`${column} LIKE :${name} ESCAPE '!'`, { [name]: `%${escaped}%` }];
}

/**
 * A Date as a query parameter that compares correctly with stored datetimes on both dialects.
 * SQLite keeps datetimes as text ('YYYY-MM-DD HH:MM:SS.SSS', UTC: what TypeORM writes for a Date
 * and what the HardeningA migration made of older whole-second values) and compares them as text,
 * so a bound Date must be in that form; mysql2 binds a Date natively (columns are `datetime(3)`).
 */
export function sqlDate(ds: { options: { type: string } }, date: Date): Date | string {
  if (ds.options.type !== 'better-sqlite3') return date;
  return date.toISOString().slice(0, 23).replace('T', ' ');
}
