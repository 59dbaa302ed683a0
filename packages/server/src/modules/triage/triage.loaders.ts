import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import { TicketEntity } from '../ticket/ticket.entity.js';
import { HotTopicTicketEntity } from './triage.entity.js';

/** Most tickets a hot topic lists (its `ticketCount` counts them all). */
export const TOPIC_TICKETS = 100;

/** The tickets of each hot topic, oldest first, batched per request (two statements per batch). */
export function ticketsByHotTopicLoader(ds: DataSource) {
  return new DataLoader<string, TicketEntity[]>(async (ids) => {
    const links = await ds
      .getRepository(HotTopicTicketEntity)
      .find({ where: { hotTopicId: In([...ids]) }, order: { createdAt: 'ASC', id: 'ASC' } });
    const tickets = links.length
      ? await ds.getRepository(TicketEntity).findBy({ id: In(links.map((l) => l.ticketId)) })
      : [];
    const byId = new Map(tickets.map((t) => [t.id, t]));
    return ids.map((id) =>
      links
        .filter((l) => l.hotTopicId === id)
        .slice(0, TOPIC_TICKETS)
        .flatMap((l) => byId.get(l.ticketId) ?? []),
    );
  });
}
