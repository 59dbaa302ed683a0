import { Brackets } from 'typeorm';
import { allow } from '../../auth/abilities.js';
import { reachFor } from '../../auth/policy.js';
import type { Reach } from '../../auth/reach.js';
import type { ReadRule } from '../../auth/scoped.js';
import type { Viewer } from '../../auth/viewer.js';
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
