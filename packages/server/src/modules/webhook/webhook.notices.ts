import type { NoticeCatalog } from '../notification/notification.kinds.js';

/** The webhook module's notification kinds. */
export const WEBHOOK_NOTICES: NoticeCatalog<'WEBHOOK_PAUSED'> = {
  WEBHOOK_PAUSED: {
    description:
      'A webhook subscription was paused because its receiver kept failing; told to the staff of the owner organisation and to whoever created it.',
    subjectType: 'WebhookSubscription',
    'zh-CN': { title: 'Webhook 已暂停：{name}', body: '接收地址连续 {failures} 次失败，恢复前请检查接收服务' },
    'en-US': {
      title: 'Webhook paused: {name}',
      body: 'The receiver failed {failures} times in a row; check it, then resume',
    },
  },
};
