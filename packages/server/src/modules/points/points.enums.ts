/** The events of other modules that a points rule prices (积分规则). */
export enum PointsEvent {
  TICKET_ACCEPTED = 'TICKET_ACCEPTED',
  VOLUNTEER_HOURS = 'VOLUNTEER_HOURS',
  MEETING_ATTENDANCE = 'MEETING_ATTENDANCE',
  BOOKING_NO_SHOW = 'BOOKING_NO_SHOW',
}

/** Why a ledger entry exists: a rule's event, a staff adjustment, or a redemption and its refund. */
export enum PointsReason {
  TICKET_ACCEPTED = 'TICKET_ACCEPTED',
  VOLUNTEER_HOURS = 'VOLUNTEER_HOURS',
  MEETING_ATTENDANCE = 'MEETING_ATTENDANCE',
  BOOKING_NO_SHOW = 'BOOKING_NO_SHOW',
  MANUAL = 'MANUAL',
  REDEMPTION = 'REDEMPTION',
  REDEMPTION_REFUND = 'REDEMPTION_REFUND',
}

/** Leaderboard periods (Asia/Shanghai calendar). */
export enum LeaderboardPeriod {
  MONTH = 'MONTH',
  YEAR = 'YEAR',
  ALL_TIME = 'ALL_TIME',
}

/** A redemption's life: reserved (points and stock taken), handed over, or cancelled (refunded). */
export enum RedemptionStatus {
  RESERVED = 'RESERVED',
  HANDED_OVER = 'HANDED_OVER',
  CANCELLED = 'CANCELLED',
}

/** Reasons that count on the leaderboard (earned or lost by taking part, not spent on rewards). */
export const LEADERBOARD_REASONS: readonly PointsReason[] = [
  PointsReason.TICKET_ACCEPTED,
  PointsReason.VOLUNTEER_HOURS,
  PointsReason.MEETING_ATTENDANCE,
  PointsReason.BOOKING_NO_SHOW,
  PointsReason.MANUAL,
];
