import type { NoticeCatalog } from '../notification/notification.kinds.js';

/** The meeting module's notification kinds; rows keep the kind and parameters, rendered per reader. */
export enum MeetingNoticeKind {
  MEETING_INVITED = 'MEETING_INVITED',
  MEETING_REMINDER = 'MEETING_REMINDER',
  MEETING_CANCELLED = 'MEETING_CANCELLED',
  MEETING_ACTION_ASSIGNED = 'MEETING_ACTION_ASSIGNED',
  MEETING_ACTION_OVERDUE = 'MEETING_ACTION_OVERDUE',
}

/** `title`: the meeting's (or action item's) title; `when`: the start, Asia/Shanghai, 'YYYY-MM-DD HH:mm'. */
export interface MeetingNoticeParams {
  MEETING_INVITED: { title: string; when: string };
  MEETING_REMINDER: { title: string; when: string };
  MEETING_CANCELLED: { title: string; reason: string };
  MEETING_ACTION_ASSIGNED: { title: string; due: string };
  MEETING_ACTION_OVERDUE: { title: string };
}

const M = 'Meeting';
const A = 'MeetingActionItem';

export const MEETING_NOTICES: NoticeCatalog<MeetingNoticeKind> = {
  MEETING_INVITED: {
    description: 'Invited to a meeting; told to the person, or to the staff of the invited organisation.',
    subjectType: M,
    'zh-CN': { title: '圆桌会邀请：{title}', body: '时间：{when}' },
    'en-US': { title: 'Invitation: {title}', body: 'When: {when}' },
  },
  MEETING_REMINDER: {
    description: 'The day before a meeting; told to every party and registered resident.',
    subjectType: M,
    'zh-CN': { title: '明日圆桌会：{title}', body: '时间：{when}' },
    'en-US': { title: 'Tomorrow: {title}', body: 'When: {when}' },
  },
  MEETING_CANCELLED: {
    description: 'A meeting was cancelled; told to every party and registered resident, with the reason.',
    subjectType: M,
    'zh-CN': { title: '圆桌会取消：{title}', body: '{reason}' },
    'en-US': { title: 'Cancelled: {title}', body: '{reason}' },
  },
  MEETING_ACTION_ASSIGNED: {
    description: 'A meeting gave an organisation an action item; told to its staff.',
    subjectType: A,
    'zh-CN': { title: '圆桌会督办事项：{title}', body: '截止：{due}' },
    'en-US': { title: 'Action item: {title}', body: 'Due: {due}' },
  },
  MEETING_ACTION_OVERDUE: {
    description: 'An action item is past due; told once to the owner organisation’s staff.',
    subjectType: A,
    'zh-CN': { title: '督办事项已逾期：{title}' },
    'en-US': { title: 'Action item overdue: {title}' },
  },
};
