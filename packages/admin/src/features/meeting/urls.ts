import { defineParams, listHref, param } from '../../app/list/params';

/** URL state of the meeting list: the community and the cursor. */
export const MEETING_PARAMS = defineParams({
  community: param.text(),
  after: param.cursor(),
});

export const meetingUrl = (filters: { community?: string } = {}) => listHref('/meeting', MEETING_PARAMS, filters);
