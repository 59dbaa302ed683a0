import { defineReasons, ErrorCode } from '../../common/errors.js';

/** Reasons of SMS-code and WeChat sign-in (part of the identity module's reasons). */
export const SigninReasons = defineReasons({
  IDENTITY_SMS_CODE_WRONG: {
    code: ErrorCode.INVALID_CREDENTIALS,
    description:
      'The SMS code is wrong, or no code was requested for this phone and purpose (`details.triesLeft`: entries the code still allows).',
  },
  IDENTITY_SMS_CODE_EXPIRED: {
    code: ErrorCode.INVALID_CREDENTIALS,
    description: 'The SMS code is older than its validity (5 minutes by default): request a new one.',
  },
  IDENTITY_SMS_CODE_TOO_MANY_TRIES: {
    code: ErrorCode.INVALID_CREDENTIALS,
    description: 'The SMS code was entered wrongly too often (5 times by default) and is dead: request a new one.',
  },
  IDENTITY_SMS_TOO_FREQUENT: {
    code: ErrorCode.TOO_MANY_ATTEMPTS,
    description: 'A code was sent to this phone less than a minute ago: wait `details.retryAfterSeconds`.',
  },
  IDENTITY_SMS_DAILY_LIMIT: {
    code: ErrorCode.TOO_MANY_ATTEMPTS,
    description:
      'The daily number of codes for this phone or from this address is used up: wait `details.retryAfterSeconds`.',
  },
  IDENTITY_SMS_UNAVAILABLE: {
    code: ErrorCode.SERVICE_UNAVAILABLE,
    description: 'SMS codes cannot be sent now (no provider configured, or the provider refused): try again later.',
  },
  IDENTITY_PHONE_NOT_REGISTERED: {
    code: ErrorCode.INVALID_CREDENTIALS,
    description: 'The phone (proven by its code) has no account: register it with `registerResident`.',
  },
  IDENTITY_WECHAT_UNAVAILABLE: {
    code: ErrorCode.SERVICE_UNAVAILABLE,
    description: 'WeChat sign-in is not configured, or the WeChat API did not answer: try again later.',
  },
  IDENTITY_WECHAT_CODE_INVALID: {
    code: ErrorCode.INVALID_CREDENTIALS,
    description: 'WeChat refused the `wx.login` code (wrong, used or expired): call `wx.login` again.',
  },
  IDENTITY_WECHAT_LINK_TOKEN_INVALID: {
    code: ErrorCode.INVALID_CREDENTIALS,
    description: 'The link token is unknown, used or expired (10 minutes by default): sign in with WeChat again.',
  },
  IDENTITY_WECHAT_PHONE_CODE_INVALID: {
    code: ErrorCode.INVALID_CREDENTIALS,
    description:
      'WeChat refused the phone-number code of `getPhoneNumber`, or the number is not a mainland mobile number.',
  },
});
