import { defineParams, listHref, param } from '../../app/list/params';
import type { BindingStatus } from '../../gql/graphql';

export const BINDING_STATUSES: BindingStatus[] = ['PENDING', 'APPROVED', 'REJECTED', 'REVOKED'];

/** URL state of the queue: `status` (default PENDING, `ALL` for every status) and the page cursor `after`. */
export const VERIFICATION_PARAMS = defineParams({
  status: param.oneOf([...BINDING_STATUSES, 'ALL'], { default: 'PENDING' }),
  after: param.cursor(),
});

export const verificationUrl = (status: BindingStatus | 'ALL' = 'PENDING') =>
  listHref('/verification', VERIFICATION_PARAMS, { status });
