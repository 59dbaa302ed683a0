import DataLoader from 'dataloader';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { rowsWhereIn } from './grouped.loader.js';

/**
 * Batches `findBy({ id: In(ids) })` for one entity per request, read with the other loaders of the
 * same turn (grouped.loader.ts); missing ids resolve to null.
 */
export function byIdLoader<E extends ObjectLiteral & { id: string }>(ds: DataSource, entity: EntityTarget<E>) {
  return new DataLoader<string, E | null>(
    async (ids) => {
      const rows = await rowsWhereIn(ds, entity, 'id' as keyof E & string, ids);
      const map = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => map.get(id) ?? null);
    },
    { maxBatchSize: 500 },
  );
}
