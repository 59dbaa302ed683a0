import { defineParams, listHref, param } from '../../app/list/params';

/** URL state of the apiClient list: the community and the cursor. */
export const API_CLIENT_PARAMS = defineParams({
  community: param.text(),
  after: param.cursor(),
});

export const apiClientUrl = (filters: { community?: string } = {}) =>
  listHref('/api-client', API_CLIENT_PARAMS, filters);
