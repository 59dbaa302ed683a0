import type { AnalysisSettingEntity } from './analysis.entity.js';
import type { Analysis } from './analysis.types.js';

export const toAnalysis = (e: AnalysisSettingEntity): Analysis => ({
  id: e.id,
  communityId: e.communityId,
  name: e.name,
  createdAt: e.createdAt,
});
