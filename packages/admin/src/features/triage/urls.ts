import { defineParams, listHref, param } from '../../app/list/params';

/** URL state of the hot-topic list: the community, the state and the cursor. */
export const TRIAGE_PARAMS = defineParams({
  community: param.text(),
  state: param.text(),
  after: param.cursor(),
});

export const triageUrl = (filters: { community?: string; state?: string } = {}) =>
  listHref('/triage', TRIAGE_PARAMS, filters);
