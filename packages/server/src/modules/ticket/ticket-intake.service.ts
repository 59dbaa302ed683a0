import type { DataSource, EntityManager } from 'typeorm';
import { actingGrant, can, requireViewer } from '../../auth/policy.js';
import { unscoped } from '../../auth/scoped.js';
import type { Actor } from '../../common/actor.js';
import { fail } from '../../common/errors.js';
import { phoneIndex } from '../../crypto/personal-data.js';
import type { AuditService } from '../audit/audit.service.js';
import { byPhone, UserEntity } from '../identity/user.entity.js';
import { TicketEntity } from './ticket.entity.js';
import { TicketSource } from './ticket.enums.js';
import { TicketReasons as R } from './ticket.errors.js';
import type { TicketService } from './ticket.service.js';
import { TicketIntakeReasons as D } from './ticket-intake.errors.js';
import type * as I from './ticket-intake.inputs.js';

/**
 * Intake on behalf (代为登记): community staff and street admins raise a ticket for a person who
 * phoned, came to the counter, was met on patrol, wrote, or was transferred by the 12345 hotline.
 * The ticket is the person's when their phone is a registered account; otherwise the recorder
 * stands in as its submitter until that phone registers (`linkOnRegistration`, called by identity's
 * registration in the same transaction).
 */
export class TicketIntakeService {
  constructor(
    private readonly ds: DataSource,
    private readonly tickets: TicketService,
    private readonly audit: AuditService,
  ) {}

  async raiseOnBehalf(actor: Actor, input: I.RaiseTicketOnBehalfInput): Promise<TicketEntity> {
    const viewer = requireViewer(actor.viewer);
    if (input.source === TicketSource.APP || input.source === TicketSource.IMPORT) {
      throw fail(D.TICKET_SOURCE_NOT_ON_BEHALF, 'APP and IMPORT are not sources of an intake on behalf', {
        field: 'source',
      });
    }
    const hotline = input.source === TicketSource.HOTLINE_12345;
    if (hotline !== !!input.externalRef?.trim()) {
      throw fail(D.TICKET_EXTERNAL_REF_REQUIRED, 'A 12345 transfer needs its number, and only it has one', {
        field: 'externalRef',
      });
    }
    // A retry of the same intake (same recorder, same key) returns the first ticket.
    const repo = unscoped(this.ds, "the recorder's own earlier intake with this key").repo(TicketEntity);
    const existing = await repo.findOneBy({ recordedById: viewer.userId, idempotencyKey: input.idempotencyKey });
    if (existing) return existing;
    const person = await unscoped(this.ds, 'whether the phone given is a registered account (never shown)')
      .repo(UserEntity)
      .findOneBy(byPhone(input.contactPhone));
    return this.tickets.create(viewer, input, {
      submitterId: person?.id ?? viewer.userId,
      columns: {
        source: input.source,
        externalRef: hotline ? (input.externalRef?.trim() ?? null) : null,
        contactName: input.contactName.trim(),
        contactPhone: input.contactPhone,
        recordedById: viewer.userId,
      },
      authorize: async (place) => {
        if (!can(viewer, 'ticket.triage', place))
          throw fail(R.TICKET_ACTION_NOT_ALLOWED, 'Your roles do not allow taking matters here');
      },
      written: async (ticket, m) => {
        await this.audit.record(
          actor.meta,
          {
            operation: 'ticket.raiseOnBehalf',
            targetType: 'Ticket',
            targetId: ticket.id,
            grant: actingGrant(viewer, 'ticket.triage', ticket),
            streetId: ticket.streetId,
            communityId: ticket.communityId,
            summary: { source: input.source, linked: !!person },
          },
          m,
        );
      },
    });
  }

  /** The person's phone in full, once, for staff who may triage the ticket; each reveal is audited. */
  async revealContact(actor: Actor, input: I.RevealTicketContactInput): Promise<{ ticketId: string; phone: string }> {
    const { ticket, access } = await this.tickets.get(actor.viewer, input.ticketId);
    const viewer = requireViewer(actor.viewer);
    if (!access.staff || !can(viewer, 'ticket.triage', ticket)) {
      throw fail(R.TICKET_ACTION_NOT_ALLOWED, 'Your roles do not allow seeing this phone number');
    }
    if (!ticket.contactPhone) throw fail(R.TICKET_ACTION_NOT_ALLOWED, 'This ticket has no contact phone');
    await this.audit.record(actor.meta, {
      operation: 'ticket.contact.reveal',
      targetType: 'Ticket',
      targetId: ticket.id,
      grant: actingGrant(viewer, 'ticket.triage', ticket),
      streetId: ticket.streetId,
      communityId: ticket.communityId,
      summary: { contactName: ticket.contactName },
    });
    return { ticketId: ticket.id, phone: ticket.contactPhone };
  }

  /**
   * A phone registered: every ticket recorded for it on behalf and still waiting becomes the new
   * resident's (a new version, so a console holding the old one reloads). Inside the registration's
   * transaction.
   */
  async linkOnRegistration(user: UserEntity, m: EntityManager): Promise<number> {
    const result = await m
      .createQueryBuilder()
      .update(TicketEntity)
      .set({ submitterId: user.id, version: () => 'version + 1' })
      .where('contactPhoneIndex = :idx AND recordedById IS NOT NULL AND submitterId = recordedById', {
        idx: phoneIndex(user.phone),
      })
      .execute();
    return result.affected ?? 0;
  }
}
