import type { CalendarDay } from './calendar.types.js';
import type { CalendarDayEntity } from './calendar-day.entity.js';

export const toCalendarDay = (e: CalendarDayEntity): CalendarDay => ({
  date: e.date,
  kind: e.kind,
  name: e.name,
  updatedAt: e.updatedAt,
  updatedById: e.updatedById,
});
