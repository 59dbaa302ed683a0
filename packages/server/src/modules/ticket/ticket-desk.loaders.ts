import type { DataSource } from 'typeorm';
import { groupedLoader } from '../../graphql/loaders/grouped.loader.js';
import { TicketRoutingRuleEntity, TicketSupervisionEntity } from './ticket-desk.entities.js';

/** Supervision notices of each ticket, oldest first, batched per request. */
export const supervisionsByTicketLoader = (ds: DataSource) =>
  groupedLoader(ds, TicketSupervisionEntity, 'ticketId', { createdAt: 'ASC', id: 'ASC' }, { maxBatchSize: Infinity });

/** Routing rules of each community, batched per request (a community has one per category and estate at most). */
export const routingRulesByCommunityLoader = (ds: DataSource) =>
  groupedLoader(ds, TicketRoutingRuleEntity, 'communityId', { id: 'ASC' }, { maxBatchSize: Infinity, limit: 5000 });

/** The desk's loaders (ticket.module.ts spreads them). */
export const deskLoaders = (ds: DataSource) => ({
  ticketSupervisions: supervisionsByTicketLoader(ds),
  ticketRoutingRules: routingRulesByCommunityLoader(ds),
});
