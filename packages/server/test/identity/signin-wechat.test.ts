import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WechatIdentityEntity } from '../../src/modules/identity/wechat-identity.entity.js';
import { freshUser, uniquePhone } from '../helpers/fixtures.js';
import { codeOf, type GqlResult, startTestServer, type TestServer } from '../helpers/server.js';
import { FakeWechat } from '../helpers/wechat-fake.js';
import { buildWorld, type World } from '../helpers/world.js';

const WX_LOGIN = `mutation($i: LoginWithWechatInput!) {
  loginWithWechat(input: $i) { session { accessToken user { id phone } } linkToken linkTokenExpiresAt }
}`;
const LINK =
  'mutation($i: LinkWechatPhoneInput!) { linkWechatPhone(input: $i) { accessToken user { id phone displayName } } }';

interface WxLogin {
  loginWithWechat: {
    session: { accessToken: string; user: { id: string; phone: string } } | null;
    linkToken: string | null;
    linkTokenExpiresAt: string | null;
  };
}
interface Linked {
  linkWechatPhone: { accessToken: string; user: { id: string; phone: string; displayName: string } };
}
const reasonOf = (r: GqlResult<unknown>) => `${codeOf(r)} ${r.errors?.[0]?.extensions?.reason ?? ''}`.trim();
const openid = () => `o6_bmjrPTlm6_2sgVt7hMZOPfL2M${randomBytes(4).toString('hex')}`;

describe('WeChat mini-program sign-in against a local fake of the WeChat API', () => {
  const fake = new FakeWechat();
  const lines: string[] = [];
  let s: TestServer;
  let w: World;
  beforeAll(async () => {
    await fake.start();
    const logStream = new Writable({
      write(chunk, _enc, cb) {
        lines.push(String(chunk));
        cb();
      },
    });
    s = await startTestServer(
      { LOG_LEVEL: 'debug', WECHAT_API_BASE: fake.url, WECHAT_APP_ID: fake.appId, WECHAT_APP_SECRET: fake.appSecret },
      { logStream },
    );
    w = await buildWorld(s);
  }, 60_000);
  afterAll(async () => {
    await s.close();
    await fake.close();
  });

  const wxLogin = (code: string) => s.gql<WxLogin>(WX_LOGIN, { i: { code } });

  it('a first sign-in gets a link token; linking a new phone registers a resident; the next sign-in gets a session', async () => {
    const id = openid();
    const first = await wxLogin(fake.loginCode(id, `union-${id}`));
    expect(first.errors).toBeUndefined();
    expect(first.data?.loginWithWechat.session).toBeNull();
    const token = first.data?.loginWithWechat.linkToken as string;
    expect(token).toBeTruthy();
    expect(new Date(first.data?.loginWithWechat.linkTokenExpiresAt as string).getTime()).toBeGreaterThan(Date.now());

    // jscode2session was called as documented.
    const call = fake.requests.findLast((r) => r.path === '/sns/jscode2session');
    expect(call?.method).toBe('GET');
    expect(call?.query.get('grant_type')).toBe('authorization_code');
    expect(call?.query.get('appid')).toBe(fake.appId);

    const phone = uniquePhone();
    const linked = await s.gql<Linked>(LINK, { i: { linkToken: token, phoneCode: fake.phoneCode(phone) } });
    expect(linked.errors).toBeUndefined();
    expect(linked.data?.linkWechatPhone.user.phone).toBe(phone);
    expect(linked.data?.linkWechatPhone.user.displayName).toBe(`居民${phone.slice(-4)}`);
    const phoneCall = fake.requests.findLast((r) => r.path === '/wxa/business/getuserphonenumber');
    expect(phoneCall?.method).toBe('POST');
    expect(phoneCall?.query.get('access_token')).toMatch(/^at-/);

    const again = await wxLogin(fake.loginCode(id));
    expect(again.data?.loginWithWechat.session?.user.id).toBe(linked.data?.linkWechatPhone.user.id);
    expect(again.data?.loginWithWechat.linkToken).toBeNull();
  });

  it('linking the phone of an existing account signs into that account', async () => {
    const u = await freshUser(w);
    const first = await wxLogin(fake.loginCode(openid()));
    const linked = await s.gql<Linked>(LINK, {
      i: { linkToken: first.data?.loginWithWechat.linkToken, phoneCode: fake.phoneCode(u.phone) },
    });
    expect(linked.data?.linkWechatPhone.user.id).toBe(u.id);
  });

  it('links with an SMS code of purpose LINK_PHONE instead of the WeChat phone code', async () => {
    const phone = uniquePhone();
    const first = await wxLogin(fake.loginCode(openid()));
    await s.gql('mutation($i: RequestSmsCodeInput!) { requestSmsCode(input: $i) { sent } }', {
      i: { phone, purpose: 'LINK_PHONE' },
    });
    const linked = await s.gql<Linked>(LINK, {
      i: {
        linkToken: first.data?.loginWithWechat.linkToken,
        phone,
        smsCode: s.sms.lastCode(phone),
        displayName: '小程序',
      },
    });
    expect(linked.data?.linkWechatPhone.user.displayName).toBe('小程序');
  });

  it('a link token works once; a forged or expired one is refused', async () => {
    const first = await wxLogin(fake.loginCode(openid()));
    const token = first.data?.loginWithWechat.linkToken as string;
    expect(codeOf(await s.gql(LINK, { i: { linkToken: token, phoneCode: fake.phoneCode(uniquePhone()) } }))).toBe('OK');
    expect(reasonOf(await s.gql(LINK, { i: { linkToken: token, phoneCode: fake.phoneCode(uniquePhone()) } }))).toBe(
      'INVALID_CREDENTIALS IDENTITY_WECHAT_LINK_TOKEN_INVALID',
    );
    const [id, , mac] = token.split('.');
    const forged = `${id}.${Math.floor(Date.now() / 1000) + 99999}.${mac}`;
    expect(reasonOf(await s.gql(LINK, { i: { linkToken: forged, phoneCode: 'x' } }))).toBe(
      'INVALID_CREDENTIALS IDENTITY_WECHAT_LINK_TOKEN_INVALID',
    );
  });

  it('two links of one token at once: one wins', async () => {
    const first = await wxLogin(fake.loginCode(openid()));
    const token = first.data?.loginWithWechat.linkToken as string;
    const results = await Promise.all(
      [uniquePhone(), uniquePhone()].map((p) => s.gql(LINK, { i: { linkToken: token, phoneCode: fake.phoneCode(p) } })),
    );
    expect(results.map(codeOf).sort()).toEqual(['INVALID_CREDENTIALS', 'OK']);
  });

  it('a refused wx.login code: IDENTITY_WECHAT_CODE_INVALID; a refused phone code: IDENTITY_WECHAT_PHONE_CODE_INVALID', async () => {
    expect(reasonOf(await wxLogin('not-a-code'))).toBe('INVALID_CREDENTIALS IDENTITY_WECHAT_CODE_INVALID');
    const first = await wxLogin(fake.loginCode(openid()));
    expect(
      reasonOf(await s.gql(LINK, { i: { linkToken: first.data?.loginWithWechat.linkToken, phoneCode: 'nope' } })),
    ).toBe('INVALID_CREDENTIALS IDENTITY_WECHAT_PHONE_CODE_INVALID');
    expect(reasonOf(await s.gql(LINK, { i: { linkToken: first.data?.loginWithWechat.linkToken } }))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('caches the access token until it expires, and fetches a new one when WeChat calls it stale', async () => {
    const before = fake.tokenCalls;
    for (let i = 0; i < 2; i++) {
      const first = await wxLogin(fake.loginCode(openid()));
      await s.gql(LINK, {
        i: { linkToken: first.data?.loginWithWechat.linkToken, phoneCode: fake.phoneCode(uniquePhone()) },
      });
    }
    expect(fake.tokenCalls - before).toBeLessThanOrEqual(1);
    fake.expireTokens();
    const first = await wxLogin(fake.loginCode(openid()));
    const r = await s.gql(LINK, {
      i: { linkToken: first.data?.loginWithWechat.linkToken, phoneCode: fake.phoneCode(uniquePhone()) },
    });
    expect(codeOf(r)).toBe('OK');
    expect(fake.tokenCalls - before).toBeLessThanOrEqual(2);
  });

  it('the openid is stored only as a keyed hash, never sent, never logged', async () => {
    const id = openid();
    const union = `union-${id}`;
    const first = await wxLogin(fake.loginCode(id, union));
    const linked = await s.gql(LINK, {
      i: { linkToken: first.data?.loginWithWechat.linkToken, phoneCode: fake.phoneCode(uniquePhone()) },
    });
    const again = await wxLogin(fake.loginCode(id, union));
    for (const r of [first, linked, again]) {
      expect(JSON.stringify(r)).not.toContain(id);
    }
    // The link token names a row, not the openid.
    const [tokenHead = ''] = String(first.data?.loginWithWechat.linkToken).split('.');
    expect(Buffer.from(tokenHead, 'base64url').toString()).not.toContain(id);
    const rows = JSON.stringify(await s.db.dataSource.getRepository(WechatIdentityEntity).find());
    expect(rows).not.toContain(id);
    expect(rows).not.toContain(union);
    expect(lines.length).toBeGreaterThan(0);
    const log = lines.join('');
    expect(log).not.toContain(id);
    expect(log).not.toContain(union);
    expect(log).not.toContain(fake.appSecret);
  });

  it('not configured: IDENTITY_WECHAT_UNAVAILABLE', async () => {
    const bare = await startTestServer();
    try {
      expect(reasonOf(await bare.gql(WX_LOGIN, { i: { code: 'x' } }))).toBe(
        'SERVICE_UNAVAILABLE IDENTITY_WECHAT_UNAVAILABLE',
      );
    } finally {
      await bare.close();
    }
  });
});
