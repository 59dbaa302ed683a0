/** Factory of the vote module: creates the community it is not given. */
import { VoteEntity } from '../../src/modules/vote/vote.entity.js';
import { type FactoryContext, seq } from './context.js';
import { buildCommunity } from './org.js';

export async function buildVote(
  f: FactoryContext,
  o: { community?: { id: string; streetId: string }; name?: string } = {},
): Promise<VoteEntity> {
  const community = o.community ?? (await buildCommunity(f));
  return f.db.dataSource.getRepository(VoteEntity).save({
    streetId: community.streetId,
    communityId: community.id,
    name: o.name ?? `vote-${seq()}`,
  } as VoteEntity);
}
