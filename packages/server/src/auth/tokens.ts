import { createHash, randomBytes } from 'node:crypto';
import { errors, jwtVerify, SignJWT } from 'jose';
import { DomainError, ErrorCode } from '../common/errors.js';

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
      .setIssuer('roundtable')
      .setAudience('roundtable-api')
      .sign(this.key);
    return { token, expiresAt: new Date(exp * 1000) };
  }

  async verifyAccess(token: string): Promise<AccessClaims> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        issuer: 'roundtable',
        audience: 'roundtable-api',
        algorithms: ['HS256'],
        // A token without an expiry would be valid for ever: refused.
        requiredClaims: ['exp', 'iat', 'sub'],
      });
      if (typeof payload.sub !== 'string' || typeof payload.sid !== 'string' || typeof payload.ver !== 'number') {
        throw new DomainError(ErrorCode.UNAUTHENTICATED, 'Invalid access token');
      }
      return { userId: payload.sub, sessionFamilyId: payload.sid, tokenVersion: payload.ver };
    } catch (err) {
      if (err instanceof errors.JWTExpired) throw new DomainError(ErrorCode.TOKEN_EXPIRED, 'Access token expired');
      if (err instanceof DomainError) throw err;
      throw new DomainError(ErrorCode.UNAUTHENTICATED, 'Invalid access token');
    }
  }
}

/** A fresh opaque refresh token and the hash stored for it. */
export function newRefreshToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
