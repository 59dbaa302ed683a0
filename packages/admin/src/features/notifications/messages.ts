import { defineMessages } from '../../i18n/define';

/**
 * The notification centre, and the text of each notification kind (`notif.kind.<KIND>[.body]`),
 * rendered from the notification's params. A localised name param (`categoryZh`/`categoryEn`) is
 * handed to the template as one name (`{category}`) in the reader's language.
 */
export const messages = defineMessages({
  'zh-CN': {
    'notif.title': '通知',
    'notif.markAllRead': '全部已读',
    'notif.empty': '暂无通知',
    'notif.unread': '未读',
    'notif.open': '查看',
    'notif.kind.TICKET_NEW': '新诉求：{title}',
    'notif.kind.TICKET_NEW.body': '{category}',
    'notif.kind.TICKET_ASSIGNED': '新分派诉求：{title}',
    'notif.kind.TICKET_REJECTED': '您的诉求未予受理：{title}',
    'notif.kind.TICKET_MERGED': '您的诉求已与同类诉求合并处理：{title}',
    'notif.kind.TICKET_REPLIED': '您的诉求有了答复：{title}',
    'notif.kind.TICKET_RESOLVED': '您的诉求已办结：{title}',
    'notif.kind.TICKET_ESCALATED': '您的诉求已上报{department}：{title}',
    'notif.kind.TICKET_ESCALATION_ANSWERED': '上报事项有了答复：{title}',
    'notif.kind.TICKET_IN_MEETING': '您的诉求将提交圆桌会协商：{title}',
    'notif.kind.TICKET_RATED': '居民评价 {score} 星：{title}',
    'notif.kind.TICKET_REOPENED': '居民重新打开了诉求：{title}',
    'notif.kind.TICKET_NEAR_DUE': '诉求即将到期（剩余 {daysLeft} 个工作日）：{title}',
    'notif.kind.TICKET_OVERDUE': '诉求答复已超期：{title}',
    'notif.kind.TICKET_TRIAGE_OVERDUE': '诉求超期未受理：{title}',
  },
  'en-US': {
    'notif.title': 'Notifications',
    'notif.markAllRead': 'Mark all read',
    'notif.empty': 'No notifications',
    'notif.unread': 'Unread',
    'notif.open': 'Open',
    'notif.kind.TICKET_NEW': 'New matter: {title}',
    'notif.kind.TICKET_NEW.body': '{category}',
    'notif.kind.TICKET_ASSIGNED': 'Matter assigned to you: {title}',
    'notif.kind.TICKET_REJECTED': 'Your matter was not accepted: {title}',
    'notif.kind.TICKET_MERGED': 'Your matter is handled together with a similar one: {title}',
    'notif.kind.TICKET_REPLIED': 'Your matter has a reply: {title}',
    'notif.kind.TICKET_RESOLVED': 'Your matter is resolved: {title}',
    'notif.kind.TICKET_ESCALATED': 'Your matter was referred to {department}: {title}',
    'notif.kind.TICKET_ESCALATION_ANSWERED': 'The street answered: {title}',
    'notif.kind.TICKET_IN_MEETING': 'Your matter goes to a roundtable meeting: {title}',
    'notif.kind.TICKET_RATED': 'Rated {score} stars by the resident: {title}',
    'notif.kind.TICKET_REOPENED': 'The resident reopened: {title}',
    'notif.kind.TICKET_NEAR_DUE': 'Reply due soon ({daysLeft} working day(s) left): {title}',
    'notif.kind.TICKET_OVERDUE': 'Reply overdue: {title}',
    'notif.kind.TICKET_TRIAGE_OVERDUE': 'Waiting for triage past its deadline: {title}',
  },
});

declare module '../../i18n/catalog' {
  interface FeatureCatalogs {
    notifications: typeof messages;
  }
}
