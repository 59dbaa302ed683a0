/** Factory of the analysis module: creates the community it is not given. */
import { AnalysisEntity } from '../../src/modules/analysis/analysis.entity.js';
import { type FactoryContext, seq } from './context.js';
import { buildCommunity } from './org.js';

export async function buildAnalysis(
  f: FactoryContext,
  o: { community?: { id: string; streetId: string }; name?: string } = {},
): Promise<AnalysisEntity> {
  const community = o.community ?? (await buildCommunity(f));
  return f.db.dataSource.getRepository(AnalysisEntity).save({
    streetId: community.streetId,
    communityId: community.id,
    name: o.name ?? `analysis-${seq()}`,
  } as AnalysisEntity);
}
