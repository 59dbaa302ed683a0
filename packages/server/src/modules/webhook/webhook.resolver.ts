import { Arg, Args, Ctx, ID, type MiddlewareFn, Mutation, Query, Resolver, UseMiddleware } from 'type-graphql';
import { DomainError, ErrorCode, unauthenticated, withReasons } from '../../common/errors.js';
import { actorOf, type RequestContext } from '../../graphql/context.js';
import { mapConnection } from '../../graphql/pagination.js';
import { Role } from '../identity/identity.enums.js';
import { WebhookReasons as R } from './webhook.errors.js';
import { CreateWebhookSubscriptionInput, SetWebhookSubscriptionPausedInput } from './webhook.inputs.js';
import { toWebhookDelivery, toWebhookSubscription } from './webhook.mappers.js';
import {
  CreateWebhookSubscriptionPayload,
  WebhookDeliveryConnection,
  WebhookDeliveryListArgs,
  WebhookDeliveryPayload,
  WebhookSubscription,
  WebhookSubscriptionConnection,
  WebhookSubscriptionListArgs,
  WebhookSubscriptionPayload,
} from './webhook.types.js';

const KEEPERS = [
  Role.SYSTEM_ADMIN,
  Role.STREET_ADMIN,
  Role.COMMUNITY_STAFF,
  Role.PROPERTY_STAFF,
  Role.COMMITTEE_MEMBER,
];

/**
 * The gate of the webhook operations (in place of `@Authorized`): an app key (`X-Api-Key`) passes
 * on its own — a property company's system calls without a user token, and the policy then limits
 * it to its own app's subscriptions; otherwise the role gate as everywhere (signed in, a keeper role).
 */
export const appOrKeeper: MiddlewareFn<RequestContext> = ({ context }, next) => {
  if (!context.app) {
    if (!context.viewer) throw context.authError ?? unauthenticated();
    if (!context.viewer.hasRole(...KEEPERS)) throw new DomainError(ErrorCode.FORBIDDEN, 'Access denied');
  }
  return next();
};

/** Webhooks: thin — each operation hands the actor (and the calling app, if any) to the service. */
@UseMiddleware(appOrKeeper)
@Resolver(() => WebhookSubscription)
export class WebhookResolver {
  @Query(() => WebhookSubscriptionConnection, {
    description:
      'The webhook subscriptions the viewer keeps (street and system administrators over their reach; staff of the owner organisation for its own), newest first.',
  })
  async webhookSubscriptions(
    @Args(() => WebhookSubscriptionListArgs) args: WebhookSubscriptionListArgs,
    @Ctx() ctx: RequestContext,
  ) {
    return mapConnection(await ctx.services.webhook.list(actorOf(ctx), args, ctx.app), toWebhookSubscription);
  }

  @Query(() => WebhookDeliveryConnection, {
    description: 'The deliveries of a webhook subscription the viewer keeps, newest first, with their last answers.',
  })
  async webhookDeliveries(
    @Args(() => WebhookDeliveryListArgs) args: WebhookDeliveryListArgs,
    @Ctx() ctx: RequestContext,
  ) {
    return mapConnection(await ctx.services.webhook.deliveries(actorOf(ctx), args, ctx.app), toWebhookDelivery);
  }

  @Mutation(() => CreateWebhookSubscriptionPayload, {
    description: withReasons(
      'Subscribe an organisation’s receiver to events; answers the signing secret this once (its keepers: street and system administrators, staff of the organisation). Called with an app key, the subscription is the app’s, owned by the app’s organisation.',
      [
        R.WEBHOOK_BLANK_NAME,
        R.WEBHOOK_BAD_URL,
        R.WEBHOOK_NO_EVENTS,
        R.WEBHOOK_APP_OTHER_ORGANISATION,
        R.WEBHOOK_NO_ORGANISATION,
      ],
    ),
  })
  async createWebhookSubscription(
    @Arg('input', () => CreateWebhookSubscriptionInput, { description: 'The subscription.' })
    input: CreateWebhookSubscriptionInput,
    @Ctx() ctx: RequestContext,
  ) {
    const { subscription, secret } = await ctx.services.webhook.create(actorOf(ctx), input, ctx.app);
    return { subscription: toWebhookSubscription(subscription), secret };
  }

  @Mutation(() => WebhookSubscriptionPayload, {
    description: 'Pause a webhook subscription (deliveries are held) or resume it (held deliveries are sent).',
  })
  async setWebhookSubscriptionPaused(
    @Arg('input', () => SetWebhookSubscriptionPausedInput, { description: 'Which and how.' })
    input: SetWebhookSubscriptionPausedInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { subscription: toWebhookSubscription(await ctx.services.webhook.setPaused(actorOf(ctx), input, ctx.app)) };
  }

  @Mutation(() => Boolean, { description: 'Delete a webhook subscription and its delivery log.' })
  async deleteWebhookSubscription(
    @Arg('id', () => ID, { description: 'The subscription.' }) id: string,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.services.webhook.remove(actorOf(ctx), id, ctx.app);
  }

  @Mutation(() => WebhookDeliveryPayload, {
    description: withReasons('Send a delivered or failed webhook delivery again now.', [R.WEBHOOK_DELIVERY_PENDING]),
  })
  async resendWebhookDelivery(
    @Arg('id', () => ID, { description: 'The delivery.' }) id: string,
    @Ctx() ctx: RequestContext,
  ) {
    return { delivery: toWebhookDelivery(await ctx.services.webhook.resend(actorOf(ctx), id, ctx.app)) };
  }
}
