import { type Deps, defineModule } from '../../app/module.js';
import { Role } from '../../auth/roles.js';
import type { AuditService } from '../audit/audit.service.js';
import type { NotificationService } from '../notification/notification.service.js';
import type { TicketService } from '../ticket/ticket.service.js';
import type { TicketWorkflowService } from '../ticket/ticket-workflow.service.js';
import { HotTopicEntity, HotTopicRuleEntity, HotTopicTicketEntity } from './triage.entity.js';
import { TRIAGE_ENUMS } from './triage.enums.js';
import { TriageReasons } from './triage.errors.js';
import { ticketsByHotTopicLoader } from './triage.loaders.js';
import { TRIAGE_NOTICES } from './triage.notices.js';
import { TriageResolver } from './triage.resolver.js';
import { TriageService } from './triage.service.js';

const { SYSTEM_ADMIN, STREET_ADMIN, COMMUNITY_STAFF } = Role;

type TriageDeps = Deps<{
  audit: AuditService;
  notifications: NotificationService;
  tickets: TicketService;
  ticketWorkflow: TicketWorkflowService;
}>;

/** 研判: similar tickets and hot topics (bursts of similar tickets), found when a ticket arrives. */
export const triageModule = defineModule({
  name: 'triage',
  entities: [HotTopicEntity, HotTopicTicketEntity, HotTopicRuleEntity],
  errors: TriageReasons,
  enums: TRIAGE_ENUMS,
  resolvers: [TriageResolver],
  loaders: (ds) => ({ ticketsByHotTopic: ticketsByHotTopicLoader(ds) }),
  permissions: {
    /** Read similar tickets and the hot topics of a place (and its hot-topic rule). */
    'triage.read': [SYSTEM_ADMIN, STREET_ADMIN, COMMUNITY_STAFF],
    /** Merge or dismiss hot topics. */
    'triage.manage': [SYSTEM_ADMIN, STREET_ADMIN, COMMUNITY_STAFF],
    /** Set a community's hot-topic threshold and window. */
    'triage.configure': [SYSTEM_ADMIN, STREET_ADMIN, COMMUNITY_STAFF],
  },
  notificationKinds: TRIAGE_NOTICES,
  auditOperations: ['triage.mergeHotTopic', 'triage.dismissHotTopic', 'triage.setHotTopicRule'],
  services: ({ dataSource, audit, notifications, tickets, ticketWorkflow }: TriageDeps) => ({
    triage: new TriageService(dataSource, audit, notifications, tickets, ticketWorkflow),
  }),
});
