import { defineMessages } from '../../i18n/define';

/**
 * Texts of the resident sign-in reasons (SMS codes, WeChat). The console's staff sign in with a
 * password, so these show only where a staff screen relays such an error; they are here because
 * every reason of the contract has a sentence in both languages.
 */
export const messages = defineMessages({
  'zh-CN': {
    'error.reason.IDENTITY_SMS_CODE_WRONG': '验证码错误',
    'error.reason.IDENTITY_SMS_CODE_EXPIRED': '验证码已过期，请重新获取',
    'error.reason.IDENTITY_SMS_CODE_TOO_MANY_TRIES': '验证码输错次数过多，请重新获取',
    'error.reason.IDENTITY_SMS_TOO_FREQUENT': '验证码发送过于频繁，请稍后再试',
    'error.reason.IDENTITY_SMS_DAILY_LIMIT': '今日验证码发送次数已达上限',
    'error.reason.IDENTITY_SMS_UNAVAILABLE': '短信暂时无法发送，请稍后再试',
    'error.reason.IDENTITY_PHONE_NOT_REGISTERED': '该手机号尚未注册',
    'error.reason.IDENTITY_WECHAT_UNAVAILABLE': '微信登录暂不可用',
    'error.reason.IDENTITY_WECHAT_CODE_INVALID': '微信登录凭证无效，请重新登录',
    'error.reason.IDENTITY_WECHAT_LINK_TOKEN_INVALID': '绑定凭证无效或已过期，请重新用微信登录',
    'error.reason.IDENTITY_WECHAT_PHONE_CODE_INVALID': '无法获取微信绑定的手机号',
  },
  'en-US': {
    'error.reason.IDENTITY_SMS_CODE_WRONG': 'The SMS code is wrong',
    'error.reason.IDENTITY_SMS_CODE_EXPIRED': 'The SMS code has expired: request a new one',
    'error.reason.IDENTITY_SMS_CODE_TOO_MANY_TRIES': 'The SMS code was entered wrongly too often: request a new one',
    'error.reason.IDENTITY_SMS_TOO_FREQUENT': 'A code was sent moments ago: try again shortly',
    'error.reason.IDENTITY_SMS_DAILY_LIMIT': 'No more SMS codes today',
    'error.reason.IDENTITY_SMS_UNAVAILABLE': 'SMS cannot be sent now: try again later',
    'error.reason.IDENTITY_PHONE_NOT_REGISTERED': 'This phone number has no account',
    'error.reason.IDENTITY_WECHAT_UNAVAILABLE': 'WeChat sign-in is not available now',
    'error.reason.IDENTITY_WECHAT_CODE_INVALID': 'The WeChat sign-in code is invalid: sign in again',
    'error.reason.IDENTITY_WECHAT_LINK_TOKEN_INVALID':
      'The link token is invalid or expired: sign in with WeChat again',
    'error.reason.IDENTITY_WECHAT_PHONE_CODE_INVALID': 'The WeChat phone number could not be read',
  },
});

declare module '../../i18n/catalog' {
  interface FeatureCatalogs {
    signin: typeof messages;
  }
}
