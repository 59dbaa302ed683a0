import { defineReasons, ErrorCode } from '../../common/errors.js';

/** Reasons of the desk's errors (urgency, routing rules, acknowledgement 签收, supervision 督办). */
export const DeskReasons = defineReasons({
  TICKET_PRIORITY_UNCHANGED: {
    code: ErrorCode.BAD_USER_INPUT,
    description: 'The ticket already has this priority (`priority`).',
  },
  TICKET_NOTHING_TO_ACKNOWLEDGE: {
    code: ErrorCode.INVALID_TRANSITION,
    description: 'No open assignment of the viewer’s organisation waits for acknowledgement on this ticket.',
  },
  TICKET_NOT_AN_OPEN_ASSIGNMENT: {
    code: ErrorCode.BAD_USER_INPUT,
    description: 'The organisation named has no open assignment on this ticket (`organisationId`).',
  },
  TICKET_SUPERVISION_NOT_DUE: {
    code: ErrorCode.INVALID_TRANSITION,
    description:
      'The assignment is neither overdue, nor flagged as not acknowledged, nor stalled (open without a reply for 2 working days): nothing to supervise yet.',
  },
  TICKET_SUPERVISION_DATE_IN_PAST: {
    code: ErrorCode.BAD_USER_INPUT,
    description: 'The new due date of a supervision notice must lie in the future (`newDueAt`).',
  },
  TICKET_ROUTING_RULE_TAKEN: {
    code: ErrorCode.CONFLICT,
    description: 'The community already has a routing rule for this category and estate.',
  },
  TICKET_ROUTING_RULE_VERSION_STALE: {
    code: ErrorCode.CONFLICT,
    description: 'The routing rule changed since the viewer loaded it (`expectedVersion`): reload and retry.',
  },
  TICKET_CATEGORY_PARENT_INVALID: {
    code: ErrorCode.BAD_USER_INPUT,
    description:
      'The parent must be a top-level category of the same community, not the category itself, and a category with children cannot get a parent (two levels) (`parentId`).',
  },
});
