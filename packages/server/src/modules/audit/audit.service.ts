import type { DataSource, EntityManager } from 'typeorm';
import type { Grant } from '../../auth/viewer.js';
import { AuditLogEntity } from './audit-log.entity.js';

export interface AuditEntry {
  operation: string;
  targetType: string;
  targetId: string | null;
  /** The membership the actor acted through (null for self-service actions). */
  grant: Grant | null;
  streetId: string | null;
  communityId: string | null;
  summary: Record<string, unknown>;
}

export interface RequestMeta {
  actorId: string | null;
  requestId: string | null;
  ip: string | null;
}

/** Writes audit rows; call inside the transaction of the change so both land or neither. */
export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  async record(meta: RequestMeta, entry: AuditEntry, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.save(
      manager.create(AuditLogEntity, {
        actorId: meta.actorId,
        actorRole: entry.grant?.role ?? null,
        scopeKind: entry.grant?.scopeKind ?? null,
        scopeId: entry.grant?.scopeId ?? null,
        streetId: entry.streetId,
        communityId: entry.communityId,
        operation: entry.operation,
        targetType: entry.targetType,
        targetId: entry.targetId,
        summary: JSON.stringify(entry.summary).slice(0, 4000),
        requestId: meta.requestId,
        ip: meta.ip,
      }),
    );
  }
}
