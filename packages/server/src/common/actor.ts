import type { Viewer } from '../auth/viewer.js';
import type { RequestContext } from '../graphql/context.js';
import type { RequestMeta } from '../modules/audit/audit.service.js';

/** Who is acting, and the request facts the audit log keeps. Services take this, not the GraphQL context. */
export interface Actor {
  viewer: Viewer | null;
  meta: RequestMeta;
  userAgent: string | null;
}

export function actorOf(ctx: RequestContext): Actor {
  return {
    viewer: ctx.viewer,
    userAgent: ctx.userAgent,
    meta: { actorId: ctx.viewer?.userId ?? null, requestId: ctx.requestId, ip: ctx.ip },
  };
}
