import { type Deps, defineModule } from '../../app/module.js';
import { Role } from '../../auth/roles.js';
import { byIdLoader } from '../../graphql/loaders/by-id.loader.js';
import type { AuditService } from '../audit/audit.service.js';
import type { PointsLedger } from '../points/points-ledger.service.js';
import type { TicketService } from '../ticket/ticket.service.js';
import { VolunteerActivityEntity, VolunteerProfileEntity, VolunteerSignupEntity } from './volunteer.entity.js';
import { HoursStatus, SignupStatus } from './volunteer.enums.js';
import { VolunteerReasons } from './volunteer.errors.js';
import {
  VolunteerProfileFieldsResolver,
  VolunteerResolver,
  VolunteerSignupFieldsResolver,
} from './volunteer.resolver.js';
import { VolunteerService } from './volunteer.service.js';

const { SYSTEM_ADMIN, STREET_ADMIN, COMMUNITY_STAFF, PROPERTY_STAFF, COMMITTEE_MEMBER, RESIDENT } = Role;

/** Volunteer service (志愿者服务): profiles, activities, check-in/out, approved hours (awarded through points). */
export const volunteerModule = defineModule({
  name: 'volunteer',
  entities: [VolunteerProfileEntity, VolunteerActivityEntity, VolunteerSignupEntity],
  errors: VolunteerReasons,
  resolvers: [VolunteerResolver, VolunteerProfileFieldsResolver, VolunteerSignupFieldsResolver],
  loaders: (ds) => ({ volunteerActivity: byIdLoader(ds, VolunteerActivityEntity) }),
  permissions: {
    /** Activities of a community (its residents sign up; staff read). */
    'volunteer.public': [SYSTEM_ADMIN, STREET_ADMIN, COMMUNITY_STAFF, PROPERTY_STAFF, COMMITTEE_MEMBER, RESIDENT],
    /** Volunteers, sign-up lists and hours of a place. */
    'volunteer.read': [SYSTEM_ADMIN, STREET_ADMIN, COMMUNITY_STAFF],
    /** Create activities, check in and out, approve hours, manage volunteers. */
    'volunteer.manage': [SYSTEM_ADMIN, STREET_ADMIN, COMMUNITY_STAFF],
  },
  enums: [
    {
      enum: SignupStatus,
      name: 'SignupStatus',
      description: "A volunteer's place on an activity's list.",
      valuesConfig: {
        SIGNED_UP: { description: 'Holds a seat.' },
        WAITING: { description: 'On the waiting list; moves up when a seat is cancelled.' },
        CANCELLED: { description: 'Cancelled.' },
      },
    },
    {
      enum: HoursStatus,
      name: 'HoursStatus',
      description: 'Where the hours of a sign-up stand.',
      valuesConfig: {
        NONE: { description: 'Not checked out yet.' },
        RECORDED: { description: 'Recorded at check-out; awaiting approval (they do not count yet).' },
        APPROVED: { description: 'Approved (or corrected with a reason): they count, and the points are awarded.' },
      },
    },
  ],
  auditOperations: [
    'volunteer.profile.fromTicket',
    'volunteer.profile.update',
    'volunteer.activity.create',
    'volunteer.signup.cancel',
    'volunteer.checkIn',
    'volunteer.checkOut',
    'volunteer.hours.approve',
  ],
  services: ({
    dataSource,
    audit,
    tickets,
    pointsLedger,
  }: Deps<{ audit: AuditService; tickets: TicketService; pointsLedger: PointsLedger }>) => ({
    volunteers: new VolunteerService(dataSource, audit, tickets, pointsLedger),
  }),
});
