import { defineMessages } from '../../i18n/define';

/** The privacy feature: residents' erasure requests. */
export const messages = defineMessages({
  'zh-CN': {
    'nav.privacy': '注销申请',
    'privacy.community': '社区',
    'privacy.status': '状态',
    'privacy.status.PENDING': '待处理',
    'privacy.status.COMPLETED': '已完成',
    'privacy.createdAt': '申请时间',
    'privacy.dueAt': '办结期限',
    'privacy.overdue': '已逾期',
    'privacy.complete': '完成注销',
    'privacy.completeConfirm': '账户将被匿名化（已注销居民），手机号、密码、微信和房屋绑定将被删除，无法撤销。',
    'privacy.completed': '已完成注销',
    'audit.op.privacy.erasure.request': '申请注销账户',
    'audit.op.privacy.erasure.complete': '完成账户注销',
    'error.reason.PRIVACY_ERASURE_ALREADY_REQUESTED': '已提交过注销申请。',
    'error.reason.PRIVACY_ERASURE_RESIDENTS_ONLY': '只有居民账户可以申请注销。',
    'error.reason.PRIVACY_ERASURE_DONE': '该注销申请已完成。',
  },
  'en-US': {
    'nav.privacy': 'Erasure requests',
    'privacy.community': 'Community',
    'privacy.status': 'Status',
    'privacy.status.PENDING': 'Pending',
    'privacy.status.COMPLETED': 'Completed',
    'privacy.createdAt': 'Requested',
    'privacy.dueAt': 'Due',
    'privacy.overdue': 'Overdue',
    'privacy.complete': 'Complete erasure',
    'privacy.completeConfirm':
      'The account will be anonymised (已注销居民); its phone, password, WeChat link and bindings are removed. This cannot be undone.',
    'privacy.completed': 'Erasure completed',
    'audit.op.privacy.erasure.request': 'Account erasure requested',
    'audit.op.privacy.erasure.complete': 'Account erasure completed',
    'error.reason.PRIVACY_ERASURE_ALREADY_REQUESTED': 'Erasure has been requested already.',
    'error.reason.PRIVACY_ERASURE_RESIDENTS_ONLY': 'Only a resident account may ask for its erasure.',
    'error.reason.PRIVACY_ERASURE_DONE': 'This erasure is completed already.',
  },
});

declare module '../../i18n/catalog' {
  interface FeatureCatalogs {
    privacy: typeof messages;
  }
}
