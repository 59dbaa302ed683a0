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
