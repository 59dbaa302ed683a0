import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import type { FastifyInstance } from 'fastify';
import { ICalCalendar } from 'ical-generator';
import type { CoreServices, RouteKit } from '../../app/module.js';
import { DomainError, ErrorCode } from '../../common/errors.js';
import { VenueEntity } from './venue.entity.js';
import type { VenueBookingService } from './venue-booking.service.js';

const STATUS: Partial<Record<string, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.TOKEN_EXPIRED]: 401,
  [ErrorCode.SESSION_REVOKED]: 401,
  [ErrorCode.NOT_FOUND]: 404,
};

/**
 * `GET /venue-bookings/:id.ics` (Authorization: Bearer): one booking as an iCalendar file, in
 * Asia/Shanghai with its VTIMEZONE, for the requester and the staff of its place.
 */
export async function registerVenueRoutes(
  fastify: FastifyInstance,
  services: CoreServices & { venueBookings: VenueBookingService },
  kit: RouteKit,
): Promise<void> {
  fastify.get<{ Params: { file: string } }>('/venue-bookings/:file', async (req, reply) => {
    const id = req.params.file.replace(/\.ics$/, '');
    try {
      const viewer = await kit.viewerOf(req);
      const b = await services.venueBookings.get(viewer, id);
      const venue = await services.dataSource.getRepository(VenueEntity).findOneByOrFail({ id: b.venueId });
      const cal = new ICalCalendar({ name: venue.name, prodId: { company: 'roundtable', product: 'venue' } });
      cal.timezone({ name: 'Asia/Shanghai', generator: getVtimezoneComponent });
      cal.createEvent({
        id: b.id,
        start: b.startsAt,
        end: b.endsAt,
        timezone: 'Asia/Shanghai',
        summary: `${venue.name} · ${b.purpose}`,
        description: b.purpose,
        location: venue.name,
      });
      return reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .header('content-disposition', `attachment; filename="booking-${b.id}.ics"`)
        .send(cal.toString());
    } catch (err) {
      if (err instanceof DomainError) {
        return reply.code(STATUS[err.code] ?? 400).send({ code: err.code, message: err.message });
      }
      throw err;
    }
  });
}
