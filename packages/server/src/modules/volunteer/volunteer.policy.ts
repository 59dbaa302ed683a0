import { allow } from '../../auth/abilities.js';
import { can, reachFor } from '../../auth/policy.js';
import { applyReach, type Place } from '../../auth/reach.js';
import { Role } from '../../auth/roles.js';
import type { ReadRule } from '../../auth/scoped.js';
import type { Viewer } from '../../auth/viewer.js';
import { VolunteerActivityEntity, VolunteerProfileEntity, VolunteerSignupEntity } from './volunteer.entity.js';

type Placed = { streetId: string; communityId: string };
export const placeOf = (r: Placed): Place => ({ streetId: r.streetId, communityId: r.communityId, estateId: null });

const reachRule = <E extends Placed & object>(
  entity: new () => E,
  what: string,
  action: 'volunteer.read' | 'volunteer.public',
): ReadRule<E> => ({
  entity,
  what,
  filter: (qb, viewer) =>
    applyReach(qb, qb.alias, reachFor(viewer, action), { street: 'streetId', community: 'communityId' }),
});

/** Staff read the volunteers of the places where they hold `volunteer.read`. */
export const profileRead = reachRule(VolunteerProfileEntity, 'VolunteerProfile', 'volunteer.read');
/** Activities are public to the community's residents and staff. */
export const activityRead = reachRule(VolunteerActivityEntity, 'VolunteerActivity', 'volunteer.public');
/** Sign-up lists and hours: staff. */
export const signupRead = reachRule(VolunteerSignupEntity, 'VolunteerSignup', 'volunteer.read');

export const residentOf = (v: Viewer, communityId: string) =>
  v.grants.some((g) => g.role === Role.RESIDENT && g.communityId === communityId);

/** What a viewer may do in a community's volunteer service, and with an activity. */
export const activityPolicy = allow({
  what: 'VolunteerActivity',
  read: (v, r: Placed) => can(v, 'volunteer.public', placeOf(r)),
  abilities: {
    /** Create activities, check volunteers in and out, approve hours, manage profiles. */
    manage: (v, r) => can(v, 'volunteer.manage', placeOf(r)),
    /** Sign up, cancel one's own, check oneself in with the code: a resident of the community. */
    signUp: (v, r) => residentOf(v, r.communityId),
  },
});

/** Who may act on one sign-up. */
export const signupPolicy = allow({
  what: 'VolunteerSignup',
  read: (v, r: VolunteerSignupEntity) => v.userId === r.userId || can(v, 'volunteer.read', placeOf(r)),
  abilities: {
    cancel: (v, r) => v.userId === r.userId || can(v, 'volunteer.manage', placeOf(r)),
    check: (v, r) => can(v, 'volunteer.manage', placeOf(r)),
    approve: (v, r) => can(v, 'volunteer.manage', placeOf(r)),
  },
});
