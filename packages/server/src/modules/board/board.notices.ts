import type { NoticeCatalog } from '../notification/notification.kinds.js';

/** The board module's notification kinds: what followers of a ticket are told. */
export enum BoardNoticeKind {
  TICKET_FOLLOWED_REPLIED = 'TICKET_FOLLOWED_REPLIED',
  TICKET_FOLLOWED_RESOLVED = 'TICKET_FOLLOWED_RESOLVED',
}

export const BOARD_NOTICES: NoticeCatalog<BoardNoticeKind> = {
  TICKET_FOLLOWED_REPLIED: {
    description: 'A ticket the resident follows on the public board has a reply (or the street’s answer).',
    subjectType: 'Ticket',
    'zh-CN': { title: '您关注的诉求有了答复：{title}', body: '{excerpt}' },
    'en-US': { title: 'A matter you follow has a reply: {title}', body: '{excerpt}' },
  },
  TICKET_FOLLOWED_RESOLVED: {
    description: 'A ticket the resident follows on the public board was resolved.',
    subjectType: 'Ticket',
    'zh-CN': { title: '您关注的诉求已办结：{title}', body: '{excerpt}' },
    'en-US': { title: 'A matter you follow is resolved: {title}', body: '{excerpt}' },
  },
};
