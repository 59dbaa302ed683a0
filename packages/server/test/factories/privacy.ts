/** Factory of the privacy module: a verified resident (of `community`, or a new one) with a pending erasure request. */
import type { CommunityEntity } from '../../src/modules/org/community.entity.js';
import { ErasureRequestEntity } from '../../src/modules/privacy/privacy.entity.js';
import { ErasureStatus } from '../../src/modules/privacy/privacy.enums.js';
import type { FactoryContext } from './context.js';
import { buildResident } from './identity.js';

export async function buildErasureRequest(f: FactoryContext, o: { community?: CommunityEntity } = {}) {
  const resident = await buildResident(f, { community: o.community });
  const request = await f.db.dataSource.getRepository(ErasureRequestEntity).save({
    userId: resident.user.id,
    streetId: resident.household.streetId,
    communityId: resident.household.communityId,
    status: ErasureStatus.PENDING,
    dueAt: new Date(Date.now() + 21 * 86_400_000),
    completedAt: null,
    completedById: null,
  } as ErasureRequestEntity);
  return { resident, request };
}
