import './notices.js';
import { AuditResolver } from './audit/audit.resolver.js';
import { CalendarDayFieldsResolver, CalendarResolver } from './calendar/calendar.resolver.js';
import { AccountResolver, PublicAuthResolver } from './identity/auth.resolver.js';
import {
  BindingFieldsResolver,
  MembershipFieldsResolver,
  StaffIdentityResolver,
  UserFieldsResolver,
} from './identity/staff.resolver.js';
import { NotificationResolver } from './notification/notification.resolver.js';
import {
  BuildingFieldsResolver,
  CommunityFieldsResolver,
  EstateFieldsResolver,
  HouseholdFieldsResolver,
  OrganisationFieldsResolver,
  OrgResolver,
  StreetFieldsResolver,
} from './org/org.resolver.js';
import { SystemResolver } from './system/system.resolver.js';
import { TicketResolver } from './ticket/ticket.resolver.js';
import {
  CommunityTicketFieldsResolver,
  TicketAssignmentFieldsResolver,
  TicketEventFieldsResolver,
  TicketFieldsResolver,
} from './ticket/ticket-fields.resolver.js';

/** Every resolver class of every module. */
export const resolvers = [
  SystemResolver,
  PublicAuthResolver,
  AccountResolver,
  StaffIdentityResolver,
  UserFieldsResolver,
  MembershipFieldsResolver,
  BindingFieldsResolver,
  OrgResolver,
  StreetFieldsResolver,
  CommunityFieldsResolver,
  EstateFieldsResolver,
  BuildingFieldsResolver,
  HouseholdFieldsResolver,
  OrganisationFieldsResolver,
  AuditResolver,
  CalendarResolver,
  CalendarDayFieldsResolver,
  NotificationResolver,
  TicketResolver,
  TicketFieldsResolver,
  TicketAssignmentFieldsResolver,
  TicketEventFieldsResolver,
  CommunityTicketFieldsResolver,
] as const;
