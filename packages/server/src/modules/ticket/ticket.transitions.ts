import { DomainError, ErrorCode } from '../../common/errors.js';
import { TicketEventType as E, TicketState as S } from './ticket.enums.js';

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
  | 'referToMeeting'
  | 'resolve'
  | 'rate'
  | 'reopen'
  | 'withdraw';

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
  escalate: { from: [S.ACCEPTED, S.REPLIED], to: S.ESCALATED, event: E.ESCALATED },
  answerEscalation: { from: [S.ESCALATED], to: S.REPLIED, event: E.ESCALATION_ANSWERED },
  referToMeeting: { from: [S.ACCEPTED, S.REPLIED], to: S.IN_MEETING, event: E.REFERRED_TO_MEETING },
  resolve: { from: [S.ACCEPTED, S.REPLIED, S.IN_MEETING], to: S.RESOLVED, event: E.RESOLVED },
  rate: { from: [S.RESOLVED], to: null, event: E.RATED },
  reopen: { from: [S.RESOLVED], to: S.ACCEPTED, event: E.REOPENED },
  withdraw: { from: [S.SUBMITTED, S.ACCEPTED, S.REPLIED], to: S.WITHDRAWN, event: E.WITHDRAWN },
};

export function canTransition(action: TicketAction, from: S): boolean {
  return TRANSITIONS[action].from.includes(from);
}

/** The transition of `action` from `from`, or INVALID_TRANSITION naming both. */
export function transition(action: TicketAction, from: S): Transition & { next: S } {
  const t = TRANSITIONS[action];
  if (!t.from.includes(from)) {
    throw new DomainError(ErrorCode.INVALID_TRANSITION, `Cannot ${action} a ticket that is ${from}`, {
      details: { action, from },
    });
  }
  return { ...t, next: t.to ?? from };
}

/** Terminal states: nothing moves them any more. */
export const TERMINAL: readonly S[] = [S.REJECTED, S.MERGED, S.WITHDRAWN];
