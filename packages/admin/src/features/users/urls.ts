import type { Role } from '../../gql/graphql';

export const ROLES: Role[] = [
  'RESIDENT',
  'COMMUNITY_STAFF',
  'PROPERTY_STAFF',
  'COMMITTEE_MEMBER',
  'STREET_ADMIN',
  'SYSTEM_ADMIN',
];

/**
 * URL state: filters, cursor and the open drawer — `user=<id>` for someone in scope, or
 * `phone=<full number>` for an account found by phone (which may be outside the scope yet).
 */
export function parseUserParams(params: URLSearchParams) {
  const role = params.get('role');
  return {
    search: params.get('q'),
    role: ROLES.includes(role as Role) ? (role as Role) : null,
    communityId: params.get('community'),
    after: params.get('after'),
    user: params.get('user'),
    phone: params.get('phone'),
  };
}

export const userUrl = (id: string) => `/users?user=${encodeURIComponent(id)}`;
