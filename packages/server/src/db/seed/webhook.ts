import type { DataSource } from 'typeorm';
import { OrganisationEntity } from '../../modules/org/organisation.entity.js';
import { WebhookSubscriptionEntity } from '../../modules/webhook/webhook.entity.js';
import { WebhookPauseReason } from '../../modules/webhook/webhook.enums.js';
import { newSecret } from '../../modules/webhook/webhook.rules.js';

/**
 * A demo webhook subscription of 绿城物业, paused (MANUAL): the console shows one without the demo
 * server sending anything anywhere; resume it after pointing it at a receiver of your own.
 */
export async function seedWebhooks(ds: DataSource): Promise<void> {
  const company = await ds.getRepository(OrganisationEntity).findOneBy({ name: '绿城物业服务集团' });
  if (!company) return;
  await ds.getRepository(WebhookSubscriptionEntity).save({
    organisationId: company.id,
    streetId: company.streetId,
    communityId: company.communityId,
    apiClientId: null,
    name: '绿城物业工单系统（演示）',
    url: 'https://example.com/roundtable-webhook',
    events: 'TICKET_STATE_CHANGED,TICKET_REPLIED',
    secret: newSecret(),
    paused: true,
    pausedReason: WebhookPauseReason.MANUAL,
    consecutiveFailures: 0,
    failingSince: null,
    createdById: null,
  } as WebhookSubscriptionEntity);
}
