import { defineReasons, ErrorCode } from '../../common/errors.js';

/** Reasons of the vote module's errors (`extensions.reason`), each under its generic code. */
export const VoteReasons = defineReasons({
  VOTE_BLANK_TITLE: { code: ErrorCode.BAD_USER_INPUT, description: 'A title (of the vote or a matter) is blank.' },
  VOTE_BAD_PERIOD: {
    code: ErrorCode.BAD_USER_INPUT,
    description: 'The closing time is not after the opening time, or the period is longer than 90 days (`closesAt`).',
  },
  VOTE_ORGANISER_NOT_ALLOWED: {
    code: ErrorCode.FORBIDDEN,
    description:
      "Only community staff organise a first assembly (`organiser: COMMUNITY`); committee members organise their committee's votes.",
  },
  VOTE_NOT_DRAFT: {
    code: ErrorCode.INVALID_TRANSITION,
    description: 'The vote is already open or closed: its matters and period are fixed.',
  },
  VOTE_NOT_OPEN: {
    code: ErrorCode.INVALID_TRANSITION,
    description: 'The vote does not take ballots now (not open yet, before its opening time, or closed).',
  },
  VOTE_EMPTY_ROLL: {
    code: ErrorCode.BAD_USER_INPUT,
    description: 'No household of the estate has a registered exclusive area: import the areas before opening.',
  },
  VOTE_BAD_CHOICES: {
    code: ErrorCode.BAD_USER_INPUT,
    description: 'A ballot must give exactly one choice for each matter of the vote (`choices`).',
  },
  VOTE_SCAN_REQUIRED: {
    code: ErrorCode.BAD_USER_INPUT,
    description: 'A paper ballot is entered with the scan of the signed ballot (`scanFileId`).',
  },
  VOTE_BALLOT_CHANGED_CONCURRENTLY: {
    code: ErrorCode.CONFLICT,
    description: 'The same ballot was changed at the same moment by another request: reload and retry.',
  },
  VOTE_BAD_AREA: {
    code: ErrorCode.BAD_USER_INPUT,
    description: 'An exclusive area is not a positive number of square metres with at most two decimals (`area`).',
  },
});
