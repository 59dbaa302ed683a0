import type { MessageKey } from '../../i18n';
import { declareAudit } from '../audit/declare';
import { categorySettingsUrl, TICKET_STATES, ticketUrl } from './urls';

/** Tickets in the audit log: a ticket opens its drawer; its states read as the state tag does. */
export const audit = declareAudit({
  targets: { Ticket: ticketUrl, TicketCategory: () => categorySettingsUrl() },
  value: (type, key, value, t) =>
    type === 'Ticket' && (key === 'from' || key === 'to') && (TICKET_STATES as string[]).includes(value)
      ? t(`ticket.state.${value}` as MessageKey)
      : undefined,
});
