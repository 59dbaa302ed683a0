import { defineParams, listHref, param } from '../../app/list/params';

/** URL state of the figures page: the community. */
export const ANALYSIS_PARAMS = defineParams({
  community: param.text(),
});

export const analysisUrl = (filters: { community?: string } = {}) => listHref('/analysis', ANALYSIS_PARAMS, filters);
