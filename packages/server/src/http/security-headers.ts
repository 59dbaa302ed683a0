import fastifyHelmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/**
 * The Content-Security-Policy of every response (the console, its assets, the API). The console
 * build has no inline script (checked by test/foundation/security-headers.test.ts on the build when
 * there is one), so scripts come from this origin only.
 *
 * Styles are NOT locked down: antd's CSS-in-JS (@ant-design/cssinjs) injects `<style>` elements at
 * run time and components set `style` attributes, and index.html carries a small inline `<style>`;
 * hashes cannot cover run-time styles and antd has no nonce path for every element, so `style-src`
 * allows 'unsafe-inline'. That admits injected CSS (page restyling), never script.
 *
 * Images: this origin, `data:` (antd icons and placeholders) and `blob:` (the console fetches
 * uploaded files with the Bearer header and shows them as object URLs). `connect-src 'self'` covers
 * the API and, in CSP Level 3 browsers, the same-origin WebSocket of subscriptions.
 * No `upgrade-insecure-requests` (helmet's default would add it): a deployment on plain HTTP inside
 * a community network would lose every asset.
 *
 * GET /graphql's explorer page sends its own, equivalent policy (http/explorer.ts), and a stored
 * file its own sandbox (modules/file/file.routes.ts): a header a route sets wins over this one.
 */
export const CONSOLE_CSP_DIRECTIVES = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/**
 * Security headers on every response through @fastify/helmet: the CSP above, no framing
 * (`frame-ancestors 'none'` and `X-Frame-Options: DENY`), `Referrer-Policy: no-referrer`,
 * `X-Content-Type-Options: nosniff`, HSTS (browsers honour it over HTTPS only), and helmet's
 * cross-origin isolation defaults (COOP same-origin, CORP same-origin: files need the Bearer header
 * anyway, so no other site can embed them; API calls from other origins use CORS, which CORP does
 * not affect).
 */
export async function registerSecurityHeaders(fastify: FastifyInstance): Promise<void> {
  await fastify.register(fastifyHelmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CONSOLE_CSP_DIRECTIVES },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    // 180 days, this host only: whether subdomains are HTTPS is the operator's business.
    strictTransportSecurity: { maxAge: 15_552_000, includeSubDomains: false },
  });
}
