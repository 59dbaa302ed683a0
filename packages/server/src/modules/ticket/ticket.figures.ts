import type { DataSource } from 'typeorm';
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

const n = (v: unknown) => Number(v ?? 0);

/**
 * The article's figures for tickets submitted in [from, to), derived from each ticket's timeline
 * in two aggregate statements' worth of SQL (one row per ticket in a grouped subquery, summed
 * outside), never by loading ids into memory:
 * valid = accepted and not merged away; replied = has an answer to residents (reply, resolution,
 * escalation answer); on time = the first answer by the reply deadline; resolved = the last of its
 * resolve/reopen events is a resolution — a reopen only follows a resolution, so that is "more
 * resolutions than reopens".
 */
export async function ticketFigures(
  ds: DataSource,
  viewer: Viewer | null,
  args: { communityId?: string; from: Date; to: Date },
): Promise<Figures> {
  const count = (type: E) => `SUM(CASE WHEN e.type = '${type}' THEN 1 ELSE 0 END)`;
  const perTicket = ds
    .getRepository(TicketEntity)
    .createQueryBuilder('t')
    .leftJoin(TicketEventEntity, 'e', 'e.ticketId = t.id')
    .select('t.id', 'id')
    .addSelect('t.replyDueAt', 'replyDueAt')
    .addSelect('t.rating', 'rating')
    .addSelect(count(E.REJECTED), 'rej')
    .addSelect(count(E.MERGED), 'mer')
    .addSelect(count(E.ACCEPTED), 'acc')
    .addSelect(count(E.ESCALATED), 'esc')
    .addSelect(count(E.RESOLVED), 'res')
    .addSelect(count(E.REOPENED), 'reo')
    .addSelect(
      `MIN(CASE WHEN e.type IN (${ANSWERS.map((a) => `'${a}'`).join(', ')}) THEN e.createdAt END)`,
      'firstAnswer',
    )
    .where('t.createdAt >= :from AND t.createdAt < :to', { from: sqlDate(ds, args.from), to: sqlDate(ds, args.to) });
  applyReach(perTicket, 't', reachFor(viewer, 'ticket.figures'));
  if (args.communityId) perTicket.andWhere('t.communityId = :c', { c: args.communityId });
  perTicket.groupBy('t.id').addGroupBy('t.replyDueAt').addGroupBy('t.rating');

  const valid = 'x.mer = 0 AND x.acc > 0';
  const sum = (cond: string, value = '1') => `SUM(CASE WHEN ${cond} THEN ${value} ELSE 0 END)`;
  const row = await ds
    .createQueryBuilder()
    .select('COUNT(*)', 'submitted')
    .addSelect(sum('x.rej > 0'), 'rejected')
    .addSelect(sum('x.mer > 0'), 'merged')
    .addSelect(sum(valid), 'valid')
    .addSelect(sum(`${valid} AND x.firstAnswer IS NOT NULL`), 'replied')
    .addSelect(
      sum(`${valid} AND x.firstAnswer IS NOT NULL AND x.replyDueAt IS NOT NULL AND x.firstAnswer <= x.replyDueAt`),
      'repliedOnTime',
    )
    .addSelect(sum(`${valid} AND x.res > x.reo`), 'resolved')
    .addSelect(sum(`${valid} AND x.esc > 0`), 'escalated')
    .addSelect(sum(`${valid} AND x.rating > 0`, 'x.rating'), 'ratingSum')
    .addSelect(sum(`${valid} AND x.rating > 0`), 'rated')
    .from(`(${perTicket.getQuery()})`, 'x')
    .setParameters(perTicket.getParameters())
    .getRawOne<Record<string, unknown>>();

  const f: Figures = {
    from: args.from,
    to: args.to,
    submitted: n(row?.submitted),
    valid: n(row?.valid),
    replied: n(row?.replied),
    repliedOnTime: n(row?.repliedOnTime),
    resolved: n(row?.resolved),
    escalated: n(row?.escalated),
    rejected: n(row?.rejected),
    merged: n(row?.merged),
    replyRate: null,
    onTimeRate: null,
    averageRating: null,
  };
  if (f.valid > 0) {
    f.replyRate = f.replied / f.valid;
    f.onTimeRate = f.repliedOnTime / f.valid;
  }
  const rated = n(row?.rated);
  if (rated > 0) f.averageRating = Math.round((n(row?.ratingSum) / rated) * 100) / 100;
  return f;
}
