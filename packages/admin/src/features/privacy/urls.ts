import { defineParams, listHref, param } from '../../app/list/params';

/** URL state of the erasure-request list: the status and the cursor. */
export const PRIVACY_PARAMS = defineParams({
  status: param.text(),
  after: param.cursor(),
});

export const privacyUrl = (filters: { status?: string } = {}) => listHref('/privacy', PRIVACY_PARAMS, filters);
