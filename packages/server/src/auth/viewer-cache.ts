import type { DataSource } from 'typeorm';
import type { AccessClaims } from './tokens.js';
import type { Viewer } from './viewer.js';

/**
 * What changed about whom: the viewers of some users (session ended, password changed, disabled,
 * renamed, memberships granted or revoked), or of everyone (an organisation's served estates, or a
 * write whose rows the database layer cannot name).
 */
export type ViewerChange = { userIds: readonly string[] } | { all: true };

/**
 * The viewer of a session (user, live session, grants: three to five statements) kept for a few
 * seconds, so a burst of requests from one console loads it once (issue 21).
 *
 * Correctness rests on invalidation, not on the TTL: every write to users, sessions, memberships,
 * organisations and their served estates calls `invalidateViewers` (the identity module's
 * ViewerCacheSubscriber, at the statement and again at commit), so a revoked session is refused on
 * the very next request. The TTL only bounds what a write the database layer cannot see (a raw SQL
 * statement, another process) can leave behind.
 *
 * Multi-process (issue 20): with REDIS_URL, redis/cache-notices.ts puts a cache in place with
 * `setViewerCache` whose `invalidate` also publishes the ViewerChange on Redis; every other process
 * applies it to its own cache on receipt. Without Redis, or for a write TypeORM does not see, a
 * write elsewhere reaches this process after at most the TTL.
 */
export interface ViewerCache {
  /** The cached viewer of these claims, or undefined. */
  get(claims: AccessClaims): Viewer | undefined;
  /** A counter that moves on every invalidation: read it before loading, hand it to `set`. */
  readonly generation: number;
  /** Keeps a freshly loaded viewer unless something was invalidated since `generation` was read. */
  set(claims: AccessClaims, viewer: Viewer, generation: number): void;
  /**
   * Drops the viewers a change affects, at once. A cache shared across processes returns a promise
   * that settles once the others have been told (the writer awaits it before answering).
   */
  invalidate(change: ViewerChange): void | Promise<void>;
}

/** How long a viewer is reused: a few seconds (a console's burst of requests), not a session. */
export const VIEWER_CACHE_TTL_MS = 5_000;
/** Most sessions kept (least recently used go first): bounded memory whatever the traffic. */
export const VIEWER_CACHE_MAX = 10_000;

const keyOf = (c: AccessClaims) => `${c.userId}|${c.sessionFamilyId}|${c.tokenVersion}`;

/** A bounded LRU (a Map keeps insertion order: a hit moves its entry to the end) with a TTL, in this process. */
export class InProcessViewerCache implements ViewerCache {
  private readonly entries = new Map<string, { viewer: Viewer; userId: string; until: number }>();
  generation = 0;

  constructor(
    private readonly ttlMs = VIEWER_CACHE_TTL_MS,
    private readonly max = VIEWER_CACHE_MAX,
    private readonly now: () => number = Date.now,
  ) {}

  get(claims: AccessClaims): Viewer | undefined {
    const key = keyOf(claims);
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    this.entries.delete(key);
    if (hit.until <= this.now()) return undefined;
    this.entries.set(key, hit);
    return hit.viewer;
  }

  set(claims: AccessClaims, viewer: Viewer, generation: number): void {
    // An invalidation while the viewer was loading may have come after the rows were read: drop it.
    if (this.ttlMs <= 0 || generation !== this.generation) return;
    const key = keyOf(claims);
    this.entries.delete(key);
    this.entries.set(key, { viewer, userId: claims.userId, until: this.now() + this.ttlMs });
    while (this.entries.size > this.max) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  invalidate(change: ViewerChange): void {
    this.generation += 1;
    if ('all' in change) {
      this.entries.clear();
      return;
    }
    if (change.userIds.length === 0) return;
    const users = new Set(change.userIds);
    for (const [key, e] of this.entries) if (users.has(e.userId)) this.entries.delete(key);
  }

  get size(): number {
    return this.entries.size;
  }
}

/**
 * One cache per database (tests run several apps, each on its own database, in one process): the
 * subscriber that sees a write knows its data source, not the app's services.
 */
const caches = new WeakMap<DataSource, ViewerCache>();

/** The viewer cache of a database (an in-process one unless `setViewerCache` put another). */
export function viewerCacheOf(ds: DataSource): ViewerCache {
  let cache = caches.get(ds);
  if (!cache) {
    cache = new InProcessViewerCache();
    caches.set(ds, cache);
  }
  return cache;
}

/** Puts another implementation in place (a cross-process one, issue 20; a controlled clock in tests). */
export function setViewerCache(ds: DataSource, cache: ViewerCache): void {
  caches.set(ds, cache);
}

/** The one invalidation helper: every write that changes a viewer ends up here. */
export function invalidateViewers(ds: DataSource, change: ViewerChange): void | Promise<void> {
  return viewerCacheOf(ds).invalidate(change);
}

/** The viewer of these claims: from the cache, else loaded (and kept unless invalidated meanwhile). */
export async function cachedViewer(
  ds: DataSource,
  claims: AccessClaims,
  load: (claims: AccessClaims) => Promise<Viewer>,
): Promise<Viewer> {
  const cache = viewerCacheOf(ds);
  const hit = cache.get(claims);
  if (hit) return hit;
  const generation = cache.generation;
  const viewer = await load(claims);
  cache.set(claims, viewer, generation);
  return viewer;
}
