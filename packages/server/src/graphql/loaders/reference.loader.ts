import DataLoader from 'dataloader';
import {
  type DataSource,
  type EntitySubscriberInterface,
  type EntityTarget,
  EventSubscriber,
  In,
  type InsertEvent,
  type ObjectLiteral,
  type RemoveEvent,
  type TransactionCommitEvent,
  type TransactionRollbackEvent,
  type UpdateEvent,
} from 'typeorm';

/**
 * Small reference tables (ticket categories, streets, communities, estates, buildings,
 * organisations) kept by id in this process, so a list does not read them on every request
 * (issue 21: a staff ticket list went from 11 statements to 4). Rows change rarely; any write to
 * such a table — by a service, a seed or a fixture, through TypeORM — empties that table's cache at
 * once (ReferenceCacheSubscriber: at the statement and again at commit), and a load that overlapped
 * a write is not kept (the version check).
 *
 * Multi-process (issue 20): with REDIS_URL, a write to a reference table is told to the other
 * processes over Redis pub/sub (redis/cache-notices.ts), which empty that table's cache too. Without
 * Redis, or for a write TypeORM does not see (raw SQL), the TTL bounds how long a stale row lives.
 */
export const REFERENCE_TTL_MS = 60_000;
/** Most rows kept per table (least recently loaded go first). */
export const REFERENCE_MAX_ROWS = 50_000;

interface TableCache {
  rows: Map<string, { row: ObjectLiteral; until: number }>;
  version: number;
}

/** Per database, per entity class. */
const caches = new WeakMap<DataSource, Map<unknown, TableCache>>();

function tableOf(ds: DataSource, target: unknown): TableCache {
  let tables = caches.get(ds);
  if (!tables) {
    tables = new Map();
    caches.set(ds, tables);
  }
  let t = tables.get(target);
  if (!t) {
    t = { rows: new Map(), version: 0 };
    tables.set(target, t);
  }
  return t;
}

/** Entity classes read through a reference loader: the tables whose writes other processes hear of. */
const referenceTables = new Set<unknown>();
/** Per database: how a write is told to the other processes (REDIS_URL: redis/cache-notices.ts). */
const tellers = new WeakMap<DataSource, (target: unknown) => Promise<void>>();
export const tellReferenceWrites = (ds: DataSource, tell: (target: unknown) => Promise<void>) => tellers.set(ds, tell);

/**
 * Drops a table's cached rows (a write to it): the one invalidation helper. A write made here is
 * also told to the other processes (when they share Redis); the returned promise settles once it
 * has been. `fromElsewhere`: the notice of another process's write, not told again.
 */
export function invalidateReference(ds: DataSource, target: unknown, fromElsewhere = false): Promise<void> | undefined {
  const told = !fromElsewhere && referenceTables.has(target) ? tellers.get(ds)?.(target) : undefined;
  const t = caches.get(ds)?.get(target);
  if (t) {
    t.version += 1;
    t.rows.clear();
  }
  return told;
}

/**
 * A copy per request: callers get their own object (of the entity's class), so a caller that
 * changes a row cannot change what other requests see.
 */
const copy = <E extends ObjectLiteral>(row: E): E => Object.assign(Object.create(Object.getPrototypeOf(row)), row);

/**
 * Like byIdLoader — `findBy({ id: In(ids) })` batched per request, missing ids resolve to null —
 * but answered from the table's in-process cache where it can, reading only the ids it lacks.
 */
export function referenceLoader<E extends ObjectLiteral & { id: string }>(
  ds: DataSource,
  entity: EntityTarget<E>,
  now: () => number = Date.now,
) {
  referenceTables.add(entity);
  return new DataLoader<string, E | null>(
    async (ids) => {
      const t = tableOf(ds, entity);
      const at = now();
      const found = new Map<string, E>();
      const missing: string[] = [];
      for (const id of ids) {
        const hit = t.rows.get(id);
        if (hit && hit.until > at) found.set(id, hit.row as E);
        else missing.push(id);
      }
      if (missing.length > 0) {
        const version = t.version;
        const rows = await ds.getRepository(entity).findBy({ id: In(missing) } as never);
        for (const r of rows) found.set(r.id, r);
        // Kept only if no write touched the table while it was read.
        if (version === t.version) {
          for (const r of rows) t.rows.set(r.id, { row: r, until: at + REFERENCE_TTL_MS });
          while (t.rows.size > REFERENCE_MAX_ROWS) {
            const oldest = t.rows.keys().next().value;
            if (oldest === undefined) break;
            t.rows.delete(oldest);
          }
        }
      }
      return ids.map((id) => {
        const r = found.get(id);
        return r ? copy(r) : null;
      });
    },
    { maxBatchSize: 500 },
  );
}

const PENDING = 'referenceWrites';

/**
 * Empties a reference table's cache on every insert, update or delete of its rows (any entity:
 * tables without a cache cost a map lookup). Inside a transaction, again once it commits.
 */
@EventSubscriber()
export class ReferenceCacheSubscriber implements EntitySubscriberInterface<ObjectLiteral> {
  afterInsert(event: InsertEvent<ObjectLiteral>): Promise<void> | undefined {
    return this.wrote(event);
  }

  afterUpdate(event: UpdateEvent<ObjectLiteral>): Promise<void> | undefined {
    return this.wrote(event);
  }

  afterRemove(event: RemoveEvent<ObjectLiteral>): Promise<void> | undefined {
    return this.wrote(event);
  }

  async afterTransactionCommit(event: TransactionCommitEvent): Promise<void> {
    const pending = event.queryRunner.data?.[PENDING] as Set<unknown> | undefined;
    if (!pending) return;
    delete event.queryRunner.data[PENDING];
    // Told to the other processes before the writer's request answers (see invalidateReference).
    await Promise.all([...pending].map((target) => invalidateReference(event.connection, target)));
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    if (event.queryRunner.data) delete event.queryRunner.data[PENDING];
  }

  private wrote(event: InsertEvent<ObjectLiteral> | UpdateEvent<ObjectLiteral> | RemoveEvent<ObjectLiteral>) {
    const target = event.metadata.target;
    const told = invalidateReference(event.connection, target);
    // Recorded even for a table with no cache yet: a load may start before the commit and read the old row.
    const qr = event.queryRunner;
    if (qr?.isTransactionActive) {
      qr.data ??= {};
      const pending = (qr.data[PENDING] as Set<unknown> | undefined) ?? new Set();
      pending.add(target);
      qr.data[PENDING] = pending;
    }
    return told;
  }
}

/**
 * One row of a reference table by id through the same in-process cache, for a service outside a
 * request's loaders (the place a list or a mutation is asked about): no statement when cached.
 */
export function referenceRow<E extends ObjectLiteral & { id: string }>(
  ds: DataSource,
  entity: EntityTarget<E>,
  id: string,
): Promise<E | null> {
  return referenceLoader(ds, entity).load(id);
}
