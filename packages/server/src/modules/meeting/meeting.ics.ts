import type { FastifyInstance } from 'fastify';
import type { CoreServices, RouteKit } from '../../app/module.js';
import { DomainError } from '../../common/errors.js';
import { icsFile } from '../../common/ics.js';
import { sendDomainError } from '../../http/rest-error.js';
import type { MeetingEntity } from './meeting.entity.js';
import { MeetingState } from './meeting.enums.js';
import type { MeetingService } from './meeting.service.js';

/** One meeting as an iCalendar file, times in Asia/Shanghai with its VTIMEZONE. */
export function meetingIcs(meeting: MeetingEntity): string {
  return icsFile(meeting.title, 'meetings', {
    uid: `meeting-${meeting.id}@roundtable`,
    start: meeting.startsAt,
    end: meeting.endsAt,
    summary: meeting.title,
    location: meeting.place ?? meeting.onlineUrl ?? undefined,
    url: meeting.onlineUrl ?? undefined,
    cancelled: meeting.state === MeetingState.CANCELLED,
    created: meeting.createdAt,
  });
}
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
      if (err instanceof DomainError) return sendDomainError(reply, err);
      throw err;
    }
  });
}
