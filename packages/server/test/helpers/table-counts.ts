import type { DataSource } from 'typeorm';

export type TableCounts = Record<string, number>;

/**
 * Counts the rows of every table of the database in one statement (`SELECT (SELECT COUNT(*) FROM a)
 * AS c0, …`), for checks that a refused write left nothing behind. The table list is read once.
 */
export async function tableCounter(ds: DataSource): Promise<() => Promise<TableCounts>> {
  const sqlite = ds.options.type === 'better-sqlite3';
  const rows: { name: string }[] = await ds.query(
    sqlite
      ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
      : "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE' ORDER BY table_name",
  );
  const names = rows.map((r) => r.name);
  const quote = (n: string) => (sqlite ? `"${n.replaceAll('"', '""')}"` : `\`${n.replaceAll('`', '``')}\``);
  const sql = `SELECT ${names.map((n, i) => `(SELECT COUNT(*) FROM ${quote(n)}) AS c${i}`).join(', ')}`;
  return async () => {
    const [row] = (await ds.query(sql)) as Record<string, number | string>[];
    return Object.fromEntries(names.map((n, i) => [n, Number(row?.[`c${i}`])]));
  };
}

/** The tables whose counts differ, as "table +n" / "table -n". */
export function countChanges(before: TableCounts, after: TableCounts): string[] {
  return Object.keys(after)
    .filter((t) => after[t] !== before[t])
    .map((t) => {
      const d = (after[t] ?? 0) - (before[t] ?? 0);
      return `${t} ${d > 0 ? '+' : ''}${d}`;
    });
}
