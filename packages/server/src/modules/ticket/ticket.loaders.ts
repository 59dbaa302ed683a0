import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { columnsOf, combinedRows, groupedLoader, hydrateJson } from '../../graphql/loaders/grouped.loader.js';
import { TicketAssignmentEntity } from './ticket-assignment.entity.js';
import { TicketEventEntity } from './ticket-event.entity.js';

/** Assignments (every state) of each ticket, batched per request. */
export const assignmentsByTicketLoader = (ds: DataSource) =>
  groupedLoader(ds, TicketAssignmentEntity, 'ticketId', { id: 'ASC' }, { maxBatchSize: Infinity });

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

/** The page's marker columns, beside the event's own (no column of ticket_event is named so). */
const KEY = 'tl_key';
const TOTAL = 'tl_total';

/**
 * One page of each ticket's timeline, oldest first, batched per request into one statement
 * whatever the number of tickets: a UNION ALL of one term per ticket, each its count of visible
 * events beside its bounded page (LIMIT first + 1) — `count LEFT JOIN page`, so a ticket whose
 * page is empty still answers its count. Rows are hydrated as TypeORM would (the driver's
 * conversions, column transformers). Nothing is loaded beyond the page asked for. Read with the
 * other loaders of the same turn (grouped.loader.ts: one statement for a page of tickets).
 */
export function timelinePageLoader(ds: DataSource) {
  return new DataLoader<TimelinePageKey, TimelinePage, string>(
    async (keys) => {
      const repo = ds.getRepository(TicketEventEntity);
      const q = (name: string) => ds.driver.escape(name);
      const parts: string[] = [];
      const params: unknown[] = [];
      keys.forEach((k, i) => {
        const types = k.types.length ? k.types : ['-'];
        const [countSql, countParams] = repo
          .createQueryBuilder('c')
          .select('COUNT(*)', TOTAL)
          .where('c.ticketId = :t', { t: k.ticketId })
          .andWhere('c.type IN (:...types)', { types })
          .getQueryAndParameters();
        const page = repo
          .createQueryBuilder('e')
          .select('e.*')
          .where('e.ticketId = :t', { t: k.ticketId })
          .andWhere('e.type IN (:...types)', { types })
          .orderBy('e.id', 'ASC')
          .limit(k.first + 1);
        if (k.afterId) page.andWhere('e.id > :after', { after: k.afterId });
        const [pageSql, pageParams] = page.getQueryAndParameters();
        // `i` is the key's index (a number of ours), never input.
        parts.push(
          `SELECT * FROM (SELECT ${i} AS ${q(KEY)}, n.${q(TOTAL)}, p.* FROM (${countSql}) n LEFT JOIN (${pageSql}) p ON 1 = 1) t${i}`,
        );
        params.push(...countParams, ...pageParams);
      });
      const raw = await combinedRows(ds, parts.join(' UNION ALL '), params, [KEY, TOTAL, ...columnsOf(repo.metadata)]);
      const pages = keys.map(() => ({ rows: [] as TicketEventEntity[], totalCount: 0 }));
      for (const r of raw) {
        const page = pages[Number(r[KEY])];
        if (!page) continue;
        page.totalCount = Number(r[TOTAL]);
        if (r.id == null) continue;
        page.rows.push(hydrateJson<TicketEventEntity>(ds, repo.metadata, r));
      }
      return keys.map((k, i) => {
        const rows = (pages[i]?.rows ?? []).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
        return {
          rows: rows.slice(0, k.first),
          hasNextPage: rows.length > k.first,
          totalCount: pages[i]?.totalCount ?? 0,
        };
      });
    },
    // A compound select has at most 500 terms on SQLite; a page of tickets is at most 100.
    { maxBatchSize: 100, cacheKeyFn: (k) => JSON.stringify([k.ticketId, k.types, k.first, k.afterId]) },
  );
}
