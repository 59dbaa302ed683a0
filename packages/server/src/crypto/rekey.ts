import type { DataSource } from 'typeorm';
import { blindIndexes } from './columns.js';
import { convertRows, type EncryptedColumnRef } from './convert-rows.js';
import type { DataKeyring } from './data-keys.js';
import { decryptValue, encryptValue, isEncrypted, keyIdOf, phoneIndex } from './personal-data.js';

/** Every encrypted column of the entities (from the EncryptedPhoneColumn decorators). */
export function encryptedColumns(ds: DataSource): EncryptedColumnRef[] {
  return ds.entityMetadatas.flatMap((meta) => {
    const map = typeof meta.target === 'function' ? blindIndexes.get(meta.target) : undefined;
    if (!map) return [];
    return [...map].map(([property, index]) => ({
      table: meta.tableName,
      column: meta.findColumnWithPropertyName(property)?.databaseName ?? property,
      indexColumn: meta.findColumnWithPropertyName(index)?.databaseName ?? index,
    }));
  });
}

export interface RekeyReport {
  table: string;
  column: string;
  /** Rows whose value or index was rewritten. */
  rewritten: number;
  /** Rows with a value, after the run, by the key id that encrypts them. */
  byKey: Record<string, number>;
}

/**
 * Re-encrypts every value of every encrypted column under the newest key of the keyring (the first
 * of DATA_KEYS) and recomputes each blind index with its current index key, in batches. Idempotent:
 * a second run rewrites nothing. Rows written meanwhile by the application are left as they are
 * (they carry the current key already).
 */
export async function rekey(
  ds: DataSource,
  ring: DataKeyring,
  options: { batch?: number; log?: (line: string) => void } = {},
): Promise<RekeyReport[]> {
  const reports: RekeyReport[] = [];
  const qr = ds.createQueryRunner();
  try {
    for (const ref of encryptedColumns(ds)) {
      const rewritten = await convertRows(
        qr,
        ref,
        (stored) => {
          const clear = isEncrypted(stored) ? decryptValue(stored, ring) : stored;
          const value = keyIdOf(stored) === ring.currentId ? stored : encryptValue(clear, ring);
          return { value, index: phoneIndex(clear, ring) };
        },
        { batch: options.batch, onBatch: (n) => options.log?.(`${ref.table}.${ref.column}: ${n} rewritten so far`) },
      );
      const byKey: Record<string, number> = {};
      const q = (n: string) => ds.driver.escape(n);
      const rows = (await qr.query(
        `SELECT ${q(ref.column)} AS v FROM ${q(ref.table)} WHERE ${q(ref.column)} IS NOT NULL`,
      )) as { v: string }[];
      for (const r of rows) {
        const id = keyIdOf(r.v) ?? '(clear)';
        byKey[id] = (byKey[id] ?? 0) + 1;
      }
      reports.push({ table: ref.table, column: ref.column, rewritten, byKey });
    }
  } finally {
    await qr.release();
  }
  return reports;
}

/**
 * A start check: the newest value of each encrypted column decrypts with the configured keys, so a
 * server given a wrong or missing key refuses to start with that reason instead of failing each
 * request that reads a phone. (A table not there yet, before the migrations, is not its business.)
 */
export async function verifyDataKeys(ds: DataSource, ring: DataKeyring): Promise<void> {
  for (const ref of encryptedColumns(ds)) {
    const q = (n: string) => ds.driver.escape(n);
    const rows = (await ds
      .query(
        `SELECT ${q(ref.column)} AS v FROM ${q(ref.table)} WHERE ${q(ref.column)} IS NOT NULL ORDER BY id DESC LIMIT 1`,
      )
      .catch(() => [])) as { v: string }[];
    const stored = rows[0]?.v;
    if (stored !== undefined && isEncrypted(stored)) decryptValue(stored, ring);
  }
}
