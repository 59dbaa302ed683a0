import { type Deps, defineModule } from '../../app/module.js';
import { Role } from '../../auth/roles.js';
import type { AuditService } from '../audit/audit.service.js';
import type { NotificationService } from '../notification/notification.service.js';
import { WebhookDeliveryEntity, WebhookSubscriptionEntity } from './webhook.entity.js';
import { WEBHOOK_ENUMS } from './webhook.enums.js';
import { WebhookReasons } from './webhook.errors.js';
import { WEBHOOK_NOTICES } from './webhook.notices.js';
import { WebhookOutboxSubscriber } from './webhook.outbox.js';
import { WebhookResolver } from './webhook.resolver.js';
import { WebhookService } from './webhook.service.js';
import { WebhookAppResolver } from './webhook-app.resolver.js';

const { SYSTEM_ADMIN, STREET_ADMIN, COMMUNITY_STAFF, PROPERTY_STAFF, COMMITTEE_MEMBER } = Role;

/**
 * Signed webhooks: organisations subscribe receivers to domain events (ticket, booking,
 * maintenance), delivered within their own scope, signed, retried for a day, logged, re-sendable.
 * Events come from the outbox subscriber (webhook.outbox.ts); listed after the modules it hears.
 */
export const webhookModule = defineModule({
  name: 'webhook',
  entities: [WebhookSubscriptionEntity, WebhookDeliveryEntity],
  subscribers: [WebhookOutboxSubscriber],
  errors: WebhookReasons,
  enums: WEBHOOK_ENUMS,
  resolvers: [WebhookResolver, WebhookAppResolver],
  permissions: {
    /** Keep webhook subscriptions: street/system admins over their reach, staff of the owner organisation for its own. */
    'webhook.manage': [SYSTEM_ADMIN, STREET_ADMIN, COMMUNITY_STAFF, PROPERTY_STAFF, COMMITTEE_MEMBER],
  },
  notificationKinds: WEBHOOK_NOTICES,
  auditOperations: ['webhook.create', 'webhook.pause', 'webhook.resume', 'webhook.delete', 'webhook.resend'],
  jobs: [{ name: 'webhook.deliver', run: ({ webhook }) => webhook.deliverDue() }],
  services: ({
    dataSource,
    config,
    audit,
    notifications,
  }: Deps<{ audit: AuditService; notifications: NotificationService }>) => ({
    webhook: new WebhookService(dataSource, config, audit, notifications),
  }),
});
