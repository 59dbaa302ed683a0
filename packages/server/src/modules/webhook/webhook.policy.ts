import { Brackets } from 'typeorm';
import { allow, authorize } from '../../auth/abilities.js';
import { reachFor } from '../../auth/policy.js';
import type { Reach } from '../../auth/reach.js';
import type { ReadRule } from '../../auth/scoped.js';
import type { Viewer } from '../../auth/viewer.js';
import { DomainError, ErrorCode, unauthenticated } from '../../common/errors.js';
import { WebhookSubscriptionEntity } from './webhook.entity.js';

/** Where a subscription sits: its owner organisation and the organisation's street and community. */
export interface WebhookOwnerPlace {
  organisationId: string;
  streetId: string;
  communityId: string | null;
}

/** Street and system admins over their reach; staff of the owner organisation (or its community office's staff) for their own. */
export function keeps(r: Reach, p: WebhookOwnerPlace): boolean {
  return (
    r.all ||
    r.streetIds.has(p.streetId) ||
    r.organisationIds.has(p.organisationId) ||
    (p.communityId !== null && r.communityIds.has(p.communityId))
  );
}

/** Read rule as a query filter: the subscriptions the viewer keeps (`webhook.manage`). */
export const webhookSubscriptionRead: ReadRule<WebhookSubscriptionEntity> = {
  entity: WebhookSubscriptionEntity,
  what: 'WebhookSubscription',
  filter: (qb, viewer) => {
    const r = reachFor(viewer, 'webhook.manage');
    if (r.all) return;
    const a = qb.alias;
    const ids = (s: Set<string>) => (s.size ? [...s] : ['-']);
    qb.andWhere(
      new Brackets((w) => {
        w.where(`${a}.streetId IN (:...whStreets)`, { whStreets: ids(r.streetIds) })
          .orWhere(`${a}.organisationId IN (:...whOrgs)`, { whOrgs: ids(r.organisationIds) })
          .orWhere(`${a}.communityId IN (:...whCommunities)`, { whCommunities: ids(r.communityIds) });
      }),
    );
  },
};

const keepsIt = (v: Viewer, p: WebhookOwnerPlace) => keeps(reachFor(v, 'webhook.manage'), p);

/** Who may do what with a subscription (one about to be created is judged by its owner). */
export const webhookPolicy = allow({
  what: 'WebhookSubscription',
  read: keepsIt,
  abilities: { create: keepsIt, pause: keepsIt, delete: keepsIt, resend: keepsIt },
});

/** The app calling with its `X-Api-Key` (the api-client module's `RequestApp`), as the webhook policy needs it. */
export interface WebhookCaller {
  id: string;
  organisationId: string;
}

/**
 * The read rule of a request: an app key narrows it to that app's own subscriptions (an app-only
 * caller — a property company's system, no user token — sees exactly those); a user token applies
 * the staff rule as well (both must hold when both are sent).
 */
export function webhookReadFor(app: WebhookCaller | null): ReadRule<WebhookSubscriptionEntity> {
  if (!app) return webhookSubscriptionRead;
  return {
    entity: WebhookSubscriptionEntity,
    what: 'WebhookSubscription',
    filter: (qb, viewer) => {
      qb.andWhere(`${qb.alias}.apiClientId = :whApp`, { whApp: app.id });
      if (viewer) webhookSubscriptionRead.filter(qb, viewer);
    },
  };
}

/**
 * Who may do `ability` to a subscription (or to one about to be created, judged by its owner):
 * an app only to its own (same app, same organisation); a user by `webhookPolicy`. With both, both.
 * Answers the viewer acting (null for an app-only call, whose audit entries name the app).
 */
export function authorizeWebhook(
  viewer: Viewer | null,
  app: WebhookCaller | null,
  ability: 'create' | 'pause' | 'delete' | 'resend',
  p: WebhookOwnerPlace & { apiClientId: string | null },
): Viewer | null {
  if (app) {
    if (p.organisationId !== app.organisationId || p.apiClientId !== app.id)
      throw new DomainError(ErrorCode.FORBIDDEN, `Not allowed to ${ability} this webhooksubscription`);
    return viewer ? authorize(viewer, webhookPolicy, ability, p) : null;
  }
  if (!viewer) throw unauthenticated();
  return authorize(viewer, webhookPolicy, ability, p);
}
