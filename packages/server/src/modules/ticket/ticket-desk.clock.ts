import type { DataSource, EntityManager } from 'typeorm';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { TicketEntity } from './ticket.entity.js';
import { TicketDeskSettingEntity } from './ticket-desk.entities.js';
import { TicketPriority } from './ticket-desk.enums.js';

/** A community's desk settings when it has no row (ticket_desk_setting). */
export const DESK_DEFAULTS = { emergencyHours: 2, acknowledgeHours: 4 } as const;

export interface DeskSetting {
  communityId: string;
  emergencyHours: number;
  acknowledgeHours: number;
}

/** The desk settings of a community (the defaults without a row). */
export async function deskSettingOf(m: DataSource | EntityManager, communityId: string): Promise<DeskSetting> {
  const row = await m.getRepository(TicketDeskSettingEntity).findOneBy({ communityId });
  return {
    communityId,
    emergencyHours: row?.emergencyHours ?? DESK_DEFAULTS.emergencyHours,
    acknowledgeHours: row?.acknowledgeHours ?? DESK_DEFAULTS.acknowledgeHours,
  };
}

/**
 * The hour clock of an emergency: `emergencyHours` of the wall clock (day and night, holidays
 * too: a person trapped in a lift does not wait for Monday) from when it became an emergency, or
 * from `from` when that is later (a handler added later gets the full hours). Null for a ticket
 * that is not an emergency: the category's working-day clock applies.
 */
export async function emergencyClock(
  m: DataSource | EntityManager,
  ticket: Pick<TicketEntity, 'priority' | 'emergencyAt' | 'createdAt' | 'communityId'>,
  from: Date,
): Promise<{ dueAt: Date; covered: boolean } | null> {
  if (ticket.priority !== TicketPriority.EMERGENCY) return null;
  const { emergencyHours } = await deskSettingOf(m, ticket.communityId);
  const start = Math.max((ticket.emergencyAt ?? ticket.createdAt).getTime(), from.getTime());
  return { dueAt: new Date(start + emergencyHours * 3_600_000), covered: true };
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const SHANGHAI = 8 * HOUR;

/**
 * The instant `hours` working hours after `start`: hours counted on working days only (Asia/Shanghai
 * calendar days the working-day calendar marks as working, the whole day), as the analysis
 * module counts first-reply hours (workingHoursBetween). A weekend or holiday adds nothing, so
 * an assignment made on Friday at 22:00 with 4 hours is due on Monday at 02:00 — staff see it that
 * morning as flagged.
 */
export function addWorkingHours(cal: WorkingCalendar, start: Date, hours: number): Date {
  let left = hours * HOUR;
  let t = start.getTime();
  for (let guard = 0; guard < 400; guard++) {
    const dayNo = Math.floor((t + SHANGHAI) / DAY);
    const nextMidnight = (dayNo + 1) * DAY - SHANGHAI;
    if (cal.isWorkingDay(new Date(dayNo * DAY).toISOString().slice(0, 10))) {
      if (t + left <= nextMidnight) return new Date(t + left);
      left -= nextMidnight - t;
    }
    t = nextMidnight;
  }
  return new Date(t + left);
}
