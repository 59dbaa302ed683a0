import type { EnumRegistration } from '../../app/module.js';

/** The events a webhook subscription may hear (the declared list; payloads carry ids and public fields). */
export enum WebhookEventType {
  TICKET_STATE_CHANGED = 'TICKET_STATE_CHANGED',
  TICKET_REPLIED = 'TICKET_REPLIED',
  BOOKING_DECIDED = 'BOOKING_DECIDED',
  MAINTENANCE_OVERDUE = 'MAINTENANCE_OVERDUE',
}

/** Where a delivery stands. */
export enum WebhookDeliveryStatus {
  PENDING = 'PENDING',
  DELIVERED = 'DELIVERED',
  FAILED = 'FAILED',
}

/** Why a subscription is paused. */
export enum WebhookPauseReason {
  MANUAL = 'MANUAL',
  FAILING = 'FAILING',
}

export const WEBHOOK_ENUMS: readonly EnumRegistration[] = [
  {
    enum: WebhookEventType,
    name: 'WebhookEventType',
    description: 'An event a webhook subscription can hear; delivered only within the owner organisation’s scope.',
    valuesConfig: {
      TICKET_STATE_CHANGED: {
        description:
          'A ticket moved to another state (submitted, accepted, resolved, closed …): `ticketId`, `fromState`, `toState`.',
      },
      TICKET_REPLIED: { description: 'A reply was posted on a ticket: `ticketId` (the reply text is not sent).' },
      BOOKING_DECIDED: { description: 'A venue booking was approved or rejected: `bookingId`, `venueId`, `decision`.' },
      MAINTENANCE_OVERDUE: {
        description: 'A piece of equipment became overdue for maintenance: `equipmentId`, `estateId`.',
      },
    },
  },
  {
    enum: WebhookDeliveryStatus,
    name: 'WebhookDeliveryStatus',
    description: 'Where a webhook delivery stands.',
    valuesConfig: {
      PENDING: { description: 'Not yet answered with 2xx; another attempt is scheduled (`nextAttemptAt`).' },
      DELIVERED: { description: 'The receiver answered 2xx.' },
      FAILED: { description: 'Gave up after a day of retries (or the subscription was removed); can be re-sent.' },
    },
  },
  {
    enum: WebhookPauseReason,
    name: 'WebhookPauseReason',
    description: 'Why a webhook subscription is paused.',
    valuesConfig: {
      MANUAL: { description: 'Paused by one of its keepers.' },
      FAILING: { description: 'Paused by the server: the receiver kept failing (its owner was told).' },
    },
  },
];
