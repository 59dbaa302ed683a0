import { defineParams, listHref, param, parseParams } from '../../app/list/params';
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
export const USER_PARAMS = defineParams({
  q: param.text(),
  role: param.oneOf(ROLES),
  community: param.text(),
  after: param.cursor(),
  user: param.drawer(),
  phone: param.drawer(),
});

export const parseUserParams = (params: URLSearchParams) => parseParams(USER_PARAMS, params);

export const userUrl = (id: string) => listHref('/users', USER_PARAMS, { user: id });
