import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { WebhookSubscription, WebhookSubscriptionApp } from './webhook.types.js';

/** The app a webhook subscription belongs to (through the api-client module's loader: one query per request). */
@Resolver(() => WebhookSubscription)
export class WebhookAppResolver {
  @FieldResolver(() => WebhookSubscriptionApp, {
    nullable: true,
    description: 'The app (API client) it belongs to: id, name and whether it is revoked; null for a staff-made one.',
  })
  async apiClient(@Root() s: WebhookSubscription, @Ctx() ctx: RequestContext): Promise<WebhookSubscriptionApp | null> {
    if (!s.apiClientId) return null;
    const app = await ctx.loaders.apiClient.load(s.apiClientId);
    return app ? { id: app.id, name: app.name, revoked: app.revokedAt !== null } : null;
  }
}
