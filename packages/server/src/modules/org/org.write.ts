import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { Action } from '../../auth/permissions.js';
import { actingGrant } from '../../auth/policy.js';
import type { Place } from '../../auth/reach.js';
import type { Viewer } from '../../auth/viewer.js';
import type { Actor } from '../../common/actor.js';
import { fail, type Reason } from '../../common/errors.js';
import { isUniqueViolation } from '../../db/errors.js';
import type { AuditService } from '../audit/audit.service.js';
import { OrgReasons as R } from './org.errors.js';

/** What every write of the tree and of organisations shares: one transaction with its audit row. */
export interface AuditedWrite<T> {
  actor: Actor;
  /** The permission the write is done under (the audit row names the membership that granted it). */
  action: Action;
  place: Place;
  operation: string;
  target: { type: string; id?: string };
  work: (m: EntityManager) => Promise<T & { id: string }>;
  /** Named fields only: an input may carry more than its type declares, and personal data is not copied. */
  summary: Record<string, unknown>;
}

/** Runs a write in a transaction with its audit row, mapping unique-key clashes to CONFLICT. */
export async function auditedWrite<T>(
  ds: DataSource,
  audit: AuditService,
  w: AuditedWrite<T>,
): Promise<T & { id: string }> {
  const viewer = w.actor.viewer as Viewer;
  try {
    return await ds.transaction(async (m) => {
      const result = await w.work(m);
      await audit.record(
        w.actor.meta,
        {
          operation: w.operation,
          targetType: w.target.type,
          targetId: w.target.id ?? result.id,
          grant: actingGrant(viewer, w.action, w.place),
          streetId: w.place.streetId,
          communityId: w.place.communityId,
          summary: w.summary,
        },
        m,
      );
      return result;
    });
  } catch (err) {
    if (isUniqueViolation(err))
      throw fail(R.ORG_NAME_TAKEN, `A ${w.target.type.toLowerCase()} with this name already exists here`);
    throw err;
  }
}

export interface Archivable {
  archivedAt: Date | null;
}

/** `archived: true` archives (keeping the first date), `false` restores, absent leaves it. */
export function applyArchive(row: Archivable, archived: boolean | undefined | null): void {
  if (archived === true && !row.archivedAt) row.archivedAt = new Date();
  if (archived === false) row.archivedAt = null;
}

/** The common shape of every update: claim the version, apply the changes, archive or restore, save. */
export async function saveUpdate<E extends Archivable & { id: string; version?: number }>(
  m: EntityManager,
  type: string,
  row: E,
  input: { archived?: boolean | null; expectedVersion?: number | null },
  apply: (row: E) => void,
): Promise<E> {
  // Households carry no version (their edits are rare and single-field).
  if (typeof row.version === 'number') {
    await claimVersion(m, row as E & { version: number }, input.expectedVersion, type);
  }
  apply(row);
  applyArchive(row, input.archived);
  return m.save(row);
}

/**
 * Optimistic lock of an update: CONFLICT when the author saw another version than the stored one,
 * and a conditional bump (`WHERE version = ?`) so that of two concurrent writers one loses.
 */
export async function claimVersion(
  m: EntityManager,
  row: ObjectLiteral & { id: string; version: number },
  expectedVersion: number | null | undefined,
  type: string,
  reason: Reason = R.ORG_VERSION_STALE,
): Promise<void> {
  const stale = () => fail(reason, `The ${type.toLowerCase()} was changed by someone else; reload it and try again`);
  if (expectedVersion != null && expectedVersion !== row.version) throw stale();
  const claimed = await m
    .createQueryBuilder()
    .update(row.constructor as EntityTarget<ObjectLiteral>)
    .set({ version: row.version + 1 })
    .where('id = :id AND version = :version', { id: row.id, version: row.version })
    .execute();
  if (!claimed.affected) throw stale();
  row.version += 1;
}
