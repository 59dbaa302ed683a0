import { defineReasons, ErrorCode } from '../../common/errors.js';

/** Reasons of the meeting module's errors (`extensions.reason`), each under its generic code. */
export const MeetingReasons = defineReasons({
  MEETING_BLANK_TITLE: { code: ErrorCode.BAD_USER_INPUT, description: 'The title is blank (`title`).' },
  MEETING_BAD_TIME: { code: ErrorCode.BAD_USER_INPUT, description: 'The meeting ends before it starts (`endsAt`).' },
  MEETING_NO_PLACE: {
    code: ErrorCode.BAD_USER_INPUT,
    description: 'A meeting needs a place or an online link (`place`).',
  },
  MEETING_ACTION_NOT_ALLOWED: {
    code: ErrorCode.FORBIDDEN,
    description: 'The viewer may see the meeting but not do this (invited staff read; only its organisers edit).',
  },
  MEETING_WRONG_STATE: {
    code: ErrorCode.INVALID_TRANSITION,
    description: 'Not possible in the meeting’s state (e.g. a resolution before it is held, anything once cancelled).',
  },
  MEETING_UNKNOWN_PARTY: {
    code: ErrorCode.BAD_USER_INPUT,
    description:
      'The organisation is not of this street, the person does not exist, or a resident representative is not a resident of the community (`organisationId`/`userId`).',
  },
  MEETING_ALREADY_INVITED: { code: ErrorCode.CONFLICT, description: 'This organisation or person is already a party.' },
  MEETING_TICKET_NOT_WAITING: {
    code: ErrorCode.BAD_USER_INPUT,
    description:
      'The ticket is not of this community or not open for a meeting (accepted, replied or already in meeting) (`ticketId`).',
  },
  MEETING_TICKET_ON_AGENDA: { code: ErrorCode.CONFLICT, description: 'The ticket is already on this agenda.' },
  MEETING_AGENDA_MISMATCH: {
    code: ErrorCode.BAD_USER_INPUT,
    description: 'The new order must list every item of the agenda exactly once (`itemIds`).',
  },
  MEETING_CHECK_IN_INVALID: {
    code: ErrorCode.BAD_USER_INPUT,
    description: 'The check-in code is not this meeting’s (`code`).',
  },
  MEETING_CHECK_IN_NOT_TODAY: {
    code: ErrorCode.FORBIDDEN,
    description: 'Check-in works on the day of the meeting only (Asia/Shanghai).',
  },
  MEETING_NOT_A_PARTY: {
    code: ErrorCode.FORBIDDEN,
    description: 'The viewer is neither invited (in person or through their organisation) nor registered.',
  },
  MEETING_NOT_OPEN: {
    code: ErrorCode.FORBIDDEN,
    description: 'The meeting does not take residents’ registrations (not open, or no longer planned).',
  },
  MEETING_FULL: { code: ErrorCode.CONFLICT, description: 'Every place for residents is taken.' },
  MEETING_ALREADY_REGISTERED: { code: ErrorCode.CONFLICT, description: 'The resident is already registered.' },
  MEETING_OUTCOME_NEEDS_TICKET: {
    code: ErrorCode.BAD_USER_INPUT,
    description: 'Only an item about a ticket can move a ticket (`outcome`).',
  },
  MEETING_OUTCOME_NEEDS_DEPARTMENT: {
    code: ErrorCode.BAD_USER_INPUT,
    description: 'Escalating needs a department (`departmentId`); sending back needs working days (`replyDays`).',
  },
  MEETING_ALREADY_RESOLVED: { code: ErrorCode.CONFLICT, description: 'This agenda item already has its resolution.' },
  MEETING_UNKNOWN_OWNER: {
    code: ErrorCode.BAD_USER_INPUT,
    description: 'The owner organisation is not of this street (`ownerOrganisationId`).',
  },
  MEETING_UNKNOWN_AGENDA_ITEM: {
    code: ErrorCode.BAD_USER_INPUT,
    description: 'The agenda item is not of this meeting (`agendaItemId`).',
  },
});
