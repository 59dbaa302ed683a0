import { defineReasons, ErrorCode } from '../../common/errors.js';

/** Reasons of the volunteer module's errors (`extensions.reason`), each under its generic code. */
export const VolunteerReasons = defineReasons({
  VOLUNTEER_BLANK_NAME: {
    code: ErrorCode.BAD_USER_INPUT,
    description: 'The name of the volunteer is blank (`name`).',
  },
});
