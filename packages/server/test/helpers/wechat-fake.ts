import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WechatClient } from '../../src/modules/identity/wechat/wechat.client.js';
import type { TestServer } from './server.js';

/**
 * A local fake of the WeChat server APIs the mini-program sign-in uses: `sns/jscode2session`,
 * `cgi-bin/token` and `wxa/business/getuserphonenumber`, answering like WeChat (errcode 40029 for
 * an unknown code, 40001 for a stale access token). Codes are single use, as WeChat's are.
 */
export class FakeWechat {
  readonly appId = 'wx-fake-app';
  readonly appSecret = 'fake-secret-0123456789';
  url = '';
  /** Every request as received (path and query; tests check what was sent). */
  readonly requests: { method: string; path: string; query: URLSearchParams; body: string }[] = [];
  tokenCalls = 0;
  private readonly loginCodes = new Map<string, { openid: string; unionid?: string }>();
  private readonly phoneCodes = new Map<string, string>();
  private tokens = new Set<string>();
  private server: Server | null = null;

  /** A wx.login code that jscode2session turns into this openid. */
  loginCode(openid: string, unionid?: string): string {
    const code = `wxc-${randomBytes(6).toString('hex')}`;
    this.loginCodes.set(code, { openid, unionid });
    return code;
  }

  /** A getPhoneNumber code that getuserphonenumber turns into this phone. */
  phoneCode(phone: string): string {
    const code = `wxp-${randomBytes(6).toString('hex')}`;
    this.phoneCodes.set(code, phone);
    return code;
  }

  /** Makes every access token issued so far stale (WeChat answers 40001). */
  expireTokens(): void {
    this.tokens = new Set();
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      let body = '';
      req.on('data', (d) => {
        body += d;
      });
      req.on('end', () => {
        const u = new URL(req.url ?? '/', 'http://fake');
        this.requests.push({ method: req.method ?? '', path: u.pathname, query: u.searchParams, body });
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify(this.answer(req.method ?? '', u, body)));
      });
    });
    await new Promise<void>((r) => this.server?.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  private answer(method: string, u: URL, body: string): Record<string, unknown> {
    const q = u.searchParams;
    const app = q.get('appid') === this.appId && q.get('secret') === this.appSecret;
    if (method === 'GET' && u.pathname === '/sns/jscode2session') {
      if (!app) return { errcode: 40013, errmsg: 'invalid appid' };
      if (q.get('grant_type') !== 'authorization_code') return { errcode: 40002, errmsg: 'invalid grant_type' };
      const found = this.loginCodes.get(q.get('js_code') ?? '');
      if (!found) return { errcode: 40029, errmsg: 'invalid code' };
      this.loginCodes.delete(q.get('js_code') ?? '');
      return {
        openid: found.openid,
        session_key: 'c2Vzc2lvbi1rZXk=',
        ...(found.unionid ? { unionid: found.unionid } : {}),
      };
    }
    if (method === 'GET' && u.pathname === '/cgi-bin/token') {
      if (!app || q.get('grant_type') !== 'client_credential') return { errcode: 40013, errmsg: 'invalid appid' };
      this.tokenCalls += 1;
      const token = `at-${randomBytes(8).toString('hex')}`;
      this.tokens.add(token);
      return { access_token: token, expires_in: 7200 };
    }
    if (method === 'POST' && u.pathname === '/wxa/business/getuserphonenumber') {
      if (!this.tokens.has(q.get('access_token') ?? '')) return { errcode: 40001, errmsg: 'invalid credential' };
      const code = (JSON.parse(body || '{}') as { code?: string }).code ?? '';
      const phone = this.phoneCodes.get(code);
      if (!phone) return { errcode: 40029, errmsg: 'invalid code' };
      this.phoneCodes.delete(code);
      return {
        errcode: 0,
        errmsg: 'ok',
        phone_info: {
          phoneNumber: phone,
          purePhoneNumber: phone,
          countryCode: '86',
          watermark: { timestamp: Math.floor(Date.now() / 1000), appid: this.appId },
        },
      };
    }
    return { errcode: -1, errmsg: 'not found' };
  }

  async close(): Promise<void> {
    await new Promise<void>((r) => (this.server ? this.server.close(() => r()) : r()));
  }
}

const fakes = new WeakMap<TestServer, FakeWechat>();

/** The server's WeChat client pointed at a fake (started once per test server, closed with it). */
export async function useFakeWechat(server: TestServer): Promise<FakeWechat> {
  let fake = fakes.get(server);
  if (!fake) {
    fake = await new FakeWechat().start();
    fakes.set(server, fake);
    const f = fake;
    server.app.services.signin.useWechat(
      new WechatClient({ apiBase: f.url, appId: f.appId, appSecret: f.appSecret, linkTokenTtlSeconds: 600 }),
    );
    const close = server.close.bind(server);
    server.close = async () => {
      await f.close();
      await close();
    };
  }
  return fake;
}
