import type { VolunteerEntity } from './volunteer.entity.js';
import type { Volunteer } from './volunteer.types.js';

export const toVolunteer = (e: VolunteerEntity): Volunteer => ({
  id: e.id,
  communityId: e.communityId,
  name: e.name,
  createdAt: e.createdAt,
});
