import type { TicketEntity } from './ticket.entity.js';
import type { TicketSource } from './ticket.enums.js';
import type { TicketAccess } from './ticket.policy.js';

/**
 * The ticket desk's facts of a ticket as the viewer may see them: how it came in, for whom it was
 * recorded, whether it was imported, where it was escalated. The person's name and phone are for
 * staff and the person (once linked) only; never in the public form.
 */
export interface TicketDeskView {
  source: TicketSource;
  externalRef: string | null;
  contactName: string | null;
  contactPhone: string | null;
  recordedById: string | null;
  imported: boolean;
  escalatedToId: string | null;
  /** Still waiting for the person's phone to register (the recorder stands in as submitter). */
  awaitingLink: boolean;
}

export function deskView(e: TicketEntity, access: TicketAccess): TicketDeskView {
  const full = access.staff || access.owner;
  return {
    source: e.source,
    externalRef: access.staff ? e.externalRef : null,
    contactName: full ? e.contactName : null,
    contactPhone: full ? e.contactPhone : null,
    recordedById: access.staff ? e.recordedById : null,
    imported: e.imported,
    escalatedToId: e.escalatedToId,
    awaitingLink: !!e.recordedById && e.submitterId === e.recordedById && !!e.contactPhone,
  };
}
