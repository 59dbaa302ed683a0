import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { columnsOf, combinedRows, hydrateJson, sortRows } from '../../graphql/loaders/grouped.loader.js';
import { TicketEntity } from '../ticket/ticket.entity.js';
import { HotTopicTicketEntity } from './triage.entity.js';

/** Most tickets a hot topic lists (its `ticketCount` counts them all). */
export const TOPIC_TICKETS = 100;

/** The link's columns beside the ticket's (no column of ticket is named so). */
const LINK_TOPIC = 'htt_topic';
const LINK_AT = 'htt_at';
const LINK_ID = 'htt_id';

/**
 * The tickets of each hot topic, oldest first, batched per request: one statement (its links
 * joined with their tickets), read with the other loaders of the turn (grouped.loader.ts).
 */
export function ticketsByHotTopicLoader(ds: DataSource) {
  return new DataLoader<string, TicketEntity[]>(async (ids) => {
    const tickets = ds.getMetadata(TicketEntity);
    const [sql, params] = ds
      .getRepository(HotTopicTicketEntity)
      .createQueryBuilder('l')
      .innerJoin(TicketEntity, 't', 't.id = l.ticketId')
      .select('t.*')
      .addSelect('l.hotTopicId', LINK_TOPIC)
      .addSelect('l.createdAt', LINK_AT)
      .addSelect('l.id', LINK_ID)
      .where('l.hotTopicId IN (:...ids)', { ids: [...ids] })
      .getQueryAndParameters();
    const raw = await combinedRows(ds, sql, params, [LINK_TOPIC, LINK_AT, LINK_ID, ...columnsOf(tickets)]);
    // Links oldest first (createdAt, id), as the instants and ids sort as text on both databases.
    const links = sortRows(
      raw.map((r) => ({
        topic: r[LINK_TOPIC] as string,
        at: String(r[LINK_AT]),
        id: r[LINK_ID] as string,
        ticket: hydrateJson<TicketEntity>(ds, tickets, r),
      })),
      { at: 'ASC', id: 'ASC' },
    );
    return ids.map((id) =>
      links
        .filter((l) => l.topic === id)
        .slice(0, TOPIC_TICKETS)
        .map((l) => l.ticket),
    );
  });
}
