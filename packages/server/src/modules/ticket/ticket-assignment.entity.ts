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
}
