import { defineParams, listHref, param } from '../../app/list/params';

/** URL state of the points list: the community and the cursor. */
export const POINTS_PARAMS = defineParams({
  community: param.text(),
  after: param.cursor(),
});

export const pointsUrl = (filters: { community?: string } = {}) => listHref('/points', POINTS_PARAMS, filters);
