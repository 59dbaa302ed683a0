import { type Deps, defineModule } from '../../app/module.js';
import { Role } from '../../auth/roles.js';
import { byIdLoader } from '../../graphql/loaders/by-id.loader.js';
import type { AuditService } from '../audit/audit.service.js';
import type { CalendarService } from '../calendar/calendar.service.js';
import type { JobService } from '../job/job.service.js';
import type { NotificationService } from '../notification/notification.service.js';
import type { PublicationService } from '../publication/publication.service.js';
import type { TicketWorkflowService } from '../ticket/ticket-workflow.service.js';
import {
  MeetingActionItemEntity,
  MeetingAgendaItemEntity,
  MeetingEntity,
  MeetingPartyEntity,
} from './meeting.entity.js';
import { MEETING_ENUMS } from './meeting.enum-registrations.js';
import { MeetingReasons } from './meeting.errors.js';
import { registerMeetingRoutes } from './meeting.ics.js';
import { meetingLoaders } from './meeting.loaders.js';
import { MEETING_NOTICES } from './meeting.notices.js';
import { MeetingResolver } from './meeting.resolver.js';
import { MeetingService } from './meeting.service.js';
import { MeetingActionService } from './meeting-action.service.js';
import {
  MeetingActionItemFieldsResolver,
  MeetingAgendaItemFieldsResolver,
  MeetingFieldsResolver,
  MeetingPartyFieldsResolver,
  TicketMeetingFieldsResolver,
} from './meeting-fields.resolver.js';

const { SYSTEM_ADMIN, STREET_ADMIN, COMMUNITY_STAFF, PROPERTY_STAFF, COMMITTEE_MEMBER, RESIDENT } = Role;

type MeetingDeps = Deps<{
  audit: AuditService;
  calendar: CalendarService;
  notifications: NotificationService;
  jobs: JobService;
  ticketWorkflow: TicketWorkflowService;
  publications: PublicationService;
}>;

/** Round-table meetings (圆桌会): parties, agenda from tickets, attendance, minutes, resolutions, action items. */
export const meetingModule = defineModule({
  name: 'meeting',
  entities: [MeetingEntity, MeetingPartyEntity, MeetingAgendaItemEntity, MeetingActionItemEntity],
  errors: MeetingReasons,
  enums: MEETING_ENUMS,
  resolvers: [
    MeetingResolver,
    MeetingFieldsResolver,
    MeetingPartyFieldsResolver,
    MeetingActionItemFieldsResolver,
    MeetingAgendaItemFieldsResolver,
    TicketMeetingFieldsResolver,
  ],
  loaders: (ds) => ({ meeting: byIdLoader(ds, MeetingEntity), ...meetingLoaders(ds) }),
  permissions: {
    /** Read every meeting of a place (its organisers). Invited staff read the meetings they are invited to (meeting.policy). */
    'meeting.read': [SYSTEM_ADMIN, STREET_ADMIN, COMMUNITY_STAFF],
    /** Organise meetings: plan, invite, agenda, attendance, minutes, resolutions, action items. */
    'meeting.manage': [SYSTEM_ADMIN, STREET_ADMIN, COMMUNITY_STAFF],
    /** Attend as staff of an invited organisation: read it, check in, report on own action items. */
    'meeting.attend': [PROPERTY_STAFF, COMMITTEE_MEMBER],
    /** See a community's open meetings and register to attend. */
    'meeting.register': [RESIDENT],
  },
  auditOperations: [
    'meeting.create',
    'meeting.cancel',
    'meeting.hold',
    'meeting.invite',
    'meeting.agenda.add',
    'meeting.agenda.reorder',
    'meeting.attendance',
    'meeting.minutes',
    'meeting.resolution',
    'meeting.action.add',
    'meeting.action.update',
  ],
  notificationKinds: MEETING_NOTICES,
  routes: registerMeetingRoutes,
  jobs: [
    // Every tick; the watch records once per Shanghai hour (job_run) what it has done.
    { name: 'meeting.watch', run: ({ meetingActions }) => meetingActions.watch() },
  ],
  services: ({ dataSource, audit, calendar, notifications, jobs, ticketWorkflow, publications }: MeetingDeps) => ({
    meeting: new MeetingService(dataSource, audit, notifications, ticketWorkflow, publications),
    meetingActions: new MeetingActionService(dataSource, audit, notifications, calendar, jobs),
  }),
});
