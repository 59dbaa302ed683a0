import { allow } from '../../auth/abilities.js';
import { can, reachFor } from '../../auth/policy.js';
import { applyReach, type Place } from '../../auth/reach.js';
import type { ReadRule } from '../../auth/scoped.js';
import { VolunteerEntity } from './volunteer.entity.js';

/** Where a volunteer record sits in the tenancy tree. */
export const placeOfVolunteer = (r: { streetId: string; communityId: string }): Place => ({
  streetId: r.streetId,
  communityId: r.communityId,
  estateId: null,
});

/** Read rule as a query filter: the records of the places where the viewer holds `volunteer.read`. */
export const volunteerRead: ReadRule<VolunteerEntity> = {
  entity: VolunteerEntity,
  what: 'Volunteer',
  filter: (qb, viewer) =>
    applyReach(qb, qb.alias, reachFor(viewer, 'volunteer.read'), { street: 'streetId', community: 'communityId' }),
};

/** Who may do what with a volunteer record (a record about to be created is judged by its place). */
export const volunteerPolicy = allow({
  what: 'Volunteer',
  read: (v, r: { streetId: string; communityId: string }) => can(v, 'volunteer.read', placeOfVolunteer(r)),
  abilities: {
    create: (v, r) => can(v, 'volunteer.manage', placeOfVolunteer(r)),
  },
});
