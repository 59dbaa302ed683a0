import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { combinedRows, groupedLoader, rowsWhereIn } from '../../graphql/loaders/grouped.loader.js';
import {
  TicketCallbackEntity,
  TicketClosureEntity,
  TicketFollowEntity,
  TicketHiddenPartEntity,
  TicketMeTooEntity,
} from './board.entity.js';

/** What the board shows of each ticket beside it: its 我也遇到 count, and whether the viewer pressed it or follows it. */
export interface TicketEngagement {
  meTooCount: number;
  viewerMeToo: boolean;
  viewerFollows: boolean;
}

/**
 * The board's per-ticket figures for one viewer, keyed `userId|ticketId` (`|ticketId` without a
 * viewer): one statement per batch whichever of the three fields a query selects — the grouped
 * 我也遇到 count with the viewer's own among it, and the viewer's follows, as one UNION ALL.
 */
export function engagementLoader(ds: DataSource) {
  return new DataLoader<string, TicketEngagement>(async (keys) => {
    const pairs = keys.map((k) => k.split('|') as [string, string]);
    const found = new Map<string, TicketEngagement>();
    // One viewer per request as a rule; a statement per distinct viewer otherwise.
    for (const userId of new Set(pairs.map((p) => p[0]))) {
      const ticketIds = [...new Set(pairs.filter((p) => p[0] === userId).map((p) => p[1]))];
      const [counted, countedParams] = ds
        .getRepository(TicketMeTooEntity)
        .createQueryBuilder('mt')
        .select('mt.ticketId', 'ticketId')
        .addSelect('COUNT(*)', 'n')
        .addSelect('SUM(CASE WHEN mt.userId = :u THEN 1 ELSE 0 END)', 'mine')
        .addSelect('0', 'follows')
        .where('mt.ticketId IN (:...ids)', { ids: ticketIds, u: userId })
        .groupBy('mt.ticketId')
        .getQueryAndParameters();
      const [followed, followedParams] = ds
        .getRepository(TicketFollowEntity)
        .createQueryBuilder('f')
        .select('f.ticketId', 'ticketId')
        .addSelect('0', 'n')
        .addSelect('0', 'mine')
        .addSelect('1', 'follows')
        .where('f.userId = :u AND f.ticketId IN (:...ids)', { ids: ticketIds, u: userId })
        .getQueryAndParameters();
      // Read with the other loaders of the turn (grouped.loader.ts).
      const rows = (await combinedRows(
        ds,
        `${counted} UNION ALL ${followed}`,
        [...countedParams, ...followedParams],
        ['ticketId', 'n', 'mine', 'follows'],
      )) as { ticketId: string; n: number | string; mine: number | string | null; follows: number | string }[];
      for (const r of rows) {
        const key = `${userId}|${r.ticketId}`;
        const e = found.get(key) ?? { meTooCount: 0, viewerMeToo: false, viewerFollows: false };
        e.meTooCount += Number(r.n);
        e.viewerMeToo ||= Number(r.mine ?? 0) > 0;
        e.viewerFollows ||= Number(r.follows) > 0;
        found.set(key, e);
      }
    }
    return keys.map((k) => {
      const e = found.get(k) ?? { meTooCount: 0, viewerMeToo: false, viewerFollows: false };
      // Without a viewer nothing is the viewer's.
      return k.startsWith('|') ? { ...e, viewerMeToo: false, viewerFollows: false } : e;
    });
  });
}

/** Hidden texts of each ticket. */
export const hiddenPartsLoader = (ds: DataSource) =>
  groupedLoader(ds, TicketHiddenPartEntity, 'ticketId', {}, { maxBatchSize: Infinity });

/** Follow-up calls of each ticket, newest first, at most 20 each. */
export const callbacksLoader = (ds: DataSource) =>
  groupedLoader(
    ds,
    TicketCallbackEntity,
    'ticketId',
    { createdAt: 'DESC', id: 'DESC' },
    { maxBatchSize: Infinity, perKey: 20 },
  );

/** When each ticket closed itself (null: it did not). */
export function closureLoader(ds: DataSource) {
  return new DataLoader<string, Date | null>(async (ids) => {
    const rows = await rowsWhereIn(ds, TicketClosureEntity, 'ticketId', ids);
    return ids.map((id) => rows.find((r) => r.ticketId === id)?.createdAt ?? null);
  });
}
