import type { NotificationKind, NotificationRowFragment } from '../../../gql/graphql';
import type { Locale, MessageKey } from '../../../i18n';

type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

/**
 * How the console shows each kind: its title (and body) message, and whether it is a warning.
 * Typed over the schema's enum, so a kind added on the server is a type error here until it has
 * its text; a newer server's kind this build does not know falls back to the server's text.
 */
const KINDS: Record<NotificationKind, { title: MessageKey; body?: MessageKey | 'excerpt'; warning?: boolean }> = {
  TICKET_NEW: { title: 'notif.kind.TICKET_NEW', body: 'notif.kind.TICKET_NEW.body' },
  TICKET_ASSIGNED: { title: 'notif.kind.TICKET_ASSIGNED' },
  TICKET_REJECTED: { title: 'notif.kind.TICKET_REJECTED', body: 'excerpt' },
  TICKET_MERGED: { title: 'notif.kind.TICKET_MERGED', body: 'excerpt' },
  TICKET_REPLIED: { title: 'notif.kind.TICKET_REPLIED', body: 'excerpt' },
  TICKET_RESOLVED: { title: 'notif.kind.TICKET_RESOLVED', body: 'excerpt' },
  TICKET_ESCALATED: { title: 'notif.kind.TICKET_ESCALATED' },
  TICKET_ESCALATION_ANSWERED: { title: 'notif.kind.TICKET_ESCALATION_ANSWERED', body: 'excerpt' },
  TICKET_IN_MEETING: { title: 'notif.kind.TICKET_IN_MEETING', body: 'excerpt' },
  TICKET_RATED: { title: 'notif.kind.TICKET_RATED' },
  TICKET_REOPENED: { title: 'notif.kind.TICKET_REOPENED' },
  TICKET_NEAR_DUE: { title: 'notif.kind.TICKET_NEAR_DUE', warning: true },
  TICKET_OVERDUE: { title: 'notif.kind.TICKET_OVERDUE', warning: true },
  TICKET_TRIAGE_OVERDUE: { title: 'notif.kind.TICKET_TRIAGE_OVERDUE', warning: true },
  // The ticket desk (texts in features/ticket-desk/messages.ts).
  TICKET_EMERGENCY: { title: 'notif.kind.TICKET_EMERGENCY', body: 'notif.kind.TICKET_EMERGENCY.body', warning: true },
  TICKET_ACK_OVERDUE: {
    title: 'notif.kind.TICKET_ACK_OVERDUE',
    body: 'notif.kind.TICKET_ACK_OVERDUE.body',
    warning: true,
  },
  TICKET_SUPERVISED: {
    title: 'notif.kind.TICKET_SUPERVISED',
    body: 'notif.kind.TICKET_SUPERVISED.body',
    warning: true,
  },
  // Round-table meetings (texts in features/meeting/messages.ts).
  MEETING_INVITED: { title: 'notif.kind.MEETING_INVITED', body: 'notif.kind.MEETING_INVITED.body' },
  MEETING_REMINDER: { title: 'notif.kind.MEETING_REMINDER', body: 'notif.kind.MEETING_INVITED.body' },
  MEETING_CANCELLED: { title: 'notif.kind.MEETING_CANCELLED', body: 'notif.kind.MEETING_CANCELLED.body' },
  MEETING_ACTION_ASSIGNED: {
    title: 'notif.kind.MEETING_ACTION_ASSIGNED',
    body: 'notif.kind.MEETING_ACTION_ASSIGNED.body',
  },
  MEETING_ACTION_OVERDUE: { title: 'notif.kind.MEETING_ACTION_OVERDUE', warning: true },
  // Venue bookings (texts in features/venue/messages.ts).
  VENUE_BOOKING_APPROVED: { title: 'notif.kind.VENUE_BOOKING_APPROVED', body: 'notif.kind.VENUE_BOOKING.when' },
  VENUE_BOOKING_REJECTED: { title: 'notif.kind.VENUE_BOOKING_REJECTED', body: 'notif.kind.VENUE_BOOKING.reason' },
  VENUE_BOOKING_CANCELLED: { title: 'notif.kind.VENUE_BOOKING_CANCELLED', body: 'notif.kind.VENUE_BOOKING.reason' },
  VENUE_BOOKING_EXPIRED: { title: 'notif.kind.VENUE_BOOKING_EXPIRED', body: 'notif.kind.VENUE_BOOKING.when' },
  VENUE_BOOKING_REMINDER: { title: 'notif.kind.VENUE_BOOKING_REMINDER', body: 'notif.kind.VENUE_BOOKING.when' },
  VENUE_BOOKING_NO_SHOW: {
    title: 'notif.kind.VENUE_BOOKING_NO_SHOW',
    body: 'notif.kind.VENUE_BOOKING.when',
    warning: true,
  },
  // Owners' votes (texts in features/vote/messages.ts).
  VOTE_OPENED: { title: 'notif.kind.VOTE_OPENED' },
  VOTE_REMINDER: { title: 'notif.kind.VOTE_REMINDER', warning: true },
  VOTE_CLOSED: { title: 'notif.kind.VOTE_CLOSED', body: 'notif.kind.VOTE_CLOSED.body' },
  HOT_TOPIC_RAISED: { title: 'notif.kind.HOT_TOPIC_RAISED', body: 'notif.kind.HOT_TOPIC_RAISED.body', warning: true },
  // Followers of a public ticket (texts in features/board/messages.ts).
  TICKET_FOLLOWED_REPLIED: { title: 'notif.kind.TICKET_FOLLOWED_REPLIED', body: 'excerpt' },
  TICKET_FOLLOWED_RESOLVED: { title: 'notif.kind.TICKET_FOLLOWED_RESOLVED', body: 'excerpt' },
  EQUIPMENT_OVERDUE: {
    title: 'notif.kind.EQUIPMENT_OVERDUE',
    body: 'notif.kind.EQUIPMENT_OVERDUE.body',
    warning: true,
  },
  WEBHOOK_PAUSED: {
    title: 'notif.kind.WEBHOOK_PAUSED',
    body: 'notif.kind.WEBHOOK_PAUSED.body',
    warning: true,
  },
};

/** Params for a template: `xZh`/`xEn` become `x` in the reader's language; nulls are left out. */
function templateValues(params: NotificationRowFragment['params'], locale: Locale): Record<string, string | number> {
  const mine = locale === 'zh-CN' ? 'Zh' : 'En';
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params ?? {})) {
    if (value == null) continue;
    const localised = name.match(/^(\w+)(Zh|En)$/);
    if (!localised) out[name] ??= value;
    else if (localised[2] === mine && localised[1]) out[localised[1]] = value;
  }
  return out;
}

export interface RenderedNotification {
  title: string;
  body: string | null;
  warning: boolean;
}

/** Title, body and tone of a notification in the console's language, from its kind and params. */
export function renderNotification(
  n: Pick<NotificationRowFragment, 'kind' | 'params' | 'title' | 'body'>,
  t: Translate,
  locale: Locale,
): RenderedNotification {
  const spec = (KINDS as Partial<Record<string, (typeof KINDS)[NotificationKind]>>)[n.kind];
  if (!spec) return { title: n.title, body: n.body, warning: false };
  const values = templateValues(n.params, locale);
  // A missing parameter renders as nothing, like on the server.
  const fill = (key: MessageKey) => t(key, values).replace(/\{\w+\}/g, '');
  const body =
    spec.body === 'excerpt'
      ? typeof values.excerpt === 'string'
        ? values.excerpt
        : null
      : spec.body
        ? fill(spec.body)
        : null;
  return { title: fill(spec.title), body: body?.trim() || null, warning: !!spec.warning };
}
