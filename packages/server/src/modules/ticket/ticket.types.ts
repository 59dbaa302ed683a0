import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType, PayloadType } from '../../graphql/pagination.js';
import { OrganisationKind } from '../org/org.enums.js';
import { AssignmentState, TicketEventType, TicketIntake, TicketState } from './ticket.enums.js';
import { EventVisibility } from './ticket.transitions.js';
import { TicketPriority } from './ticket-desk.enums.js';
import type { TicketIntakeView } from './ticket-intake.view.js';

registerEnumType(TicketState, {
  name: 'TicketState',
  description: 'Where a ticket is in its lifecycle.',
  valuesConfig: {
    SUBMITTED: { description: '已提交 — waiting for triage by community staff.' },
    ACCEPTED: { description: '已受理 — valid, routed to responsible organisations, reply clock running.' },
    REJECTED: { description: '不予受理 — invalid, with a reason; not counted as valid.' },
    MERGED: { description: '已合并 — a duplicate; follows its primary ticket.' },
    REPLIED: { description: '已答复 — the resident has had an answer.' },
    ESCALATED: { description: '已上报 — sent to a street department; waiting for its answer.' },
    IN_MEETING: { description: '圆桌会 — put on a round-table meeting agenda.' },
    RESOLVED: { description: '已完结 — resolved; the resident may rate or reopen.' },
    WITHDRAWN: { description: '已撤回 — withdrawn by the resident.' },
  },
});
registerEnumType(TicketEventType, {
  name: 'TicketEventType',
  description: 'Kinds of timeline event.',
  valuesConfig: {
    SUBMITTED: { description: 'The resident raised the matter.' },
    ACCEPTED: { description: 'Staff accepted it and routed it.' },
    REJECTED: { description: 'Staff rejected it as invalid.' },
    MERGED: { description: 'Merged into another ticket as a duplicate.' },
    REASSIGNED: { description: 'Responsible organisations changed.' },
    REPLIED: { description: 'A public answer to the resident.' },
    NOTE: { description: 'An internal note (staff only).' },
    ESCALATED: { description: 'Reported up to a street department.' },
    ESCALATION_ANSWERED: { description: "The department's answer, posted to the resident." },
    ESCALATION_ACKNOWLEDGED: { description: 'The street department acknowledged the escalation (签收).' },
    REFERRED_TO_MEETING: { description: 'Referred to a round-table meeting (圆桌会).' },
    MEETING_SCHEDULED: {
      description: 'Put on the agenda of a round-table meeting; the note names the meeting and its time.',
    },
    MEETING_DECIDED: { description: 'What the round-table meeting decided on it (public).' },
    RETURNED_FROM_MEETING: { description: 'Sent back to its handlers by a meeting, with a new reply deadline.' },
    RESOLVED: { description: 'Resolved (完结), with the resolution.' },
    RATED: { description: 'The resident rated the outcome.' },
    REOPENED: { description: 'The resident reopened it after resolution.' },
    WITHDRAWN: { description: 'The resident withdrew it.' },
    CALLED_BACK: { description: 'Staff recorded a follow-up call (回访) to a resident who did not rate.' },
    AUTO_CLOSED: {
      description:
        'Closed by itself: resolved, not rated and not called back within the community’s days (counts as not rated).',
    },
    // The desk (ticket-desk.*): staff only.
    PRIORITY_CHANGED: {
      description: 'Staff changed its priority; the note gives the change and the reason (staff only).',
    },
    ACKNOWLEDGED: { description: 'A responsible organisation acknowledged its assignment (签收; staff only).' },
    SUPERVISED: {
      description: 'A supervision notice (督办) on an assignment: the note and the new due date (staff only).',
    },
  },
});
registerEnumType(TicketIntake, {
  name: 'TicketIntake',
  description: 'Who may raise a matter in a community.',
  valuesConfig: {
    VERIFIED_RESIDENTS: { description: 'Verified residents of the community only (an approved household binding).' },
    REGISTERED_RESIDENTS: {
      description: 'Any registered resident (for street-wide public matters); not staff accounts.',
    },
  },
});
registerEnumType(EventVisibility, {
  name: 'TicketEventVisibility',
  description: 'Who sees a timeline event (declared per event type; staff only unless declared).',
  valuesConfig: {
    PUBLIC: {
      description: 'Every resident who may see the ticket: its type and time, and texts written for residents.',
    },
    OWNER_AND_STAFF: { description: 'The resident who raised it, and staff.' },
    STAFF_ONLY: { description: 'Staff who see the ticket in full (internal notes).' },
  },
});
registerEnumType(AssignmentState, {
  name: 'AssignmentState',
  description: "State of one organisation's obligation to reply.",
  valuesConfig: {
    OPEN: { description: 'Reply still owed.' },
    REPLIED: { description: 'The organisation has replied.' },
    REMOVED: { description: 'Taken off the ticket by reassignment.' },
  },
});

@ObjectType({ description: 'A category of matters, configured per community.' })
export class TicketCategory {
  @Field(() => ID, { description: 'Opaque id.' })
  id: string;

  @Field(() => Int, { description: 'Changes with every update; send it back as `expectedVersion`.' })
  version: number;

  @Field(() => String, { description: 'Stable code, e.g. TRAFFIC.' })
  code: string;

  @Field(() => String, { description: 'Name in Chinese.' })
  nameZh: string;

  @Field(() => String, { description: 'Name in English.' })
  nameEn: string;

  @Field(() => OrganisationKind, { description: 'Organisation kind that handles it by default.' })
  defaultOrgKind: OrganisationKind;

  @Field(() => Int, { description: 'Working days to the first reply (1-5).' })
  replyDays: number;

  @Field(() => Int, { description: 'Working days to resolution.' })
  resolveDays: number;

  @Field(() => Boolean, { description: 'Offered to residents.' })
  active: boolean;

  @Field(() => Int, { description: 'Position in lists.' })
  sortOrder: number;

  communityId: string;

  // ---- the desk (ticket-desk.*) ----

  @Field(() => ID, { nullable: true, description: 'The parent category (two levels); null for a top-level one.' })
  parentId: string | null;

  @Field(() => TicketPriority, {
    nullable: true,
    description: "Priority of its new tickets; null: the parent's, else NORMAL (see effectivePriority).",
  })
  defaultPriority: TicketPriority | null;
}

@ObjectType({ description: 'A deadline as the server computes it.' })
export class Deadline {
  @Field(() => Date, { description: 'End of the last working day allowed (Asia/Shanghai).' })
  dueAt: Date;

  @Field(() => Boolean, { description: 'Past due and not met.' })
  isOverdue: boolean;

  @Field(() => Int, { description: 'Working days left: 0 on the due day, negative once overdue.' })
  workingDaysLeft: number;

  @Field(() => Boolean, {
    description: 'False when the deadline lies in a period without holiday data (staff should enter the calendar).',
  })
  calendarCovered: boolean;
}

@ObjectType({ description: "One responsible organisation's obligation to reply, with its own clock." })
export class TicketAssignment {
  @Field(() => ID, { description: 'Opaque id.' })
  id: string;

  @Field(() => AssignmentState, { description: 'Whether the reply is still owed.' })
  state: AssignmentState;

  @Field(() => Date, { nullable: true, description: 'When the organisation replied.' })
  repliedAt: Date | null;

  organisationId: string;
  replyDueAt: Date;
  dueCovered: boolean;

  // ---- the desk (ticket-desk.*) ----

  @Field(() => Date, {
    description: 'When the organisation was (re)assigned: the acknowledgement clock runs from here.',
  })
  assignedAt: Date;

  @Field(() => Date, {
    nullable: true,
    description: 'When its staff acknowledged the assignment (签收); null while not.',
  })
  acknowledgedAt: Date | null;

  @Field(() => Date, {
    nullable: true,
    description:
      'When the acknowledgement watch flagged it as not acknowledged within the community’s working hours (its staff were reminded then).',
  })
  ackFlaggedAt: Date | null;
}

@ObjectType({ description: 'One entry of a ticket timeline. Immutable.' })
export class TicketEvent {
  @Field(() => ID, { description: 'Opaque id.' })
  id: string;

  @Field(() => TicketEventType, { description: 'What happened.' })
  type: TicketEventType;

  @Field(() => TicketState, { nullable: true, description: 'State before (transitions only).' })
  fromState: TicketState | null;

  @Field(() => TicketState, { nullable: true, description: 'State after (transitions only).' })
  toState: TicketState | null;

  @Field(() => String, { nullable: true, description: 'Text: the reply, the reason, the note …' })
  note: string | null;

  @Field(() => Boolean, {
    description: 'True when every resident who may see the ticket sees that this happened (its type and time).',
  })
  isPublic: boolean;

  @Field(() => EventVisibility, {
    description: 'Who sees this event: every resident who may see the ticket, its submitter and staff, or staff only.',
  })
  visibility: EventVisibility;

  @Field(() => String, { nullable: true, description: 'Role the actor acted as (staff); null for the resident.' })
  actorRole: string | null;

  @Field(() => Date, { description: 'When it happened.' })
  createdAt: Date;

  actorId: string | null;
  organisationId: string | null;
  relatedTicketId: string | null;
}

@ObjectType({ description: 'What the viewer may do with a ticket now (state and role permitting).' })
export class TicketViewerCan {
  @Field(() => Boolean, { description: 'Accept and route it.' })
  accept: boolean;

  @Field(() => Boolean, { description: 'Reject it as invalid.' })
  reject: boolean;

  @Field(() => Boolean, { description: 'Merge it into another ticket.' })
  merge: boolean;

  @Field(() => Boolean, { description: 'Change the responsible organisations.' })
  reassign: boolean;

  @Field(() => Boolean, { description: 'Post a public reply.' })
  reply: boolean;

  @Field(() => Boolean, { description: 'Add an internal note.' })
  note: boolean;

  @Field(() => Boolean, { description: 'Report it up to a street department.' })
  escalate: boolean;

  @Field(() => Boolean, { description: "Post the department's answer." })
  answerEscalation: boolean;

  @Field(() => Boolean, { description: 'Acknowledge an escalation to your own street department (签收).' })
  acknowledgeEscalation: boolean;

  @Field(() => Boolean, { description: 'Put it on a round-table meeting agenda.' })
  referToMeeting: boolean;

  @Field(() => Boolean, { description: 'Put it on a meeting agenda (the meeting module does this).' })
  scheduleInMeeting: boolean;

  @Field(() => Boolean, { description: "Record a meeting's decision on it (the meeting module does this)." })
  recordMeetingDecision: boolean;

  @Field(() => Boolean, { description: 'Send it back to its handlers after a meeting (the meeting module does this).' })
  returnFromMeeting: boolean;

  @Field(() => Boolean, { description: 'Resolve it (完结).' })
  resolve: boolean;

  @Field(() => Boolean, { description: 'Rate the outcome (the resident).' })
  rate: boolean;

  @Field(() => Boolean, { description: 'Reopen it (the resident, within the allowed days).' })
  reopen: boolean;

  @Field(() => Boolean, { description: 'Withdraw it (the resident).' })
  withdraw: boolean;

  @Field(() => Boolean, { description: 'Record a follow-up call (回访) after resolution (staff).' })
  callBack: boolean;

  @Field(() => Boolean, { description: 'Reopen it after a dissatisfied follow-up call (staff).' })
  reopenAfterCallback: boolean;
  @Field(() => Boolean, { description: 'Change its priority, with a reason (the desk).' })
  changePriority: boolean;

  @Field(() => Boolean, { description: 'Acknowledge an assignment of the viewer’s organisation (签收).' })
  acknowledge: boolean;

  @Field(() => Boolean, { description: 'Issue a supervision notice (督办) on an assignment.' })
  supervise: boolean;
}

@ObjectType({
  description:
    'A matter a resident raised (我要说事). Other residents see a public, anonymised form: no submitter, photos or exact location.',
})
export class Ticket {
  @Field(() => ID, { description: 'Opaque id.' })
  id: string;

  @Field(() => String, { description: 'Title.' })
  title: string;

  @Field(() => String, { description: 'What the resident wrote.' })
  body: string;

  @Field(() => TicketState, { description: 'Current state (a projection of the timeline).' })
  state: TicketState;

  @Field(() => Int, { description: 'Version for optimistic concurrency: pass it as `expectedVersion` when acting.' })
  version: number;

  @Field(() => Boolean, { description: 'Raised anonymously toward other residents.' })
  anonymous: boolean;

  @Field(() => String, { nullable: true, description: 'Free-text location (hidden in the public form).' })
  locationText: string | null;

  @Field(() => Date, { description: 'When it was submitted.' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When staff accepted it.' })
  acceptedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the first reply was posted.' })
  firstRepliedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was resolved.' })
  resolvedAt: Date | null;

  @Field(() => Int, { nullable: true, description: 'The resident’s rating, 1-5.' })
  rating: number | null;

  @Field(() => String, { nullable: true, description: 'The resident’s comment with the rating.' })
  ratingComment: string | null;

  @Field(() => Boolean, { description: 'True when the viewer sees only the public, anonymised form.' })
  isPublicView: boolean;

  streetId: string;
  communityId: string;
  estateId: string | null;
  buildingId: string | null;
  categoryId: string;
  submitterId: string;
  mergedIntoId: string | null;
  replyDueAt: Date | null;
  resolveDueAt: Date | null;
  dueCovered: boolean;
  ownerView: boolean;
  staffView: boolean;

  // ---- the desk (ticket-desk.*) ----

  @Field(() => TicketPriority, { description: 'NORMAL, URGENT or EMERGENCY.' })
  priority: TicketPriority;

  @Field(() => Date, { nullable: true, description: 'When it became an emergency: its hour clock runs from here.' })
  emergencyAt: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When a responsible organisation first acknowledged it (签收); an emergency stays on top until then.',
  })
  acknowledgedAt: Date | null;
  /** Intake on behalf, imports, escalation (fields in ticket-intake.fields.ts). */
  desk?: TicketIntakeView;
}

export const TicketConnection = ConnectionType(Ticket, 'Ticket', 'ticket');
export const TicketEventConnection = ConnectionType(TicketEvent, 'TicketEvent', 'timeline event');
export const TicketPayload = PayloadType(Ticket, 'Ticket', 'ticket', 'ticket');
export const TicketCategoryPayload = PayloadType(TicketCategory, 'TicketCategory', 'category', 'ticket category');

@ObjectType({ description: 'Ticket figures of a period, derived from the timeline (never from counters).' })
export class TicketFigures {
  @Field(() => Date, { description: 'Start of the period (inclusive).' })
  from: Date;

  @Field(() => Date, { description: 'End of the period (exclusive).' })
  to: Date;

  @Field(() => Int, { description: 'Tickets submitted in the period.' })
  submitted: number;

  @Field(() => Int, {
    description: 'Of those, accepted as valid (merged duplicates counted once, rejected not at all).',
  })
  valid: number;

  @Field(() => Int, { description: 'Valid tickets that have had a reply.' })
  replied: number;

  @Field(() => Int, { description: 'Valid tickets whose first reply came by the deadline.' })
  repliedOnTime: number;

  @Field(() => Int, { description: 'Valid tickets resolved (完结).' })
  resolved: number;

  @Field(() => Int, { description: 'Valid tickets escalated (上报) to the street.' })
  escalated: number;

  @Field(() => Int, { description: 'Tickets rejected as invalid.' })
  rejected: number;

  @Field(() => Int, { description: 'Duplicates merged into another ticket.' })
  merged: number;

  @Field(() => Number, { nullable: true, description: 'replied / valid (0-1); null when nothing is valid.' })
  replyRate: number | null;

  @Field(() => Number, { nullable: true, description: 'repliedOnTime / valid (0-1).' })
  onTimeRate: number | null;

  @Field(() => Number, { nullable: true, description: 'Average rating of rated tickets (1-5).' })
  averageRating: number | null;
}

@ObjectType({ description: 'Who may raise matters in a community.' })
export class TicketIntakeSetting {
  @Field(() => ID, { description: 'The community.' })
  communityId: string;

  @Field(() => TicketIntake, { description: 'Who may raise matters there.' })
  intake: TicketIntake;
}
