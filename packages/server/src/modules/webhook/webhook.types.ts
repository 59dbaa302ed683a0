import { ArgsType, Field, ID, Int, ObjectType } from 'type-graphql';
import { ConnectionType, PageArgs, PayloadType } from '../../graphql/pagination.js';
import { WebhookDeliveryStatus, WebhookEventType, WebhookPauseReason } from './webhook.enums.js';

@ObjectType({ description: 'The app (API client) a webhook subscription belongs to.' })
export class WebhookSubscriptionApp {
  @Field(() => ID, { description: 'The app’s id.' })
  id: string;

  @Field(() => String, { description: 'The app’s name.' })
  name: string;

  @Field(() => Boolean, { description: 'Whether the app is revoked (its subscriptions receive no deliveries).' })
  revoked: boolean;
}

@ObjectType({
  description:
    'A webhook subscription of an organisation: a receiver URL and the events it hears, delivered signed (`X-Roundtable-Signature`, see docs/api.md) within the organisation’s scope. The secret is shown once, by `createWebhookSubscription`.',
})
export class WebhookSubscription {
  @Field(() => ID, { description: 'Opaque id.' })
  id: string;

  @Field(() => ID, { description: 'The owner organisation.' })
  organisationId: string;

  @Field(() => ID, { nullable: true, description: 'The app (API client) it belongs to, if any.' })
  apiClientId: string | null;

  @Field(() => String, { description: 'Its name.' })
  name: string;

  @Field(() => String, { description: 'The receiver URL (https).' })
  url: string;

  @Field(() => [WebhookEventType], { description: 'The events it hears.' })
  events: WebhookEventType[];

  @Field(() => Boolean, { description: 'Whether deliveries are held (they resume when it is resumed).' })
  paused: boolean;

  @Field(() => WebhookPauseReason, { nullable: true, description: 'Why it is paused.' })
  pausedReason: WebhookPauseReason | null;

  @Field(() => Int, { description: 'Failed attempts in a row (0 after a success).' })
  consecutiveFailures: number;

  @Field(() => Date, { description: 'When it was created.' })
  createdAt: Date;
}

@ObjectType({ description: 'One event sent (or to be sent) to one webhook subscription, with its last answer.' })
export class WebhookDelivery {
  @Field(() => ID, { description: 'Opaque id; sent as `X-Roundtable-Delivery`.' })
  id: string;

  @Field(() => ID, { description: 'The subscription.' })
  subscriptionId: string;

  @Field(() => WebhookEventType, { description: 'The event.' })
  eventType: WebhookEventType;

  @Field(() => String, { description: 'The JSON body sent.' })
  payload: string;

  @Field(() => WebhookDeliveryStatus, { description: 'Where it stands.' })
  status: WebhookDeliveryStatus;

  @Field(() => Int, { description: 'Attempts made so far.' })
  attempts: number;

  @Field(() => Date, { nullable: true, description: 'When the next attempt is due (PENDING only).' })
  nextAttemptAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the last attempt was made.' })
  lastAttemptAt: Date | null;

  @Field(() => Int, { nullable: true, description: 'The HTTP status of the last answer (null: no answer).' })
  lastStatusCode: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'The first 500 characters of the last answer, or the network error.',
  })
  lastResponse: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was delivered (a 2xx answer).' })
  deliveredAt: Date | null;

  @Field(() => Date, { description: 'When the event happened (the delivery was created).' })
  createdAt: Date;
}

export const WebhookSubscriptionConnection = ConnectionType(
  WebhookSubscription,
  'WebhookSubscription',
  'webhook subscription',
);
export const WebhookSubscriptionPayload = PayloadType(
  WebhookSubscription,
  'WebhookSubscription',
  'subscription',
  'webhook subscription',
);
export const WebhookDeliveryConnection = ConnectionType(WebhookDelivery, 'WebhookDelivery', 'webhook delivery');
export const WebhookDeliveryPayload = PayloadType(WebhookDelivery, 'WebhookDelivery', 'delivery', 'webhook delivery');

@ObjectType({ description: 'A new webhook subscription and its signing secret (shown this once).' })
export class CreateWebhookSubscriptionPayload {
  @Field(() => WebhookSubscription, { description: 'The subscription.' })
  subscription: WebhookSubscription;

  @Field(() => String, {
    description: 'The signing secret (`whsec_…`): keep it now, it is never shown again.',
  })
  secret: string;
}

@ArgsType()
export class WebhookSubscriptionListArgs extends PageArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'Only this organisation’s subscriptions (default: every one the viewer keeps).',
  })
  organisationId?: string | null;
}

@ArgsType()
export class WebhookDeliveryListArgs extends PageArgs {
  @Field(() => ID, { description: 'The subscription whose deliveries to list.' })
  subscriptionId: string;

  @Field(() => WebhookDeliveryStatus, { nullable: true, description: 'Only deliveries in this state.' })
  status?: WebhookDeliveryStatus | null;
}
