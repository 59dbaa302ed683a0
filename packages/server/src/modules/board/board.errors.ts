import { defineReasons, ErrorCode } from '../../common/errors.js';

/** Reasons of the board module's errors (`extensions.reason`), each under its generic code. */
export const BoardReasons = defineReasons({
  BOARD_BLOCKED_WORD: {
    code: ErrorCode.BAD_USER_INPUT,
    description:
      'The title or text contains a word the community blocked (`field`, `details.word`): the submission is refused, not held; rephrase it.',
  },
  BOARD_DAILY_TICKET_LIMIT: {
    code: ErrorCode.TOO_MANY_ATTEMPTS,
    description:
      'The person raised as many matters today as the community allows (`details.limit`); `details.retryAfterSeconds` until the next day (Asia/Shanghai).',
  },
  BOARD_NOT_A_RESIDENT_HERE: {
    code: ErrorCode.FORBIDDEN,
    description: 'Only residents of the ticket’s community press 我也遇到, follow or report its tickets.',
  },
  BOARD_OWN_TICKET: {
    code: ErrorCode.BAD_USER_INPUT,
    description: 'A resident does not press 我也遇到 on their own ticket.',
  },
  BOARD_ALREADY_REPORTED: {
    code: ErrorCode.CONFLICT,
    description: 'The resident has already reported this ticket.',
  },
  BOARD_BLANK_TEXT: {
    code: ErrorCode.BAD_USER_INPUT,
    description: 'A required text is blank (`field`).',
  },
  BOARD_BAD_SETTING: {
    code: ErrorCode.BAD_USER_INPUT,
    description:
      'A setting is out of range (`field`): daily limit 1-100, auto-close 1-365 days, at most 200 blocked words of 1-30 characters.',
  },
  BOARD_SETTINGS_STALE: {
    code: ErrorCode.CONFLICT,
    description: 'The settings changed since the viewer loaded them (`expectedVersion`): reload and retry.',
  },
  BOARD_CALLBACK_RATED: {
    code: ErrorCode.BAD_USER_INPUT,
    description: 'The resident rated the ticket: follow-up calls are for residents who did not.',
  },
  BOARD_CALLBACK_SATISFACTION: {
    code: ErrorCode.BAD_USER_INPUT,
    description:
      'A reached resident’s satisfaction is required, an unreached one has none, and only a dissatisfied call-back reopens (`satisfaction`, `reopen`).',
  },
  BOARD_TICKET_CLOSED: {
    code: ErrorCode.INVALID_TRANSITION,
    description:
      'The ticket closed itself (no rating, no call-back within the community’s days): it is not rated or reopened any more.',
  },
  BOARD_TEMPLATE_STALE: {
    code: ErrorCode.CONFLICT,
    description: 'The reply template changed since the viewer loaded it (`expectedVersion`): reload and retry.',
  },
});
