import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';

/** Retries stop this long after the event (the delivery becomes FAILED). */
export const RETRY_WINDOW_MS = 24 * 3600_000;
/** First retry after 30 s, doubling, at most 3 h apart (≈ 15 attempts in a day). */
export const FIRST_RETRY_MS = 30_000;
export const MAX_RETRY_MS = 3 * 3600_000;
/** A receiver that failed this many times in a row over at least PAUSE_AFTER_MS is paused. */
export const PAUSE_AFTER_FAILURES = 10;
export const PAUSE_AFTER_MS = 6 * 3600_000;
/** Every process looks for due deliveries this often (besides right after a commit that wrote some). */
export const POLL_MS = 5_000;
/** A sender waits this long for an answer. */
export const SEND_TIMEOUT_MS = 10_000;
/** Characters of an answer kept on the delivery row. */
export const RESPONSE_EXCERPT = 500;

/** The delay before attempt `attempts + 1` after `attempts` failed attempts. */
export function retryDelay(attempts: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1), MAX_RETRY_MS);
}

/** A new signing secret. */
export const newSecret = () => `whsec_${randomBytes(24).toString('base64url')}`;

/**
 * The signature header: `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>`. The
 * timestamp is signed so that a receiver can refuse replays older than a few minutes.
 */
export function signatureHeader(secret: string, body: string, at: Date): string {
  const t = Math.floor(at.getTime() / 1000);
  const v1 = createHmac('sha256', secret).update(`${t}.${body}`).digest('hex');
  return `t=${t},v1=${v1}`;
}

/** What a receiver does (docs/api.md shows the same): true when the header signs `body` and is fresh. */
export function verifySignature(
  secret: string,
  body: string,
  header: string,
  now = new Date(),
  toleranceSeconds = 300,
): boolean {
  const parts = Object.fromEntries(header.split(',').map((p) => p.split('=', 2) as [string, string]));
  const t = Number(parts.t);
  if (!Number.isInteger(t) || Math.abs(now.getTime() / 1000 - t) > toleranceSeconds) return false;
  const expected = createHmac('sha256', secret).update(`${t}.${body}`).digest();
  const given = Buffer.from(parts.v1 ?? '', 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Private, loopback, link-local, unique-local, CGNAT and unspecified addresses (SSRF targets). */
export function isPrivateAddress(ip: string): boolean {
  const v4 = ip.startsWith('::ffff:') ? ip.slice(7) : ip;
  if (isIP(v4) === 4) {
    const [a = 0, b = 0] = v4.split('.').map(Number);
    return (
      a === 0 ||
      a === 10 ||
      a === 127 ||
      (a === 100 && b >= 64 && b <= 127) ||
      (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      a >= 224
    );
  }
  const x = ip.toLowerCase();
  return x === '::' || x === '::1' || x.startsWith('fc') || x.startsWith('fd') || x.startsWith('fe80');
}

const isLoopback = (host: string) => host === 'localhost' || host === '127.0.0.1' || host === '[::1]';

/**
 * Why a receiver URL is refused, or null. https only; plain http to a loopback host outside
 * production (local receivers in development and tests); in production every address the host
 * resolves to must be public (no SSRF into the server's network). Checked again before each send.
 */
export async function urlRefusal(raw: string, production: boolean): Promise<string | null> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'not a URL';
  }
  if (url.username || url.password) return 'credentials in the URL';
  if (url.protocol === 'http:') {
    if (production || !isLoopback(url.hostname)) return 'https is required (http only to loopback in development)';
    return null;
  }
  if (url.protocol !== 'https:') return 'https is required';
  if (!production) return null;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : (await lookup(host, { all: true })).map((a) => a.address);
  } catch {
    return 'the host does not resolve';
  }
  if (addresses.length === 0 || addresses.some(isPrivateAddress)) return 'the host resolves to a private address';
  return null;
}
