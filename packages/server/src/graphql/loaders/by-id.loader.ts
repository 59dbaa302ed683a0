import DataLoader from 'dataloader';
import { type DataSource, type EntityTarget, In, type ObjectLiteral } from 'typeorm';

/** Batches `findBy({ id: In(ids) })` for one entity per request; missing ids resolve to null. */
export function byIdLoader<E extends ObjectLiteral & { id: string }>(ds: DataSource, entity: EntityTarget<E>) {
  return new DataLoader<string, E | null>(
    async (ids) => {
      const rows = await ds.getRepository(entity).findBy({ id: In([...ids]) } as never);
      const map = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => map.get(id) ?? null);
    },
    { maxBatchSize: 500 },
  );
}
