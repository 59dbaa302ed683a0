import { registerEnumType } from 'type-graphql';

/** How the public board is ordered. */
export enum BoardSort {
  NEWEST = 'NEWEST',
  MOST_ME_TOO = 'MOST_ME_TOO',
  RECENTLY_RESOLVED = 'RECENTLY_RESOLVED',
}

/** A text of a ticket staff may hide from the public form. */
export enum TicketTextPart {
  TITLE = 'TITLE',
  BODY = 'BODY',
}

/** What a resident said on a follow-up call (回访). */
export enum CallbackSatisfaction {
  SATISFIED = 'SATISFIED',
  BASICALLY_SATISFIED = 'BASICALLY_SATISFIED',
  DISSATISFIED = 'DISSATISFIED',
}

/** Where a resident's report of a public ticket stands. */
export enum TicketReportState {
  OPEN = 'OPEN',
  HANDLED = 'HANDLED',
}

registerEnumType(BoardSort, {
  name: 'BoardSort',
  description: 'Order of the public board.',
  valuesConfig: {
    NEWEST: { description: 'Newest submissions first.' },
    MOST_ME_TOO: { description: 'Most 我也遇到 first (then newest).' },
    RECENTLY_RESOLVED: { description: 'Resolved tickets only, most recently resolved first.' },
  },
});
registerEnumType(TicketTextPart, {
  name: 'TicketTextPart',
  description: 'A text of a ticket that staff may hide from the public form (photos are never in the public form).',
  valuesConfig: {
    TITLE: { description: 'The title.' },
    BODY: { description: 'What the resident wrote.' },
  },
});
registerEnumType(CallbackSatisfaction, {
  name: 'CallbackSatisfaction',
  description: 'What the resident said on a follow-up call (回访).',
  valuesConfig: {
    SATISFIED: { description: '满意.' },
    BASICALLY_SATISFIED: { description: '基本满意.' },
    DISSATISFIED: { description: '不满意 — the call-back may reopen the ticket.' },
  },
});
registerEnumType(TicketReportState, {
  name: 'TicketReportState',
  description: "Where a resident's report of a public ticket stands.",
  valuesConfig: {
    OPEN: { description: 'Waiting for staff.' },
    HANDLED: { description: 'Staff looked at it.' },
  },
});
