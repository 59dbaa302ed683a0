import type { TicketEntity } from './ticket.entity.js';
import type { TicketSource } from './ticket.enums.js';
import type { TicketAccess } from './ticket.policy.js';

/**
 * The ticket desk's facts of a ticket as the viewer may see them: how it came in, for whom it was
 * recorded, whether it was imported, where it was escalated. The person's name and phone are for
 * staff and the person (once linked) only; never in the public form.
 */
export interface TicketIntakeView {
  source: TicketSource;
  externalRef: string | null;
  contactName: string | null;
  contactPhone: string | null;
  recordedById: string | null;
  imported: boolean;
  escalatedToId: string | null;
  /** Still waiting for the person's phone to register (the recorder stands in as submitter). */
  awaitingLink: boolean;
  /** The viewer is the person it was taken for (linked): they see their own phone in full. */
  personView: boolean;
}

export function deskView(e: TicketEntity, access: TicketAccess): TicketIntakeView {
  const full = access.staff || access.owner;
  // The recorder stands in as submitter until the person registers: that makes them "owner", not the person.
  const standIn = !!e.recordedById && e.submitterId === e.recordedById;
  return {
    source: e.source,
    externalRef: access.staff ? e.externalRef : null,
    contactName: full ? e.contactName : null,
    contactPhone: full ? e.contactPhone : null,
    recordedById: access.staff ? e.recordedById : null,
    imported: e.imported,
    escalatedToId: e.escalatedToId,
    awaitingLink: standIn && !!e.contactPhone,
    personView: access.owner && !standIn,
  };
}
