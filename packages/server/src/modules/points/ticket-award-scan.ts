import { type DataSource, In } from 'typeorm';
import { unscoped } from '../../auth/scoped.js';
import { sqlDate } from '../../db/sql.js';
import { TicketEntity } from '../ticket/ticket.entity.js';
import { TicketEventType } from '../ticket/ticket.enums.js';
import { TicketEventEntity } from '../ticket/ticket-event.entity.js';
import { PointsEvent } from './points.enums.js';
import type { PointsLedger } from './points-ledger.service.js';
import { PointsCursorEntity } from './points-reward.entity.js';

const CURSOR = 'ticket.accepted';
/** Events are re-read this far behind the cursor: a slow transaction may commit an older timestamp late. */
const OVERLAP_MS = 10 * 60_000;
const BATCH = 200;

/**
 * Awards points for tickets accepted as valid by scanning the ticket timeline's ACCEPTED events
 * since a cursor (a job, not a hook in the ticket module: the ticket module stays unaware of points,
 * and a missed or repeated run costs nothing because every award has the key
 * `ticket.accepted:<ticketId>`). The submitter of the ticket is paid under the community's
 * TICKET_ACCEPTED rule.
 */
export class TicketAwardScan {
  constructor(
    private readonly ds: DataSource,
    private readonly ledger: PointsLedger,
  ) {}

  /** One pass; returns the number of new entries. */
  async run(): Promise<number> {
    const db = unscoped(this.ds, 'a system job reading the ticket timeline');
    const cursor = await db.repo(PointsCursorEntity).findOneBy({ name: CURSOR });
    let from = new Date((cursor?.readUntil.getTime() ?? 0) - OVERLAP_MS);
    let made = 0;
    for (;;) {
      const events = await db
        .query(TicketEventEntity, 'ev')
        .where('ev.type = :t AND ev.createdAt >= :from', { t: TicketEventType.ACCEPTED, from: sqlDate(this.ds, from) })
        .orderBy('ev.createdAt', 'ASC')
        .addOrderBy('ev.id', 'ASC')
        .take(BATCH)
        .getMany();
      if (events.length === 0) break;
      const tickets = await db.repo(TicketEntity).findBy({ id: In(events.map((e) => e.ticketId)) });
      const byId = new Map(tickets.map((t) => [t.id, t]));
      for (const ev of events) {
        const t = byId.get(ev.ticketId);
        if (!t) continue;
        const r = await this.ledger.award({
          userId: t.submitterId,
          communityId: t.communityId,
          streetId: t.streetId,
          estateId: t.estateId,
          event: PointsEvent.TICKET_ACCEPTED,
          idempotencyKey: `ticket.accepted:${t.id}`,
          referenceType: 'Ticket',
          referenceId: t.id,
        });
        if (r.created) made++;
      }
      const last = events.at(-1) as TicketEventEntity;
      // An upsert: two processes (or two ticks) scanning at once both write the cursor.
      await db.repo(PointsCursorEntity).upsert({ name: CURSOR, readUntil: last.createdAt }, ['name']);
      if (events.length < BATCH || last.createdAt.getTime() === from.getTime()) break;
      from = last.createdAt;
    }
    return made;
  }
}
