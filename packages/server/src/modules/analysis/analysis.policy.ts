import { allow } from '../../auth/abilities.js';
import { can, reachFor } from '../../auth/policy.js';
import { applyReach, type Place } from '../../auth/reach.js';
import type { ReadRule } from '../../auth/scoped.js';
import { AnalysisSettingEntity } from './analysis.entity.js';

/** Where a community's settings sit in the tenancy tree. */
export const placeOfSetting = (r: { streetId: string; communityId: string }): Place => ({
  streetId: r.streetId,
  communityId: r.communityId,
  estateId: null,
});

/** Read rule as a query filter: the settings of the communities where the viewer holds `analysis.read`. */
export const analysisSettingRead: ReadRule<AnalysisSettingEntity> = {
  entity: AnalysisSettingEntity,
  what: 'AnalysisSetting',
  filter: (qb, viewer) =>
    applyReach(qb, qb.alias, reachFor(viewer, 'analysis.read'), { street: 'streetId', community: 'communityId' }),
};

/** Who may read a community's figures and change its settings. */
export const analysisPolicy = allow({
  what: 'AnalysisSetting',
  read: (v, r: { streetId: string; communityId: string }) => can(v, 'analysis.read', placeOfSetting(r)),
  abilities: {
    view: (v, r) => can(v, 'analysis.read', placeOfSetting(r)),
    configure: (v, r) => can(v, 'analysis.manage', placeOfSetting(r)),
    export: (v, r) => can(v, 'analysis.export', placeOfSetting(r)),
  },
});
