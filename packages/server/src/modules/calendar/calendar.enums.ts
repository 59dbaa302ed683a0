/** What a day of the calendar is, when it is not an ordinary weekday or weekend. */
export enum CalendarDayKind {
  /** 法定节假日 — a statutory holiday (no work, even on a weekday). */
  HOLIDAY = 'HOLIDAY',
  /** 调休上班 — a make-up working day (work, even on a weekend). */
  WORKDAY = 'WORKDAY',
}

/** Where the working-day schedule of a year comes from. */
export enum CalendarSource {
  /** The State Council schedule shipped with the chinese-days package (2004-2026). */
  PACKAGE = 'PACKAGE',
  /** Entered by staff and declared complete. */
  STAFF = 'STAFF',
  /** No schedule: weekends off, weekdays working, deadlines flagged. */
  NONE = 'NONE',
}
