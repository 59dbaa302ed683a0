import { defineParams, listHref, param } from '../../app/list/params';

/** URL state of the venue list: the community and the cursor. */
export const VENUE_PARAMS = defineParams({
  community: param.text(),
  after: param.cursor(),
});

export const venueUrl = (filters: { community?: string } = {}) => listHref('/venue', VENUE_PARAMS, filters);
