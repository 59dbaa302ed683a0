import { Column, Entity, ForeignKey, Index } from 'typeorm';
import { BaseEntity, BoolColumn, DateTimeColumn, RefColumn } from '../../db/columns.js';
import { OrganisationEntity } from '../org/organisation.entity.js';
import { TicketEntity } from './ticket.entity.js';
import { AssignmentState } from './ticket.enums.js';

/** One responsible organisation of a ticket, with its own reply obligation and clock. */
@Entity('ticket_assignment')
@Index('uq_ticket_assignment', ['ticketId', 'organisationId'], { unique: true })
@Index('ix_ticket_assignment_org', ['organisationId', 'state'])
@Index('ix_ticket_assignment_due', ['state', 'replyDueAt'])
@Index('ix_ticket_assignment_ack', ['state', 'acknowledgedAt', 'ackFlaggedAt'])
export class TicketAssignmentEntity extends BaseEntity {
  @ForeignKey(() => TicketEntity)
  @RefColumn()
  ticketId: string;

  @ForeignKey(() => OrganisationEntity)
  @RefColumn()
  organisationId: string;

  @RefColumn()
  communityId: string;

  @Column({ type: 'varchar', length: 16 })
  state: AssignmentState;

  @DateTimeColumn()
  replyDueAt: Date;

  @BoolColumn(true)
  dueCovered: boolean;

  @DateTimeColumn({ nullable: true })
  repliedAt: Date | null;

  @DateTimeColumn({ nullable: true })
  nearDueNotifiedAt: Date | null;

  @DateTimeColumn({ nullable: true })
  overdueNotifiedAt: Date | null;

  // ---- the desk (ticket-desk.*): acknowledgement (签收) ----

  /** When the organisation was (re)assigned; null: when the row was created. The acknowledgement clock runs from here. */
  @DateTimeColumn({ nullable: true })
  assignedAt: Date | null;

  /** When its staff acknowledged the assignment (签收). */
  @DateTimeColumn({ nullable: true })
  acknowledgedAt: Date | null;

  @RefColumn({ nullable: true })
  acknowledgedById: string | null;

  /** When the acknowledgement watch flagged it as not acknowledged in time and reminded its staff (once). */
  @DateTimeColumn({ nullable: true })
  ackFlaggedAt: Date | null;
}
