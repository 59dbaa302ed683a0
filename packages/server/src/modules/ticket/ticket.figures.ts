import { type DataSource, In } from 'typeorm';
import { reachFor } from '../../auth/policy.js';
import { applyReach } from '../../auth/reach.js';
import type { Viewer } from '../../auth/viewer.js';
import { sqlDate } from '../../db/sql.js';
import { TicketEntity } from './ticket.entity.js';
import { TicketEventType as E } from './ticket.enums.js';
import { TicketEventEntity } from './ticket-event.entity.js';

export interface Figures {
  from: Date;
  to: Date;
  submitted: number;
  valid: number;
  replied: number;
  repliedOnTime: number;
  resolved: number;
  escalated: number;
  rejected: number;
  merged: number;
  replyRate: number | null;
  onTimeRate: number | null;
  averageRating: number | null;
}

const ANSWERS: readonly E[] = [E.REPLIED, E.RESOLVED, E.ESCALATION_ANSWERED];
const MAX_TICKETS = 50_000;

/**
 * The article's figures for tickets submitted in [from, to), derived from each ticket's timeline:
 * valid = accepted and not merged away; replied = has a public answer; on time = first answer by
 * the reply deadline; resolved = the last of its resolve/reopen events is a resolution.
 */
export async function ticketFigures(
  ds: DataSource,
  viewer: Viewer | null,
  args: { communityId?: string; from: Date; to: Date },
): Promise<Figures> {
  const qb = ds
    .getRepository(TicketEntity)
    .createQueryBuilder('t')
    .select(['t.id', 't.replyDueAt', 't.rating'])
    .where('t.createdAt >= :from AND t.createdAt < :to', { from: sqlDate(ds, args.from), to: sqlDate(ds, args.to) });
  applyReach(qb, 't', reachFor(viewer, 'ticket.figures'));
  if (args.communityId) qb.andWhere('t.communityId = :c', { c: args.communityId });
  const tickets = await qb.take(MAX_TICKETS).getMany();
  const events = tickets.length
    ? await ds.getRepository(TicketEventEntity).find({
        where: { ticketId: In(tickets.map((t) => t.id)) },
        select: { ticketId: true, type: true, createdAt: true, id: true },
        order: { id: 'ASC' },
      })
    : [];
  const byTicket = new Map<string, TicketEventEntity[]>();
  for (const e of events) byTicket.set(e.ticketId, [...(byTicket.get(e.ticketId) ?? []), e]);

  const f: Figures = {
    from: args.from,
    to: args.to,
    submitted: tickets.length,
    valid: 0,
    replied: 0,
    repliedOnTime: 0,
    resolved: 0,
    escalated: 0,
    rejected: 0,
    merged: 0,
    replyRate: null,
    onTimeRate: null,
    averageRating: null,
  };
  let ratingSum = 0;
  let rated = 0;
  for (const t of tickets) {
    const timeline = byTicket.get(t.id) ?? [];
    const has = (type: E) => timeline.some((e) => e.type === type);
    if (has(E.REJECTED)) f.rejected++;
    if (has(E.MERGED)) {
      f.merged++;
      continue;
    }
    if (!has(E.ACCEPTED)) continue;
    f.valid++;
    const firstAnswer = timeline.find((e) => ANSWERS.includes(e.type));
    if (firstAnswer) {
      f.replied++;
      if (t.replyDueAt && firstAnswer.createdAt.getTime() <= t.replyDueAt.getTime()) f.repliedOnTime++;
    }
    const last = [...timeline].reverse().find((e) => e.type === E.RESOLVED || e.type === E.REOPENED);
    if (last?.type === E.RESOLVED) f.resolved++;
    if (has(E.ESCALATED)) f.escalated++;
    if (t.rating) {
      ratingSum += t.rating;
      rated++;
    }
  }
  if (f.valid > 0) {
    f.replyRate = f.replied / f.valid;
    f.onTimeRate = f.repliedOnTime / f.valid;
  }
  if (rated > 0) f.averageRating = Math.round((ratingSum / rated) * 100) / 100;
  return f;
}
