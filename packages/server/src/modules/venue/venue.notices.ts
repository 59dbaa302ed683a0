import type { NoticeCatalog } from '../notification/notification.kinds.js';

/**
 * The venue module's notification kinds, all told to the booking's requester. Parameters: `venue`
 * (its name), `when` (start, 'YYYY-MM-DD HH:MM' Asia/Shanghai), `reason` (staff's words, or '').
 */
export enum VenueNoticeKind {
  VENUE_BOOKING_APPROVED = 'VENUE_BOOKING_APPROVED',
  VENUE_BOOKING_REJECTED = 'VENUE_BOOKING_REJECTED',
  VENUE_BOOKING_CANCELLED = 'VENUE_BOOKING_CANCELLED',
  VENUE_BOOKING_EXPIRED = 'VENUE_BOOKING_EXPIRED',
  VENUE_BOOKING_REMINDER = 'VENUE_BOOKING_REMINDER',
  VENUE_BOOKING_NO_SHOW = 'VENUE_BOOKING_NO_SHOW',
}

const T = 'VenueBooking';

export const VENUE_NOTICES: NoticeCatalog<VenueNoticeKind> = {
  VENUE_BOOKING_APPROVED: {
    description: 'Staff approved a pending booking; told to its requester.',
    subjectType: T,
    'zh-CN': { title: '场地预约已通过：{venue}', body: '{when}' },
    'en-US': { title: 'Booking approved: {venue}', body: '{when}' },
  },
  VENUE_BOOKING_REJECTED: {
    description: 'Staff rejected a pending booking; told to its requester, with the reason.',
    subjectType: T,
    'zh-CN': { title: '场地预约未通过：{venue}', body: '{when} · {reason}' },
    'en-US': { title: 'Booking not approved: {venue}', body: '{when} · {reason}' },
  },
  VENUE_BOOKING_CANCELLED: {
    description: 'Staff cancelled a booking; told to its requester, with the reason.',
    subjectType: T,
    'zh-CN': { title: '场地预约已被取消：{venue}', body: '{when} · {reason}' },
    'en-US': { title: 'Booking cancelled by staff: {venue}', body: '{when} · {reason}' },
  },
  VENUE_BOOKING_EXPIRED: {
    description: 'A pending booking was not decided in time and released its slots; told to its requester.',
    subjectType: T,
    'zh-CN': { title: '场地预约审批超时，已释放：{venue}', body: '{when}' },
    'en-US': { title: 'Booking expired without a decision: {venue}', body: '{when}' },
  },
  VENUE_BOOKING_REMINDER: {
    description: 'An approved booking starts within two hours; told to its requester.',
    subjectType: T,
    'zh-CN': { title: '场地预约即将开始：{venue}', body: '{when}' },
    'en-US': { title: 'Your booking starts soon: {venue}', body: '{when}' },
  },
  VENUE_BOOKING_NO_SHOW: {
    description: 'An approved booking was not checked in within the grace period; told to its requester.',
    subjectType: T,
    'zh-CN': { title: '场地预约未签到，记为爽约：{venue}', body: '{when}' },
    'en-US': { title: 'Booking marked as no-show: {venue}', body: '{when}' },
  },
};
