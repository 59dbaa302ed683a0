import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import type { FastifyInstance } from 'fastify';
import ical, { ICalEventStatus } from 'ical-generator';
import type { CoreServices, RouteKit } from '../../app/module.js';
import { DomainError } from '../../common/errors.js';
import type { MeetingEntity } from './meeting.entity.js';
import { MeetingState } from './meeting.enums.js';
import type { MeetingService } from './meeting.service.js';

const ZONE = 'Asia/Shanghai';

/** Wall-clock time in Asia/Shanghai, 'YYYY-MM-DDTHH:mm:ss' (ical-generator writes it with TZID). */
function wallTime(d: Date): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  })
    .format(d)
    .replace(' ', 'T');
}

/** One meeting as an iCalendar file, times in Asia/Shanghai with its VTIMEZONE. */
export function meetingIcs(meeting: MeetingEntity): string {
  const cal = ical({
    name: meeting.title,
    prodId: { company: 'roundtable', product: 'meetings', language: 'ZH' },
    timezone: { name: ZONE, generator: getVtimezoneComponent },
  });
  cal.createEvent({
    id: `meeting-${meeting.id}@roundtable`,
    start: wallTime(meeting.startsAt),
    end: wallTime(meeting.endsAt),
    timezone: ZONE,
    summary: meeting.title,
    location: meeting.place ?? meeting.onlineUrl ?? undefined,
    url: meeting.onlineUrl ?? undefined,
    status: meeting.state === MeetingState.CANCELLED ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    created: meeting.createdAt,
  });
  return cal.toString();
}

const STATUS: Partial<Record<string, number>> = {
  UNAUTHENTICATED: 401,
  TOKEN_EXPIRED: 401,
  SESSION_REVOKED: 401,
  NOT_FOUND: 404,
  FORBIDDEN: 403,
};

/** `GET /meetings/:id/ics` (Bearer token): the meeting as an .ics file, for whoever may read it. */
export async function registerMeetingRoutes(
  fastify: FastifyInstance,
  services: CoreServices & { meeting: MeetingService },
  kit: RouteKit,
): Promise<void> {
  fastify.get<{ Params: { id: string } }>('/meetings/:id/ics', async (req, reply) => {
    try {
      const viewer = await kit.viewerOf(req);
      const meeting = await services.meeting.get(viewer, req.params.id);
      return reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .header('content-disposition', `attachment; filename="meeting-${meeting.id}.ics"`)
        .send(meetingIcs(meeting));
    } catch (err) {
      if (err instanceof DomainError) {
        return reply.code(STATUS[err.code] ?? 400).send({ error: { code: err.code, message: err.message } });
      }
      throw err;
    }
  });
}
