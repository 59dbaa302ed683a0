import type { WebhookDeliveryEntity, WebhookSubscriptionEntity } from './webhook.entity.js';
import type { WebhookDeliveryStatus, WebhookPauseReason } from './webhook.enums.js';
import { eventsOf } from './webhook.service.js';
import type { WebhookDelivery, WebhookSubscription } from './webhook.types.js';

/** The secret never leaves through this mapper. */
export const toWebhookSubscription = (e: WebhookSubscriptionEntity): WebhookSubscription => ({
  id: e.id,
  organisationId: e.organisationId,
  apiClientId: e.apiClientId,
  name: e.name,
  url: e.url,
  events: eventsOf(e),
  paused: Boolean(e.paused),
  pausedReason: (e.pausedReason as WebhookPauseReason | null) ?? null,
  consecutiveFailures: e.consecutiveFailures,
  createdAt: e.createdAt,
});

export const toWebhookDelivery = (e: WebhookDeliveryEntity): WebhookDelivery => ({
  id: e.id,
  subscriptionId: e.subscriptionId,
  eventType: e.eventType as WebhookDelivery['eventType'],
  payload: e.payload,
  status: e.status as WebhookDeliveryStatus,
  attempts: e.attempts,
  nextAttemptAt: e.nextAttemptAt,
  lastAttemptAt: e.lastAttemptAt,
  lastStatusCode: e.lastStatusCode,
  lastResponse: e.lastResponse,
  deliveredAt: e.deliveredAt,
  createdAt: e.createdAt,
});
