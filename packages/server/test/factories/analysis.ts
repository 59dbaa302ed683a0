/** Factory of the analysis module: a community's figures settings (creates the community it is not given). */
import { AnalysisSettingEntity } from '../../src/modules/analysis/analysis.entity.js';
import type { FactoryContext } from './context.js';
import { buildCommunity } from './org.js';

export async function buildAnalysisSetting(
  f: FactoryContext,
  o: { community?: { id: string; streetId: string }; publishFigures?: boolean; minSample?: number } = {},
): Promise<AnalysisSettingEntity> {
  const community = o.community ?? (await buildCommunity(f));
  const repo = f.db.dataSource.getRepository(AnalysisSettingEntity);
  const existing = await repo.findOneBy({ communityId: community.id });
  return repo.save({
    ...(existing ?? {}),
    streetId: community.streetId,
    communityId: community.id,
    publishFigures: o.publishFigures ?? false,
    minSample: o.minSample ?? 5,
  } as AnalysisSettingEntity);
}
