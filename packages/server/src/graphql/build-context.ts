import { createRequire } from 'node:module';
import type { Viewer } from '../auth/viewer.js';
import { DomainError, ErrorCode } from '../common/errors.js';
import { negotiateLocale } from '../common/locale.js';
import { onPrimary } from '../common/request-scope.js';
import { isDatabaseUnavailable, OUTAGE_RETRY_AFTER_SECONDS } from '../db/errors.js';
import type { Services } from '../services.js';
import type { RequestApp, RequestContext } from './context.js';
import { createLoaders } from './loaders.js';

/** The CommonJS graphql every other part loads (see app.ts): Apollo must recognise the error. */
const { GraphQLError } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

export interface ContextInput {
  requestId: string;
  ip: string | null;
  userAgent: string | null;
  /** The `Authorization` header value or graphql-ws `connectionParams.authorization`. */
  authorization: string | null | undefined;
  /** The `X-Api-Key` header (or graphql-ws `connectionParams['x-api-key']`): the app calling. */
  apiKey?: string | null | undefined;
  /** The browser's `Origin`, checked against the app's allowed origins. */
  origin?: string | null | undefined;
  /** Language preferences, most preferred first: a tag or an `Accept-Language` value each. */
  languages?: (string | null | undefined)[];
}

/** HTTP status of a refused app key. */
const APP_KEY_STATUS: Record<string, number> = {
  [ErrorCode.APP_KEY_INVALID]: 401,
  [ErrorCode.APP_KEY_REVOKED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
};

/** The app an `X-Api-Key` names; a refused key stops the request (401/403 with its code and reason). */
export async function appOf(
  services: Services,
  apiKey: string | null | undefined,
  origin: string | null | undefined,
): Promise<RequestApp | null> {
  if (!apiKey) return null;
  try {
    return await services.apiClient.authenticate(apiKey, origin ?? undefined);
  } catch (err) {
    if (!(err instanceof DomainError)) throw err;
    throw new GraphQLError(err.message, {
      extensions: {
        code: err.code,
        reason: err.options.reason,
        http: { status: APP_KEY_STATUS[err.code] ?? 401 },
      },
    });
  }
}

/** Builds a request context; a bad token leaves the viewer empty and remembers why; a bad app key is refused. */
export async function buildContext(services: Services, input: ContextInput): Promise<RequestContext> {
  const app = await appOf(services, input.apiKey, input.origin);
  let viewer: Viewer | null = null;
  let authError: DomainError | null = null;
  const match = input.authorization?.match(/^Bearer\s+(\S+)$/i);
  if (match?.[1]) {
    try {
      const claims = await services.tokens.verifyAccess(match[1]);
      // On the primary even with read replicas: a revoked session must not pass on a lagging copy.
      viewer = await onPrimary(() => services.loadViewer(claims));
    } catch (err) {
      if (isDatabaseUnavailable(err)) {
        // The viewer lookup cannot reach the database: 503 + Retry-After, not a 500.
        throw new GraphQLError('The service is temporarily unavailable: try again shortly', {
          extensions: {
            code: ErrorCode.SERVICE_UNAVAILABLE,
            retryable: true,
            retryAfterSeconds: OUTAGE_RETRY_AFTER_SECONDS,
            http: { status: 503, headers: new Map([['retry-after', String(OUTAGE_RETRY_AFTER_SECONDS)]]) },
          },
        });
      }
      if (!(err instanceof DomainError)) throw err;
      authError = err;
    }
  }
  return {
    requestId: input.requestId,
    ip: input.ip,
    userAgent: input.userAgent,
    viewer,
    app,
    authError,
    locale: negotiateLocale(...(input.languages ?? [])),
    services,
    loaders: createLoaders(services.dataSource),
  };
}
