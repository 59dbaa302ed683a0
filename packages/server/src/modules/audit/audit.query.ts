import type { DataSource } from 'typeorm';
import { scoped } from '../../auth/scoped.js';
import type { Viewer } from '../../auth/viewer.js';
import { sqlDate } from '../../db/sql.js';
import { paginate } from '../../graphql/pagination.js';
import { auditRead } from './audit.policy.js';
import type { AuditLogArgs } from './audit.types.js';

/** Reading the audit log: street and system admins, and community staff for their community. */
export function listAuditLog(ds: DataSource, viewer: Viewer | null, args: AuditLogArgs) {
  const qb = scoped(ds, viewer).query(auditRead, 'a');
  if (args.communityId) qb.andWhere('a.communityId = :communityId', { communityId: args.communityId });
  if (args.actorId) qb.andWhere('a.actorId = :actorId', { actorId: args.actorId });
  if (args.operation) {
    qb.andWhere('(a.operation = :op OR a.operation LIKE :opPrefix)', {
      op: args.operation,
      opPrefix: `${args.operation.replace(/[%_]/g, '')}%`,
    });
  }
  if (args.targetType) qb.andWhere('a.targetType = :targetType', { targetType: args.targetType });
  if (args.targetId) qb.andWhere('a.targetId = :targetId', { targetId: args.targetId });
  if (args.from) qb.andWhere('a.createdAt >= :from', { from: sqlDate(ds, args.from) });
  if (args.to) qb.andWhere('a.createdAt < :to', { to: sqlDate(ds, args.to) });
  return paginate(qb, args, (r) => r);
}
