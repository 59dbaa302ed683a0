import type { SelectQueryBuilder } from 'typeorm';
import { badInput } from '../../common/errors.js';
import { sqlDate } from '../../db/sql.js';
import { type Connection, countOf, lazyCount, type PageArgs } from '../../graphql/pagination.js';
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

/** A cursor names a row's place in the workbench's order: pinned (1/0), creation time, id. */
const encode = (pinned: number, t: TicketEntity) =>
  Buffer.from(`p2:${pinned}:${t.createdAt.getTime()}:${t.id}`).toString('base64url');

function decode(cursor: string) {
  const raw = Buffer.from(cursor, 'base64url').toString('utf8');
  const m = /^p([12]):([01]):(-?\d{1,15}):([0-9A-Za-z-]{1,64})$/.exec(raw);
  if (!m) throw badInput('after', 'Invalid cursor');
  // p1 cursors (before the generated column) carried a rank: 0 for a pinned row.
  const pinned = m[1] === '1' ? 1 - Number(m[2]) : Number(m[2]);
  return { pinned, at: new Date(Number(m[3])), id: m[4] as string };
}

/**
 * The staff workbench's pages: open emergencies nobody acknowledged first (the generated `pinned`
 * column), then newest first — `pinned DESC, createdAt DESC, id DESC`, the order of the indexes
 * `ix_ticket_community_list` and `ix_ticket_street_list`, so the database reads one page of index
 * entries instead of sorting the scope (issue 21). Keyset pages: the cursor carries the pin.
 * One statement whatever the page size; `totalCount` (countOf) only when selected.
 */
export async function paginatePinned<N>(
  qb: SelectQueryBuilder<TicketEntity>,
  args: PageArgs,
  map: (row: TicketEntity) => N,
): Promise<Connection<N>> {
  const a = qb.alias;
  const page = qb.clone();
  if (args.after) {
    const c = decode(args.after);
    page.andWhere(
      `(${a}.pinned < :pinned OR (${a}.pinned = :pinned AND (${a}.createdAt < :pinAt OR (${a}.createdAt = :pinAt AND ${a}.id < :pinId))))`,
      { pinned: c.pinned, pinAt: sqlDate(qb.connection, c.at), pinId: c.id },
    );
  }
  const rows = await page
    .orderBy(`${a}.pinned`, 'DESC')
    .addOrderBy(`${a}.createdAt`, 'DESC')
    .addOrderBy(`${a}.id`, 'DESC')
    .take(args.first + 1)
    .getMany();
  const hasNextPage = rows.length > args.first;
  const items = rows.slice(0, args.first);
  const edges = items.map((row) => ({ cursor: encode(row.pinned ?? (isPinned(row) ? 1 : 0), row), node: map(row) }));
  return lazyCount(
    {
      edges,
      pageInfo: {
        hasNextPage,
        hasPreviousPage: Boolean(args.after),
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    },
    () => countOf(qb),
  );
}
