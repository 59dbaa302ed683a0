import { defineParams, listHref, param } from '../../app/list/params';

/** URL state of the analysis list: the community and the cursor. */
export const ANALYSIS_PARAMS = defineParams({
  community: param.text(),
  after: param.cursor(),
});

export const analysisUrl = (filters: { community?: string } = {}) => listHref('/analysis', ANALYSIS_PARAMS, filters);
