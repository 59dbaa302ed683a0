/** Matrix rows of sign-in by SMS code and from the WeChat mini program (all public: see kit.ts for the columns). */

import { randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import { freshUser, uniquePhone } from '../helpers/fixtures.js';
import { useFakeWechat } from '../helpers/wechat-fake.js';
import { at, type Rule, type RunContext, read } from './kit.js';

const REQUEST = 'mutation($i: RequestSmsCodeInput!) { requestSmsCode(input: $i) { sent } }';

/** Asks for a code as the cell's actor and returns it (from the test transport). */
async function codeFor(c: RunContext, phone: string, purpose: string): Promise<string> {
  const r = await c.s.gql(REQUEST, { i: { phone, purpose } }, c.token);
  expect(r.errors).toBeUndefined();
  return c.s.sms.lastCode(phone) as string;
}

/** Effect: the token the mutation returned signs in. */
const signedIn = (path: string) => async (c: RunContext, r: { data?: unknown }) => {
  const me = await read<{ me: { id: string } }>(c, '{ me { id } }', {}, at(r as never, path));
  expect(me.me.id).toBeTruthy();
};

/** A WeChat user of the fake, signed in once: its link token. */
async function linkToken(c: RunContext): Promise<string> {
  const fake = await useFakeWechat(c.s);
  const r = await c.s.gql<{ loginWithWechat: { linkToken: string } }>(
    'mutation($i: LoginWithWechatInput!) { loginWithWechat(input: $i) { linkToken } }',
    { i: { code: fake.loginCode(`openid-${randomBytes(6).toString('hex')}`) } },
    c.token,
  );
  return r.data?.loginWithWechat.linkToken as string;
}

// Columns (11 actors): anon resident boxue xingyi greentown committee street system otherStreet department appKey
export const SIGNIN_ROWS: Record<string, Rule> = {
  requestSmsCode: {
    expect: 'OK OK OK OK OK OK OK OK OK OK OK',
    run: (c) => {
      c.scratch.phone = uniquePhone();
      return c.s.gql(REQUEST, { i: { phone: c.scratch.phone, purpose: 'LOGIN' } }, c.token);
    },
    effect: async (c) => {
      expect(c.s.sms.lastCode(c.scratch.phone as string, 'LOGIN' as never)).toMatch(/^\d{6}$/);
    },
  },
  loginWithSmsCode: {
    expect: 'OK OK OK OK OK OK OK OK OK OK OK',
    run: async (c) => {
      const { phone } = await freshUser(c.w);
      const smsCode = await codeFor(c, phone, 'LOGIN');
      return c.s.gql(
        'mutation($i: LoginWithSmsCodeInput!) { loginWithSmsCode(input: $i) { accessToken } }',
        { i: { phone, smsCode } },
        c.token,
      );
    },
    effect: signedIn('loginWithSmsCode.accessToken'),
  },
  resetPasswordWithSmsCode: {
    expect: 'OK OK OK OK OK OK OK OK OK OK OK',
    run: async (c) => {
      const { phone } = await freshUser(c.w);
      c.scratch.phone = phone;
      const smsCode = await codeFor(c, phone, 'RESET_PASSWORD');
      return c.s.gql(
        'mutation($i: ResetPasswordWithSmsCodeInput!) { resetPasswordWithSmsCode(input: $i) { accessToken } }',
        { i: { phone, smsCode, newPassword: 'Matrix-new-1' } },
        c.token,
      );
    },
    effect: async (c, r) => {
      await signedIn('resetPasswordWithSmsCode.accessToken')(c, r);
      const login = await c.s.gql('mutation($i: LoginInput!) { login(input: $i) { accessToken } }', {
        i: { phone: c.scratch.phone, password: 'Matrix-new-1' },
      });
      expect(login.errors).toBeUndefined();
    },
  },
  loginWithWechat: {
    expect: 'OK OK OK OK OK OK OK OK OK OK OK',
    run: async (c) => {
      const fake = await useFakeWechat(c.s);
      return c.s.gql(
        'mutation($i: LoginWithWechatInput!) { loginWithWechat(input: $i) { session { accessToken } linkToken } }',
        { i: { code: fake.loginCode(`openid-${randomBytes(6).toString('hex')}`) } },
        c.token,
      );
    },
    // A first sign-in of a WeChat user: a link token, no session.
    effect: async (_c, r) => {
      expect(at(r as never, 'loginWithWechat.linkToken')).toBeTruthy();
      expect(at(r as never, 'loginWithWechat.session')).toBeNull();
    },
  },
  linkWechatPhone: {
    expect: 'OK OK OK OK OK OK OK OK OK OK OK',
    run: async (c) => {
      const token = await linkToken(c);
      const fake = await useFakeWechat(c.s);
      return c.s.gql(
        'mutation($i: LinkWechatPhoneInput!) { linkWechatPhone(input: $i) { accessToken } }',
        { i: { linkToken: token, phoneCode: fake.phoneCode(uniquePhone()) } },
        c.token,
      );
    },
    effect: signedIn('linkWechatPhone.accessToken'),
  },
};
