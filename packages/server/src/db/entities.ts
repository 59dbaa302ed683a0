import { AuditLogEntity } from '../modules/audit/audit-log.entity.js';
import { CalendarDayEntity } from '../modules/calendar/calendar-day.entity.js';
import { CalendarYearEntity } from '../modules/calendar/calendar-year.entity.js';
import { FileEntity } from '../modules/file/file.entity.js';
import { HouseholdBindingEntity } from '../modules/identity/household-binding.entity.js';
import { IdentityKeysSubscriber } from '../modules/identity/identity-keys.subscriber.js';
import { LoginThrottleEntity } from '../modules/identity/login-throttle.entity.js';
import { MembershipEntity } from '../modules/identity/membership.entity.js';
import { SessionEntity } from '../modules/identity/session.entity.js';
import { UserEntity } from '../modules/identity/user.entity.js';
import { JobRunEntity } from '../modules/job/job-run.entity.js';
import { NotificationEntity } from '../modules/notification/notification.entity.js';
import { BuildingEntity } from '../modules/org/building.entity.js';
import { CommunityEntity } from '../modules/org/community.entity.js';
import { EstateEntity } from '../modules/org/estate.entity.js';
import { HouseholdEntity } from '../modules/org/household.entity.js';
import { OrganisationEntity } from '../modules/org/organisation.entity.js';
import { OrganisationEstateEntity } from '../modules/org/organisation-estate.entity.js';
import { StreetEntity } from '../modules/org/street.entity.js';
import { TicketEntity } from '../modules/ticket/ticket.entity.js';
import { TicketAssignmentEntity } from '../modules/ticket/ticket-assignment.entity.js';
import { TicketCategoryEntity } from '../modules/ticket/ticket-category.entity.js';
import { TicketEventEntity } from '../modules/ticket/ticket-event.entity.js';

/** Every entity, listed explicitly (no globs: the same list works under tsx, vitest and node dist). */
export const entities = [
  StreetEntity,
  CommunityEntity,
  EstateEntity,
  BuildingEntity,
  HouseholdEntity,
  OrganisationEntity,
  OrganisationEstateEntity,
  UserEntity,
  MembershipEntity,
  HouseholdBindingEntity,
  SessionEntity,
  LoginThrottleEntity,
  AuditLogEntity,
  CalendarDayEntity,
  CalendarYearEntity,
  FileEntity,
  TicketCategoryEntity,
  TicketEntity,
  TicketEventEntity,
  TicketAssignmentEntity,
  NotificationEntity,
  JobRunEntity,
];

/** Subscribers that modules declare (unique-key columns filled on insert). */
export const moduleSubscribers = [IdentityKeysSubscriber];
