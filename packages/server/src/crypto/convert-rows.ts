import type { QueryRunner } from 'typeorm';

/** A table column of encrypted personal data and its blind-index column. */
export interface EncryptedColumnRef {
  table: string;
  column: string;
  indexColumn: string;
}

/** What to write for one stored value: the new stored value and index, or null to leave the row. */
export type RowConversion = (stored: string) => { value: string; index: string } | null;

/**
 * Walks every row of a column with a value, in id order and batches (one transaction per batch),
 * and rewrites the rows `convert` changes. Each update names the value it read, so a row written
 * meanwhile by the application is left alone (its value is already current). Returns the count of
 * rows rewritten.
 */
export async function convertRows(
  qr: QueryRunner,
  ref: EncryptedColumnRef,
  convert: RowConversion,
  options: { batch?: number; onBatch?: (done: number) => void } = {},
): Promise<number> {
  const batch = options.batch ?? 500;
  const q = (name: string) => qr.connection.driver.escape(name);
  const [t, c, i] = [q(ref.table), q(ref.column), q(ref.indexColumn)];
  let after = '';
  let rewritten = 0;
  for (;;) {
    const rows = (await qr.query(
      `SELECT id, ${c} AS v, ${i} AS x FROM ${t} WHERE id > ? AND ${c} IS NOT NULL ORDER BY id LIMIT ${batch}`,
      [after],
    )) as { id: string; v: string; x: string | null }[];
    if (rows.length === 0) return rewritten;
    const changes = rows.flatMap((r) => {
      const next = convert(r.v);
      return next && (next.value !== r.v || next.index !== r.x) ? [{ id: r.id, old: r.v, ...next }] : [];
    });
    if (changes.length > 0) {
      const own = !qr.isTransactionActive;
      if (own) await qr.startTransaction();
      try {
        for (const ch of changes) {
          await qr.query(`UPDATE ${t} SET ${c} = ?, ${i} = ? WHERE id = ? AND ${c} = ?`, [
            ch.value,
            ch.index,
            ch.id,
            ch.old,
          ]);
        }
        if (own) await qr.commitTransaction();
      } catch (err) {
        if (own) await qr.rollbackTransaction();
        throw err;
      }
      rewritten += changes.length;
    }
    after = (rows.at(-1) as { id: string }).id;
    options.onBatch?.(rewritten);
  }
}
