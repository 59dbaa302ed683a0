import type { FastifyInstance } from 'fastify';
import type { CoreServices, RouteKit } from '../../app/module.js';
import { DomainError } from '../../common/errors.js';
import { icsFile } from '../../common/ics.js';
import { sendDomainError } from '../../http/rest-error.js';
import { VenueEntity } from './venue.entity.js';
import type { VenueBookingService } from './venue-booking.service.js';

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
      const ics = icsFile(venue.name, 'venues', {
        uid: `venue-booking-${b.id}@roundtable`,
        start: b.startsAt,
        end: b.endsAt,
        summary: `${venue.name} · ${b.purpose}`,
        description: b.purpose,
        location: venue.name,
        created: b.createdAt,
      });
      return reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .header('content-disposition', `attachment; filename="booking-${b.id}.ics"`)
        .send(ics);
    } catch (err) {
      if (err instanceof DomainError) return sendDomainError(reply, err);
      throw err;
    }
  });
}
