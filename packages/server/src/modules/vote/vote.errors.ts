import { defineReasons, ErrorCode } from '../../common/errors.js';

/** Reasons of the vote module's errors (`extensions.reason`), each under its generic code. */
export const VoteReasons = defineReasons({
  VOTE_BLANK_NAME: {
    code: ErrorCode.BAD_USER_INPUT,
    description: 'The name of the vote is blank (`name`).',
  },
});
