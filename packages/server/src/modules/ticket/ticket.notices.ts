import type { NoticeCatalog } from '../notification/notification.kinds.js';
import type { NewNotification } from '../notification/notification.service.js';

/**
 * The ticket module's notification kinds (我要说事): what each means, who is told (see
 * ticket.routing.ts for how they are found), and its text in both languages. Rows store the kind
 * and its parameters only; `renderNotice` turns them into the reader's language.
 */
export enum TicketNoticeKind {
  TICKET_NEW = 'TICKET_NEW',
  TICKET_ASSIGNED = 'TICKET_ASSIGNED',
  TICKET_REJECTED = 'TICKET_REJECTED',
  TICKET_MERGED = 'TICKET_MERGED',
  TICKET_REPLIED = 'TICKET_REPLIED',
  TICKET_RESOLVED = 'TICKET_RESOLVED',
  TICKET_ESCALATED = 'TICKET_ESCALATED',
  TICKET_ESCALATION_ANSWERED = 'TICKET_ESCALATION_ANSWERED',
  TICKET_IN_MEETING = 'TICKET_IN_MEETING',
  TICKET_RATED = 'TICKET_RATED',
  TICKET_REOPENED = 'TICKET_REOPENED',
  TICKET_NEAR_DUE = 'TICKET_NEAR_DUE',
  TICKET_OVERDUE = 'TICKET_OVERDUE',
  TICKET_TRIAGE_OVERDUE = 'TICKET_TRIAGE_OVERDUE',
}

/** The parameters of each kind: `title` is the ticket's title; `excerpt` the first 200 characters of what staff wrote. */
export interface TicketNoticeParams {
  TICKET_NEW: { title: string; categoryZh: string; categoryEn: string };
  TICKET_ASSIGNED: { title: string };
  TICKET_REJECTED: { title: string; excerpt: string };
  TICKET_MERGED: { title: string; excerpt: string | null };
  TICKET_REPLIED: { title: string; excerpt: string };
  TICKET_RESOLVED: { title: string; excerpt: string };
  TICKET_ESCALATED: { title: string; department: string };
  TICKET_ESCALATION_ANSWERED: { title: string; excerpt: string };
  TICKET_IN_MEETING: { title: string; excerpt: string | null };
  TICKET_RATED: { title: string; score: number };
  TICKET_REOPENED: { title: string };
  TICKET_NEAR_DUE: { title: string; daysLeft: number };
  TICKET_OVERDUE: { title: string };
  TICKET_TRIAGE_OVERDUE: { title: string };
}

const T = 'Ticket';

export const TICKET_NOTICES: NoticeCatalog<TicketNoticeKind> = {
  TICKET_NEW: {
    // No state word in the text: it is rendered for as long as the notification is kept, and the
    // ticket moves on (the console shows the ticket's current state beside it).
    description: 'A resident raised a matter; told to the community’s staff.',
    subjectType: T,
    'zh-CN': { title: '新诉求：{title}', body: '{categoryZh}' },
    'en-US': { title: 'New matter: {title}', body: '{categoryEn}' },
  },
  TICKET_ASSIGNED: {
    description: 'A matter was accepted and assigned; told to the staff of the organisations made responsible.',
    subjectType: T,
    'zh-CN': { title: '新分派诉求：{title}' },
    'en-US': { title: 'Matter assigned to you: {title}' },
  },
  TICKET_REJECTED: {
    description: 'A matter was not accepted; told to its submitter and followers, with the reason.',
    subjectType: T,
    'zh-CN': { title: '您的诉求未予受理：{title}', body: '{excerpt}' },
    'en-US': { title: 'Your matter was not accepted: {title}', body: '{excerpt}' },
  },
  TICKET_MERGED: {
    description: 'A matter was merged into another (the subject); told to its submitter.',
    subjectType: T,
    'zh-CN': { title: '您的诉求已与同类诉求合并处理：{title}', body: '{excerpt}' },
    'en-US': { title: 'Your matter is handled together with a similar one: {title}', body: '{excerpt}' },
  },
  TICKET_REPLIED: {
    description: 'Staff replied; told to the submitter and followers.',
    subjectType: T,
    'zh-CN': { title: '您的诉求有了答复：{title}', body: '{excerpt}' },
    'en-US': { title: 'Your matter has a reply: {title}', body: '{excerpt}' },
  },
  TICKET_RESOLVED: {
    description: 'A matter was resolved; told to the submitter and followers.',
    subjectType: T,
    'zh-CN': { title: '您的诉求已办结：{title}', body: '{excerpt}' },
    'en-US': { title: 'Your matter is resolved: {title}', body: '{excerpt}' },
  },
  TICKET_ESCALATED: {
    description: 'A matter was escalated to a street department; told to the submitter and followers.',
    subjectType: T,
    'zh-CN': { title: '您的诉求已上报{department}：{title}' },
    'en-US': { title: 'Your matter was referred to {department}: {title}' },
  },
  TICKET_ESCALATION_ANSWERED: {
    description: 'The street answered an escalation; told to the submitter and followers.',
    subjectType: T,
    'zh-CN': { title: '上报事项有了答复：{title}', body: '{excerpt}' },
    'en-US': { title: 'The street answered: {title}', body: '{excerpt}' },
  },
  TICKET_IN_MEETING: {
    description: 'A matter was referred to a roundtable meeting; told to the submitter and followers.',
    subjectType: T,
    'zh-CN': { title: '您的诉求将提交圆桌会协商：{title}', body: '{excerpt}' },
    'en-US': { title: 'Your matter goes to a roundtable meeting: {title}', body: '{excerpt}' },
  },
  TICKET_RATED: {
    description: 'The resident rated the handling; told to community staff and the assigned organisations.',
    subjectType: T,
    'zh-CN': { title: '居民评价 {score} 星：{title}' },
    'en-US': { title: 'Rated {score} stars by the resident: {title}' },
  },
  TICKET_REOPENED: {
    description: 'The resident reopened a resolved matter; told to community staff and the assigned organisations.',
    subjectType: T,
    'zh-CN': { title: '居民重新打开了诉求：{title}' },
    'en-US': { title: 'The resident reopened: {title}' },
  },
  TICKET_NEAR_DUE: {
    description:
      'A reply obligation is due today or the next working day; told to its organisation and community staff.',
    subjectType: T,
    'zh-CN': { title: '诉求即将到期（剩余 {daysLeft} 个工作日）：{title}' },
    'en-US': { title: 'Reply due soon ({daysLeft} working day(s) left): {title}' },
  },
  TICKET_OVERDUE: {
    description: 'A reply obligation is past its deadline; told to its organisation and community staff.',
    subjectType: T,
    'zh-CN': { title: '诉求答复已超期：{title}' },
    'en-US': { title: 'Reply overdue: {title}' },
  },
  TICKET_TRIAGE_OVERDUE: {
    description: 'A matter is still waiting for triage past its deadline; told to the community’s staff.',
    subjectType: T,
    'zh-CN': { title: '诉求超期未受理：{title}' },
    'en-US': { title: 'Waiting for triage past its deadline: {title}' },
  },
};

/** Staff text kept in a notice: enough to read in a list, not the whole reply. */
export const excerpt = (text: string) => text.slice(0, 200);

/** A notice about a ticket, its parameters checked against its kind; the recipient is added by the caller. */
export function ticketNotice<K extends TicketNoticeKind>(
  kind: K,
  ticket: { id: string; communityId: string },
  params: TicketNoticeParams[K],
): Omit<NewNotification, 'userId'> {
  return { kind, subject: { type: T, id: ticket.id }, params: { ...params }, communityId: ticket.communityId };
}
