import { createHmac } from 'node:crypto';
import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { TokenService } from '../../src/auth/tokens.js';

// verifyAccess checks tokens with node:crypto (issue 21); these are the rules jose's jwtVerify applied.
const SECRET = 'access-token-test-secret-access-token-test';
const key = new TextEncoder().encode(SECRET);
const tokens = new TokenService(SECRET, 900);
const now = () => Math.floor(Date.now() / 1000);

function jwt(claims: Record<string, unknown>, header: Record<string, unknown> = { alg: 'HS256', typ: 'JWT' }) {
  const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const input = `${enc(header)}.${enc(claims)}`;
  return `${input}.${createHmac('sha256', SECRET).update(input).digest('base64url')}`;
}

const good = () => ({
  sub: 'u1',
  sid: 'f1',
  ver: 3,
  iat: now(),
  exp: now() + 60,
  iss: 'roundtable',
  aud: 'roundtable-api',
});

const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => 'OK',
    (e: { code?: string }) => e.code,
  );

describe('access tokens (HMAC with node:crypto)', () => {
  it('accepts what signAccess issues and what jose signs with the same claims', async () => {
    const { token } = await tokens.signAccess('u1', 'f1', 3);
    await expect(tokens.verifyAccess(token)).resolves.toEqual({ userId: 'u1', sessionFamilyId: 'f1', tokenVersion: 3 });
    const joseToken = await new SignJWT({ sid: 'f2', ver: 0 })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('u2')
      .setIssuedAt()
      .setExpirationTime('1m')
      .setIssuer('roundtable')
      .setAudience(['other', 'roundtable-api'])
      .sign(key);
    await expect(tokens.verifyAccess(joseToken)).resolves.toEqual({
      userId: 'u2',
      sessionFamilyId: 'f2',
      tokenVersion: 0,
    });
    expect(await codeOf(tokens.verifyAccess(jwt(good())))).toBe('OK');
  });

  it('refuses a forged, altered or differently spelt signature', async () => {
    const t = jwt(good());
    const [h, b, s] = t.split('.') as [string, string, string];
    const other = new TokenService('another-secret-another-secret-another', 900);
    expect(await codeOf(other.verifyAccess(t))).toBe('UNAUTHENTICATED');
    const claims = Buffer.from(JSON.stringify({ ...good(), sub: 'admin' })).toString('base64url');
    expect(await codeOf(tokens.verifyAccess(`${h}.${claims}.${s}`))).toBe('UNAUTHENTICATED');
    expect(await codeOf(tokens.verifyAccess(`${h}.${b}.${s}=`))).toBe('UNAUTHENTICATED');
    expect(await codeOf(tokens.verifyAccess(`${h}.${b}.${s}!`))).toBe('UNAUTHENTICATED');
    expect(await codeOf(tokens.verifyAccess(`${h}.${b}`))).toBe('UNAUTHENTICATED');
    expect(await codeOf(tokens.verifyAccess('not a token'))).toBe('UNAUTHENTICATED');
  });

  it('refuses another algorithm, critical or unencoded-payload headers', async () => {
    for (const header of [
      { alg: 'none' },
      { alg: 'HS512' },
      { alg: 'HS256', crit: ['x'], x: 1 },
      { alg: 'HS256', b64: false },
    ]) {
      expect(await codeOf(tokens.verifyAccess(jwt(good(), header)))).toBe('UNAUTHENTICATED');
    }
  });

  it('judges the claims: expiry, issuer, audience, iat, nbf and their types', async () => {
    expect(await codeOf(tokens.verifyAccess(jwt({ ...good(), exp: now() - 1 })))).toBe('TOKEN_EXPIRED');
    expect(await codeOf(tokens.verifyAccess(jwt({ ...good(), exp: now() })))).toBe('TOKEN_EXPIRED');
    const refused = [
      { ...good(), exp: undefined },
      { ...good(), exp: String(now() + 60) },
      { ...good(), iat: undefined },
      { ...good(), iss: 'elsewhere' },
      { ...good(), aud: 'elsewhere' },
      { ...good(), aud: undefined },
      { ...good(), nbf: now() + 60 },
      { ...good(), sub: 7 },
      { ...good(), sid: undefined },
      { ...good(), ver: '3' },
    ];
    for (const claims of refused) expect(await codeOf(tokens.verifyAccess(jwt(claims)))).toBe('UNAUTHENTICATED');
    expect(await codeOf(tokens.verifyAccess(jwt({ ...good(), nbf: now() - 5 })))).toBe('OK');
  });
});
