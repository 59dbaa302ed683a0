import { type DataSource, In, IsNull } from 'typeorm';
import { unscoped } from '../../auth/scoped.js';
import { VenueBookingEntity, VenueBookingEventEntity } from '../venue/venue.entity.js';
import { VenueBookerKind, VenueBookingEventKind } from '../venue/venue.enums.js';
import { PointsEvent } from './points.enums.js';
import type { PointsLedger } from './points-ledger.service.js';

const BATCH = 200;

/**
 * Books the penalty for a venue booking no-show through the venue module's hook: each
 * `venue_booking_event` row of kind NO_SHOW with `pointsSettledAt` null is settled — the requester
 * loses the community's BOOKING_NO_SHOW rule's points (key `booking.noShow:<bookingId>`, floored at
 * the balance by the ledger) and `pointsSettledAt` is set, in one transaction. The unsettled rows are
 * the queue, so no cursor is needed. A staff booking (for the community's own use) and a community
 * without an enabled rule cost nothing, but the row is settled all the same.
 */
export class NoShowPenaltyScan {
  constructor(
    private readonly ds: DataSource,
    private readonly ledger: PointsLedger,
  ) {}

  /** One pass; returns the number of new entries. */
  async run(now = new Date()): Promise<number> {
    const db = unscoped(this.ds, 'a system job reading venue booking history');
    let made = 0;
    let afterId = '';
    for (;;) {
      const events = await db
        .query(VenueBookingEventEntity, 'ev')
        .where('ev.kind = :k AND ev.pointsSettledAt IS NULL', { k: VenueBookingEventKind.NO_SHOW })
        .andWhere('ev.id > :afterId', { afterId })
        .orderBy('ev.id', 'ASC')
        .take(BATCH)
        .getMany();
      if (events.length === 0) break;
      const bookings = await db.repo(VenueBookingEntity).findBy({ id: In(events.map((e) => e.bookingId)) });
      const byId = new Map(bookings.map((b) => [b.id, b]));
      for (const ev of events) {
        const b = byId.get(ev.bookingId);
        const created = await this.ledger.transaction(async (m) => {
          // Claim the row first: a concurrent run waits here, then finds it settled.
          const claimed = await m.update(
            VenueBookingEventEntity,
            { id: ev.id, pointsSettledAt: IsNull() },
            { pointsSettledAt: now },
          );
          if (!claimed.affected || !b || b.bookerKind === VenueBookerKind.STAFF) return false;
          const r = await this.ledger.award(
            {
              userId: ev.requesterId,
              communityId: b.communityId,
              streetId: b.streetId,
              event: PointsEvent.BOOKING_NO_SHOW,
              idempotencyKey: `booking.noShow:${b.id}`,
              referenceType: 'VenueBooking',
              referenceId: b.id,
            },
            m,
            now,
          );
          return r.created;
        });
        if (created) made++;
      }
      if (events.length < BATCH) break;
      afterId = (events.at(-1) as VenueBookingEventEntity).id;
    }
    return made;
  }
}
