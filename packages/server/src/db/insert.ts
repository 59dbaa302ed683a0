import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Inserts new rows in one statement and gives the entities what the database defaults, without
 * reading them back: `save` follows every insert with a SELECT of the defaulted columns on MySQL
 * and SQLite (neither returns them), although the id and the times come from the application
 * (IdSubscriber) and the other defaults are plain values known from the entity's metadata.
 * Subscribers hear the inserts as with `save` (the webhook outbox). A defaulted column whose default
 * is not a plain value must be given (else it throws: use `save`).
 */
export async function insertRows<T extends ObjectLiteral>(
  m: EntityManager,
  target: EntityTarget<T>,
  rows: T[],
): Promise<T[]> {
  if (rows.length === 0) return rows;
  const meta = m.connection.getMetadata(target);
  for (const row of rows) {
    for (const column of meta.columns) {
      if (column.isCreateDate || column.isUpdateDate || column.getEntityValue(row) !== undefined) continue;
      if (column.isVersion) column.setEntityValue(row, 1);
      else if (column.default === undefined && !column.isGenerated) continue;
      else if (column.isGenerated || typeof column.default === 'function' || column.transformer) {
        throw new Error(`insertRows: ${meta.name}.${column.propertyName} needs a value (use save)`);
      } else {
        const d = column.default;
        column.setEntityValue(row, column.type === 'boolean' && typeof d !== 'boolean' ? Boolean(Number(d)) : d);
      }
    }
  }
  // updateEntity(false): no SELECT after the INSERT; IdSubscriber sets id and times on `rows` first.
  // Chunks stay under SQLite's and MySQL's bound on parameters of one statement.
  const perStatement = Math.max(1, Math.floor(30_000 / meta.columns.length));
  for (let i = 0; i < rows.length; i += perStatement) {
    const chunk = rows.slice(i, i + perStatement);
    await m.createQueryBuilder().insert().into(target).values(chunk).updateEntity(false).execute();
  }
  return rows;
}
