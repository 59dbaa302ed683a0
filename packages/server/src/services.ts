import { createPubSub, type PubSub } from '@graphql-yoga/subscription';
import type { DataSource } from 'typeorm';
import { TokenService } from './auth/tokens.js';
import type { Config } from './config.js';
import { AuditService } from './modules/audit/audit.service.js';
import { CalendarService } from './modules/calendar/calendar.service.js';
import { FileService } from './modules/file/file.service.js';
import { AuthService } from './modules/identity/auth.service.js';
import { BindingService } from './modules/identity/binding.service.js';
import { MembershipService } from './modules/identity/membership.service.js';
import { UserService } from './modules/identity/user.service.js';
import { JobService } from './modules/job/job.service.js';
import { RetentionPurge } from './modules/job/retention.js';
import { NotificationService } from './modules/notification/notification.service.js';
import { OrganisationService } from './modules/org/org.service.js';
import { TreeService } from './modules/org/tree.service.js';
import { OverdueWatch } from './modules/ticket/overdue-watch.js';
import { accessOf } from './modules/ticket/ticket.access.js';
import { TicketEntity } from './modules/ticket/ticket.entity.js';
import { TicketService } from './modules/ticket/ticket.service.js';
import { TicketCategoryService } from './modules/ticket/ticket-category.service.js';
import { TicketWorkflowService } from './modules/ticket/ticket-workflow.service.js';

/** The application services, built once per process and shared by every request. */
export function createServices(dataSource: DataSource, config: Config) {
  // biome-ignore lint/suspicious/noExplicitAny: topics are declared by each module's events
  const pubSub: PubSub<any> = createPubSub();
  const tokens = new TokenService(config.authSecret, config.accessTokenTtlSeconds);
  const audit = new AuditService(dataSource);
  const auth = new AuthService(dataSource, tokens, config, audit);
  const tree = new TreeService(dataSource, audit);
  const organisations = new OrganisationService(dataSource, audit, tree);
  const users = new UserService(dataSource, audit, auth);
  const memberships = new MembershipService(dataSource, audit, tree, organisations, users);
  const bindings = new BindingService(dataSource, audit);
  const calendar = new CalendarService(dataSource, audit);
  const files = new FileService(dataSource, { uploadDir: config.uploadDir, maxBytes: config.fileMaxBytes });
  const notifications = new NotificationService(dataSource, pubSub);
  const jobs = new JobService(dataSource);
  const retention = new RetentionPurge(dataSource, config.retention);
  const deadlines = () => calendar.calendar();
  const tickets = new TicketService(dataSource, notifications, files, deadlines, audit);
  const ticketWorkflow = new TicketWorkflowService(dataSource, audit, notifications, deadlines, config);
  const ticketCategories = new TicketCategoryService(dataSource, audit, tree);
  const overdueWatch = new OverdueWatch(dataSource, jobs, notifications, deadlines);
  // Ticket photos: readable by whoever may read the ticket in full (staff in scope, its submitter).
  files.registerReadRule('Ticket', async (viewer, ticketId) => {
    const ticket = await dataSource.getRepository(TicketEntity).findOneBy({ id: ticketId });
    if (!ticket) return false;
    const access = await accessOf(dataSource, viewer, ticket);
    return access.staff || access.owner;
  });
  return {
    dataSource,
    config,
    pubSub,
    tokens,
    audit,
    auth,
    tree,
    organisations,
    users,
    memberships,
    bindings,
    calendar,
    files,
    notifications,
    jobs,
    retention,
    tickets,
    ticketWorkflow,
    ticketCategories,
    overdueWatch,
  };
}

export type Services = ReturnType<typeof createServices>;
