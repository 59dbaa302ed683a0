import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { AccessClaims } from '../auth/tokens.js';
import type { Viewer } from '../auth/viewer.js';
import { setViewerCache, type ViewerCache, type ViewerChange, viewerCacheOf } from '../auth/viewer-cache.js';
import { invalidateReference, tellReferenceWrites } from '../graphql/loaders/reference.loader.js';
import type { RedisClients } from './redis.js';

/** One notice on the channel `<prefix>cache`: a viewer change, or a reference table written. */
interface Notice {
  /** The process that wrote (it does not apply its own notice twice). */
  from: string;
  viewer?: ViewerChange;
  table?: string;
}

/** The process's viewer cache, whose invalidations are also published for the other processes. */
class SharedViewerCache implements ViewerCache {
  constructor(
    private readonly local: ViewerCache,
    private readonly tell: (change: ViewerChange) => Promise<void>,
  ) {}

  get generation(): number {
    return this.local.generation;
  }

  get(claims: AccessClaims): Viewer | undefined {
    return this.local.get(claims);
  }

  set(claims: AccessClaims, viewer: Viewer, generation: number): void {
    this.local.set(claims, viewer, generation);
  }

  invalidate(change: ViewerChange): Promise<void> {
    this.local.invalidate(change);
    return this.tell(change);
  }
}

/**
 * Cross-process invalidation of the in-process caches (REDIS_URL): the viewer cache
 * (auth/viewer-cache.ts) and the reference tables' cache (graphql/loaders/reference.loader.ts).
 * A write in this process publishes what it changed; every other process empties the same entries
 * on receipt. The writer awaits the PUBLISH before its request answers, and Redis has pushed the
 * notice to every subscriber by then, so a session revoked on one process is refused by the others
 * on the very next request. Resolves once this process listens.
 */
export async function shareCacheInvalidation(
  redis: RedisClients,
  ds: DataSource,
  onError: (err: unknown) => void,
): Promise<void> {
  const self = randomUUID();
  const channel = `${redis.prefix}cache`;
  const publish = (notice: Omit<Notice, 'from'>) =>
    redis.command.publish(channel, JSON.stringify({ from: self, ...notice })).then(() => undefined, onError);
  const local = viewerCacheOf(ds);
  setViewerCache(ds, new SharedViewerCache(local, (viewer) => publish({ viewer })));
  tellReferenceWrites(ds, (target) => publish({ table: ds.getMetadata(target as Function).tableName }));
  redis.subscriber.on('message', (from: string, raw: string) => {
    if (from !== channel) return;
    let notice: Notice;
    try {
      notice = JSON.parse(raw) as Notice;
    } catch {
      return;
    }
    if (notice.from === self) return;
    if (notice.viewer) local.invalidate(notice.viewer);
    if (notice.table) {
      const table = ds.entityMetadatas.find((m) => m.tableName === notice.table);
      if (table) invalidateReference(ds, table.target, true);
    }
  });
  await redis.subscriber.subscribe(channel);
}
