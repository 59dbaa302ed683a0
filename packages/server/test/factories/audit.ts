/** Factory of audit entries (the audit log is written by services; this stands in for one action). */
import { AuditLogEntity } from '../../src/modules/audit/audit-log.entity.js';
import type { CommunityEntity } from '../../src/modules/org/community.entity.js';
import type { FactoryContext } from './context.js';
import { buildStaff } from './identity.js';
import { buildCommunity } from './org.js';

export async function buildAuditEntry(
  f: FactoryContext,
  o: { community?: CommunityEntity; actorId?: string; operation?: string } = {},
): Promise<AuditLogEntity> {
  const community = o.community ?? (await buildCommunity(f));
  const actorId = o.actorId ?? (await buildStaff(f, { role: 'COMMUNITY_STAFF', scope: community })).user.id;
  return f.db.dataSource.getRepository(AuditLogEntity).save({
    actorId,
    actorRole: 'COMMUNITY_STAFF',
    scopeKind: 'COMMUNITY',
    scopeId: community.id,
    streetId: community.streetId,
    communityId: community.id,
    operation: o.operation ?? 'fixture.action',
    targetType: 'Community',
    targetId: community.id,
    summary: '{}',
    requestId: null,
    ip: null,
  } as AuditLogEntity);
}
