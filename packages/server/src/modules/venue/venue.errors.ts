import { defineReasons, ErrorCode } from '../../common/errors.js';

const { BAD_USER_INPUT: BAD, CONFLICT, FORBIDDEN, INVALID_TRANSITION: STATE } = ErrorCode;

/** Reasons of the venue module's errors (`extensions.reason`), each under its generic code. */
export const VenueReasons = defineReasons({
  VENUE_BLANK_NAME: { code: BAD, description: 'The name of the venue is blank (`name`).' },
  VENUE_BAD_SETTINGS: {
    code: BAD,
    description: 'The venue settings contradict each other (slot grid, durations, opening hours); `field` names one.',
  },
  VENUE_ARCHIVED: { code: CONFLICT, description: 'The venue is archived and takes no more bookings.' },
  VENUE_SLOT_TAKEN: {
    code: CONFLICT,
    description: 'Another live booking holds (part of) the range: the database refused the slot.',
  },
  VENUE_BUSY: { code: CONFLICT, description: 'Too many bookings at once for this venue: try again.' },
  VENUE_BAD_RANGE: { code: BAD, description: 'The end is not after the start, or the range is too long to list.' },
  VENUE_NOT_ON_GRID: { code: BAD, description: 'Start or duration does not fall on the venue’s slot grid.' },
  VENUE_TOO_SHORT: { code: BAD, description: 'Shorter than the venue’s minimum duration.' },
  VENUE_TOO_LONG: { code: BAD, description: 'Longer than the venue’s maximum duration.' },
  VENUE_IN_PAST: { code: BAD, description: 'The start has passed.' },
  VENUE_LEAD_TIME: { code: BAD, description: 'The start is sooner than the venue’s lead time allows.' },
  VENUE_BEYOND_HORIZON: { code: BAD, description: 'The start is further ahead than bookings open.' },
  VENUE_OUTSIDE_HOURS: { code: BAD, description: 'The venue is not open for the whole range.' },
  VENUE_CLOSED_DATE: { code: BAD, description: 'The venue is closed that day.' },
  VENUE_HOLIDAY: { code: BAD, description: 'A statutory holiday, and the venue closes on them.' },
  VENUE_OVER_CAPACITY: { code: BAD, description: 'More attendees than the venue holds (`attendees`).' },
  VENUE_NOT_ELIGIBLE: {
    code: FORBIDDEN,
    description:
      'The viewer may not book this venue as asked (not a verified resident of an eligible estate, not a member of an organisation of the community, or not staff).',
  },
  VENUE_QUOTA_WEEK: {
    code: FORBIDDEN,
    description: 'The household has used its bookings of this week (Asia/Shanghai).',
  },
  VENUE_QUOTA_MONTH: {
    code: FORBIDDEN,
    description: 'The household has used its bookings of this month (Asia/Shanghai).',
  },
  VENUE_SERIES_ORGANISATIONS_ONLY: {
    code: BAD,
    description: 'Only organisations book weekly series (`weeks` > 1).',
  },
  VENUE_IDEMPOTENCY_MISMATCH: {
    code: CONFLICT,
    description: 'The idempotency key was used before for a different booking.',
  },
  VENUE_BOOKING_STATE: {
    code: STATE,
    description: 'The booking is not in a state that allows this (e.g. approving one that is not pending).',
  },
  VENUE_ALREADY_STARTED: {
    code: STATE,
    description: 'The booking has started: the requester can no longer cancel it.',
  },
  VENUE_CHECK_IN_WINDOW: {
    code: STATE,
    description: 'Check-in opens 30 minutes before the start and closes at the end.',
  },
  VENUE_BAD_CODE: { code: BAD, description: 'No booking of this venue has that check-in code today.' },
  VENUE_REASON_REQUIRED: { code: BAD, description: 'Staff give a reason to reject or cancel (`reason`).' },
  VENUE_FORBIDDEN: { code: FORBIDDEN, description: 'The viewer can see the booking but may not do this to it.' },
});
