import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import { FileEntity } from './file.entity.js';

/** Files attached to each record, oldest first, batched per request and per kind of record. */
export function filesByAttachmentLoader(ds: DataSource) {
  return new DataLoader<{ type: string; id: string }, FileEntity[], string>(
    async (keys) => {
      const byType = new Map<string, string[]>();
      for (const k of keys) byType.set(k.type, [...(byType.get(k.type) ?? []), k.id]);
      const rows = (
        await Promise.all(
          [...byType].map(([type, ids]) =>
            ds.getRepository(FileEntity).find({
              where: { attachedType: type, attachedId: In(ids) },
              order: { id: 'ASC' },
            }),
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
