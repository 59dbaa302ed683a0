import { allow } from '../../auth/abilities.js';
import { can, reachFor } from '../../auth/policy.js';
import { applyReach, type Place } from '../../auth/reach.js';
import type { ReadRule } from '../../auth/scoped.js';
import { AnalysisSettingEntity } from './analysis.entity.js';

/** Where a analysis record sits in the tenancy tree. */
export const placeOfAnalysis = (r: { streetId: string; communityId: string }): Place => ({
  streetId: r.streetId,
  communityId: r.communityId,
  estateId: null,
});

/** Read rule as a query filter: the records of the places where the viewer holds `analysis.read`. */
export const analysisRead: ReadRule<AnalysisSettingEntity> = {
  entity: AnalysisSettingEntity,
  what: 'Analysis',
  filter: (qb, viewer) =>
    applyReach(qb, qb.alias, reachFor(viewer, 'analysis.read'), { street: 'streetId', community: 'communityId' }),
};

/** Who may do what with a analysis record (a record about to be created is judged by its place). */
export const analysisPolicy = allow({
  what: 'Analysis',
  read: (v, r: { streetId: string; communityId: string }) => can(v, 'analysis.read', placeOfAnalysis(r)),
  abilities: {
    create: (v, r) => can(v, 'analysis.manage', placeOfAnalysis(r)),
  },
});
