import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from '../../src/db/seed/demo.js';
import { codeOf, type GqlResult, startTestServer, type TestServer } from '../helpers/server.js';

const AUTH = 'accessToken refreshToken';
const LOGIN = `mutation($i: LoginInput!) { login(input: $i) { ${AUTH} } }`;
const SMS = 'mutation($i: RequestSmsCodeInput!) { requestSmsCode(input: $i) { sent } }';
type Auth = { accessToken: string; refreshToken: string };

/** Where each secret was seen in the log (empty: nowhere). Digits-only secrets must stand alone. */
export function leaks(log: string, secrets: Iterable<string>): string[] {
  const found: string[] = [];
  for (const s of secrets) {
    const escaped = s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const re = /^\d+$/.test(s) ? new RegExp(`(?<![0-9A-Za-z])${escaped}(?![0-9A-Za-z])`) : new RegExp(escaped);
    const m = re.exec(log);
    if (m) found.push(`${s} … ${log.slice(Math.max(0, m.index - 80), m.index + s.length + 40)}`);
  }
  return found;
}

/**
 * The secrets of a session are the passwords, both tokens (and a JWT's signature on its own, in case
 * something logs a token cut at a dot), the full phone numbers and the SMS codes.
 */
function tokenSecrets(auth: Auth): string[] {
  const parts = auth.accessToken.split('.');
  return [auth.accessToken, auth.refreshToken, ...(parts.length === 3 ? [parts[2] as string] : [])];
}

describe('secrets never reach the log', () => {
  it('sign-in, SMS codes, tokens, refresh, password change and reset, refusals and errors at LOG_LEVEL=trace: the captured log holds no password, token, full phone or SMS code', async () => {
    let log = '';
    const logStream = new Writable({
      write(chunk, _enc, cb) {
        log += chunk.toString();
        cb();
      },
    });
    const server: TestServer = await startTestServer({ LOG_LEVEL: 'trace', SMS_RESEND_SECONDS: '1' }, { logStream });
    const secrets = new Set<string>([DEMO_PASSWORD, ...Object.values(DEMO_ACCOUNTS)]);
    const ok = <T>(r: GqlResult<T>): T => {
      expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
      return r.data as T;
    };
    try {
      await seedDemo(server.db.dataSource);

      // Every demo account signs in with the demo password; the tokens go in headers from then on.
      const sessions: Record<string, Auth> = {};
      for (const [who, phone] of Object.entries(DEMO_ACCOUNTS)) {
        const r = await server.gql<{ login: Auth }>(LOGIN, { i: { phone, password: DEMO_PASSWORD } });
        if (r.data?.login) {
          sessions[who] = r.data.login;
          for (const s of tokenSecrets(r.data.login)) secrets.add(s);
        }
      }
      expect(Object.keys(sessions).length).toBeGreaterThanOrEqual(8);
      const staff = sessions.systemAdmin as Auth;
      const resident = sessions.resident as Auth;
      for (const auth of [staff, resident]) {
        expect(ok(await server.gql<{ me: { id: string } }>('{ me { id } }', {}, auth.accessToken)).me.id).toBeTruthy();
      }

      // A wrong password, and a password typed into the phone field (a classic slip).
      const wrongPassword = 'Wrong-Pass-4711';
      secrets.add(wrongPassword);
      expect(codeOf(await server.gql(LOGIN, { i: { phone: DEMO_ACCOUNTS.resident, password: wrongPassword } }))).toBe(
        'INVALID_CREDENTIALS',
      );
      expect(codeOf(await server.gql(LOGIN, { i: { phone: DEMO_PASSWORD, password: DEMO_PASSWORD } }))).not.toBe('OK');
      // Input of the wrong type: GraphQL's own message would echo the value.
      expect(codeOf(await server.gql(LOGIN, { i: { phone: 13800000000, password: 12345678 } }))).not.toBe('OK');

      // A new resident registers with an SMS code and a password.
      const newPhone = '13712345678';
      const newPassword = 'Fresh-Pass-2026';
      secrets.add(newPhone).add(newPassword);
      ok(await server.gql(SMS, { i: { phone: newPhone, purpose: 'REGISTER' } }));
      const registerCode = server.sms.lastCode(newPhone, 'REGISTER' as never) as string;
      secrets.add(registerCode);
      const registered = ok(
        await server.gql<{ registerResident: Auth }>(
          `mutation($i: RegisterResidentInput!) { registerResident(input: $i) { ${AUTH} } }`,
          { i: { phone: newPhone, smsCode: registerCode, password: newPassword, displayName: '新居民' } },
        ),
      ).registerResident;
      for (const s of tokenSecrets(registered)) secrets.add(s);

      // Signs in with an SMS code (one wrong code first), then refreshes, then reuses the used refresh token.
      // One code per phone per SMS_RESEND_SECONDS (1 s here).
      const pause = () => new Promise((r) => setTimeout(r, 1100));
      await pause();
      ok(await server.gql(SMS, { i: { phone: newPhone, purpose: 'LOGIN' } }));
      const loginCode = server.sms.lastCode(newPhone, 'LOGIN' as never) as string;
      const wrongCode = loginCode === '000000' ? '111111' : '000000';
      secrets.add(loginCode);
      const SMS_LOGIN = `mutation($i: LoginWithSmsCodeInput!) { loginWithSmsCode(input: $i) { ${AUTH} } }`;
      expect(codeOf(await server.gql(SMS_LOGIN, { i: { phone: newPhone, smsCode: wrongCode } }))).toBe(
        'INVALID_CREDENTIALS',
      );
      const bySms = ok(
        await server.gql<{ loginWithSmsCode: Auth }>(SMS_LOGIN, { i: { phone: newPhone, smsCode: loginCode } }),
      ).loginWithSmsCode;
      for (const s of tokenSecrets(bySms)) secrets.add(s);
      const REFRESH = `mutation($i: RefreshSessionInput!) { refreshSession(input: $i) { ${AUTH} } }`;
      const refreshed = ok(
        await server.gql<{ refreshSession: Auth }>(REFRESH, { i: { refreshToken: bySms.refreshToken } }),
      ).refreshSession;
      for (const s of tokenSecrets(refreshed)) secrets.add(s);
      expect(codeOf(await server.gql(REFRESH, { i: { refreshToken: bySms.refreshToken } }))).toBe('SESSION_REVOKED');

      // Changes the password (a wrong current one first), then resets it by SMS.
      const CHANGE = `mutation($i: ChangePasswordInput!) { changePassword(input: $i) { ${AUTH} } }`;
      const changedPassword = 'Changed-Pass-99';
      const resetPassword = 'Reset-Pass-77';
      secrets.add(changedPassword).add(resetPassword);
      expect(
        codeOf(
          await server.gql(
            CHANGE,
            { i: { currentPassword: wrongPassword, newPassword: changedPassword } },
            registered.accessToken,
          ),
        ),
      ).toBe('INVALID_CREDENTIALS');
      const changed = ok(
        await server.gql<{ changePassword: Auth }>(
          CHANGE,
          { i: { currentPassword: newPassword, newPassword: changedPassword } },
          registered.accessToken,
        ),
      ).changePassword;
      for (const s of tokenSecrets(changed)) secrets.add(s);
      await pause();
      ok(await server.gql(SMS, { i: { phone: newPhone, purpose: 'RESET_PASSWORD' } }));
      const resetCode = server.sms.lastCode(newPhone, 'RESET_PASSWORD' as never) as string;
      secrets.add(resetCode);
      const reset = ok(
        await server.gql<{ resetPasswordWithSmsCode: Auth }>(
          `mutation($i: ResetPasswordWithSmsCodeInput!) { resetPasswordWithSmsCode(input: $i) { ${AUTH} } }`,
          { i: { phone: newPhone, smsCode: resetCode, newPassword: resetPassword } },
        ),
      ).resetPasswordWithSmsCode;
      for (const s of tokenSecrets(reset)) secrets.add(s);

      // Tokens that no longer work (ended by the change) or never did, in headers of GraphQL and REST calls.
      expect(codeOf(await server.gql('{ me { id } }', {}, registered.accessToken))).not.toBe('OK');
      expect(codeOf(await server.gql('{ me { id } }', {}, `${staff.accessToken}x`))).not.toBe('OK');
      const rest = await fetch(`${server.url}/files/does-not-exist`, {
        headers: { authorization: `Bearer ${staff.accessToken}`, cookie: `session=${staff.refreshToken}` },
      });
      expect(rest.status).toBeGreaterThanOrEqual(400);
      // A GET operation with the phone and password in its URL.
      const getUrl = `${server.url}/graphql?query=${encodeURIComponent(LOGIN.replace('mutation', 'query'))}&variables=${encodeURIComponent(JSON.stringify({ i: { phone: DEMO_ACCOUNTS.resident, password: DEMO_PASSWORD } }))}`;
      expect((await fetch(getUrl, { headers: { 'apollo-require-preflight': 'true' } })).status).toBeGreaterThanOrEqual(
        400,
      );
      ok(await server.gql('mutation { logout { ok } }', {}, reset.accessToken));
    } finally {
      await server.close();
    }

    // The capture worked: one line per request, the REST call among them.
    expect(log.match(/"path":"\/graphql"/g)?.length ?? 0).toBeGreaterThan(25);
    expect(log).toContain('"path":"/files/does-not-exist"');
    expect(secrets.size).toBeGreaterThan(40);
    expect(leaks(log, secrets)).toEqual([]);
  });

  it('the scan finds a secret that is there (and a code only as a whole number)', () => {
    expect(leaks('{"msg":"login 13800000000 Demo@2026"}', ['13800000000', 'Demo@2026'])).toHaveLength(2);
    expect(leaks('{"time":1765012345678,"reqId":"ab123456cd"}', ['123456'])).toEqual([]);
    expect(leaks('{"sms":{"code":"123456"}}', ['123456'])).toHaveLength(1);
  });
});
