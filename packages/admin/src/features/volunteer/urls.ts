import { defineParams, listHref, param } from '../../app/list/params';

/** URL state of the volunteer list: the community and the cursor. */
export const VOLUNTEER_PARAMS = defineParams({
  community: param.text(),
  after: param.cursor(),
});

export const volunteerUrl = (filters: { community?: string } = {}) => listHref('/volunteer', VOLUNTEER_PARAMS, filters);
