import { createHmac, timingSafeEqual } from 'node:crypto';
import { type DataSource, IsNull } from 'typeorm';
import { hashPassword } from '../../auth/password.js';
import type { Actor } from '../../common/actor.js';
import { badInput, DomainError, ErrorCode, fail } from '../../common/errors.js';
import type { Config } from '../../config.js';
import { newId } from '../../db/ids.js';
import type { AuditService } from '../audit/audit.service.js';
import { type AuthService, type IssuedSession, unusablePasswordHash } from './auth.service.js';
import { IdentityReasons } from './identity.errors.js';
import { PHONE } from './identity.inputs.js';
import { SessionEntity } from './session.entity.js';
import { SmsPurpose } from './signin.enums.js';
import { SigninReasons as R } from './signin.errors.js';
import type * as S from './signin.inputs.js';
import type { SmsCodeService } from './sms/sms-code.service.js';
import { byPhone, UserEntity } from './user.entity.js';
import { WechatClient, WechatError } from './wechat/wechat.client.js';
import { WechatIdentityEntity } from './wechat-identity.entity.js';

export interface WechatLogin {
  session: IssuedSession | null;
  linkToken: string | null;
  linkTokenExpiresAt: Date | null;
}

const b64 = (s: string) => Buffer.from(s).toString('base64url');

/**
 * Sign-in the way front ends do it: by an SMS code (login, password reset) and from the WeChat
 * mini program (wx.login code → openid; unlinked users prove a phone to link or register).
 * Openids and unionids are kept only as keyed hashes and never leave this service.
 */
export class SigninService {
  private wechat: WechatClient;
  private readonly openidKey: Buffer;
  private readonly linkKey: Buffer;

  constructor(
    private readonly ds: DataSource,
    private readonly config: Config,
    private readonly auth: AuthService,
    readonly smsCodes: SmsCodeService,
    private readonly audit: AuditService,
    wechat?: WechatClient,
  ) {
    this.wechat = wechat ?? new WechatClient(config.wechat);
    this.openidKey = createHmac('sha256', config.authSecret).update('roundtable/wechat-openid').digest();
    this.linkKey = createHmac('sha256', config.authSecret).update('roundtable/wechat-link').digest();
  }

  /** Replaces the WeChat client (tests point it at a local fake; never reachable through the API). */
  useWechat(client: WechatClient): void {
    this.wechat = client;
  }

  requestSmsCode(actor: Actor, input: S.RequestSmsCodeInput) {
    return this.smsCodes.request(actor, input.phone, input.purpose);
  }

  async loginWithSmsCode(actor: Actor, input: S.LoginWithSmsCodeInput): Promise<IssuedSession> {
    await this.smsCodes.verify(input.phone, SmsPurpose.LOGIN, input.smsCode);
    const user = await this.activeUser(input.phone);
    return this.ds.transaction((m) => this.auth.issue(m, user, newId(), actor));
  }

  async resetPasswordWithSmsCode(actor: Actor, input: S.ResetPasswordWithSmsCodeInput): Promise<IssuedSession> {
    await this.smsCodes.verify(input.phone, SmsPurpose.RESET_PASSWORD, input.smsCode);
    const user = await this.activeUser(input.phone);
    const passwordHash = await hashPassword(input.newPassword);
    const issued = await this.ds.transaction(async (m) => {
      user.passwordHash = passwordHash;
      user.tokenVersion += 1;
      await m.save(user);
      await m.update(SessionEntity, { userId: user.id, revokedAt: IsNull() }, { revokedAt: new Date() });
      await this.audit.record(
        { ...actor.meta, actorId: user.id },
        {
          operation: 'user.password.reset',
          targetType: 'User',
          targetId: user.id,
          grant: null,
          streetId: null,
          communityId: null,
          summary: { by: 'sms' },
        },
        m,
      );
      return this.auth.issue(m, user, newId(), actor);
    });
    this.auth.sessionEnded({ userId: user.id });
    return issued;
  }

  private async activeUser(phone: string): Promise<UserEntity> {
    const user = await this.ds.getRepository(UserEntity).findOneBy(byPhone(phone));
    if (!user) throw fail(R.IDENTITY_PHONE_NOT_REGISTERED, 'This phone number has no account', { field: 'phone' });
    if (user.disabledAt) throw fail(IdentityReasons.IDENTITY_ACCOUNT_DISABLED, 'This account is disabled');
    return user;
  }

  // ---- WeChat ----

  private keyed(kind: string, value: string): string {
    return createHmac('sha256', this.openidKey).update(`${kind}:${this.config.wechat.appId}:${value}`).digest('hex');
  }

  private wechatFailure(err: unknown): never {
    if (err instanceof WechatError && err.kind === 'code') {
      throw fail(R.IDENTITY_WECHAT_CODE_INVALID, 'WeChat refused the code: call wx.login again', { field: 'code' });
    }
    throw fail(R.IDENTITY_WECHAT_UNAVAILABLE, 'WeChat sign-in is not available now');
  }

  async loginWithWechat(actor: Actor, input: S.LoginWithWechatInput): Promise<WechatLogin> {
    if (!this.wechat.configured) throw fail(R.IDENTITY_WECHAT_UNAVAILABLE, 'WeChat sign-in is not configured');
    const found = await this.wechat.codeToSession(input.code).catch((err) => this.wechatFailure(err));
    const openidHash = this.keyed('openid', found.openid);
    const unionidHash = found.unionid ? this.keyed('unionid', found.unionid) : null;
    const repo = this.ds.getRepository(WechatIdentityEntity);
    // Insert-or-ignore: two first sign-ins of one WeChat user at once make one row (unique key).
    await this.ds
      .createQueryBuilder()
      .insert()
      .into(WechatIdentityEntity)
      .values({ id: newId(), openidHash, unionidHash, userId: null, linkedAt: null })
      .orIgnore()
      .execute();
    const identity = await repo.findOneByOrFail({ openidHash });
    if (unionidHash && identity.unionidHash !== unionidHash) await repo.update({ id: identity.id }, { unionidHash });
    if (identity.userId) {
      const user = await this.ds.getRepository(UserEntity).findOneByOrFail({ id: identity.userId });
      if (user.disabledAt) throw fail(IdentityReasons.IDENTITY_ACCOUNT_DISABLED, 'This account is disabled');
      const session = await this.ds.transaction((m) => this.auth.issue(m, user, newId(), actor));
      return { session, linkToken: null, linkTokenExpiresAt: null };
    }
    const expiresAt = new Date(Date.now() + this.config.wechat.linkTokenTtlSeconds * 1000);
    return { session: null, linkToken: this.linkToken(identity.id, expiresAt), linkTokenExpiresAt: expiresAt };
  }

  /** `<identity id>.<expiry seconds>.<HMAC>`: names a row, not the openid. */
  private linkToken(identityId: string, expiresAt: Date): string {
    const body = `${b64(identityId)}.${Math.floor(expiresAt.getTime() / 1000)}`;
    return `${body}.${createHmac('sha256', this.linkKey).update(body).digest('base64url')}`;
  }

  private readLinkToken(token: string): string {
    const invalid = () =>
      fail(R.IDENTITY_WECHAT_LINK_TOKEN_INVALID, 'The link token is invalid or expired', { field: 'linkToken' });
    const [id, exp, mac] = token.split('.');
    if (!id || !exp || !mac) throw invalid();
    const want = createHmac('sha256', this.linkKey).update(`${id}.${exp}`).digest();
    const got = Buffer.from(mac, 'base64url');
    if (got.length !== want.length || !timingSafeEqual(got, want)) throw invalid();
    if (Number(exp) * 1000 <= Date.now()) throw invalid();
    return Buffer.from(id, 'base64url').toString();
  }

  async linkWechatPhone(actor: Actor, input: S.LinkWechatPhoneInput): Promise<IssuedSession> {
    const identityId = this.readLinkToken(input.linkToken);
    const invalid = () =>
      fail(R.IDENTITY_WECHAT_LINK_TOKEN_INVALID, 'The link token is already used', { field: 'linkToken' });
    const identity = await this.ds.getRepository(WechatIdentityEntity).findOneBy({ id: identityId });
    if (!identity || identity.userId) throw invalid();
    const phone = await this.provenPhone(input);
    const existing = await this.ds.getRepository(UserEntity).findOneBy(byPhone(phone));
    if (existing?.disabledAt) throw fail(IdentityReasons.IDENTITY_ACCOUNT_DISABLED, 'This account is disabled');
    const passwordHash = existing ? null : await unusablePasswordHash();
    return this.ds
      .transaction(async (m) => {
        const user =
          existing ??
          (await this.auth.createResident(
            m,
            phone,
            input.displayName?.trim() || `居民${phone.slice(-4)}`,
            passwordHash as string,
          ));
        // The database decides between two links of one token: only one finds the row unlinked.
        const linked = await m.update(
          WechatIdentityEntity,
          { id: identity.id, userId: IsNull() },
          { userId: user.id, linkedAt: new Date() },
        );
        if (!linked.affected) throw invalid();
        await this.audit.record(
          { ...actor.meta, actorId: user.id },
          {
            operation: 'user.wechat.link',
            targetType: 'User',
            targetId: user.id,
            grant: null,
            streetId: null,
            communityId: null,
            summary: { created: !existing, by: input.phoneCode ? 'wechat' : 'sms' },
          },
          m,
        );
        return this.auth.issue(m, user, newId(), actor);
      })
      .catch((err: unknown) => {
        if ((err as { driverError?: { code?: string } }).driverError?.code?.match(/DUP|UNIQUE/)) {
          throw new DomainError(ErrorCode.PHONE_TAKEN, 'This phone number was registered meanwhile: try again', {
            field: 'phone',
          });
        }
        throw err;
      });
  }

  /** The phone the link proves: by WeChat's getPhoneNumber code, or by an SMS code (LINK_PHONE). */
  private async provenPhone(input: S.LinkWechatPhoneInput): Promise<string> {
    if (input.phoneCode) {
      if (!this.wechat.configured) throw fail(R.IDENTITY_WECHAT_UNAVAILABLE, 'WeChat sign-in is not configured');
      const got = await this.wechat.phoneNumber(input.phoneCode).catch((err) => {
        if (err instanceof WechatError && err.kind === 'code') {
          throw fail(R.IDENTITY_WECHAT_PHONE_CODE_INVALID, 'WeChat refused the phone code', { field: 'phoneCode' });
        }
        return this.wechatFailure(err);
      });
      if (got.countryCode !== '86' || !PHONE.test(got.phone)) {
        throw fail(R.IDENTITY_WECHAT_PHONE_CODE_INVALID, 'Only mainland mobile numbers can be linked', {
          field: 'phoneCode',
        });
      }
      return got.phone;
    }
    if (input.phone && input.smsCode) {
      await this.smsCodes.verify(input.phone, SmsPurpose.LINK_PHONE, input.smsCode);
      return input.phone;
    }
    throw badInput('phoneCode', 'Give phoneCode, or phone and smsCode');
  }
}
