import { defineReasons, ErrorCode } from '../../common/errors.js';

/** Reasons of the volunteer module's errors (`extensions.reason`), each under its generic code. */
export const VolunteerReasons = defineReasons({
  VOLUNTEER_BAD_ACTIVITY: {
    code: ErrorCode.BAD_USER_INPUT,
    description:
      'An activity needs a title, a place, a capacity of at least 1, an end after its start and a sign-up deadline no later than its start (`title`).',
  },
  VOLUNTEER_SIGNUP_CLOSED: {
    code: ErrorCode.CONFLICT,
    description: 'The sign-up deadline has passed.',
  },
  VOLUNTEER_NOT_SIGNED_UP: {
    code: ErrorCode.CONFLICT,
    description: 'The volunteer holds no place on the list (waiting or cancelled): no check-in.',
  },
  VOLUNTEER_WRONG_STEP: {
    code: ErrorCode.CONFLICT,
    description: 'Check-in twice, check-out before check-in, or hours approved twice.',
  },
  VOLUNTEER_WRONG_CODE: {
    code: ErrorCode.BAD_USER_INPUT,
    description: 'The code shown at the place does not match, or the activity is not on now (`code`).',
  },
  VOLUNTEER_REASON_REQUIRED: {
    code: ErrorCode.BAD_USER_INPUT,
    description: 'Hours corrected away from those recorded need a reason (`reason`).',
  },
});
