import { defineParams, listHref, param } from '../../app/list/params';

/** URL state of the app list: revoked shown or not, the cursor, the app being edited or rotated. */
export const API_CLIENT_PARAMS = defineParams({
  revoked: param.flag(),
  after: param.cursor(),
  edit: param.drawer(),
  rotate: param.drawer(),
});

export const apiClientUrl = (filters: { revoked?: boolean } = {}) =>
  listHref('/api-client', API_CLIENT_PARAMS, filters);
