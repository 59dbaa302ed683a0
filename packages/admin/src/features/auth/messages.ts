import { defineMessages } from '../../i18n/define';

/** Sign-in. */
export const messages = defineMessages({
  'zh-CN': {
    'setPassword.link': '有管理员给的一次性设置码？设置密码',
    'setPassword.title': '用一次性设置码设置密码',
    'setPassword.code': '一次性设置码',
    'setPassword.new': '新密码',
    'setPassword.confirm': '再次输入新密码',
    'setPassword.rule': '至少 8 位，含字母和数字',
    'setPassword.mismatch': '两次输入的新密码不一致',
    'setPassword.submit': '设置密码',
    'setPassword.done': '密码已设置，请用手机号和新密码登录',
    'setPassword.back': '返回登录',
    'error.reason.IDENTITY_RESET_CODE_INVALID': '设置码无效或已使用',
    'error.reason.IDENTITY_RESET_CODE_EXPIRED': '设置码已过期，请联系管理员重新生成',
    'login.title': '工作人员登录',
    'login.phone': '手机号',
    'login.phoneInvalid': '请输入 11 位手机号',
    'login.password': '密码',
    'login.submit': '登录',
    'login.hint': '供社区、物业、业委会、街道工作人员使用',
    'login.expired': '登录已失效，请重新登录',
    'login.signedOut': '已退出登录',
  },
  'en-US': {
    'setPassword.link': 'Got a one-time code from an administrator? Set your password',
    'setPassword.title': 'Set your password with a one-time code',
    'setPassword.code': 'One-time code',
    'setPassword.new': 'New password',
    'setPassword.confirm': 'New password again',
    'setPassword.rule': 'At least 8 characters with a letter and a digit',
    'setPassword.mismatch': 'The two new passwords differ',
    'setPassword.submit': 'Set password',
    'setPassword.done': 'Password set: sign in with your phone and the new password',
    'setPassword.back': 'Back to sign-in',
    'error.reason.IDENTITY_RESET_CODE_INVALID': 'The code is unknown or already used',
    'error.reason.IDENTITY_RESET_CODE_EXPIRED': 'The code has expired: ask an administrator for a new one',
    'login.title': 'Staff sign-in',
    'login.phone': 'Phone',
    'login.phoneInvalid': 'Enter an 11-digit mobile number',
    'login.password': 'Password',
    'login.submit': 'Sign in',
    'login.hint': 'For community, property, owners’ committee and street staff',
    'login.expired': 'Your session has ended; please sign in again',
    'login.signedOut': 'You have signed out',
  },
});

declare module '../../i18n/catalog' {
  interface FeatureCatalogs {
    auth: typeof messages;
  }
}
