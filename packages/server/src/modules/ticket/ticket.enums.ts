/** Lifecycle states of a ticket (我要说事), DESIGN §2. */
export enum TicketState {
  SUBMITTED = 'SUBMITTED',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
  MERGED = 'MERGED',
  REPLIED = 'REPLIED',
  ESCALATED = 'ESCALATED',
  IN_MEETING = 'IN_MEETING',
  RESOLVED = 'RESOLVED',
  WITHDRAWN = 'WITHDRAWN',
}

/** Kinds of timeline event. Transitions change the state; the others record facts. */
export enum TicketEventType {
  SUBMITTED = 'SUBMITTED',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
  MERGED = 'MERGED',
  REASSIGNED = 'REASSIGNED',
  REPLIED = 'REPLIED',
  NOTE = 'NOTE',
  ESCALATED = 'ESCALATED',
  ESCALATION_ANSWERED = 'ESCALATION_ANSWERED',
  ESCALATION_ACKNOWLEDGED = 'ESCALATION_ACKNOWLEDGED',
  REFERRED_TO_MEETING = 'REFERRED_TO_MEETING',
  MEETING_SCHEDULED = 'MEETING_SCHEDULED',
  MEETING_DECIDED = 'MEETING_DECIDED',
  RETURNED_FROM_MEETING = 'RETURNED_FROM_MEETING',
  RESOLVED = 'RESOLVED',
  RATED = 'RATED',
  REOPENED = 'REOPENED',
  WITHDRAWN = 'WITHDRAWN',
  // Follow-up visits and auto-close (board module).
  CALLED_BACK = 'CALLED_BACK',
  AUTO_CLOSED = 'AUTO_CLOSED',
  // The desk (ticket-desk.*): urgency, acknowledgement (签收), supervision (督办).
  PRIORITY_CHANGED = 'PRIORITY_CHANGED',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
  SUPERVISED = 'SUPERVISED',
}

export enum AssignmentState {
  OPEN = 'OPEN',
  REPLIED = 'REPLIED',
  REMOVED = 'REMOVED',
}

/** Who may raise a matter (我要说事) in a community: a community setting. */
export enum TicketIntake {
  VERIFIED_RESIDENTS = 'VERIFIED_RESIDENTS',
  REGISTERED_RESIDENTS = 'REGISTERED_RESIDENTS',
}

/** How a matter reached the office (intake on behalf, imports). */
export enum TicketSource {
  APP = 'APP',
  PHONE = 'PHONE',
  COUNTER = 'COUNTER',
  GRID_PATROL = 'GRID_PATROL',
  HOTLINE_12345 = 'HOTLINE_12345',
  LETTER = 'LETTER',
  IMPORT = 'IMPORT',
}
