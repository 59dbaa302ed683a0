import { type Deps, defineModule } from '../../app/module.js';
import { Role } from '../../auth/roles.js';
import { byIdLoader } from '../../graphql/loaders/by-id.loader.js';
import type { AuditService } from '../audit/audit.service.js';
import type { CalendarService } from '../calendar/calendar.service.js';
import type { NotificationService } from '../notification/notification.service.js';
import { VenueBookingEntity, VenueBookingEventEntity, VenueEntity, VenueSlotEntity } from './venue.entity.js';
import { VENUE_ENUMS } from './venue.enums.js';
import { VenueReasons } from './venue.errors.js';
import { VENUE_NOTICES } from './venue.notices.js';
import { VenueResolver } from './venue.resolver.js';
import { registerVenueRoutes } from './venue.routes.js';
import { VenueService } from './venue.service.js';
import { VenueBookingService } from './venue-booking.service.js';
import { VenueBookingFieldsResolver, VenueFieldsResolver } from './venue-fields.resolver.js';

const { SYSTEM_ADMIN, STREET_ADMIN, COMMUNITY_STAFF, PROPERTY_STAFF, COMMITTEE_MEMBER, RESIDENT } = Role;

type VenueDeps = Deps<{ audit: AuditService; calendar: CalendarService; notifications: NotificationService }>;

/** 场地预约 — venues, their booking rules, bookings, approval, check-in and no-shows. */
export const venueModule = defineModule({
  name: 'venue',
  entities: [VenueEntity, VenueBookingEntity, VenueSlotEntity, VenueBookingEventEntity],
  errors: VenueReasons,
  enums: VENUE_ENUMS,
  resolvers: [VenueResolver, VenueFieldsResolver, VenueBookingFieldsResolver],
  loaders: (ds) => ({ venue: byIdLoader(ds, VenueEntity) }),
  permissions: {
    /** See a community's venues and their availability (residents: their community; staff: their reach). */
    'venue.read': [SYSTEM_ADMIN, STREET_ADMIN, COMMUNITY_STAFF, PROPERTY_STAFF, COMMITTEE_MEMBER, RESIDENT],
    /** Manage venues; read, decide, cancel and check in their bookings; usage figures. */
    'venue.manage': [SYSTEM_ADMIN, STREET_ADMIN, COMMUNITY_STAFF],
  },
  auditOperations: [
    'venue.create',
    'venue.update',
    'venue.archive',
    'venue.booking.book',
    'venue.booking.approve',
    'venue.booking.reject',
    'venue.booking.cancel',
    'venue.booking.checkIn',
  ],
  notificationKinds: VENUE_NOTICES,
  routes: registerVenueRoutes,
  jobs: [
    // Every tick: each step updates a booking only from the state it read, so two processes never act twice.
    { name: 'venue.sweep', run: ({ venueBookings }) => venueBookings.sweep() },
  ],
  services: ({ dataSource, audit, calendar, notifications }: VenueDeps) => {
    const workingCalendar = () => calendar.calendar();
    const venueBookings = new VenueBookingService(dataSource, audit, notifications, workingCalendar);
    return {
      venue: new VenueService(dataSource, audit, workingCalendar, () => venueBookings.clock()),
      venueBookings,
    };
  },
});
