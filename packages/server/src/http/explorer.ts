import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * The explorer page's policy: its own scripts, styles and fonts only (GraphiQL is bundled, no CDN),
 * requests to this origin only; inline styles because GraphiQL and CodeMirror set style attributes.
 */
const EXPLORER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Whether a GET /graphql is a person opening the API in a browser: it accepts HTML, is no WebSocket
 * upgrade and carries no operation (`query`, or a persisted one in `extensions`). Everything else is
 * a GraphQL request and goes to Apollo unchanged.
 */
export function wantsExplorer(req: FastifyRequest): boolean {
  if (req.method !== 'GET' || req.headers.upgrade) return false;
  if (!(req.headers.accept ?? '').includes('text/html')) return false;
  const query = (req.query ?? {}) as Record<string, unknown>;
  return query.query === undefined && query.extensions === undefined;
}

/**
 * A route-level onRequest hook for GET /graphql: sends the built explorer (`<adminDir>/explorer.html`,
 * the console build's second entry) to a browser; does nothing when there is no build (Apollo answers).
 */
export function explorerHook(adminDir: string) {
  const page = join(adminDir, 'explorer.html');
  return async (req: FastifyRequest, reply: FastifyReply) => {
    if (!adminDir || !wantsExplorer(req)) return;
    // Read per request: a rebuilt console changes the hashed asset names in the page.
    const html = await readFile(page, 'utf8').catch(() => null);
    if (html === null) return;
    return reply
      .header('cache-control', 'no-cache')
      .header('content-security-policy', EXPLORER_CSP)
      .header('x-content-type-options', 'nosniff')
      .type('text/html; charset=utf-8')
      .send(html);
  };
}
