import type { EnumRegistration } from '../../app/module.js';
import {
  ActionItemState,
  Attendance,
  MeetingKind,
  MeetingPartyKind,
  MeetingState,
  MinutesState,
  ResolutionOutcome,
} from './meeting.enums.js';

/** The meeting module's GraphQL enums, every value described. */
export const MEETING_ENUMS: EnumRegistration[] = [
  {
    enum: MeetingKind,
    name: 'MeetingKind',
    description: 'Kinds of meeting.',
    valuesConfig: {
      MONTHLY_ROUND_TABLE: { description: '月度圆桌会 — the monthly round table.' },
      AD_HOC: { description: '专题会 — a meeting called for one matter.' },
      HEARING: { description: '听证会 — a public hearing.' },
    },
  },
  {
    enum: MeetingState,
    name: 'MeetingState',
    description: 'Where a meeting stands.',
    valuesConfig: {
      PLANNED: { description: 'Planned: parties, agenda and registrations can change.' },
      HELD: { description: 'Held: resolutions, action items and minutes are recorded.' },
      CANCELLED: { description: 'Cancelled, with a reason.' },
    },
  },
  {
    enum: MeetingPartyKind,
    name: 'MeetingPartyKind',
    description: 'Who a party of a meeting is.',
    valuesConfig: {
      ORGANISATION: { description: 'An organisation; its staff attend for it.' },
      PERSON: { description: 'An invited person.' },
      RESIDENT_REPRESENTATIVE: { description: '居民代表 — a resident invited to speak for residents.' },
      REGISTERED_RESIDENT: { description: 'A resident who registered for an open meeting.' },
    },
  },
  {
    enum: Attendance,
    name: 'Attendance',
    description: 'Whether a party came.',
    valuesConfig: {
      UNKNOWN: { description: 'Not recorded yet.' },
      PRESENT: { description: 'Present (checked in, or recorded by the organisers).' },
      ABSENT: { description: 'Absent.' },
      EXCUSED: { description: 'Excused (请假).' },
    },
  },
  {
    enum: MinutesState,
    name: 'MinutesState',
    description: 'Where the minutes stand.',
    valuesConfig: {
      NONE: { description: 'No minutes yet.' },
      DRAFT: { description: 'A draft, for staff only.' },
      PUBLISHED: { description: 'Published: residents of the community may read them.' },
    },
  },
  {
    enum: ResolutionOutcome,
    name: 'ResolutionOutcome',
    description: 'Where a resolution sends the ticket of its agenda item.',
    valuesConfig: {
      NONE: { description: 'Nowhere (a free topic, or the ticket stays in meeting).' },
      RESOLVED: { description: 'Resolved (完结) with the decision.' },
      ESCALATED: { description: 'Escalated to a street department.' },
      RETURNED: { description: 'Back to its handlers with the decision and a new reply deadline.' },
    },
  },
  {
    enum: ActionItemState,
    name: 'MeetingActionItemState',
    description: 'Where an action item stands.',
    valuesConfig: {
      OPEN: { description: 'To do (overdue once past its due time).' },
      DONE: { description: 'Done, with a completion note.' },
      CANCELLED: { description: 'No longer needed.' },
    },
  },
];
