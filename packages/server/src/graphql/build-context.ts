import { createRequire } from 'node:module';
import type { Viewer } from '../auth/viewer.js';
import { DomainError, ErrorCode } from '../common/errors.js';
import { negotiateLocale } from '../common/locale.js';
import { isDatabaseUnavailable, OUTAGE_RETRY_AFTER_SECONDS } from '../db/errors.js';
import type { Services } from '../services.js';
import type { RequestContext } from './context.js';
import { createLoaders } from './loaders.js';

/** The CommonJS graphql every other part loads (see app.ts): Apollo must recognise the error. */
const { GraphQLError } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

export interface ContextInput {
  requestId: string;
  ip: string | null;
  userAgent: string | null;
  /** The `Authorization` header value or graphql-ws `connectionParams.authorization`. */
  authorization: string | null | undefined;
  /** Language preferences, most preferred first: a tag or an `Accept-Language` value each. */
  languages?: (string | null | undefined)[];
}

/** Builds a request context; a bad token leaves the viewer empty and remembers why. */
export async function buildContext(services: Services, input: ContextInput): Promise<RequestContext> {
  let viewer: Viewer | null = null;
  let authError: DomainError | null = null;
  const match = input.authorization?.match(/^Bearer\s+(\S+)$/i);
  if (match?.[1]) {
    try {
      const claims = await services.tokens.verifyAccess(match[1]);
      viewer = await services.loadViewer(claims);
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
    authError,
    locale: negotiateLocale(...(input.languages ?? [])),
    services,
    loaders: createLoaders(services.dataSource),
  };
}
