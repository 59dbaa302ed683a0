import { defineParams, listHref, param } from '../../app/list/params';

/** URL state of the triage list: the community and the cursor. */
export const TRIAGE_PARAMS = defineParams({
  community: param.text(),
  after: param.cursor(),
});

export const triageUrl = (filters: { community?: string } = {}) => listHref('/triage', TRIAGE_PARAMS, filters);
