import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, registerResident, startTestServer, type TestServer } from '../helpers/server.js';

const REGISTER = `mutation($i: RegisterResidentInput!) { registerResident(input: $i) { accessToken refreshToken user { id phone displayName } } }`;
const LOGIN = `mutation($i: LoginInput!) { login(input: $i) { accessToken refreshToken } }`;
const REFRESH = `mutation($t: String!) { refreshSession(input: { refreshToken: $t }) { accessToken refreshToken } }`;
const ME = '{ me { id displayName phone } }';

interface Tokens {
  accessToken: string;
  refreshToken: string;
}

let seq = 0;
const newPhone = () => `137${String(Date.now() % 1e6).padStart(6, '0')}${String(++seq).padStart(2, '0')}`.slice(0, 11);

describe('accounts and sessions', () => {
  let server: TestServer;
  beforeAll(async () => {
    // Small delays so that the slow-down and the lock can be reached within a test.
    server = await startTestServer({
      // The wait counts from the attempt (reserved before the hash check): long enough to outlast it.
      LOGIN_BASE_DELAY_MS: '1000',
      LOGIN_SLOW_AFTER: '2',
      LOGIN_LOCK_AFTER: '4',
      LOGIN_LOCK_SECONDS: '60',
      SMS_RESEND_SECONDS: '1',
    });
  });
  afterAll(() => server.close());

  async function register(phone = newPhone(), password = 'secret123'): Promise<Tokens & { phone: string }> {
    const r = await registerResident<{ registerResident: Tokens }>(
      server,
      { phone, password, displayName: '测试居民' },
      'accessToken refreshToken user { id phone displayName }',
    );
    expect(r.errors).toBeUndefined();
    return { ...(r.data?.registerResident as Tokens), phone };
  }

  it('registers a resident who sees their own phone in full', async () => {
    const t = await register();
    const me = await server.gql<{ me: { phone: string } }>(ME, {}, t.accessToken);
    expect(me.data?.me.phone).toBe(t.phone);
  });

  it('refuses a second registration of one phone with PHONE_TAKEN', async () => {
    const t = await register();
    await new Promise((r) => setTimeout(r, 1100)); // SMS_RESEND_SECONDS=1 here
    const again = await registerResident(server, { phone: t.phone, password: 'secret123', displayName: 'x' });
    expect(codeOf(again)).toBe('PHONE_TAKEN');
  });

  it('validates input at the boundary without echoing it', async () => {
    const r = await server.gql(REGISTER, {
      i: { phone: '12345', smsCode: '000000', password: 'weakpassword-but-no-digit', displayName: '' },
    });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(r)).not.toContain('weakpassword-but-no-digit');
  });

  it('rotates refresh tokens: each use gives a new one and the old access token keeps working', async () => {
    const t = await register();
    const r1 = await server.gql<{ refreshSession: Tokens }>(REFRESH, { t: t.refreshToken });
    expect(r1.errors).toBeUndefined();
    const t1 = r1.data?.refreshSession as Tokens;
    expect(t1.refreshToken).not.toBe(t.refreshToken);
    const r2 = await server.gql<{ refreshSession: Tokens }>(REFRESH, { t: t1.refreshToken });
    expect(codeOf(r2)).toBe('OK');
    expect(codeOf(await server.gql(ME, {}, t.accessToken))).toBe('OK');
  });

  it('reusing a refresh token revokes the whole session family', async () => {
    const t = await register();
    const r1 = await server.gql<{ refreshSession: Tokens }>(REFRESH, { t: t.refreshToken });
    const t1 = r1.data?.refreshSession as Tokens;
    // An attacker replays the first (already used) refresh token.
    expect(codeOf(await server.gql(REFRESH, { t: t.refreshToken }))).toBe('SESSION_REVOKED');
    // The legitimate holder's newer tokens are dead too.
    expect(codeOf(await server.gql(REFRESH, { t: t1.refreshToken }))).toBe('SESSION_REVOKED');
    expect(codeOf(await server.gql(ME, {}, t1.accessToken))).toBe('SESSION_REVOKED');
    // Another sign-in of the same user is a separate family and unaffected.
    const fresh = await server.gql<{ login: Tokens }>(LOGIN, { i: { phone: t.phone, password: 'secret123' } });
    expect(codeOf(await server.gql(ME, {}, fresh.data?.login.accessToken))).toBe('OK');
  });

  it('logout ends the session at once', async () => {
    const t = await register();
    expect(codeOf(await server.gql('mutation { logout { ok } }', {}, t.accessToken))).toBe('OK');
    expect(codeOf(await server.gql(ME, {}, t.accessToken))).toBe('SESSION_REVOKED');
    expect(codeOf(await server.gql(REFRESH, { t: t.refreshToken }))).toBe('SESSION_REVOKED');
  });

  it('changing the password revokes every session and returns a new one', async () => {
    const t = await register();
    const other = (await server.gql<{ login: Tokens }>(LOGIN, { i: { phone: t.phone, password: 'secret123' } })).data
      ?.login as Tokens;
    const r = await server.gql<{ changePassword: Tokens }>(
      'mutation($i: ChangePasswordInput!) { changePassword(input: $i) { accessToken refreshToken } }',
      { i: { currentPassword: 'secret123', newPassword: 'newsecret456' } },
      t.accessToken,
    );
    expect(codeOf(r)).toBe('OK');
    for (const old of [t, other]) {
      expect(codeOf(await server.gql(ME, {}, old.accessToken))).not.toBe('OK');
      expect(codeOf(await server.gql(REFRESH, { t: old.refreshToken }))).toBe('SESSION_REVOKED');
    }
    expect(codeOf(await server.gql(ME, {}, r.data?.changePassword.accessToken))).toBe('OK');
    expect(codeOf(await server.gql(LOGIN, { i: { phone: t.phone, password: 'secret123' } }))).toBe(
      'INVALID_CREDENTIALS',
    );
    expect(codeOf(await server.gql(LOGIN, { i: { phone: t.phone, password: 'newsecret456' } }))).toBe('OK');
  });

  it('rejects a tampered or foreign access token as UNAUTHENTICATED', async () => {
    const t = await register();
    const [h, p] = t.accessToken.split('.');
    expect(codeOf(await server.gql(ME, {}, `${h}.${p}.AAAA`))).toBe('UNAUTHENTICATED');
    expect(codeOf(await server.gql(ME, {}, 'garbage'))).toBe('UNAUTHENTICATED');
    expect(codeOf(await server.gql(ME))).toBe('UNAUTHENTICATED');
  });

  it('repeated wrong passwords slow down, then lock the account (even for the right password)', async () => {
    const t = await register();
    const attempt = (password: string) => server.gql(LOGIN, { i: { phone: t.phone, password } });
    expect(codeOf(await attempt('wrong-1'))).toBe('INVALID_CREDENTIALS');
    expect(codeOf(await attempt('wrong-2'))).toBe('INVALID_CREDENTIALS');
    // After 2 failures the next try must wait: even the right password is refused now.
    const early = await attempt('secret123');
    expect(codeOf(early)).toBe('TOO_MANY_ATTEMPTS');
    const wait = (r: typeof early) => {
      const s = Number((r.errors?.[0]?.extensions?.details as { retryAfterSeconds?: number })?.retryAfterSeconds);
      expect(s).toBeGreaterThan(0);
      return new Promise((res) => setTimeout(res, s * 1000 + 50));
    };
    await wait(early);
    expect(codeOf(await attempt('wrong-3'))).toBe('INVALID_CREDENTIALS');
    const early2 = await attempt('wrong-x');
    expect(codeOf(early2)).toBe('TOO_MANY_ATTEMPTS');
    await wait(early2);
    const locking = await attempt('wrong-4');
    expect(codeOf(locking)).toBe('ACCOUNT_LOCKED');
    expect(codeOf(await attempt('secret123'))).toBe('ACCOUNT_LOCKED');
  });

  it('an unknown phone gets the same answer as a wrong password', async () => {
    expect(codeOf(await server.gql(LOGIN, { i: { phone: '13000000999', password: 'whatever1' } }))).toBe(
      'INVALID_CREDENTIALS',
    );
  });
});

describe('failed sign-ins per client address', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ LOGIN_IP_LOCK_AFTER: '3', LOGIN_LOCK_SECONDS: '60' });
  });
  afterAll(() => server.close());

  it('an address guessing across many accounts is blocked, whatever phone it tries next', async () => {
    const attempt = (phone: string) => server.gql(LOGIN, { i: { phone, password: 'wrong-password-1' } });
    expect(codeOf(await attempt('13000000001'))).toBe('INVALID_CREDENTIALS');
    expect(codeOf(await attempt('13000000002'))).toBe('INVALID_CREDENTIALS');
    expect(codeOf(await attempt('13000000003'))).toBe('INVALID_CREDENTIALS');
    const blocked = await attempt('13000000004');
    expect(codeOf(blocked)).toBe('TOO_MANY_ATTEMPTS');
    expect(blocked.errors?.[0]?.extensions?.details).toMatchObject({ retryAfterSeconds: expect.any(Number) });
  });
});
