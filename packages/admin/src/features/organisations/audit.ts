import { listHref } from '../../app/list/params';
import { declareAudit } from '../audit/declare';
import { ORGANISATION_PARAMS } from './urls';

/** Organisations in the audit log: one opens its edit drawer. */
export const audit = declareAudit({
  targets: { Organisation: (id) => listHref('/organisations', ORGANISATION_PARAMS, { edit: id }) },
});
