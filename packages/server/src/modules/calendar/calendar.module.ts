import { type Deps, defineModule } from '../../app/module.js';
import { Role } from '../../auth/roles.js';
import type { AuditService } from '../audit/audit.service.js';
import { CalendarDayKind, CalendarSource } from './calendar.enums.js';
import { CalendarReasons } from './calendar.errors.js';
import { CalendarDayFieldsResolver, CalendarResolver } from './calendar.resolver.js';
import { CalendarService } from './calendar.service.js';
import { CalendarDayEntity } from './calendar-day.entity.js';
import { CalendarStatutoryResolver } from './calendar-statutory.resolver.js';
import { CalendarYearEntity } from './calendar-year.entity.js';

const { SYSTEM_ADMIN, STREET_ADMIN, COMMUNITY_STAFF, PROPERTY_STAFF, COMMITTEE_MEMBER } = Role;
const ALL_STAFF = [SYSTEM_ADMIN, STREET_ADMIN, COMMUNITY_STAFF, PROPERTY_STAFF, COMMITTEE_MEMBER];

/** The working-day calendar (holidays, make-up working days) that deadlines count in. */
export const calendarModule = defineModule({
  name: 'calendar',
  entities: [CalendarDayEntity, CalendarYearEntity],
  errors: CalendarReasons,
  resolvers: [CalendarResolver, CalendarDayFieldsResolver, CalendarStatutoryResolver],
  permissions: {
    /** Read the working-day calendar (one for the whole platform: checked by role, not place). */
    'calendar.read': ALL_STAFF,
    /** Enter holidays and make-up working days, declare a year complete (platform-wide, by role). */
    'calendar.manage': [SYSTEM_ADMIN, STREET_ADMIN],
  },
  auditOperations: ['calendar.day.set', 'calendar.day.clear', 'calendar.year.complete', 'calendar.year.reopen'],
  enums: [
    {
      enum: CalendarDayKind,
      name: 'CalendarDayKind',
      description: 'What a date staff entered in the working-day calendar is.',
      valuesConfig: {
        HOLIDAY: { description: '法定节假日 — a statutory holiday: no work, even on a weekday.' },
        WORKDAY: { description: '调休上班 — a make-up working day: work, even on a weekend.' },
      },
    },
    {
      enum: CalendarSource,
      name: 'CalendarSource',
      description: "Where a year's holidays and make-up working days come from.",
      valuesConfig: {
        PACKAGE: { description: 'The built-in State Council schedule (2004-2026).' },
        STAFF: { description: 'Entered by staff and declared complete.' },
        NONE: { description: 'No schedule: weekends off, weekdays working; deadlines are flagged.' },
      },
    },
  ],
  services: ({ dataSource, audit }: Deps<{ audit: AuditService }>) => ({
    calendar: new CalendarService(dataSource, audit),
  }),
});
