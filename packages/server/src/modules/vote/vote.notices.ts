import type { NoticeCatalog } from '../notification/notification.kinds.js';

/** The vote module's notification kinds. */
export enum VoteNoticeKind {
  VOTE_OPENED = 'VOTE_OPENED',
  VOTE_REMINDER = 'VOTE_REMINDER',
  VOTE_CLOSED = 'VOTE_CLOSED',
}

export const VOTE_NOTICES: NoticeCatalog<VoteNoticeKind> = {
  VOTE_OPENED: {
    description: 'An owners’ vote opened; told to the owners of its roll who have an account.',
    subjectType: 'Vote',
    'zh-CN': { title: '业主表决已开始：{title}', body: '截止 {closesAt}' },
    'en-US': { title: 'Owners’ vote open: {title}', body: 'closes {closesAt}' },
  },
  VOTE_REMINDER: {
    description: 'A reminder to an owner of the roll who has not voted yet (sent by the organiser).',
    subjectType: 'Vote',
    'zh-CN': { title: '请参加业主表决：{title}', body: '截止 {closesAt}' },
    'en-US': { title: 'Please vote: {title}', body: 'closes {closesAt}' },
  },
  VOTE_CLOSED: {
    description: 'An owners’ vote closed and its result is frozen; told to the owners of its roll.',
    subjectType: 'Vote',
    'zh-CN': { title: '业主表决已结束：{title}', body: '{summaryZh}' },
    'en-US': { title: 'Owners’ vote closed: {title}', body: '{summaryEn}' },
  },
};
