import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError, AuthenticationError, AuthorizationError } from 'type-graphql';
import { DomainError, ErrorCode } from '../common/errors.js';
import { isDatabaseUnavailable, isValueRefusedByColumn, OUTAGE_RETRY_AFTER_SECONDS } from '../db/errors.js';

interface Logger {
  error(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

/** Codes Apollo and graphql-js produce for malformed requests; passed through as they are. */
export const REQUEST_CODES: ReadonlySet<string> = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  // Request limits and app keys (graphql/limits.ts, build-context.ts): they keep reason and details.
  ErrorCode.APP_KEY_INVALID,
  ErrorCode.APP_KEY_REVOKED,
  ErrorCode.RATE_LIMITED,
]);

/** Extensions a passed-through request error keeps besides its code (limits and app keys set them). */
const KEPT_EXTENSIONS = ['reason', 'field', 'retryAfterSeconds', 'details'] as const;

/**
 * graphql-js variable-coercion messages quote the value (`Variable "$i" got invalid value
 * { phone: …, password: … }; …`): keep the variable, the path and the problem, drop every value.
 */
export function withoutInput(message: string): string {
  const m = /^Variable "\$([A-Za-z0-9_]+)" got invalid value [\s\S]*?(?: at "([A-Za-z0-9_.[\]]+)")?; ([\s\S]*)$/.exec(
    message,
  );
  if (!m) {
    return /^Variable "\$[A-Za-z0-9_]+" got invalid value/.test(message)
      ? message.replace(/ got invalid value[\s\S]*$/, ' has an invalid value.')
      : message;
  }
  const [, name, at, problem = ''] = m;
  const safe = [
    /Field "[A-Za-z0-9_]+" is not defined by type "[A-Za-z0-9_]+"\./,
    /Field "[A-Za-z0-9_]+" of required type "[A-Za-z0-9_![\]]+" was not provided\./,
    /Expected non-nullable type "[A-Za-z0-9_![\]]+" not to be null\./,
    /^[A-Za-z]+ cannot represent/,
  ];
  let detail =
    safe.map((re) => re.exec(problem)?.[0]).find((x) => x !== undefined) ?? 'The value does not fit its type.';
  if (detail.endsWith('cannot represent')) detail = `${detail} this value.`;
  return `Variable "$${name}" has an invalid value${at ? ` at "${at}"` : ''}: ${detail}`;
}

const unavailable = {
  message: 'The service is temporarily unavailable: try again shortly',
  extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, retryable: true, retryAfterSeconds: OUTAGE_RETRY_AFTER_SECONDS },
};

/** A database outage answers HTTP 503 with Retry-After (as /readyz does), not 500. */
export function serviceUnavailablePlugin<T extends object>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, errors }) {
          const down = errors?.some(
            (e) =>
              e.extensions?.code === ErrorCode.SERVICE_UNAVAILABLE || isDatabaseUnavailable(unwrapResolverError(e)),
          );
          if (!down) return;
          response.http.status = 503;
          response.http.headers.set('retry-after', String(OUTAGE_RETRY_AFTER_SECONDS));
        },
      };
    },
  };
}

/** The log message of a value only the database refused (the hostile-input run counts them as gaps). */
export const REFUSED_BY_COLUMN = 'a value reached the database that its column refuses';

/**
 * The one error pipeline (CONVENTIONS 5): domain errors keep their code and message, validation
 * errors become BAD_USER_INPUT with the fields at fault (never the values), anything unknown is
 * logged and masked as INTERNAL_SERVER_ERROR. Stack traces only in development.
 */
export function makeFormatError(logger: Logger, exposeStack: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
    if (formatted.extensions?.code === ErrorCode.SERVICE_UNAVAILABLE || isDatabaseUnavailable(original)) {
      return { ...base, ...unavailable };
    }
    if (original instanceof DomainError) {
      return {
        ...base,
        message: original.message,
        extensions: {
          code: original.code,
          ...(original.options.field ? { field: original.options.field } : {}),
          ...(original.options.reason ? { reason: original.options.reason } : {}),
          ...(original.options.details ? { details: original.options.details } : {}),
        },
      };
    }
    if (original instanceof AuthenticationError) {
      return { ...base, message: 'Sign in first', extensions: { code: ErrorCode.UNAUTHENTICATED } };
    }
    if (original instanceof AuthorizationError) {
      return { ...base, message: 'Your roles do not allow this operation', extensions: { code: ErrorCode.FORBIDDEN } };
    }
    if (original instanceof ArgumentValidationError) {
      const fields = original.extensions.validationErrors.map((e) => ({
        field: e.property,
        constraints: Object.values(e.constraints ?? {}),
        children: e.children?.map((c) => c.property),
      }));
      const first = fields[0];
      return {
        ...base,
        message: first ? `Invalid ${first.field}: ${first.constraints.join('; ')}` : 'Invalid input',
        extensions: { code: ErrorCode.BAD_USER_INPUT, field: first?.field, validation: fields },
      };
    }
    const code = formatted.extensions?.code;
    const originRefused = code === ErrorCode.FORBIDDEN && formatted.extensions?.reason === 'API_ORIGIN_NOT_ALLOWED';
    if (typeof code === 'string' && (REQUEST_CODES.has(code) || originRefused)) {
      const kept = Object.fromEntries(
        KEPT_EXTENSIONS.filter((k) => formatted.extensions?.[k] !== undefined).map((k) => [
          k,
          formatted.extensions?.[k],
        ]),
      );
      return { ...base, message: withoutInput(base.message), extensions: { code, ...kept } };
    }
    if (isValueRefusedByColumn(original)) {
      // A validation gap (the value should have been refused at the boundary): logged to be closed.
      logger.warn({ err: original, path: formatted.path }, REFUSED_BY_COLUMN);
      return {
        ...base,
        message: 'A value is too long, out of range or not valid for what it describes',
        extensions: { code: ErrorCode.BAD_USER_INPUT },
      };
    }
    logger.error({ err: original }, 'unexpected error in GraphQL operation');
    return {
      message: 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: {
        code: ErrorCode.INTERNAL_SERVER_ERROR,
        ...(exposeStack && original instanceof Error ? { stacktrace: original.stack?.split('\n') } : {}),
      },
    };
  };
}
