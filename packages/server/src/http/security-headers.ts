import fastifyHelmet from '@fastify/helmet';
import Fastify, { type FastifyInstance } from 'fastify';

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
  const headers = await helmetHeaders();
  fastify.addHook('onRequest', (_req, reply, next) => {
    // On the raw response, as helmet does: a header a route sets later wins.
    for (const [name, value] of headers) reply.raw.setHeader(name, value);
    next();
  });
}

const HELMET_OPTIONS = {
  contentSecurityPolicy: { useDefaults: false, directives: CONSOLE_CSP_DIRECTIVES },
  frameguard: { action: 'deny' as const },
  referrerPolicy: { policy: 'no-referrer' as const },
  // 180 days, this host only: whether subdomains are HTTPS is the operator's business.
  strictTransportSecurity: { maxAge: 15_552_000, includeSubDomains: false },
};

/** Headers of any response, not of the security policy. */
const NOT_HELMET = new Set(['content-type', 'content-length', 'date', 'connection', 'keep-alive']);

/**
 * The headers @fastify/helmet sets with the options above, read once from a probe instance. They
 * depend on the options only (no nonces), and @fastify/helmet rebuilds helmet's middleware — and
 * re-parses the CSP — on every request (issue 21: about 1 % of a ticket detail's CPU).
 */
async function helmetHeaders(): Promise<[string, string | number | string[]][]> {
  const probe = Fastify({ logger: false });
  try {
    await probe.register(fastifyHelmet, HELMET_OPTIONS);
    probe.get('/', async () => '');
    const res = await probe.inject({ method: 'GET', url: '/' });
    return Object.entries(res.headers)
      .filter(([name, value]) => !NOT_HELMET.has(name) && value !== undefined)
      .map(([name, value]) => [name, value as string | number | string[]]);
  } finally {
    await probe.close();
  }
}
