import { TicketDeskSettingEntity, TicketRoutingRuleEntity, TicketSupervisionEntity } from './ticket-desk.entities.js';

/** The desk's part of the ticket manifest (ticket.module.ts spreads these). */
export const DESK_ENTITIES = [TicketRoutingRuleEntity, TicketSupervisionEntity, TicketDeskSettingEntity];
