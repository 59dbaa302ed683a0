import { defineReasons, ErrorCode } from '../../common/errors.js';

/** Reasons of the ticket module's errors (`extensions.reason`), each under its generic code. */
export const TicketReasons = defineReasons({
  TICKET_BIND_HOUSEHOLD_FIRST: {
    code: ErrorCode.FORBIDDEN,
    description: 'The account may not raise matters in this community until a household of it is verified.',
  },
  TICKET_UNKNOWN_CATEGORY: {
    code: ErrorCode.BAD_USER_INPUT,
    description: 'The category does not exist, is inactive, or belongs to another community (`categoryId`).',
  },
  TICKET_UNKNOWN_PLACE: {
    code: ErrorCode.BAD_USER_INPUT,
    description: 'The building, estate or community named does not exist or is archived.',
  },
  TICKET_CATEGORY_OF_ANOTHER_COMMUNITY: {
    code: ErrorCode.BAD_USER_INPUT,
    description: 'The category belongs to another community than the place of the matter (`categoryId`).',
  },
  TICKET_ACTION_NOT_ALLOWED: {
    code: ErrorCode.FORBIDDEN,
    description: 'The viewer sees the ticket but their roles do not allow this action on it.',
  },
  TICKET_WRONG_STATE: {
    code: ErrorCode.INVALID_TRANSITION,
    description: 'The ticket is in a state this action does not apply to (`details.action`, `details.from`).',
  },
  TICKET_VERSION_STALE: {
    code: ErrorCode.CONFLICT,
    description: 'The ticket changed since the viewer loaded it (`expectedVersion`): reload and retry.',
  },
  TICKET_CHANGED_CONCURRENTLY: {
    code: ErrorCode.CONFLICT,
    description: 'Someone else acted on the ticket at the same moment: reload and retry.',
  },
  TICKET_HANDLER_NOT_SERVING_PLACE: {
    code: ErrorCode.BAD_USER_INPUT,
    description: 'An organisation named cannot handle tickets of this place (`organisationIds`).',
  },
  TICKET_MERGE_INTO_ITSELF: {
    code: ErrorCode.BAD_USER_INPUT,
    description: 'A ticket cannot be merged into itself (`primaryTicketId`).',
  },
  TICKET_PRIMARY_NOT_FOUND: {
    code: ErrorCode.NOT_FOUND,
    description: 'The primary ticket does not exist in the same community.',
  },
  TICKET_PRIMARY_CLOSED: {
    code: ErrorCode.BAD_USER_INPUT,
    description: 'The primary ticket is rejected, merged or withdrawn (`primaryTicketId`).',
  },
  TICKET_NOT_REPLYING_ORGANISATION: {
    code: ErrorCode.BAD_USER_INPUT,
    description: 'The viewer does not reply for this organisation on this ticket (`organisationId`).',
  },
  TICKET_NOT_A_STREET_DEPARTMENT: {
    code: ErrorCode.BAD_USER_INPUT,
    description: 'The organisation is not an active department of the ticket’s street (`departmentId`).',
  },
  TICKET_REOPEN_PERIOD_OVER: {
    code: ErrorCode.INVALID_TRANSITION,
    description: 'The ticket was resolved longer ago than the reopening period (TICKET_REOPEN_DAYS).',
  },
  TICKET_CATEGORY_VERSION_STALE: {
    code: ErrorCode.CONFLICT,
    description: 'The category changed since the viewer loaded it (`expectedVersion`): reload and retry.',
  },
  TICKET_CATEGORY_CODE_TAKEN: {
    code: ErrorCode.CONFLICT,
    description: 'A category with this code already exists in the community.',
  },
});

/** Reasons every workflow action can raise (they come from the shared run step). */
export const TICKET_ACTION_REASONS = [
  TicketReasons.TICKET_ACTION_NOT_ALLOWED,
  TicketReasons.TICKET_WRONG_STATE,
  TicketReasons.TICKET_VERSION_STALE,
  TicketReasons.TICKET_CHANGED_CONCURRENTLY,
] as const;
