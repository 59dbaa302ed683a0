import type { Viewer } from '../auth/viewer.js';
import type { Actor } from '../common/actor.js';
import type { DomainError } from '../common/errors.js';
import type { Locale } from '../common/locale.js';
import type { Services } from '../services.js';
import type { Loaders } from './loaders.js';

/** The app a request names with its `X-Api-Key` (api-client module), for budgets and for other modules. */
export interface RequestApp {
  id: string;
  name: string;
  organisationId: string;
  budgetPerMinute: number;
}

/** What every resolver receives. Built per HTTP request or per subscription operation. */
export interface RequestContext {
  requestId: string;
  ip: string | null;
  userAgent: string | null;
  /** The signed-in user, or null. */
  viewer: Viewer | null;
  /** The app named by a valid `X-Api-Key`, or null (the console and keyless clients). */
  app: RequestApp | null;
  /** Why a presented token was not accepted (sent instead of UNAUTHENTICATED when set). */
  authError: DomainError | null;
  /** The reader's language (Accept-Language, or graphql-ws `connectionParams.locale`), for rendered text. */
  locale: Locale;
  services: Services;
  loaders: Loaders;
}

/** The acting user and request facts of a GraphQL request, as services take them. */
export function actorOf(ctx: RequestContext): Actor {
  return {
    viewer: ctx.viewer,
    userAgent: ctx.userAgent,
    meta: { actorId: ctx.viewer?.userId ?? null, requestId: ctx.requestId, ip: ctx.ip },
  };
}
