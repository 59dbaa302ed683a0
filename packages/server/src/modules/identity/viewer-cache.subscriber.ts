import {
  type EntitySubscriberInterface,
  EventSubscriber,
  type InsertEvent,
  type ObjectLiteral,
  type QueryRunner,
  type RemoveEvent,
  type TransactionCommitEvent,
  type TransactionRollbackEvent,
  type UpdateEvent,
} from 'typeorm';
import { invalidateViewers, type ViewerChange } from '../../auth/viewer-cache.js';
import { OrganisationEntity } from '../org/organisation.entity.js';
import { OrganisationEstateEntity } from '../org/organisation-estate.entity.js';
import { MembershipEntity } from './membership.entity.js';
import { SessionEntity } from './session.entity.js';
import { UserEntity } from './user.entity.js';

/** What a hook returns: nothing, or the promise of other processes being told (cache-notices.ts). */
type Told = void | Promise<void>;

/** Pending changes of a transaction, applied again once it commits. */
const PENDING = 'viewerChanges';

type Kind = 'user' | 'session' | 'membership' | 'organisation';
const kindOf = (target: unknown): Kind | null =>
  target === UserEntity
    ? 'user'
    : target === SessionEntity
      ? 'session'
      : target === MembershipEntity
        ? 'membership'
        : target === OrganisationEntity || target === OrganisationEstateEntity
          ? 'organisation'
          : null;

/**
 * Drops cached viewers (auth/viewer-cache.ts) whenever what a viewer is made of changes — the user
 * (password → token version, disabled, display name), a session (revoked: sign-out, sign-out
 * elsewhere, refresh-token reuse), a membership (granted, revoked, moved), an organisation or the
 * estates it serves — by whatever code path: a subscriber sees services, seeds and fixtures alike,
 * so a new writer cannot forget it. Rows it cannot name (a query-builder update by criteria) drop
 * every viewer: such writes are rare. A write inside a transaction invalidates at the statement and
 * again at commit, so a request that read the old rows in between cannot keep them.
 */
@EventSubscriber()
export class ViewerCacheSubscriber implements EntitySubscriberInterface<ObjectLiteral> {
  afterInsert(event: InsertEvent<ObjectLiteral>): Told {
    const kind = kindOf(event.metadata.target);
    // A new user or a new session has no cached viewer yet; a new membership or served estate changes grants.
    if (kind === 'membership') return this.changed(event.queryRunner, event.connection, userChange(event.entity));
    if (kind === 'organisation') return this.changed(event.queryRunner, event.connection, { all: true });
  }

  afterUpdate(event: UpdateEvent<ObjectLiteral>): Told {
    const kind = kindOf(event.metadata.target);
    if (!kind) return;
    const row = { ...event.databaseEntity, ...event.entity };
    if (kind === 'session') {
      // A refresh marks its token used (same family, same viewer): only a revocation matters.
      const values = event.entity ?? {};
      const touched = event.updatedColumns.length
        ? event.updatedColumns.map((c) => c.propertyName)
        : Object.keys(values);
      if (!touched.includes('revokedAt')) return;
    }
    return this.changed(
      event.queryRunner,
      event.connection,
      kind === 'organisation' ? { all: true } : userChange(kind === 'user' ? { userId: row.id } : row),
    );
  }

  afterRemove(event: RemoveEvent<ObjectLiteral>): Told {
    const kind = kindOf(event.metadata.target);
    if (!kind || kind === 'session') return; // a deleted session row is an ended one already
    const row = { ...event.databaseEntity, ...event.entity };
    return this.changed(
      event.queryRunner,
      event.connection,
      kind === 'organisation'
        ? { all: true }
        : userChange(kind === 'user' ? { userId: row.id ?? event.entityId } : row),
    );
  }

  async afterTransactionCommit(event: TransactionCommitEvent): Promise<void> {
    const pending = event.queryRunner.data?.[PENDING] as ViewerChange[] | undefined;
    if (!pending) return;
    delete event.queryRunner.data[PENDING];
    // With several processes, told to the others before the writer's request answers.
    await Promise.all(pending.map((change) => invalidateViewers(event.connection, change)));
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    if (event.queryRunner.data) delete event.queryRunner.data[PENDING];
  }

  private changed(qr: QueryRunner | undefined, ds: InsertEvent<ObjectLiteral>['connection'], change: ViewerChange) {
    const told = invalidateViewers(ds, change);
    if (qr?.isTransactionActive) {
      qr.data ??= {};
      qr.data[PENDING] = [...((qr.data[PENDING] as ViewerChange[] | undefined) ?? []), change];
    }
    return told;
  }
}

/** The users a row names (`userId`), or everyone when it names none. */
function userChange(row: ObjectLiteral | undefined): ViewerChange {
  const id = row?.userId;
  return typeof id === 'string' ? { userIds: [id] } : { all: true };
}
