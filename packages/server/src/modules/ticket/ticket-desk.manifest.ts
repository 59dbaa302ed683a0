import { TicketDeskSettingEntity, TicketRoutingRuleEntity, TicketSupervisionEntity } from './ticket-desk.entities.js';
import {
  TicketDeskFieldsResolver,
  TicketDeskResolver,
  TicketRoutingRuleFieldsResolver,
} from './ticket-desk.resolver.js';

/** The desk's part of the ticket manifest (ticket.module.ts spreads these). */
export const DESK_ENTITIES = [TicketRoutingRuleEntity, TicketSupervisionEntity, TicketDeskSettingEntity];

export const DESK_RESOLVERS = [TicketDeskResolver, TicketDeskFieldsResolver, TicketRoutingRuleFieldsResolver];

/** Staff writes of the desk, each audited. Priority, acknowledgement and supervision are workflow actions (`ticket.<action>`). */
export const DESK_AUDIT_OPERATIONS = [
  'ticket.category.setDefaults',
  'ticket.desk.setSetting',
  'ticket.routingRule.create',
  'ticket.routingRule.update',
  'ticket.routingRule.delete',
];
