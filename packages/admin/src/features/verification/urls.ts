import type { BindingStatus } from '../../gql/graphql';

export const BINDING_STATUSES: BindingStatus[] = ['PENDING', 'APPROVED', 'REJECTED', 'REVOKED'];

/** URL state of the queue: `status` (default PENDING) and the page cursor `after`. */
export function parseVerificationParams(params: URLSearchParams) {
  const raw = params.get('status');
  const status: BindingStatus | null =
    raw === 'ALL' ? null : BINDING_STATUSES.includes(raw as BindingStatus) ? (raw as BindingStatus) : 'PENDING';
  return { status, after: params.get('after') };
}

export const verificationUrl = (status: BindingStatus | 'ALL' = 'PENDING') =>
  status === 'PENDING' ? '/verification' : `/verification?status=${status}`;
