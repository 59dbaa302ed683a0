import { defineReasons, ErrorCode } from '../../common/errors.js';

/** Reasons of the triage module's errors (`extensions.reason`), each under its generic code. */
export const TriageReasons = defineReasons({
  TRIAGE_HOT_TOPIC_CLOSED: {
    code: ErrorCode.INVALID_TRANSITION,
    description: 'The hot topic was already merged or dismissed.',
  },
  TRIAGE_PRIMARY_NOT_IN_TOPIC: {
    code: ErrorCode.BAD_USER_INPUT,
    description: 'The primary ticket is not one of the hot topic’s tickets (`primaryTicketId`).',
  },
  TRIAGE_TICKET_IN_PROGRESS: {
    code: ErrorCode.INVALID_TRANSITION,
    description:
      'A ticket of the hot topic is already being handled (replied, escalated, in a meeting) and cannot be merged; `details.ticketIds` names them (comma-separated). Nothing was merged.',
  },
  TRIAGE_BLANK_REASON: {
    code: ErrorCode.BAD_USER_INPUT,
    description: 'The reason for dismissing is blank (`reason`).',
  },
  TRIAGE_BAD_RULE: {
    code: ErrorCode.BAD_USER_INPUT,
    description: 'The rule is out of range: threshold 2-50 tickets, window 1-168 hours (`threshold`, `windowHours`).',
  },
});
