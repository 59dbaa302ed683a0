import { defineReasons, ErrorCode } from '../../common/errors.js';

/** Reasons of the triage module's errors (`extensions.reason`), each under its generic code. */
export const TriageReasons = defineReasons({
  TRIAGE_BLANK_NAME: {
    code: ErrorCode.BAD_USER_INPUT,
    description: 'The name of the triage is blank (`name`).',
  },
});
