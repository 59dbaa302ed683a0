import { defineParams, listHref, param } from '../../app/list/params';

/** URL state of the volunteer lists: the community, a skill filter, the hours state and the cursor. */
export const VOLUNTEER_PARAMS = defineParams({
  community: param.text(),
  skill: param.text(),
  hours: param.oneOf(['RECORDED', 'APPROVED'] as const, { default: 'RECORDED' }),
  after: param.cursor(),
});

type Filters = { community?: string | null };
export const activitiesUrl = (f: Filters = {}) => listHref('/volunteer', VOLUNTEER_PARAMS, f);
export const hoursUrl = (f: Filters = {}) => listHref('/volunteer/hours', VOLUNTEER_PARAMS, f);
export const volunteersUrl = (f: Filters = {}) => listHref('/volunteer/people', VOLUNTEER_PARAMS, f);
export const activityUrl = (id: string, f: Filters = {}) =>
  listHref(`/volunteer/activities/${id}`, VOLUNTEER_PARAMS, f);
