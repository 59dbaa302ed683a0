import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { withReasons } from '../../common/errors.js';
import { actorOf, type RequestContext } from '../../graphql/context.js';
import type { IssuedSession } from './auth.service.js';
import { IdentityReasons } from './identity.errors.js';
import { toUser } from './identity.mappers.js';
import { AuthPayload } from './identity.types.js';
import { SigninReasons as R } from './signin.errors.js';
import * as S from './signin.inputs.js';
import { SmsCodeRequestPayload, WechatLoginPayload } from './signin.types.js';

const payload = (s: IssuedSession): AuthPayload => ({
  accessToken: s.accessToken,
  accessTokenExpiresAt: s.accessTokenExpiresAt,
  refreshToken: s.refreshToken,
  refreshTokenExpiresAt: s.refreshTokenExpiresAt,
  user: toUser(s.user, s.user.id),
});

const CODE_REASONS = [R.IDENTITY_SMS_CODE_WRONG, R.IDENTITY_SMS_CODE_EXPIRED, R.IDENTITY_SMS_CODE_TOO_MANY_TRIES];

/** Public: sign-in by SMS code and from the WeChat mini program. */
@Resolver()
export class SigninResolver {
  @Mutation(() => SmsCodeRequestPayload, {
    description: withReasons(
      'Send a 6-digit code to a phone. The answer is the same whether or not the phone has an account. One request per phone per minute, and daily caps per phone and per address. Public.',
      [R.IDENTITY_SMS_TOO_FREQUENT, R.IDENTITY_SMS_DAILY_LIMIT, R.IDENTITY_SMS_UNAVAILABLE],
    ),
  })
  async requestSmsCode(
    @Arg('input', () => S.RequestSmsCodeInput, { description: 'Phone and purpose.' }) input: S.RequestSmsCodeInput,
    @Ctx() ctx: RequestContext,
  ): Promise<SmsCodeRequestPayload> {
    return { sent: true, ...(await ctx.services.signin.requestSmsCode(actorOf(ctx), input)) };
  }

  @Mutation(() => AuthPayload, {
    description: withReasons('Sign in with a phone and its SMS code (purpose LOGIN). Public.', [
      ...CODE_REASONS,
      R.IDENTITY_PHONE_NOT_REGISTERED,
      IdentityReasons.IDENTITY_ACCOUNT_DISABLED,
    ]),
  })
  async loginWithSmsCode(
    @Arg('input', () => S.LoginWithSmsCodeInput, { description: 'Phone and code.' }) input: S.LoginWithSmsCodeInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(await ctx.services.signin.loginWithSmsCode(actorOf(ctx), input));
  }

  @Mutation(() => AuthPayload, {
    description: withReasons(
      'Set a new password with an SMS code (purpose RESET_PASSWORD); every session ends, a new one is returned. Public.',
      [...CODE_REASONS, R.IDENTITY_PHONE_NOT_REGISTERED, IdentityReasons.IDENTITY_ACCOUNT_DISABLED],
    ),
  })
  async resetPasswordWithSmsCode(
    @Arg('input', () => S.ResetPasswordWithSmsCodeInput, { description: 'Phone, code and new password.' })
    input: S.ResetPasswordWithSmsCodeInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(await ctx.services.signin.resetPasswordWithSmsCode(actorOf(ctx), input));
  }

  @Mutation(() => WechatLoginPayload, {
    description: withReasons(
      'Sign in from the WeChat mini program with a `wx.login` code: a session when the WeChat user is linked to an account, otherwise a link token for `linkWechatPhone`. Public.',
      [R.IDENTITY_WECHAT_CODE_INVALID, R.IDENTITY_WECHAT_UNAVAILABLE, IdentityReasons.IDENTITY_ACCOUNT_DISABLED],
    ),
  })
  async loginWithWechat(
    @Arg('input', () => S.LoginWithWechatInput, { description: 'The wx.login code.' }) input: S.LoginWithWechatInput,
    @Ctx() ctx: RequestContext,
  ): Promise<WechatLoginPayload> {
    const r = await ctx.services.signin.loginWithWechat(actorOf(ctx), input);
    return {
      session: r.session ? payload(r.session) : null,
      linkToken: r.linkToken,
      linkTokenExpiresAt: r.linkTokenExpiresAt,
    };
  }

  @Mutation(() => AuthPayload, {
    description: withReasons(
      'Link the WeChat user of a link token to the phone it proves (getPhoneNumber code, or an SMS code of purpose LINK_PHONE) and sign in: the account of that phone, or a new resident account. Public.',
      [
        R.IDENTITY_WECHAT_LINK_TOKEN_INVALID,
        R.IDENTITY_WECHAT_PHONE_CODE_INVALID,
        R.IDENTITY_WECHAT_UNAVAILABLE,
        ...CODE_REASONS,
        IdentityReasons.IDENTITY_ACCOUNT_DISABLED,
      ],
    ),
  })
  async linkWechatPhone(
    @Arg('input', () => S.LinkWechatPhoneInput, { description: 'Link token and phone proof.' })
    input: S.LinkWechatPhoneInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(await ctx.services.signin.linkWechatPhone(actorOf(ctx), input));
  }
}
