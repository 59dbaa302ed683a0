import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { SignJWT } from 'jose';
import { DomainError, ErrorCode } from '../common/errors.js';

const ISSUER = 'roundtable';
const AUDIENCE = 'roundtable-api';
const BASE64URL = /^[A-Za-z0-9_-]+$/;

export interface AccessClaims {
  userId: string;
  sessionFamilyId: string;
  tokenVersion: number;
}

export class TokenService {
  private readonly key: Uint8Array;

  constructor(
    secret: string,
    private readonly accessTtlSeconds: number,
  ) {
    this.key = new TextEncoder().encode(secret);
  }

  async signAccess(
    userId: string,
    sessionFamilyId: string,
    tokenVersion: number,
  ): Promise<{ token: string; expiresAt: Date }> {
    const now = Math.floor(Date.now() / 1000);
    const exp = now + this.accessTtlSeconds;
    const token = await new SignJWT({ sid: sessionFamilyId, ver: tokenVersion })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(userId)
      .setIssuedAt(now)
      .setExpirationTime(exp)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .sign(this.key);
    return { token, expiresAt: new Date(exp * 1000) };
  }

  /**
   * Checks an access token synchronously with node:crypto's HMAC (issue 21: jose's WebCrypto
   * verification cost a job round trip and a key import per request). The same rules as jose's
   * `jwtVerify` with our options: a compact JWS with a JSON object header whose `alg` is HS256 (no
   * `crit`, no unencoded payload), a valid signature, then the claims — `iss`, `aud` (a string or a
   * list naming the API), numeric `exp` (required: expired at or after it → TOKEN_EXPIRED), `iat`
   * (required, numeric), `nbf` (when present, not in the future) and a string `sub`.
   */
  async verifyAccess(token: string): Promise<AccessClaims> {
    const payload = this.verifiedPayload(token);
    if (payload.exp <= Math.floor(Date.now() / 1000)) {
      throw new DomainError(ErrorCode.TOKEN_EXPIRED, 'Access token expired');
    }
    return { userId: payload.sub, sessionFamilyId: payload.sid, tokenVersion: payload.ver };
  }

  private verifiedPayload(token: string): { sub: string; sid: string; ver: number; exp: number } {
    const invalid = () => new DomainError(ErrorCode.UNAUTHENTICATED, 'Invalid access token');
    const parts = token.split('.');
    if (parts.length !== 3) throw invalid();
    const [head = '', body = '', sig = ''] = parts;
    if (!BASE64URL.test(head) || !BASE64URL.test(body)) throw invalid();
    // The signature in its one canonical spelling (no padding, no stray bits, no other characters).
    const expected = Buffer.from(createHmac('sha256', this.key).update(`${head}.${body}`).digest('base64url'));
    const given = Buffer.from(sig);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw invalid();
    const header = jsonObject(head);
    if (header?.alg !== 'HS256' || header.crit !== undefined || header.b64 === false) throw invalid();
    const claims = jsonObject(body);
    if (!claims) throw invalid();
    const { iss, aud, sub, sid, ver, exp, iat, nbf } = claims;
    const audOk = typeof aud === 'string' ? aud === AUDIENCE : Array.isArray(aud) && aud.includes(AUDIENCE);
    const numeric = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
    if (iss !== ISSUER || !audOk || !numeric(exp) || !numeric(iat)) throw invalid();
    if (nbf !== undefined && (!numeric(nbf) || (nbf as number) > Math.floor(Date.now() / 1000))) throw invalid();
    if (typeof sub !== 'string' || typeof sid !== 'string' || typeof ver !== 'number') throw invalid();
    return { sub, sid, ver, exp: exp as number };
  }
}

/** A base64url segment holding a JSON object, or null. */
function jsonObject(segment: string): Record<string, unknown> | null {
  try {
    const v: unknown = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** A fresh opaque refresh token and the hash stored for it. */
export function newRefreshToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
