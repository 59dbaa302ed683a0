/** How urgent a ticket is (the desk): the category's default, changed by staff with a reason. */
export enum TicketPriority {
  /** The category's working-day clock. */
  NORMAL = 'NORMAL',
  /** Marked and filterable; the category's working-day clock. */
  URGENT = 'URGENT',
  /** A person trapped in a lift, a gas smell: a clock in hours, everyone told at once, on top until acknowledged. */
  EMERGENCY = 'EMERGENCY',
}
