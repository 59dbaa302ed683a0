import { createHash } from 'node:crypto';
import argon2 from 'argon2';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ThrottlePolicy } from '../../src/config.js';
import { phoneIndex } from '../../src/crypto/personal-data.js';
import { LoginThrottleEntity } from '../../src/modules/identity/login-throttle.entity.js';
import { LoginThrottle } from '../../src/modules/identity/login-throttle.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { codeOf, type GqlResult, startTestServer, type TestServer } from '../helpers/server.js';

const REGISTER = `mutation($i: RegisterResidentInput!) { registerResident(input: $i) { accessToken } }`;
const LOGIN = `mutation($i: LoginInput!) { login(input: $i) { accessToken } }`;

let seq = 0;
const newPhone = () => `135${String(Date.now() % 1e6).padStart(6, '0')}${String(++seq).padStart(2, '0')}`.slice(0, 11);

/** A GraphQL request as a client behind the trusted proxy at 127.0.0.1 (X-Forwarded-For). */
async function gqlFrom(server: TestServer, ip: string, query: string, variables: Record<string, unknown>) {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as GqlResult;
}
/** requestSmsCode (REGISTER) and registerResident with the code, both from `ip`. */
async function registerFrom(server: TestServer, ip: string, input: Record<string, unknown>, smsCode?: string) {
  if (!smsCode) {
    await gqlFrom(server, ip, 'mutation($i: RequestSmsCodeInput!) { requestSmsCode(input: $i) { sent } }', {
      i: { phone: input.phone, purpose: 'REGISTER' },
    });
  }
  return gqlFrom(server, ip, REGISTER, {
    i: { ...input, smsCode: smsCode ?? server.sms.lastCode(input.phone as string) },
  });
}
const retryAfter = (r: GqlResult) =>
  Number((r.errors?.[0]?.extensions?.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds);

describe('lockout is not a weapon', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      TRUST_PROXY: '127.0.0.1',
      LOGIN_SLOW_AFTER: '2',
      // Long enough that 50 parallel requests finish before the slow-down delay passes.
      LOGIN_BASE_DELAY_MS: '10000',
      LOGIN_LOCK_AFTER: '4',
      LOGIN_ACCOUNT_LOCK_AFTER: '12',
      LOGIN_LOCK_SECONDS: '60',
      LOGIN_IP_LOCK_AFTER: '1000',
    });
  });
  afterAll(() => server.close());
  afterEach(() => vi.restoreAllMocks());

  async function register(ip: string) {
    const phone = newPhone();
    expect(codeOf(await registerFrom(server, ip, { phone, password: 'secret123', displayName: '居民' }))).toBe('OK');
    return phone;
  }

  it('wrong passwords from one address slow that address down but do not lock the owner out elsewhere', async () => {
    const phone = await register('10.1.0.1');
    const codes: string[] = [];
    for (let i = 0; i < 10; i++)
      codes.push(codeOf(await gqlFrom(server, '10.1.0.66', LOGIN, { i: { phone, password: `wrong-${i}` } })));
    expect(codes.slice(0, 2)).toEqual(['INVALID_CREDENTIALS', 'INVALID_CREDENTIALS']);
    expect(codes.slice(2)).toContain('TOO_MANY_ATTEMPTS');
    expect(codeOf(await gqlFrom(server, '10.1.0.66', LOGIN, { i: { phone, password: 'secret123' } }))).not.toBe('OK');
    // The owner, from another address, signs in.
    expect(codeOf(await gqlFrom(server, '10.1.0.2', LOGIN, { i: { phone, password: 'secret123' } }))).toBe('OK');
  });

  it('failures from many addresses lock the account for everyone, for a bounded time', async () => {
    const phone = await register('10.2.0.1');
    for (let i = 0; i < 12; i++) {
      const code = codeOf(await gqlFrom(server, `10.2.1.${i + 1}`, LOGIN, { i: { phone, password: 'wrong-pw' } }));
      // The failure that reaches LOGIN_ACCOUNT_LOCK_AFTER says so itself.
      expect(code).toBe(i < 11 ? 'INVALID_CREDENTIALS' : 'ACCOUNT_LOCKED');
    }
    const r = await gqlFrom(server, '10.2.9.9', LOGIN, { i: { phone, password: 'secret123' } });
    expect(codeOf(r)).toBe('ACCOUNT_LOCKED');
    expect(retryAfter(r)).toBeGreaterThan(0);
    expect(retryAfter(r)).toBeLessThanOrEqual(60);
  });

  it('50 parallel wrong passwords: at most LOGIN_SLOW_AFTER reach the hash check, none fails with a 500', async () => {
    const phone = await register('10.3.0.1');
    const verify = vi.spyOn(argon2, 'verify');
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        gqlFrom(server, '10.3.0.66', LOGIN, { i: { phone, password: `wrong-${i}` } }),
      ),
    );
    const codes = results.map(codeOf);
    expect(codes).not.toContain('INTERNAL_SERVER_ERROR');
    expect(verify.mock.calls.length).toBeLessThanOrEqual(2);
    expect(codes.filter((c) => c === 'INVALID_CREDENTIALS').length).toBeLessThanOrEqual(2);
  });

  it('49 wrong passwords and the right one at once: no more than the allowed attempts are judged', async () => {
    const phone = await register('10.4.0.1');
    const verify = vi.spyOn(argon2, 'verify');
    const passwords = Array.from({ length: 50 }, (_, i) => (i === 25 ? 'secret123' : `wrong-${i}`));
    const codes = (
      await Promise.all(passwords.map((password) => gqlFrom(server, '10.4.0.66', LOGIN, { i: { phone, password } })))
    ).map(codeOf);
    const judged = codes.filter((c) => c !== 'TOO_MANY_ATTEMPTS' && c !== 'ACCOUNT_LOCKED');
    expect(codes).not.toContain('INTERNAL_SERVER_ERROR');
    expect(verify.mock.calls.length).toBeLessThanOrEqual(2);
    expect(judged.length).toBeLessThanOrEqual(2);
  });

  it('counts where the configuration says: login_throttle rows without REDIS_URL, Redis keys with it (TEST_REDIS=1)', async () => {
    const phone = await register('10.7.0.1');
    expect(codeOf(await gqlFrom(server, '10.7.0.66', LOGIN, { i: { phone, password: 'wrong-pw' } }))).toBe(
      'INVALID_CREDENTIALS',
    );
    const stored = await server.db.dataSource.getRepository(LoginThrottleEntity).find();
    const rows = stored.length;
    const redis = server.app.services.redis;
    let keys: string[] = stored.map((r) => r.key);
    if (process.env.TEST_REDIS === '1') {
      expect(redis).not.toBeNull();
      expect(rows).toBe(0);
      keys = (await redis?.command.keys(`${redis.prefix}throttle:*`)) ?? [];
      expect(keys.filter((k) => k.startsWith(`${redis?.prefix}throttle:fail:`)).length).toBeGreaterThanOrEqual(3);
    } else {
      expect(redis).toBeNull();
      expect(rows).toBeGreaterThanOrEqual(3);
    }
    // The stored keys name the phone by its blind index (HMAC under DATA_INDEX_KEY): neither the
    // number nor a plain SHA-256 of it (reversible by trying every number) is kept.
    const sha = createHash('sha256').update(phone).digest('hex');
    const index = phoneIndex(phone);
    for (const k of keys) {
      expect(k).not.toContain(phone);
      expect(k).not.toContain(sha.slice(0, 32));
    }
    const mine = keys.filter((k) => k.includes(index.slice(0, 32)));
    expect(mine.some((k) => k.includes(`phone:${index.slice(0, 40)}`))).toBe(true);
    expect(mine.some((k) => k.includes(`pair:${index.slice(0, 32)}:10.7.0.66`))).toBe(true);
  });
});

describe('the slow-down delay is capped', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  it('60 failures in a row never push the next attempt past LOGIN_MAX_DELAY_SECONDS', async () => {
    const policy: ThrottlePolicy = {
      slowAfter: 1,
      baseDelayMs: 600_000,
      maxDelayMs: 900_000,
      lockAfter: 100,
      accountLockAfter: 100,
      ipLockAfter: 10_000,
      lockMs: 60_000,
      windowMs: 10 * 365 * 24 * 3600_000,
    };
    const throttle = new LoginThrottle(db.dataSource, policy);
    let now = new Date('2026-01-01T00:00:00Z');
    for (let i = 0; i < 60; i++) {
      await throttle.reserve('13700000001', '10.9.9.9', now);
      const rows = await db.dataSource.getRepository(LoginThrottleEntity).find();
      const latest = Math.max(...rows.map((r) => r.nextAttemptAt?.getTime() ?? 0));
      expect(latest - now.getTime()).toBeLessThanOrEqual(900_000 + 1000);
      now = new Date(latest + 1000);
    }
  });
});

describe('registration is throttled', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ TRUST_PROXY: '127.0.0.1', REGISTER_PHONE_MAX: '3', REGISTER_IP_MAX: '5' });
  });
  afterAll(() => server.close());

  it('per phone: the attempt after REGISTER_PHONE_MAX gets TOO_MANY_ATTEMPTS with retryAfterSeconds', async () => {
    const phone = newPhone();
    const codes: string[] = [];
    let last: GqlResult = {};
    for (let i = 0; i < 4; i++) {
      // One code (one per minute): the later attempts come with a used code and are refused by it.
      last = await registerFrom(
        server,
        `10.5.0.${i + 1}`,
        { phone, password: 'secret123', displayName: '甲' },
        i === 0 ? undefined : '000000',
      );
      codes.push(codeOf(last));
    }
    expect(codes).toEqual(['OK', 'INVALID_CREDENTIALS', 'INVALID_CREDENTIALS', 'TOO_MANY_ATTEMPTS']);
    expect(retryAfter(last)).toBeGreaterThan(0);
  });

  it('per address: the attempt after REGISTER_IP_MAX gets TOO_MANY_ATTEMPTS with retryAfterSeconds', async () => {
    const codes: string[] = [];
    let last: GqlResult = {};
    for (let i = 0; i < 6; i++) {
      last = await registerFrom(server, '10.6.0.1', { phone: newPhone(), password: 'secret123', displayName: '乙' });
      codes.push(codeOf(last));
    }
    expect(codes).toEqual(['OK', 'OK', 'OK', 'OK', 'OK', 'TOO_MANY_ATTEMPTS']);
    expect(retryAfter(last)).toBeGreaterThan(0);
  });
});
