import type { DataSource, EntityManager } from 'typeorm';
import type { NoticeCatalog } from '../notification/notification.kinds.js';
import type { NewNotification } from '../notification/notification.service.js';
import { deskSettingOf } from './ticket-desk.clock.js';
import { TicketPriority } from './ticket-desk.enums.js';

/** The desk's notification kinds (urgency, acknowledgement 签收, supervision 督办); ticket.module.ts declares them with the ticket's. */
export enum DeskNoticeKind {
  TICKET_EMERGENCY = 'TICKET_EMERGENCY',
  TICKET_ACK_OVERDUE = 'TICKET_ACK_OVERDUE',
  TICKET_SUPERVISED = 'TICKET_SUPERVISED',
}

export interface DeskNoticeParams {
  TICKET_EMERGENCY: { title: string; hours: number };
  TICKET_ACK_OVERDUE: { title: string; hours: number };
  TICKET_SUPERVISED: { title: string; excerpt: string; due: string };
}

const T = 'Ticket';

export const DESK_NOTICES: NoticeCatalog<DeskNoticeKind> = {
  TICKET_EMERGENCY: {
    description:
      'A matter is an emergency (raised as one, or marked by staff); told at once to every staff member of the community and the staff of its handlers.',
    subjectType: T,
    'zh-CN': { title: '紧急诉求：{title}', body: '请在 {hours} 小时内处置并签收' },
    'en-US': { title: 'Emergency: {title}', body: 'Handle and acknowledge within {hours} hour(s)' },
  },
  TICKET_ACK_OVERDUE: {
    description:
      'An assignment was not acknowledged (签收) within the community’s working hours; told once to the organisation’s staff.',
    subjectType: T,
    'zh-CN': { title: '诉求超时未签收：{title}', body: '已超过 {hours} 个工作小时，请尽快签收' },
    'en-US': { title: 'Not acknowledged in time: {title}', body: 'Over {hours} working hour(s): please acknowledge' },
  },
  TICKET_SUPERVISED: {
    description:
      'Street or community staff issued a supervision notice (督办) on an assignment; told to its organisation’s staff.',
    subjectType: T,
    'zh-CN': { title: '督办通知：{title}', body: '{excerpt}（新期限 {due}）' },
    'en-US': { title: 'Supervision notice: {title}', body: '{excerpt} (new due date {due})' },
  },
};

/** A desk notice about a ticket; the recipient is added by the caller. */
export function deskNotice<K extends DeskNoticeKind>(
  kind: K,
  ticket: { id: string; communityId: string },
  params: DeskNoticeParams[K],
): Omit<NewNotification, 'userId'> {
  return { kind, subject: { type: T, id: ticket.id }, params: { ...params }, communityId: ticket.communityId };
}

/** The emergency notice of a ticket that is one (null otherwise), with the community's emergency hours. */
export async function emergencyNotice(
  m: DataSource | EntityManager,
  ticket: { id: string; communityId: string; title: string; priority: TicketPriority },
): Promise<Omit<NewNotification, 'userId'> | null> {
  if (ticket.priority !== TicketPriority.EMERGENCY) return null;
  const { emergencyHours } = await deskSettingOf(m, ticket.communityId);
  return deskNotice(DeskNoticeKind.TICKET_EMERGENCY, ticket, { title: ticket.title, hours: emergencyHours });
}
