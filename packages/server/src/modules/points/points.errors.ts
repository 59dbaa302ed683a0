import { defineReasons, ErrorCode } from '../../common/errors.js';

/** Reasons of the points module's errors (`extensions.reason`), each under its generic code. */
export const PointsReasons = defineReasons({
  POINTS_INSUFFICIENT: {
    code: ErrorCode.CONFLICT,
    description: 'The balance is smaller than the cost: a balance never goes below zero.',
  },
  POINTS_OUT_OF_STOCK: {
    code: ErrorCode.CONFLICT,
    description: 'The reward has no stock left (or was withdrawn).',
  },
  POINTS_LIMIT_REACHED: {
    code: ErrorCode.CONFLICT,
    description: 'The resident already holds as many open redemptions of this reward as its per-person limit.',
  },
  POINTS_REDEMPTION_CLOSED: {
    code: ErrorCode.CONFLICT,
    description: 'The redemption is no longer reserved (handed over or cancelled already).',
  },
  POINTS_WRONG_PICKUP_CODE: {
    code: ErrorCode.BAD_USER_INPUT,
    description: 'The pick-up code does not match the redemption (`pickupCode`).',
  },
  POINTS_BAD_RULE: {
    code: ErrorCode.BAD_USER_INPUT,
    description:
      'A rule is inconsistent: a penalty (booking no-show) must be negative, other events positive; caps positive (`points`).',
  },
  POINTS_BAD_AMOUNT: {
    code: ErrorCode.BAD_USER_INPUT,
    description:
      'An adjustment of zero points or one that would take a balance past 2,147,483,647, or a reward with a negative stock or a cost below 1 (`delta`).',
  },
  POINTS_BLANK_REASON: {
    code: ErrorCode.BAD_USER_INPUT,
    description: 'A manual adjustment needs a reason in words (`note`).',
  },
});
