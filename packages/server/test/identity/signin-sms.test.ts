import { Writable } from 'node:stream';
import { Like } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { LoginThrottleEntity } from '../../src/modules/identity/login-throttle.entity.js';
import { SmsCodeEntity } from '../../src/modules/identity/sms-code.entity.js';
import { freshUser, uniquePhone } from '../helpers/fixtures.js';
import {
  codeOf,
  type GqlResult,
  PRODUCTION_DATA_KEYS,
  registerResident,
  startTestServer,
  type TestServer,
} from '../helpers/server.js';
import { buildWorld, type World } from '../helpers/world.js';

const REQUEST =
  'mutation($i: RequestSmsCodeInput!) { requestSmsCode(input: $i) { sent expiresInSeconds resendAfterSeconds } }';
const LOGIN_SMS = 'mutation($i: LoginWithSmsCodeInput!) { loginWithSmsCode(input: $i) { accessToken user { id } } }';
const RESET = 'mutation($i: ResetPasswordWithSmsCodeInput!) { resetPasswordWithSmsCode(input: $i) { accessToken } }';
const LOGIN = 'mutation($i: LoginInput!) { login(input: $i) { accessToken } }';

const reasonOf = (r: GqlResult<unknown>) => `${codeOf(r)} ${r.errors?.[0]?.extensions?.reason ?? ''}`.trim();
const details = (r: GqlResult<unknown>) =>
  (r.errors?.[0]?.extensions?.details ?? {}) as { retryAfterSeconds?: number; triesLeft?: number };

async function gqlFrom(server: TestServer, ip: string, query: string, variables: Record<string, unknown>) {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: (await res.json()) as GqlResult };
}

describe('SMS one-time codes', () => {
  let s: TestServer;
  let w: World;
  beforeAll(async () => {
    s = await startTestServer({ TRUST_PROXY: '127.0.0.1' });
    w = await buildWorld(s);
  }, 60_000);
  afterAll(() => s.close());

  const request = (phone: string, purpose: string) => s.gql(REQUEST, { i: { phone, purpose } });
  /** The minute between two codes for one phone passes (its counter row goes). */
  /** The resend interval is over: its counters go (rows, or Redis keys with REDIS_URL / TEST_REDIS=1). */
  const minutePasses = async () => {
    await s.db.dataSource.getRepository(LoginThrottleEntity).delete({ key: Like('sms-min:%') });
    const redis = s.app.services.redis;
    const keys = redis ? await redis.command.keys(`${redis.prefix}throttle:n:sms-min:*`) : [];
    if (redis && keys.length > 0) await redis.command.del(...keys);
  };

  it('registers with a REGISTER code and signs in later with a LOGIN code', async () => {
    const phone = uniquePhone();
    const reg = await registerResident<{ registerResident: { user: { id: string } } }>(
      s,
      { phone, password: 'secret123', displayName: '短信居民' },
      'accessToken user { id }',
    );
    expect(reg.errors).toBeUndefined();
    await minutePasses();
    expect(codeOf(await request(phone, 'LOGIN'))).toBe('OK');
    const code = s.sms.lastCode(phone, 'LOGIN' as never);
    expect(code).toMatch(/^\d{6}$/);
    const login = await s.gql<{ loginWithSmsCode: { user: { id: string } } }>(LOGIN_SMS, {
      i: { phone, smsCode: code },
    });
    expect(login.data?.loginWithSmsCode.user.id).toBe(reg.data?.registerResident.user.id);
    // A code is used once.
    expect(reasonOf(await s.gql(LOGIN_SMS, { i: { phone, smsCode: code } }))).toBe(
      'INVALID_CREDENTIALS IDENTITY_SMS_CODE_WRONG',
    );
  });

  it('refuses registration without a code, with a code of another purpose, and a taken phone only after its code', async () => {
    const phone = uniquePhone();
    const REG = 'mutation($i: RegisterResidentInput!) { registerResident(input: $i) { accessToken } }';
    const input = { phone, password: 'secret123', displayName: '甲' };
    expect(reasonOf(await s.gql(REG, { i: { ...input, smsCode: '123456' } }))).toBe(
      'INVALID_CREDENTIALS IDENTITY_SMS_CODE_WRONG',
    );
    await request(phone, 'LOGIN');
    const loginCode = s.sms.lastCode(phone);
    expect(reasonOf(await s.gql(REG, { i: { ...input, smsCode: loginCode } }))).toBe(
      'INVALID_CREDENTIALS IDENTITY_SMS_CODE_WRONG',
    );
    // A registered phone: PHONE_TAKEN is told only to whoever proves the phone.
    const { phone: taken } = await freshUser(w);
    expect(reasonOf(await s.gql(REG, { i: { ...input, phone: taken, smsCode: '123456' } }))).toBe(
      'INVALID_CREDENTIALS IDENTITY_SMS_CODE_WRONG',
    );
    await request(taken, 'REGISTER');
    expect(codeOf(await s.gql(REG, { i: { ...input, phone: taken, smsCode: s.sms.lastCode(taken) } }))).toBe(
      'PHONE_TAKEN',
    );
  });

  it('registers without a password: SMS sign-in works, password sign-in does not until a reset sets one', async () => {
    const phone = uniquePhone();
    expect(codeOf(await registerResident(s, { phone, displayName: '无密码' }))).toBe('OK');
    expect(codeOf(await s.gql(LOGIN, { i: { phone, password: 'anything1' } }))).toBe('INVALID_CREDENTIALS');
    await minutePasses();
    await request(phone, 'RESET_PASSWORD');
    const reset = await s.gql(RESET, { i: { phone, smsCode: s.sms.lastCode(phone), newPassword: 'newpass123' } });
    expect(reset.errors).toBeUndefined();
    expect(codeOf(await s.gql(LOGIN, { i: { phone, password: 'newpass123' } }))).toBe('OK');
  });

  it('reset ends every other session', async () => {
    const u = await freshUser(w);
    const old = await s.gql<{ login: { accessToken: string } }>(LOGIN, {
      i: { phone: u.phone, password: 'Fixture@123' },
    });
    await request(u.phone, 'RESET_PASSWORD');
    await s.gql(RESET, { i: { phone: u.phone, smsCode: s.sms.lastCode(u.phone), newPassword: 'another123' } });
    expect(codeOf(await s.gql('{ me { id } }', {}, old.data?.login.accessToken))).toBe('SESSION_REVOKED');
  });

  it('a valid LOGIN code for a phone without an account: IDENTITY_PHONE_NOT_REGISTERED', async () => {
    const phone = uniquePhone();
    await request(phone, 'LOGIN');
    expect(reasonOf(await s.gql(LOGIN_SMS, { i: { phone, smsCode: s.sms.lastCode(phone) } }))).toBe(
      'INVALID_CREDENTIALS IDENTITY_PHONE_NOT_REGISTERED',
    );
  });

  it('answers the same for a registered and an unregistered phone, for every purpose', async () => {
    for (const purpose of ['REGISTER', 'LOGIN', 'RESET_PASSWORD', 'LINK_PHONE']) {
      const { phone: registered } = await freshUser(w);
      const unregistered = uniquePhone();
      const a = await gqlFrom(s, '10.9.0.1', REQUEST, { i: { phone: registered, purpose } });
      const b = await gqlFrom(s, '10.9.0.2', REQUEST, { i: { phone: unregistered, purpose } });
      expect(a).toEqual(b);
      expect((a.body as { data: unknown }).data).toEqual({
        requestSmsCode: { sent: true, expiresInSeconds: 300, resendAfterSeconds: 60 },
      });
      // Both are sent: neither the answer nor its timing depends on the account.
      expect(s.sms.lastCode(registered)).toBeDefined();
      expect(s.sms.lastCode(unregistered)).toBeDefined();
    }
  });

  it('a second request within a minute: TOO_MANY_ATTEMPTS IDENTITY_SMS_TOO_FREQUENT with retryAfterSeconds', async () => {
    const phone = uniquePhone();
    expect(codeOf(await request(phone, 'LOGIN'))).toBe('OK');
    const again = await request(phone, 'REGISTER');
    expect(reasonOf(again)).toBe('TOO_MANY_ATTEMPTS IDENTITY_SMS_TOO_FREQUENT');
    expect(details(again).retryAfterSeconds).toBeGreaterThan(0);
    expect(details(again).retryAfterSeconds).toBeLessThanOrEqual(60);
  });

  it('an expired code: IDENTITY_SMS_CODE_EXPIRED', async () => {
    const { phone } = await freshUser(w);
    await request(phone, 'LOGIN');
    const code = s.sms.lastCode(phone);
    // Five minutes pass (the clock of the row, not of the test).
    const repo = s.db.dataSource.getRepository(SmsCodeEntity);
    const [row] = await repo.find({ order: { createdAt: 'DESC', id: 'DESC' }, take: 1 });
    await repo.update({ id: row?.id }, { expiresAt: new Date(Date.now() - 1000) });
    expect(reasonOf(await s.gql(LOGIN_SMS, { i: { phone, smsCode: code } }))).toBe(
      'INVALID_CREDENTIALS IDENTITY_SMS_CODE_EXPIRED',
    );
  });

  it('five wrong entries kill the code: the right one then gets IDENTITY_SMS_CODE_TOO_MANY_TRIES', async () => {
    const { phone } = await freshUser(w);
    await request(phone, 'LOGIN');
    const code = s.sms.lastCode(phone) as string;
    const wrong = code === '000000' ? '111111' : '000000';
    const left: (number | undefined)[] = [];
    for (let i = 0; i < 5; i++) {
      const r = await s.gql(LOGIN_SMS, { i: { phone, smsCode: wrong } });
      expect(reasonOf(r)).toBe('INVALID_CREDENTIALS IDENTITY_SMS_CODE_WRONG');
      left.push(details(r).triesLeft);
    }
    expect(left).toEqual([4, 3, 2, 1, 0]);
    expect(reasonOf(await s.gql(LOGIN_SMS, { i: { phone, smsCode: code } }))).toBe(
      'INVALID_CREDENTIALS IDENTITY_SMS_CODE_TOO_MANY_TRIES',
    );
  });

  it('parallel guesses cannot take more than five tries', async () => {
    const { phone } = await freshUser(w);
    await request(phone, 'LOGIN');
    const code = s.sms.lastCode(phone) as string;
    const guesses = Array.from({ length: 12 }, (_, i) => String((Number(code) + 1 + i) % 1e6).padStart(6, '0'));
    const results = await Promise.all(guesses.map((g) => s.gql(LOGIN_SMS, { i: { phone, smsCode: g } })));
    const wrong = results.filter((r) => reasonOf(r).endsWith('IDENTITY_SMS_CODE_WRONG')).length;
    expect(wrong).toBeLessThanOrEqual(5);
    expect(results.every((r) => codeOf(r) === 'INVALID_CREDENTIALS')).toBe(true);
    expect(reasonOf(await s.gql(LOGIN_SMS, { i: { phone, smsCode: code } }))).toBe(
      'INVALID_CREDENTIALS IDENTITY_SMS_CODE_TOO_MANY_TRIES',
    );
  });

  it('a new code ends the older one', async () => {
    const { phone } = await freshUser(w);
    await request(phone, 'LOGIN');
    const first = s.sms.lastCode(phone);
    await minutePasses();
    await request(phone, 'LOGIN');
    const second = s.sms.lastCode(phone);
    if (first !== second) {
      expect(reasonOf(await s.gql(LOGIN_SMS, { i: { phone, smsCode: first } }))).toBe(
        'INVALID_CREDENTIALS IDENTITY_SMS_CODE_WRONG',
      );
    }
    expect(codeOf(await s.gql(LOGIN_SMS, { i: { phone, smsCode: second } }))).toBe('OK');
  });

  it('stores neither the phone nor the code in clear', async () => {
    const phone = uniquePhone();
    await request(phone, 'REGISTER');
    const code = s.sms.lastCode(phone) as string;
    const rows = await s.db.dataSource.getRepository(SmsCodeEntity).find();
    const dump = JSON.stringify(rows);
    expect(dump).not.toContain(phone);
    expect(rows.some((r) => r.codeHash.includes(code))).toBe(false);
  });

  it('the purge job removes codes expired more than a day ago', async () => {
    const phone = uniquePhone();
    await request(phone, 'LOGIN');
    const repo = s.db.dataSource.getRepository(SmsCodeEntity);
    const [row] = await repo.find({ order: { createdAt: 'DESC', id: 'DESC' }, take: 1 });
    await repo.update({ id: row?.id }, { expiresAt: new Date(Date.now() - 25 * 3600_000) });
    expect(await s.app.services.smsCodes.purge()).toBeGreaterThanOrEqual(1);
    expect(await repo.findOneBy({ id: row?.id })).toBeNull();
  });

  it('a provider failure: SERVICE_UNAVAILABLE IDENTITY_SMS_UNAVAILABLE', async () => {
    const phone = uniquePhone();
    s.sms.failWith = 'isv.BUSINESS_LIMIT_CONTROL';
    try {
      expect(reasonOf(await request(phone, 'REGISTER'))).toBe('SERVICE_UNAVAILABLE IDENTITY_SMS_UNAVAILABLE');
    } finally {
      s.sms.failWith = null;
    }
  });
});

describe('SMS daily caps', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({
      TRUST_PROXY: '127.0.0.1',
      SMS_RESEND_SECONDS: '1',
      SMS_PHONE_DAILY_MAX: '2',
      SMS_IP_DAILY_MAX: '3',
    });
  });
  afterAll(() => s.close());
  const wait = () => new Promise((r) => setTimeout(r, 1100));

  it('per phone: the request after SMS_PHONE_DAILY_MAX gets IDENTITY_SMS_DAILY_LIMIT with retryAfterSeconds', async () => {
    const phone = uniquePhone();
    const codes: string[] = [];
    for (let i = 0; i < 3; i++) {
      const r = await gqlFrom(s, `10.7.0.${i + 1}`, REQUEST, { i: { phone, purpose: 'LOGIN' } });
      codes.push(reasonOf(r.body));
      if (i === 2) expect(details(r.body).retryAfterSeconds).toBeGreaterThan(3600);
      await wait();
    }
    expect(codes).toEqual(['OK', 'OK', 'TOO_MANY_ATTEMPTS IDENTITY_SMS_DAILY_LIMIT']);
  });

  it('per address: the request after SMS_IP_DAILY_MAX gets IDENTITY_SMS_DAILY_LIMIT', async () => {
    const codes: string[] = [];
    for (let i = 0; i < 4; i++) {
      codes.push(
        reasonOf((await gqlFrom(s, '10.8.0.1', REQUEST, { i: { phone: uniquePhone(), purpose: 'LOGIN' } })).body),
      );
    }
    expect(codes).toEqual(['OK', 'OK', 'OK', 'TOO_MANY_ATTEMPTS IDENTITY_SMS_DAILY_LIMIT']);
  });
});

describe('the development SMS transport', () => {
  it('writes the code to the log (masked phone), and is refused in production', async () => {
    const lines: string[] = [];
    const logStream = new Writable({
      write(chunk, _enc, cb) {
        lines.push(String(chunk));
        cb();
      },
    });
    const s = await startTestServer(
      { LOG_LEVEL: 'info', SMS_PROVIDER: 'log' },
      { logStream, smsTransport: 'configured' },
    );
    try {
      const phone = uniquePhone();
      expect(codeOf(await s.gql(REQUEST, { i: { phone, purpose: 'REGISTER' } }))).toBe('OK');
      const entry = lines.map((l) => JSON.parse(l)).find((e) => e.sms);
      expect(entry?.sms.code).toMatch(/^\d{6}$/);
      expect(entry?.sms.to).toBe(`${phone.slice(0, 3)}****${phone.slice(-4)}`);
      expect(lines.join('')).not.toContain(phone);
      // The code from the log registers.
      const r = await s.gql('mutation($i: RegisterResidentInput!) { registerResident(input: $i) { accessToken } }', {
        i: { phone, smsCode: entry.sms.code, displayName: '日志居民' },
      });
      expect(r.errors).toBeUndefined();
    } finally {
      await s.close();
    }
    const secret = 'x'.repeat(32);
    expect(() => loadConfig({ NODE_ENV: 'production', AUTH_SECRET: secret, SMS_PROVIDER: 'log' })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'production', AUTH_SECRET: secret, SMS_PROVIDER: 'log' })).toThrow(
      /^SMS_PROVIDER: /,
    );
    expect(loadConfig({ NODE_ENV: 'production', AUTH_SECRET: secret, ...PRODUCTION_DATA_KEYS }).sms.provider).toBe(
      'none',
    );
    expect(() => loadConfig({ NODE_ENV: 'test', SMS_PROVIDER: 'aliyun' })).toThrow(/^ALIYUN_SMS_ACCESS_KEY_ID: /);
  });

  it('SMS_PROVIDER=none: requestSmsCode answers SERVICE_UNAVAILABLE IDENTITY_SMS_UNAVAILABLE', async () => {
    const s = await startTestServer({ SMS_PROVIDER: 'none' }, { smsTransport: 'configured' });
    try {
      expect(reasonOf(await s.gql(REQUEST, { i: { phone: uniquePhone(), purpose: 'LOGIN' } }))).toBe(
        'SERVICE_UNAVAILABLE IDENTITY_SMS_UNAVAILABLE',
      );
    } finally {
      await s.close();
    }
  });
});
