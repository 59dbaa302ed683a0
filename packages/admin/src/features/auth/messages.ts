import { defineMessages } from '../../i18n/define';

/** Sign-in. */
export const messages = defineMessages({
  'zh-CN': {
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
