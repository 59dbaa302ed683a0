import type { SelectQueryBuilder } from 'typeorm';
import { badInput } from '../../common/errors.js';
import type { LeadingKey } from '../../graphql/pagination.js';
import type { TicketEntity } from './ticket.entity.js';
import { TicketState } from './ticket.enums.js';
import { TicketPriority } from './ticket-desk.enums.js';

/** States in which an unacknowledged emergency stays pinned on top of the workbench. */
const PINNABLE: readonly TicketState[] = [
  TicketState.SUBMITTED,
  TicketState.ACCEPTED,
  TicketState.REPLIED,
  TicketState.ESCALATED,
  TicketState.IN_MEETING,
];

/** Whether a ticket is pinned on top of the workbench: an open emergency nobody acknowledged yet. */
export const isPinned = (t: Pick<TicketEntity, 'priority' | 'acknowledgedAt' | 'state'>) =>
  t.priority === TicketPriority.EMERGENCY && !t.acknowledgedAt && PINNABLE.includes(t.state);

/** The desk's workbench filters: priority, acknowledged (签收), supervised (督办). */
export function applyDeskFilters(
  qb: SelectQueryBuilder<TicketEntity>,
  args: { priorities?: TicketPriority[] | null; acknowledged?: boolean | null; supervised?: boolean | null },
): void {
  const a = qb.alias;
  if (args.priorities?.length)
    qb.andWhere(`${a}.priority IN (:...deskPriorities)`, { deskPriorities: args.priorities });
  if (args.acknowledged !== undefined && args.acknowledged !== null) {
    const waiting = `EXISTS (SELECT 1 FROM ticket_assignment dka WHERE dka.ticketId = ${a}.id AND dka.state = 'OPEN' AND dka.acknowledgedAt IS NULL)`;
    qb.andWhere(args.acknowledged ? `NOT ${waiting}` : waiting);
  }
  if (args.supervised !== undefined && args.supervised !== null) {
    const supervised = `EXISTS (SELECT 1 FROM ticket_supervision dks WHERE dks.ticketId = ${a}.id)`;
    qb.andWhere(args.supervised ? supervised : `NOT ${supervised}`);
  }
}

/**
 * The workbench's leading sort key (paginate's `leading`): open emergencies nobody acknowledged
 * first (the generated `pinned` column), then newest first — `pinned DESC, createdAt DESC, id DESC`,
 * the order of the indexes `ix_ticket_community_list` and `ix_ticket_street_list`, so the database
 * reads one page of index entries instead of sorting the scope (issue 21). Its cursors carry the
 * pin: `p2:<pinned>:<ms>:<id>`; `p1` cursors (before the generated column) carried a rank, 0 for a
 * pinned row, and still decode.
 */
export const PINNED_FIRST: LeadingKey<TicketEntity> = {
  column: 'pinned',
  valueOf: (t) => t.pinned ?? (isPinned(t) ? 1 : 0),
  encode: (pinned, at) => Buffer.from(`p2:${pinned}:${at.createdAt.getTime()}:${at.id}`).toString('base64url'),
  decode(cursor) {
    const raw = Buffer.from(cursor, 'base64url').toString('utf8');
    const m = /^p([12]):([01]):(-?\d{1,15}):([0-9A-Za-z-]{1,64})$/.exec(raw);
    if (!m) throw badInput('after', 'Invalid cursor');
    return {
      value: m[1] === '1' ? 1 - Number(m[2]) : Number(m[2]),
      createdAt: new Date(Number(m[3])),
      id: m[4] as string,
    };
  },
};
