import type { SelectQueryBuilder } from 'typeorm';
import { badInput } from '../../common/errors.js';
import { sqlDate } from '../../db/sql.js';
import type { Connection, PageArgs } from '../../graphql/pagination.js';
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

const pinRank = (alias: string) =>
  `(CASE WHEN ${alias}.priority = 'EMERGENCY' AND ${alias}.acknowledgedAt IS NULL AND ${alias}.state IN (${PINNABLE.map((s) => `'${s}'`).join(', ')}) THEN 0 ELSE 1 END)`;

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

const encode = (rank: number, t: TicketEntity) =>
  Buffer.from(`p1:${rank}:${t.createdAt.getTime()}:${t.id}`).toString('base64url');

function decode(cursor: string) {
  const m = /^p1:([01]):(-?\d{1,15}):([0-9A-Za-z-]{1,64})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!m) throw badInput('after', 'Invalid cursor');
  return { rank: Number(m[1]), at: new Date(Number(m[2])), id: m[3] as string };
}

/**
 * The staff workbench's pages: open emergencies nobody acknowledged first (pinned), then newest
 * first. Two statements whatever the page size, like `paginate`; the cursor carries the pin.
 */
export async function paginatePinned<N>(
  qb: SelectQueryBuilder<TicketEntity>,
  args: PageArgs,
  map: (row: TicketEntity) => N,
): Promise<Connection<N>> {
  const a = qb.alias;
  const rank = pinRank(a);
  const totalCount = await qb.clone().getCount();
  const page = qb.clone();
  if (args.after) {
    const c = decode(args.after);
    page.andWhere(
      `(${rank} > :pinRank OR (${rank} = :pinRank AND (${a}.createdAt < :pinAt OR (${a}.createdAt = :pinAt AND ${a}.id < :pinId))))`,
      { pinRank: c.rank, pinAt: sqlDate(qb.connection, c.at), pinId: c.id },
    );
  }
  const rows = await page
    .orderBy(rank, 'ASC')
    .addOrderBy(`${a}.createdAt`, 'DESC')
    .addOrderBy(`${a}.id`, 'DESC')
    .take(args.first + 1)
    .getMany();
  const hasNextPage = rows.length > args.first;
  const items = rows.slice(0, args.first);
  const edges = items.map((row) => ({ cursor: encode(isPinned(row) ? 0 : 1, row), node: map(row) }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage,
      hasPreviousPage: Boolean(args.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
