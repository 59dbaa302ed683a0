import { type DomainError, fail } from '../../common/errors.js';
import { TicketEventType as E, TicketState as S } from './ticket.enums.js';
import { TicketReasons } from './ticket.errors.js';

/** The actions that move a ticket, each with the states it may start from and where it leads. */
export type TicketAction =
  | 'accept'
  | 'reject'
  | 'merge'
  | 'reassign'
  | 'reply'
  | 'note'
  | 'escalate'
  | 'answerEscalation'
  | 'acknowledgeEscalation'
  | 'referToMeeting'
  | 'scheduleInMeeting'
  | 'recordMeetingDecision'
  | 'returnFromMeeting'
  | 'resolve'
  | 'rate'
  | 'reopen'
  | 'withdraw'
  // Follow-up visits (board module): staff record a call-back, and may reopen on dissatisfaction.
  | 'callBack'
  | 'reopenAfterCallback'
  // The desk (ticket-desk.service.ts).
  | 'changePriority'
  | 'acknowledge'
  | 'supervise';

interface Transition {
  from: readonly S[];
  /** null: the state stays what it is (an event without a state change). */
  to: S | null;
  event: E;
}

const OPEN: readonly S[] = [S.ACCEPTED, S.REPLIED, S.ESCALATED, S.IN_MEETING];

/**
 * The lifecycle as data (CONVENTIONS 7). Everything not listed is refused with
 * INVALID_TRANSITION; the service enforces it for every action.
 */
export const TRANSITIONS: Record<TicketAction, Transition> = {
  accept: { from: [S.SUBMITTED], to: S.ACCEPTED, event: E.ACCEPTED },
  reject: { from: [S.SUBMITTED], to: S.REJECTED, event: E.REJECTED },
  merge: { from: [S.SUBMITTED, S.ACCEPTED], to: S.MERGED, event: E.MERGED },
  reassign: { from: [S.ACCEPTED, S.REPLIED, S.ESCALATED, S.IN_MEETING], to: null, event: E.REASSIGNED },
  reply: { from: [S.ACCEPTED, S.REPLIED, S.IN_MEETING], to: S.REPLIED, event: E.REPLIED },
  note: { from: [S.SUBMITTED, ...OPEN, S.RESOLVED], to: null, event: E.NOTE },
  // A round-table meeting may decide to escalate a ticket it discussed.
  escalate: { from: [S.ACCEPTED, S.REPLIED, S.IN_MEETING], to: S.ESCALATED, event: E.ESCALATED },
  answerEscalation: { from: [S.ESCALATED], to: S.REPLIED, event: E.ESCALATION_ANSWERED },
  // The department's staff confirm they have it (签收); the state stays ESCALATED.
  acknowledgeEscalation: { from: [S.ESCALATED], to: null, event: E.ESCALATION_ACKNOWLEDGED },
  referToMeeting: { from: [S.ACCEPTED, S.REPLIED], to: S.IN_MEETING, event: E.REFERRED_TO_MEETING },
  // Round-table meetings (meeting module): the agenda item, the decision, and back to the handlers.
  scheduleInMeeting: { from: [S.IN_MEETING], to: null, event: E.MEETING_SCHEDULED },
  recordMeetingDecision: { from: [S.IN_MEETING], to: null, event: E.MEETING_DECIDED },
  returnFromMeeting: { from: [S.IN_MEETING], to: S.ACCEPTED, event: E.RETURNED_FROM_MEETING },
  resolve: { from: [S.ACCEPTED, S.REPLIED, S.IN_MEETING], to: S.RESOLVED, event: E.RESOLVED },
  rate: { from: [S.RESOLVED], to: null, event: E.RATED },
  reopen: { from: [S.RESOLVED], to: S.ACCEPTED, event: E.REOPENED },
  withdraw: { from: [S.SUBMITTED, S.ACCEPTED, S.REPLIED], to: S.WITHDRAWN, event: E.WITHDRAWN },
  callBack: { from: [S.RESOLVED], to: null, event: E.CALLED_BACK },
  reopenAfterCallback: { from: [S.RESOLVED], to: S.ACCEPTED, event: E.REOPENED },
  // The desk: urgency, acknowledgement (签收) and supervision (督办) of the responsible organisations.
  changePriority: { from: [S.SUBMITTED, ...OPEN], to: null, event: E.PRIORITY_CHANGED },
  acknowledge: { from: OPEN, to: null, event: E.ACKNOWLEDGED },
  supervise: { from: OPEN, to: null, event: E.SUPERVISED },
};

/** The transition of `action` from `from`, or INVALID_TRANSITION naming both. */
export function transition(action: TicketAction, from: S): Transition & { next: S } {
  const t = TRANSITIONS[action];
  if (!t.from.includes(from)) {
    throw fail(TicketReasons.TICKET_WRONG_STATE, `Cannot ${action} a ticket that is ${from}`, {
      details: { action, from },
    });
  }
  return { ...t, next: t.to ?? from };
}

/**
 * Why `action` cannot start from the ticket as it is now (INVALID_TRANSITION), or null: the table
 * above, and the window in which a resident may reopen a resolved ticket. `viewerCan` and the
 * workflow ask the same question.
 */
export function transitionRefusal(
  action: TicketAction,
  ticket: { state: S; resolvedAt: Date | null },
  reopenDays: number,
  now: Date,
): DomainError | null {
  try {
    transition(action, ticket.state);
  } catch (err) {
    return err as DomainError;
  }
  const resolvedAt = ticket.resolvedAt ?? now;
  if (action === 'reopen' && now.getTime() - resolvedAt.getTime() > reopenDays * 86_400_000) {
    return fail(
      TicketReasons.TICKET_REOPEN_PERIOD_OVER,
      `A ticket can be reopened within ${reopenDays} days of resolution`,
      {
        details: { action: 'reopen', from: ticket.state },
      },
    );
  }
  return null;
}

/** Who may see a timeline event (CONVENTIONS 4a: private unless declared public). */
export enum EventVisibility {
  /** Every resident who may see the ticket in its public form: the type and time only. */
  PUBLIC = 'PUBLIC',
  /** The resident who raised it (and staff). */
  OWNER_AND_STAFF = 'OWNER_AND_STAFF',
  /** Staff who see the ticket in full. */
  STAFF_ONLY = 'STAFF_ONLY',
}

const V = EventVisibility;

/**
 * Visibility of each event type and of its text, declared beside the transition table. `event`
 * decides who sees that it happened (its type and time); `note` who reads its text. A type not
 * listed here, or a text not declared, is staff only.
 */
export const EVENT_VISIBILITY: Partial<Record<E, { event: EventVisibility; note: EventVisibility }>> = {
  [E.SUBMITTED]: { event: V.PUBLIC, note: V.STAFF_ONLY },
  // The acceptance note is the console's 内部备注.
  [E.ACCEPTED]: { event: V.PUBLIC, note: V.STAFF_ONLY },
  [E.REJECTED]: { event: V.OWNER_AND_STAFF, note: V.OWNER_AND_STAFF },
  [E.MERGED]: { event: V.OWNER_AND_STAFF, note: V.OWNER_AND_STAFF },
  [E.REASSIGNED]: { event: V.STAFF_ONLY, note: V.STAFF_ONLY },
  // Replies, resolutions and escalation answers are written for residents.
  [E.REPLIED]: { event: V.PUBLIC, note: V.PUBLIC },
  [E.NOTE]: { event: V.STAFF_ONLY, note: V.STAFF_ONLY },
  [E.ESCALATED]: { event: V.PUBLIC, note: V.STAFF_ONLY },
  [E.ESCALATION_ANSWERED]: { event: V.PUBLIC, note: V.PUBLIC },
  [E.ESCALATION_ACKNOWLEDGED]: { event: V.OWNER_AND_STAFF, note: V.STAFF_ONLY },
  [E.REFERRED_TO_MEETING]: { event: V.PUBLIC, note: V.OWNER_AND_STAFF },
  // The meeting and its date, and what the meeting decided, are written for residents.
  [E.MEETING_SCHEDULED]: { event: V.PUBLIC, note: V.PUBLIC },
  [E.MEETING_DECIDED]: { event: V.PUBLIC, note: V.PUBLIC },
  [E.RETURNED_FROM_MEETING]: { event: V.PUBLIC, note: V.STAFF_ONLY },
  [E.RESOLVED]: { event: V.PUBLIC, note: V.PUBLIC },
  // A resident's rating and reasons are between them and the staff.
  [E.RATED]: { event: V.OWNER_AND_STAFF, note: V.OWNER_AND_STAFF },
  [E.REOPENED]: { event: V.OWNER_AND_STAFF, note: V.OWNER_AND_STAFF },
  [E.WITHDRAWN]: { event: V.OWNER_AND_STAFF, note: V.OWNER_AND_STAFF },
  // The call-back's note is staff's; that it closed by itself, the resident sees.
  [E.CALLED_BACK]: { event: V.OWNER_AND_STAFF, note: V.STAFF_ONLY },
  [E.AUTO_CLOSED]: { event: V.OWNER_AND_STAFF, note: V.STAFF_ONLY },
  // The desk: a priority change, an acknowledgement and a supervision notice are internal work
  // between the office and the handlers (PRIORITY_CHANGED, ACKNOWLEDGED and SUPERVISED: staff only).
};

/** Who is looking at a timeline. */
export type TimelineAudience = 'STAFF' | 'OWNER' | 'PUBLIC';

const RANK: Record<EventVisibility, number> = { PUBLIC: 0, OWNER_AND_STAFF: 1, STAFF_ONLY: 2 };
const REACH: Record<TimelineAudience, number> = { PUBLIC: 0, OWNER: 1, STAFF: 2 };

export function visibilityOf(type: E): { event: EventVisibility; note: EventVisibility } {
  return EVENT_VISIBILITY[type] ?? { event: V.STAFF_ONLY, note: V.STAFF_ONLY };
}

/** Whether `audience` may see something declared `v`. */
export const sees = (audience: TimelineAudience, v: EventVisibility) => REACH[audience] >= RANK[v];

/** Event types `audience` sees, for a query filter. */
export const typesSeenBy = (audience: TimelineAudience): E[] =>
  Object.values(E).filter((t) => sees(audience, visibilityOf(t).event));
