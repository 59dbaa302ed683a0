import { defineReasons, ErrorCode } from '../../common/errors.js';

/** Reasons of the calendar module's errors (`extensions.reason`), each under its generic code. */
export const CalendarReasons = defineReasons({
  CALENDAR_INVALID_DATE: {
    code: ErrorCode.BAD_USER_INPUT,
    description: "The date is not a real calendar date written 'YYYY-MM-DD'.",
  },
  CALENDAR_YEAR_OUT_OF_RANGE: {
    code: ErrorCode.BAD_USER_INPUT,
    description: 'The year is outside the years the calendar keeps (`details.min`, `details.max`).',
  },
  CALENDAR_BLANK_NAME: {
    code: ErrorCode.BAD_USER_INPUT,
    description: 'The name of the day is blank (`name`).',
  },
});
