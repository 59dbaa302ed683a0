import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import { TicketAssignmentEntity } from './ticket-assignment.entity.js';
import { TicketEventEntity } from './ticket-event.entity.js';

function groupBy<T, K extends keyof T>(rows: T[], key: K): Map<T[K], T[]> {
  const map = new Map<T[K], T[]>();
  for (const r of rows) map.set(r[key], [...(map.get(r[key]) ?? []), r]);
  return map;
}

/** Assignments (every state) of each ticket, batched per request. */
export function assignmentsByTicketLoader(ds: DataSource) {
  return new DataLoader<string, TicketAssignmentEntity[]>(async (ids) => {
    const rows = await ds
      .getRepository(TicketAssignmentEntity)
      .find({ where: { ticketId: In([...ids]) }, order: { id: 'ASC' } });
    const map = groupBy(rows, 'ticketId');
    return ids.map((id) => map.get(id) ?? []);
  });
}

export interface TimelinePageKey {
  ticketId: string;
  /** Event types the viewer may see (the query filter of the visibility rule). */
  types: readonly string[];
  first: number;
  /** Id of the last event of the previous page. */
  afterId: string | null;
}

export interface TimelinePage {
  rows: TicketEventEntity[];
  hasNextPage: boolean;
  totalCount: number;
}

/**
 * One page of each ticket's timeline, oldest first, batched per request into two statements
 * whatever the number of tickets: a UNION ALL of one bounded (LIMIT first + 1) select per ticket,
 * and one grouped count. Nothing is loaded beyond the page asked for.
 */
export function timelinePageLoader(ds: DataSource) {
  return new DataLoader<TimelinePageKey, TimelinePage, string>(
    async (keys) => {
      const repo = ds.getRepository(TicketEventEntity);
      const parts: string[] = [];
      const params: unknown[] = [];
      keys.forEach((k, i) => {
        const qb = repo
          .createQueryBuilder('e')
          .select('e.id')
          .where('e.ticketId = :t', { t: k.ticketId })
          .andWhere('e.type IN (:...types)', { types: k.types.length ? k.types : ['-'] })
          .orderBy('e.id', 'ASC')
          .limit(k.first + 1);
        if (k.afterId) qb.andWhere('e.id > :after', { after: k.afterId });
        const [sql, p] = qb.getQueryAndParameters();
        parts.push(`SELECT * FROM (${sql}) p${i}`);
        params.push(...p);
      });
      const idRows: { e_id?: string; id?: string }[] = await ds.query(parts.join(' UNION ALL '), params);
      const ids = idRows.map((r) => (r.e_id ?? r.id) as string);
      const rows = ids.length ? await repo.find({ where: { id: In(ids) }, order: { id: 'ASC' } }) : [];
      const byTicket = groupBy(rows, 'ticketId');
      // Totals: one grouped count per distinct set of visible types (one audience per request, as a rule).
      const totals = new Map<string, number>();
      const byTypes = new Map<string, TimelinePageKey[]>();
      for (const k of keys) byTypes.set(k.types.join(','), [...(byTypes.get(k.types.join(',')) ?? []), k]);
      for (const group of byTypes.values()) {
        const counted: { ticketId: string; n: number | string }[] = await repo
          .createQueryBuilder('e')
          .select('e.ticketId', 'ticketId')
          .addSelect('COUNT(*)', 'n')
          .where('e.ticketId IN (:...ids)', { ids: [...new Set(group.map((k) => k.ticketId))] })
          .andWhere('e.type IN (:...types)', { types: group[0]?.types.length ? group[0].types : ['-'] })
          .groupBy('e.ticketId')
          .getRawMany();
        for (const c of counted) totals.set(`${c.ticketId}|${group[0]?.types.join(',')}`, Number(c.n));
      }
      return keys.map((k) => {
        const mine = (byTicket.get(k.ticketId) ?? []).filter(
          (e) => k.types.includes(e.type) && (!k.afterId || e.id > k.afterId),
        );
        return {
          rows: mine.slice(0, k.first),
          hasNextPage: mine.length > k.first,
          totalCount: totals.get(`${k.ticketId}|${k.types.join(',')}`) ?? 0,
        };
      });
    },
    // A compound select has at most 500 terms on SQLite; a page of tickets is at most 100.
    { maxBatchSize: 100, cacheKeyFn: (k) => JSON.stringify([k.ticketId, k.types, k.first, k.afterId]) },
  );
}
