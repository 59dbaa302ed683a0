import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import { TicketRoutingRuleEntity, TicketSupervisionEntity } from './ticket-desk.entities.js';

function groupBy<T, K extends keyof T>(rows: T[], key: K): Map<T[K], T[]> {
  const map = new Map<T[K], T[]>();
  for (const r of rows) map.set(r[key], [...(map.get(r[key]) ?? []), r]);
  return map;
}

/** Supervision notices of each ticket, oldest first, batched per request. */
export function supervisionsByTicketLoader(ds: DataSource) {
  return new DataLoader<string, TicketSupervisionEntity[]>(async (ids) => {
    const rows = await ds
      .getRepository(TicketSupervisionEntity)
      .find({ where: { ticketId: In([...ids]) }, order: { createdAt: 'ASC', id: 'ASC' } });
    const map = groupBy(rows, 'ticketId');
    return ids.map((id) => map.get(id) ?? []);
  });
}

/** Routing rules of each community, batched per request (a community has one per category and estate at most). */
export function routingRulesByCommunityLoader(ds: DataSource) {
  return new DataLoader<string, TicketRoutingRuleEntity[]>(async (ids) => {
    const rows = await ds
      .getRepository(TicketRoutingRuleEntity)
      .find({ where: { communityId: In([...ids]) }, order: { id: 'ASC' }, take: 5000 });
    const map = groupBy(rows, 'communityId');
    return ids.map((id) => map.get(id) ?? []);
  });
}

/** The desk's loaders (ticket.module.ts spreads them). */
export const deskLoaders = (ds: DataSource) => ({
  ticketSupervisions: supervisionsByTicketLoader(ds),
  ticketRoutingRules: routingRulesByCommunityLoader(ds),
});
