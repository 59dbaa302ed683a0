import { allow } from '../../auth/abilities.js';
import { can, reachFor } from '../../auth/policy.js';
import { applyReach, type Place } from '../../auth/reach.js';
import type { ReadRule } from '../../auth/scoped.js';
import { TriageEntity } from './triage.entity.js';

/** Where a triage record sits in the tenancy tree. */
export const placeOfTriage = (r: { streetId: string; communityId: string }): Place => ({
  streetId: r.streetId,
  communityId: r.communityId,
  estateId: null,
});

/** Read rule as a query filter: the records of the places where the viewer holds `triage.read`. */
export const triageRead: ReadRule<TriageEntity> = {
  entity: TriageEntity,
  what: 'Triage',
  filter: (qb, viewer) =>
    applyReach(qb, qb.alias, reachFor(viewer, 'triage.read'), { street: 'streetId', community: 'communityId' }),
};

/** Who may do what with a triage record (a record about to be created is judged by its place). */
export const triagePolicy = allow({
  what: 'Triage',
  read: (v, r: { streetId: string; communityId: string }) => can(v, 'triage.read', placeOfTriage(r)),
  abilities: {
    create: (v, r) => can(v, 'triage.manage', placeOfTriage(r)),
  },
});
