import type { WechatConfig } from '../../../config.js';

/** Why a WeChat call failed: the code was refused, or WeChat could not be reached / refused us. */
export class WechatError extends Error {
  constructor(
    readonly kind: 'code' | 'unavailable',
    readonly errcode: number | null,
  ) {
    super(`WeChat ${kind}${errcode === null ? '' : ` (errcode ${errcode})`}`);
    this.name = 'WechatError';
  }
}

/** errcodes meaning "this user's code is bad" (wrong, used, expired, blocked user) rather than "we are misconfigured". */
const CODE_ERRORS = new Set([40029, 40163, 40226, 45011, 40013]);
/** errcodes meaning the access token is stale: fetch a new one and try once more. */
const TOKEN_ERRORS = new Set([40001, 42001, 40014]);

export interface WechatSession {
  openid: string;
  unionid: string | null;
}

/**
 * The WeChat server APIs the mini-program sign-in needs: `jscode2session` (wx.login code →
 * openid/unionid), `cgi-bin/token` (the app's access token, cached until shortly before it
 * expires) and `wxa/business/getuserphonenumber` (getPhoneNumber code → phone). Nothing it
 * receives is logged; its errors carry only WeChat's errcode.
 */
export class WechatClient {
  private token: { value: string; expiresAt: number } | null = null;
  private pendingToken: Promise<string> | null = null;

  constructor(
    private readonly config: WechatConfig,
    private readonly timeoutMs = 5000,
  ) {}

  get configured(): boolean {
    return this.config.appId !== '' && this.config.appSecret !== '';
  }

  private async call(url: string, init?: RequestInit): Promise<Record<string, unknown>> {
    try {
      const res = await fetch(url, { ...init, signal: AbortSignal.timeout(this.timeoutMs) });
      if (!res.ok) throw new WechatError('unavailable', null);
      return (await res.json()) as Record<string, unknown>;
    } catch (err) {
      if (err instanceof WechatError) throw err;
      throw new WechatError('unavailable', null);
    }
  }

  private static errcode(body: Record<string, unknown>): number {
    return typeof body.errcode === 'number' ? body.errcode : 0;
  }

  async codeToSession(jsCode: string): Promise<WechatSession> {
    const q = new URLSearchParams({
      appid: this.config.appId,
      secret: this.config.appSecret,
      js_code: jsCode,
      grant_type: 'authorization_code',
    });
    const body = await this.call(`${this.config.apiBase}/sns/jscode2session?${q}`);
    const errcode = WechatClient.errcode(body);
    if (errcode !== 0) throw new WechatError(CODE_ERRORS.has(errcode) ? 'code' : 'unavailable', errcode);
    if (typeof body.openid !== 'string' || body.openid === '') throw new WechatError('unavailable', null);
    return { openid: body.openid, unionid: typeof body.unionid === 'string' && body.unionid ? body.unionid : null };
  }

  /** The app's access token, fetched once and shared until 5 minutes before it expires. */
  async accessToken(now = Date.now()): Promise<string> {
    if (this.token && this.token.expiresAt > now) return this.token.value;
    this.pendingToken ??= (async () => {
      try {
        const q = new URLSearchParams({
          grant_type: 'client_credential',
          appid: this.config.appId,
          secret: this.config.appSecret,
        });
        const body = await this.call(`${this.config.apiBase}/cgi-bin/token?${q}`);
        if (typeof body.access_token !== 'string') throw new WechatError('unavailable', WechatClient.errcode(body));
        const ttl = typeof body.expires_in === 'number' ? body.expires_in : 7200;
        this.token = { value: body.access_token, expiresAt: Date.now() + Math.max(60, ttl - 300) * 1000 };
        return body.access_token;
      } finally {
        this.pendingToken = null;
      }
    })();
    return this.pendingToken;
  }

  /** The phone number behind a getPhoneNumber code (mainland numbers without +86). */
  async phoneNumber(phoneCode: string): Promise<{ phone: string; countryCode: string }> {
    for (let attempt = 0; ; attempt++) {
      const token = await this.accessToken();
      const body = await this.call(
        `${this.config.apiBase}/wxa/business/getuserphonenumber?access_token=${encodeURIComponent(token)}`,
        { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code: phoneCode }) },
      );
      const errcode = WechatClient.errcode(body);
      if (TOKEN_ERRORS.has(errcode) && attempt === 0) {
        this.token = null;
        continue;
      }
      if (errcode !== 0) throw new WechatError(errcode === 40029 ? 'code' : 'unavailable', errcode);
      const info = body.phone_info as { purePhoneNumber?: unknown; countryCode?: unknown } | undefined;
      if (typeof info?.purePhoneNumber !== 'string') throw new WechatError('unavailable', null);
      return { phone: info.purePhoneNumber, countryCode: String(info.countryCode ?? '86') };
    }
  }
}
