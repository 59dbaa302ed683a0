/** Factory of the webhook module: creates the owner organisation (a property company) it is not given. */
import { WebhookDeliveryEntity, WebhookSubscriptionEntity } from '../../src/modules/webhook/webhook.entity.js';
import { WebhookEventType } from '../../src/modules/webhook/webhook.enums.js';
import { type FactoryContext, seq } from './context.js';
import { buildOrganisation } from './org.js';

export async function buildWebhookSubscription(
  f: FactoryContext,
  o: {
    organisation?: { id: string; streetId: string; communityId: string | null };
    url?: string;
    events?: WebhookEventType[];
    secret?: string;
    /** The app it belongs to (its organisation should be the app's). */
    apiClient?: { id: string };
  } = {},
): Promise<WebhookSubscriptionEntity> {
  const org = o.organisation ?? (await buildOrganisation(f, { kind: 'PROPERTY_COMPANY' }));
  return f.db.dataSource.getRepository(WebhookSubscriptionEntity).save({
    organisationId: org.id,
    streetId: org.streetId,
    communityId: org.communityId,
    apiClientId: o.apiClient?.id ?? null,
    name: `webhook-${seq()}`,
    url: o.url ?? 'http://127.0.0.1:9/hook',
    events: (o.events ?? [WebhookEventType.TICKET_STATE_CHANGED]).join(','),
    secret: o.secret ?? `whsec_test${seq()}`,
    paused: false,
    pausedReason: null,
    consecutiveFailures: 0,
    failingSince: null,
    createdById: null,
  } as WebhookSubscriptionEntity);
}

/** A delivery of a subscription (DELIVERED unless told). */
export async function buildWebhookDelivery(
  f: FactoryContext,
  subscription: WebhookSubscriptionEntity,
  o: { status?: 'PENDING' | 'DELIVERED' | 'FAILED' } = {},
): Promise<WebhookDeliveryEntity> {
  const status = o.status ?? 'DELIVERED';
  const n = seq();
  return f.db.dataSource.getRepository(WebhookDeliveryEntity).save({
    subscriptionId: subscription.id,
    organisationId: subscription.organisationId,
    eventType: WebhookEventType.TICKET_STATE_CHANGED,
    eventKey: `factory:${n}`,
    payload: JSON.stringify({ id: `factory:${n}`, type: 'TICKET_STATE_CHANGED', data: { ticketId: null } }),
    status,
    attempts: 1,
    nextAttemptAt: status === 'PENDING' ? new Date(Date.now() + 3600_000) : null,
    lockedUntil: null,
    lastAttemptAt: new Date(),
    lastStatusCode: status === 'DELIVERED' ? 200 : 500,
    lastResponse: status === 'DELIVERED' ? 'ok' : 'down',
    deliveredAt: status === 'DELIVERED' ? new Date() : null,
  } as WebhookDeliveryEntity);
}
