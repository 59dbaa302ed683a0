import type { DataSource, EntityManager } from 'typeorm';
import type { Grant } from '../../auth/viewer.js';
import type { RequestMeta } from '../../common/actor.js';
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

export type { RequestMeta } from '../../common/actor.js';

/** Longest summary kept, in UTF-16 units of its JSON. */
export const SUMMARY_MAX = 4000;

const cut = (s: string, n: number) => (s.length > n ? `${Array.from(s.slice(0, n)).slice(0, -1).join('')}…` : s);

/** Shortens every string (and list) in a value to `n`; the shape stays, so it still serialises. */
function shorten(value: unknown, n: number): unknown {
  if (typeof value === 'string') return cut(value, n);
  if (Array.isArray(value)) {
    const items = value.slice(0, n).map((v) => shorten(v, n));
    return value.length > n ? [...items, `… ${value.length - n} more`] : items;
  }
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shorten(v, n)]));
  }
  return value;
}

/**
 * The summary as JSON of at most SUMMARY_MAX characters. Values are cut *before* serialising
 * (long strings and lists shortened ever more), so the stored text is always valid JSON.
 */
export function boundedSummary(summary: Record<string, unknown>): string {
  let json = JSON.stringify(summary);
  for (let n = 1000; json.length > SUMMARY_MAX && n >= 8; n = Math.floor(n / 2)) {
    json = JSON.stringify({ ...(shorten(summary, n) as object), truncated: true });
  }
  return json.length > SUMMARY_MAX
    ? JSON.stringify({
        truncated: true,
        keys: Object.keys(summary)
          .slice(0, 50)
          .map((k) => cut(k, 40)),
      })
    : json;
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
        summary: boundedSummary(entry.summary),
        requestId: meta.requestId,
        ip: meta.ip,
      }),
    );
  }
}
