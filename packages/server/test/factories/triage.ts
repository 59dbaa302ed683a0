/** Factory of the triage module: creates the community it is not given. */
import { TriageEntity } from '../../src/modules/triage/triage.entity.js';
import { type FactoryContext, seq } from './context.js';
import { buildCommunity } from './org.js';

export async function buildTriage(
  f: FactoryContext,
  o: { community?: { id: string; streetId: string }; name?: string } = {},
): Promise<TriageEntity> {
  const community = o.community ?? (await buildCommunity(f));
  return f.db.dataSource.getRepository(TriageEntity).save({
    streetId: community.streetId,
    communityId: community.id,
    name: o.name ?? `triage-${seq()}`,
  } as TriageEntity);
}
