import { Column, Entity, ForeignKey, Index } from 'typeorm';
import { BaseEntity, LongTextColumn, RefColumn } from '../../db/columns.js';
import { TicketEntity } from './ticket.entity.js';
import { TicketEventType, TicketState } from './ticket.enums.js';

/**
 * One immutable entry of a ticket's timeline: the source of truth for every figure. Who sees it
 * follows from its type (EVENT_VISIBILITY in ticket.transitions.ts), never from a stored flag.
 */
@Entity('ticket_event')
@Index('ix_ticket_event_ticket', ['ticketId'])
@Index('ix_ticket_event_community_type', ['communityId', 'type', 'createdAt'])
// "Escalated at least once" per ticket (analysis figures) answered from the index alone.
@Index('ix_ticket_event_ticket_type', ['ticketId', 'type'])
export class TicketEventEntity extends BaseEntity {
  @ForeignKey(() => TicketEntity)
  @RefColumn()
  ticketId: string;

  @RefColumn()
  communityId: string;

  @Column({ type: 'varchar', length: 32 })
  type: TicketEventType;

  @Column({ type: 'varchar', length: 16, nullable: true })
  fromState: TicketState | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  toState: TicketState | null;

  @RefColumn({ nullable: true })
  actorId: string | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  actorRole: string | null;

  /** The organisation the actor acted for (replies, escalation target …). */
  @RefColumn({ nullable: true })
  organisationId: string | null;

  @LongTextColumn({ nullable: true })
  note: string | null;

  /** Related ticket (the primary of a merge). */
  @RefColumn({ nullable: true })
  relatedTicketId: string | null;
}
