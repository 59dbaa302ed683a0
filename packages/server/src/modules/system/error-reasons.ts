import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { allReasons, ErrorCode, ErrorReasonValues, errorReasonDescriptions } from '../../common/errors.js';

/** `extensions.reason` values, one per declared module reason (the composition root registers them from the manifests). */
export const ErrorReason = ErrorReasonValues;

registerEnumType(ErrorReason, {
  name: 'ErrorReason',
  description:
    'Why a domain error happened (`extensions.reason`), under its generic `extensions.code`. Clients translate by reason and fall back to the code. Each mutation lists the reasons it can raise.',
  valuesConfig: errorReasonDescriptions,
});

const CODE_DESCRIPTIONS: Record<ErrorCode, string> = {
  BAD_USER_INPUT: 'The input is invalid; `extensions.field` names the field at fault.',
  UNAUTHENTICATED: 'Sign in first (no, or an invalid, access token).',
  FORBIDDEN: 'The viewer may see the record but not do this.',
  NOT_FOUND: 'No such record, or none the viewer may see (existence is not revealed).',
  CONFLICT: 'Someone else changed the record, or it already exists: reload and retry.',
  INVALID_TRANSITION: 'The record is in a state the action does not apply to.',
  INVALID_CREDENTIALS: 'Wrong phone number or password.',
  ACCOUNT_LOCKED: 'Too many failed sign-ins: locked for `details.retryAfterSeconds`.',
  TOO_MANY_ATTEMPTS: 'Too many attempts: wait `details.retryAfterSeconds`.',
  TOKEN_EXPIRED: 'The access or refresh token expired.',
  SESSION_REVOKED: 'The session ended (signed out, password changed, account disabled, token reused).',
  PHONE_TAKEN: 'The phone number is already registered.',
  APP_KEY_INVALID: 'The `X-Api-Key` is malformed, unknown, or expired after a rotation (HTTP 401).',
  APP_KEY_REVOKED: 'The `X-Api-Key` belongs to a revoked app (HTTP 401).',
  RATE_LIMITED: 'The app’s or user’s cost budget is spent: retry after `retryAfterSeconds` (HTTP 429, `Retry-After`).',
  TRUSTED_DOCUMENT_REQUIRED:
    'This client must send a registered document (`extensions.persistedQuery.sha256Hash` of a console operation; HTTP 400).',
  INTERNAL_SERVER_ERROR: 'An unexpected error (logged on the server).',
  SERVICE_UNAVAILABLE: 'The database cannot be reached: retry after `retryAfterSeconds` (HTTP 503).',
};

registerEnumType(ErrorCode, {
  name: 'ErrorCode',
  description:
    'The generic `extensions.code` of a domain error. Malformed requests carry GraphQL’s own codes (GRAPHQL_PARSE_FAILED, GRAPHQL_VALIDATION_FAILED …).',
  valuesConfig: Object.fromEntries(Object.entries(CODE_DESCRIPTIONS).map(([k, d]) => [k, { description: d }])),
});

@ObjectType({ description: 'One error reason of the contract, with the code it is sent under.' })
export class ErrorReasonInfo {
  @Field(() => ErrorReason, { description: 'The reason (`extensions.reason`).' })
  reason: string;

  @Field(() => ErrorCode, { description: 'The generic code it comes with (`extensions.code`).' })
  code: ErrorCode;

  @Field(() => String, { description: 'What it means, in English.' })
  description: string;
}

export const errorReasonInfos = (): ErrorReasonInfo[] =>
  allReasons().map((r) => ({ reason: r.reason, code: r.code, description: r.description }));
