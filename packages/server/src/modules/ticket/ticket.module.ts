import { type Deps, defineModule } from '../../app/module.js';
import { Role } from '../../auth/roles.js';
import { byIdLoader } from '../../graphql/loaders/by-id.loader.js';
import { referenceLoader } from '../../graphql/loaders/reference.loader.js';
import type { AuditService } from '../audit/audit.service.js';
import type { CalendarService } from '../calendar/calendar.service.js';
import type { FileService } from '../file/file.service.js';
import type { AuthService } from '../identity/auth.service.js';
import type { JobService } from '../job/job.service.js';
import { shanghaiHour } from '../job/job.service.js';
import type { NotificationService } from '../notification/notification.service.js';
import type { TreeService } from '../org/tree.service.js';
import { OverdueWatch } from './overdue-watch.js';
import { accessOf } from './ticket.access.js';
import { TicketEntity } from './ticket.entity.js';
import { TicketReasons } from './ticket.errors.js';
import { assignmentsByTicketLoader, timelinePageLoader } from './ticket.loaders.js';
import { TICKET_NOTICES } from './ticket.notices.js';
import { TicketResolver } from './ticket.resolver.js';
import { TicketService } from './ticket.service.js';
import { TRANSITIONS } from './ticket.transitions.js';
import { TicketAssignmentEntity } from './ticket-assignment.entity.js';
import { TicketBulkService } from './ticket-bulk.service.js';
import { TicketCategoryEntity } from './ticket-category.entity.js';
import { TicketCategoryService } from './ticket-category.service.js';
import { DeskReasons } from './ticket-desk.errors.js';
import { deskLoaders } from './ticket-desk.loaders.js';
import { DESK_AUDIT_OPERATIONS, DESK_ENTITIES, DESK_RESOLVERS } from './ticket-desk.manifest.js';
import { DESK_NOTICES } from './ticket-desk.notices.js';
import { TicketDeskService } from './ticket-desk.service.js';
import { TicketEventEntity } from './ticket-event.entity.js';
import { TicketEventNoteResolver } from './ticket-event-note.resolver.js';
import {
  CommunityTicketFieldsResolver,
  TicketAssignmentFieldsResolver,
  TicketEventFieldsResolver,
  TicketFieldsResolver,
} from './ticket-fields.resolver.js';
import { TicketImportService } from './ticket-import.service.js';
import { TicketIntakeReasons } from './ticket-intake.errors.js';
import { DepartmentAnswerTimeFieldsResolver, TicketIntakeFieldsResolver } from './ticket-intake.fields.js';
import { TicketIntakeResolver } from './ticket-intake.resolver.js';
import { TicketIntakeService } from './ticket-intake.service.js';
import { TicketWorkflowService } from './ticket-workflow.service.js';

const { SYSTEM_ADMIN, STREET_ADMIN, COMMUNITY_STAFF, PROPERTY_STAFF, COMMITTEE_MEMBER, RESIDENT } = Role;
const ALL_STAFF = [SYSTEM_ADMIN, STREET_ADMIN, COMMUNITY_STAFF, PROPERTY_STAFF, COMMITTEE_MEMBER];

type TicketDeps = Deps<{
  audit: AuditService;
  auth: AuthService;
  tree: TreeService;
  calendar: CalendarService;
  files: FileService;
  notifications: NotificationService;
  jobs: JobService;
}>;

/** Residents' matters (诉求): submission, triage, routing, replies, escalation, figures. */
export const ticketModule = defineModule({
  name: 'ticket',
  entities: [
    TicketCategoryEntity,
    TicketEntity,
    TicketEventEntity,
    TicketAssignmentEntity,
    // The desk (ticket-desk.*): routing rules, supervision notices, per-community settings.
    ...DESK_ENTITIES,
  ],
  resolvers: [
    TicketResolver,
    TicketFieldsResolver,
    TicketAssignmentFieldsResolver,
    TicketEventFieldsResolver,
    CommunityTicketFieldsResolver,
    TicketEventNoteResolver,
    ...DESK_RESOLVERS,
    // Intake on behalf, department answers, imports, bulk work (ticket-intake.*).
    TicketIntakeResolver,
    TicketIntakeFieldsResolver,
    DepartmentAnswerTimeFieldsResolver,
  ],
  loaders: (ds) => ({
    ticket: byIdLoader(ds, TicketEntity),
    // Categories are a small reference table: cached in-process, dropped on any write.
    ticketCategory: referenceLoader(ds, TicketCategoryEntity),
    assignmentsByTicket: assignmentsByTicketLoader(ds),
    timelinePage: timelinePageLoader(ds),
    ...deskLoaders(ds),
  }),
  permissions: {
    /** Read tickets in full (property staff and committees: only those routed to them, see ticket.policy). */
    'ticket.read': [SYSTEM_ADMIN, STREET_ADMIN, COMMUNITY_STAFF],
    /** See a community's accepted tickets in the public, anonymised form. */
    'ticket.publicRead': [...ALL_STAFF, RESIDENT],
    /** Triage: accept, reject, merge, reassign, escalate, refer to a meeting. */
    'ticket.triage': [SYSTEM_ADMIN, STREET_ADMIN, COMMUNITY_STAFF],
    /** Configure ticket categories and their deadlines. */
    'ticket.configure': [SYSTEM_ADMIN, STREET_ADMIN, COMMUNITY_STAFF],
    /** Read ticket figures (valid, replied, on time …). */
    'ticket.figures': [SYSTEM_ADMIN, STREET_ADMIN, COMMUNITY_STAFF],
  },
  auditOperations: [
    ...Object.keys(TRANSITIONS).map((action) => `ticket.${action}`),
    'ticket.setIntake',
    'ticket.category.create',
    'ticket.category.update',
    ...DESK_AUDIT_OPERATIONS,
    'ticket.raiseOnBehalf',
    'ticket.contact.reveal',
    'ticket.import',
  ],
  errors: { ...TicketReasons, ...DeskReasons, ...TicketIntakeReasons },
  // What ticket notifications say, in every language (ticket.notices.ts).
  notificationKinds: { ...TICKET_NOTICES, ...DESK_NOTICES },
  // Ticket photos: readable by whoever may read the ticket in full (staff in scope, its submitter).
  fileReadRules: ({ dataSource }) => ({
    Ticket: async (viewer, ticketId) => {
      const ticket = await dataSource.getRepository(TicketEntity).findOneBy({ id: ticketId });
      if (!ticket) return false;
      const access = await accessOf(dataSource, viewer, ticket);
      return access.staff || access.owner;
    },
  }),
  jobs: [
    // Every tick: the watch itself records once per period what it has flagged (job_run).
    { name: 'ticket.overdue-watch', run: ({ overdueWatch }) => overdueWatch.run() },
    // Once per hour: assignments not acknowledged (签收) within their community's working hours (the desk).
    {
      name: 'ticket.ack-watch',
      run: ({ jobs, ticketDesk }) => {
        const now = new Date();
        return jobs.runOnce('ticket.ack-watch', shanghaiHour(now), () => ticketDesk.ackWatch(now));
      },
    },
  ],
  services: ({ dataSource, config, audit, auth, tree, calendar, files, notifications, jobs }: TicketDeps) => {
    const deadlines = () => calendar.calendar();
    const tickets = new TicketService(dataSource, notifications, files, deadlines, audit);
    const ticketWorkflow = new TicketWorkflowService(dataSource, audit, notifications, deadlines, config);
    // The desk: urgency, routing rules, acknowledgement, supervision (ticket-desk.*); it listens to intake.
    const ticketDesk = new TicketDeskService(dataSource, audit, notifications, ticketWorkflow, deadlines);
    ticketDesk.listen(tickets);
    const ticketIntake = new TicketIntakeService(dataSource, tickets, audit);
    // A phone that registers takes over the tickets staff took on its behalf (same transaction).
    auth.onRegistered((user, m) => ticketIntake.linkOnRegistration(user, m));
    return {
      tickets,
      ticketWorkflow,
      ticketDesk,
      ticketIntake,
      ticketImport: new TicketImportService(dataSource, audit, deadlines),
      ticketBulk: new TicketBulkService(ticketWorkflow),
      ticketCategories: new TicketCategoryService(dataSource, audit, tree),
      overdueWatch: new OverdueWatch(dataSource, jobs, notifications, deadlines),
    };
  },
});
