/** A volunteer's place on an activity's list. */
export enum SignupStatus {
  SIGNED_UP = 'SIGNED_UP',
  WAITING = 'WAITING',
  CANCELLED = 'CANCELLED',
}

/** Where the hours of a sign-up stand: they count (points, record) only once approved. */
export enum HoursStatus {
  NONE = 'NONE',
  RECORDED = 'RECORDED',
  APPROVED = 'APPROVED',
}
