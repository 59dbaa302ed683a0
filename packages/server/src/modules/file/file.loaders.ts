import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { rowsWhere, sortRows } from '../../graphql/loaders/grouped.loader.js';
import { FileEntity } from './file.entity.js';

/** Files attached to each record, oldest first, batched per request and per kind of record. */
export function filesByAttachmentLoader(ds: DataSource) {
  return new DataLoader<{ type: string; id: string }, FileEntity[], string>(
    async (keys) => {
      const byType = new Map<string, string[]>();
      for (const k of keys) byType.set(k.type, [...(byType.get(k.type) ?? []), k.id]);
      const rows = (
        await Promise.all(
          [...byType].map(async ([type, ids]) =>
            sortRows(await rowsWhere(ds, FileEntity, { attachedType: type, attachedId: ids }), { id: 'ASC' }),
          ),
        )
      ).flat();
      const map = new Map<string, FileEntity[]>();
      for (const r of rows) {
        const key = `${r.attachedType}:${r.attachedId}`;
        map.set(key, [...(map.get(key) ?? []), r]);
      }
      return keys.map((k) => map.get(`${k.type}:${k.id}`) ?? []);
    },
    { cacheKeyFn: (k) => `${k.type}:${k.id}`, maxBatchSize: 500 },
  );
}
