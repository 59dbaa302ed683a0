import type { Viewer } from '../auth/viewer.js';

/** The request facts the audit log keeps with each entry. */
export interface RequestMeta {
  actorId: string | null;
  requestId: string | null;
  ip: string | null;
}

/**
 * Who is acting, and the request facts the audit log keeps. Services take this, not the GraphQL
 * context; it depends on nothing but the viewer's type (`actorOf` in graphql/context.ts builds it).
 */
export interface Actor {
  viewer: Viewer | null;
  meta: RequestMeta;
  userAgent: string | null;
}
