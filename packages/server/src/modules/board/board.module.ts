import { type Deps, defineModule } from '../../app/module.js';
import { Role } from '../../auth/roles.js';
import type { AuditService } from '../audit/audit.service.js';
import type { JobService } from '../job/job.service.js';
import type { NotificationService } from '../notification/notification.service.js';
import type { TicketService } from '../ticket/ticket.service.js';
import type { TicketWorkflowService } from '../ticket/ticket-workflow.service.js';
import type { TriageService } from '../triage/triage.service.js';
import {
  BoardSettingEntity,
  ReplyTemplateEntity,
  TicketCallbackEntity,
  TicketClosureEntity,
  TicketFollowEntity,
  TicketHiddenPartEntity,
  TicketMeTooEntity,
  TicketReportEntity,
} from './board.entity.js';
import { BoardReasons } from './board.errors.js';
import { callbacksLoader, closureLoader, engagementLoader, hiddenPartsLoader } from './board.loaders.js';
import { BOARD_NOTICES } from './board.notices.js';
import { BoardResolver } from './board.resolver.js';
import { BoardService } from './board.service.js';
import { BoardCallbackService } from './board-callback.service.js';
import { BoardTicketFieldsResolver, TicketReportFieldsResolver } from './board-fields.resolver.js';
import { BoardTemplateService } from './board-template.service.js';

const { SYSTEM_ADMIN, STREET_ADMIN, COMMUNITY_STAFF } = Role;

type BoardDeps = Deps<{
  audit: AuditService;
  notifications: NotificationService;
  jobs: JobService;
  tickets: TicketService;
  ticketWorkflow: TicketWorkflowService;
  triage: TriageService;
}>;

/**
 * The ticket desk's public side and its daily tools: the public board (我也遇到, follow, report),
 * moderation (blocked words, hidden texts, reports, the daily limit), follow-up calls (回访) with
 * auto-close, and reply templates (常用语).
 */
export const boardModule = defineModule({
  name: 'board',
  entities: [
    BoardSettingEntity,
    TicketMeTooEntity,
    TicketFollowEntity,
    TicketReportEntity,
    TicketHiddenPartEntity,
    TicketCallbackEntity,
    TicketClosureEntity,
    ReplyTemplateEntity,
  ],
  errors: BoardReasons,
  resolvers: [BoardResolver, BoardTicketFieldsResolver, TicketReportFieldsResolver],
  loaders: (ds) => ({
    // 我也遇到 count, the viewer's own 我也遇到 and follow: one loader, one statement.
    ticketEngagement: engagementLoader(ds),
    hiddenParts: hiddenPartsLoader(ds),
    ticketCallbacks: callbacksLoader(ds),
    ticketClosure: closureLoader(ds),
  }),
  permissions: {
    /** Hide texts from the public form, read and handle residents' reports. */
    'board.moderate': [SYSTEM_ADMIN, STREET_ADMIN, COMMUNITY_STAFF],
    /** Set a community's blocked words, daily limit and auto-close days; manage its reply templates. */
    'board.configure': [SYSTEM_ADMIN, STREET_ADMIN, COMMUNITY_STAFF],
  },
  notificationKinds: BOARD_NOTICES,
  auditOperations: [
    'board.setSettings',
    'board.handleReport',
    'board.hideText',
    'board.unhideText',
    'board.template.create',
    'board.template.update',
    'board.template.delete',
  ],
  jobs: [
    // Every tick: the job records once per hour what it closed (job_run).
    { name: 'board.auto-close', run: ({ boardCallbacks }) => boardCallbacks.run() },
  ],
  services: ({ dataSource, audit, notifications, jobs, tickets, ticketWorkflow, triage }: BoardDeps) => ({
    board: new BoardService(dataSource, audit, notifications, tickets, ticketWorkflow, triage),
    boardCallbacks: new BoardCallbackService(dataSource, ticketWorkflow, notifications, jobs),
    boardTemplates: new BoardTemplateService(dataSource, audit),
  }),
});
