/** Kinds of round-table meeting (圆桌会). */
export enum MeetingKind {
  MONTHLY_ROUND_TABLE = 'MONTHLY_ROUND_TABLE',
  AD_HOC = 'AD_HOC',
  HEARING = 'HEARING',
}

/** Where a meeting stands. */
export enum MeetingState {
  PLANNED = 'PLANNED',
  HELD = 'HELD',
  CANCELLED = 'CANCELLED',
}

/** Who a party of a meeting is. */
export enum MeetingPartyKind {
  /** An organisation (property company, owners' committee, department …): its staff may attend. */
  ORGANISATION = 'ORGANISATION',
  /** An invited person. */
  PERSON = 'PERSON',
  /** A resident invited to represent residents (居民代表). */
  RESIDENT_REPRESENTATIVE = 'RESIDENT_REPRESENTATIVE',
  /** A resident who registered to attend an open meeting. */
  REGISTERED_RESIDENT = 'REGISTERED_RESIDENT',
}

export enum Attendance {
  UNKNOWN = 'UNKNOWN',
  PRESENT = 'PRESENT',
  ABSENT = 'ABSENT',
  EXCUSED = 'EXCUSED',
}

export enum MinutesState {
  NONE = 'NONE',
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
}

/** Where a resolution sends the ticket of its agenda item. */
export enum ResolutionOutcome {
  /** No move (a free topic, or a decision that leaves the ticket where it is). */
  NONE = 'NONE',
  RESOLVED = 'RESOLVED',
  ESCALATED = 'ESCALATED',
  /** Back to its handlers with the decision and a new reply deadline. */
  RETURNED = 'RETURNED',
}

export enum ActionItemState {
  OPEN = 'OPEN',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}
