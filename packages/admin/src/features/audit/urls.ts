import { defineParams, listHref, param, parseParams } from '../../app/list/params';

/** URL state of the audit log: filters (an operation code may be one the console does not know) and the cursor. */
export const AUDIT_PARAMS = defineParams({
  community: param.text(),
  op: param.text(),
  type: param.text(),
  from: param.day(),
  to: param.day(),
  after: param.cursor(),
});

export const parseAuditParams = (params: URLSearchParams) => parseParams(AUDIT_PARAMS, params);

export const auditUrl = (filters: { op?: string; type?: string } = {}) => listHref('/audit', AUDIT_PARAMS, filters);
