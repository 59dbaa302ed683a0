import { registerEnumType } from 'type-graphql';

/** How urgent a ticket is (the desk): the category's default, changed by staff with a reason. */
export enum TicketPriority {
  /** The category's working-day clock. */
  NORMAL = 'NORMAL',
  /** Marked and filterable; the category's working-day clock. */
  URGENT = 'URGENT',
  /** A person trapped in a lift, a gas smell: a clock in hours, everyone told at once, on top until acknowledged. */
  EMERGENCY = 'EMERGENCY',
}

registerEnumType(TicketPriority, {
  name: 'TicketPriority',
  description: 'How urgent a ticket is (the desk).',
  valuesConfig: {
    NORMAL: { description: 'The category’s working-day clock.' },
    URGENT: { description: 'Marked and filterable; the category’s working-day clock.' },
    EMERGENCY: {
      description:
        'A clock in hours (the community’s emergencyHours, day and night), every staff member of the community and the handlers told at once, on top of the workbench until acknowledged.',
    },
  },
});
