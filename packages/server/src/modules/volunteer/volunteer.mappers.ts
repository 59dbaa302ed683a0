import { allowed } from '../../auth/abilities.js';
import type { Viewer } from '../../auth/viewer.js';
import type { VolunteerActivityEntity, VolunteerProfileEntity, VolunteerSignupEntity } from './volunteer.entity.js';
import { activityPolicy } from './volunteer.policy.js';
import { unpackTags } from './volunteer.service.js';
import type { VolunteerActivity, VolunteerProfile, VolunteerSignup } from './volunteer.types.js';

/** The party-member flag and the source ticket go to staff who manage the community only. */
export function toProfile(p: VolunteerProfileEntity, viewer: Viewer | null): VolunteerProfile {
  const staff = allowed(viewer, activityPolicy, 'manage', p);
  return {
    id: p.id,
    communityId: p.communityId,
    userId: p.userId,
    skills: unpackTags(p.skillTags),
    availability: p.availability,
    partyMember: staff ? p.partyMember : null,
    active: p.active,
    sourceTicketId: staff ? p.sourceTicketId : null,
    createdAt: p.createdAt,
  };
}

/** The check-in code is shown at the place by staff: residents never receive it over the API. */
export function toActivity(a: VolunteerActivityEntity, viewer: Viewer | null): VolunteerActivity {
  return {
    id: a.id,
    communityId: a.communityId,
    title: a.title,
    description: a.description,
    startsAt: a.startsAt,
    endsAt: a.endsAt,
    place: a.place,
    capacity: a.capacity,
    signedUpCount: a.signedUpCount,
    organiserOrganisationId: a.organiserOrganisationId,
    skillsWanted: unpackTags(a.skillsWanted),
    pointsPerHour: a.pointsPerHour,
    signupDeadline: a.signupDeadline,
    checkCode: allowed(viewer, activityPolicy, 'manage', a) ? a.checkCode : null,
    createdAt: a.createdAt,
  };
}

export const toSignup = (s: VolunteerSignupEntity): VolunteerSignup => ({
  id: s.id,
  activityId: s.activityId,
  userId: s.userId,
  status: s.status,
  position: s.position,
  checkedInAt: s.checkedInAt,
  checkedOutAt: s.checkedOutAt,
  recordedMinutes: s.recordedMinutes,
  approvedMinutes: s.approvedMinutes,
  hoursStatus: s.hoursStatus,
  correctionReason: s.correctionReason,
  createdAt: s.createdAt,
});
