import { defineReasons, ErrorCode } from '../../common/errors.js';

const { BAD_USER_INPUT: BAD, APP_KEY_INVALID, APP_KEY_REVOKED, FORBIDDEN, RATE_LIMITED, CONFLICT } = ErrorCode;

/**
 * Reasons of the api-client module's errors (`extensions.reason`), each under its generic code:
 * the app registry's, the app keys', and the request limits' (the module decides on admission:
 * `ApiClientService.admit`, called for every operation by graphql/limits.ts).
 */
export const ApiClientReasons = defineReasons({
  API_CLIENT_BLANK_NAME: { code: BAD, description: 'The name of the app is blank (`name`).' },
  API_CLIENT_BAD_ORIGIN: {
    code: BAD,
    description: 'An allowed origin is not `scheme://host[:port]` (`allowedOrigins`).',
  },
  API_CLIENT_OWNER_NOT_FOUND: {
    code: BAD,
    description: 'The owner organisation does not exist or is archived (`organisationId`).',
  },
  API_CLIENT_CHANGED: { code: CONFLICT, description: 'The app changed since it was read (`expectedVersion`).' },
  API_CLIENT_REVOKED: { code: CONFLICT, description: 'The app is revoked: its key cannot be rotated or edited.' },
  API_KEY_UNKNOWN: { code: APP_KEY_INVALID, description: 'The `X-Api-Key` is malformed or names no app.' },
  API_KEY_EXPIRED: {
    code: APP_KEY_INVALID,
    description: 'The key was replaced by a rotation and its overlap window has ended.',
  },
  API_KEY_REVOKED: { code: APP_KEY_REVOKED, description: 'The app was revoked by an administrator.' },
  API_ORIGIN_NOT_ALLOWED: {
    code: FORBIDDEN,
    description: 'The request comes from a browser origin that is not among the app’s allowed origins.',
  },
  API_BUDGET_EXCEEDED: {
    code: RATE_LIMITED,
    description:
      'The app’s or user’s cost budget (points per minute) is spent; `retryAfterSeconds` and `Retry-After` say when the query fits.',
  },
  API_QUERY_TOO_COSTLY: {
    code: BAD,
    description: 'The query costs more points than one request may (`details.cost`, `details.maxCost`).',
  },
  API_PAGE_SIZE_OUT_OF_RANGE: { code: BAD, description: 'A list’s `first` is outside 1 to 100.' },
});
