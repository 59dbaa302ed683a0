import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import {
  BaseEntity,
  BoolColumn,
  DateTimeColumn,
  IntColumn,
  LongTextColumn,
  RefColumn,
  UpdatedAt,
} from '../../db/columns.js';
import { CommunityEntity } from '../org/community.entity.js';
import { TicketEntity } from './ticket.entity.js';
import { TicketCategoryEntity } from './ticket-category.entity.js';

/**
 * A routing rule (分派规则) of a community: tickets of a category (and optionally of one estate)
 * go to these organisations. Accepting pre-fills them; with `autoRoute` a new ticket is accepted
 * and routed by the system at once. A rule of a parent category also covers its children that
 * have none of their own; an estate's rule wins over the community-wide one.
 */
@Entity('ticket_routing_rule')
@Index('ix_ticket_routing_rule_community', ['communityId', 'categoryId', 'createdAt'])
export class TicketRoutingRuleEntity extends BaseEntity {
  @RefColumn()
  streetId: string;

  @ForeignKey(() => CommunityEntity)
  @RefColumn()
  communityId: string;

  @ForeignKey(() => TicketCategoryEntity)
  @RefColumn()
  categoryId: string;

  /** Only tickets of this estate; null: the whole community. */
  @RefColumn({ nullable: true })
  estateId: string | null;

  /** The responsible organisations, 1 to 5 (checked like acceptTicket's handlers). */
  @Column({ type: 'simple-json' })
  organisationIds: string[];

  /** Accept and route a new ticket at once (by the system, through the normal workflow). */
  @BoolColumn(false)
  autoRoute: boolean;

  @IntColumn({ default: 1 })
  version: number;

  @UpdatedAt()
  updatedAt: Date;
}

/** A supervision notice (督办) on an overdue or stalled assignment: counted in the organisation's assessment. */
@Entity('ticket_supervision')
@Index('ix_ticket_supervision_ticket', ['ticketId', 'createdAt'])
@Index('ix_ticket_supervision_org', ['organisationId', 'createdAt'])
@Index('ix_ticket_supervision_community', ['communityId', 'createdAt'])
export class TicketSupervisionEntity extends BaseEntity {
  @ForeignKey(() => TicketEntity)
  @RefColumn()
  ticketId: string;

  @RefColumn()
  assignmentId: string;

  @RefColumn()
  organisationId: string;

  @RefColumn()
  streetId: string;

  @RefColumn()
  communityId: string;

  @RefColumn()
  issuedById: string;

  @LongTextColumn()
  note: string;

  /** The reply deadline before the notice. */
  @DateTimeColumn()
  previousDueAt: Date;

  /** The new reply deadline the notice set. */
  @DateTimeColumn()
  newDueAt: Date;
}

/** A community's desk settings; a community without a row has the defaults. */
@Entity('ticket_desk_setting')
export class TicketDeskSettingEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  communityId: string;

  /** Hours (wall clock, day and night) an emergency has for its answer: 1 to 72, default 2. */
  @IntColumn({ default: 2 })
  emergencyHours: number;

  /** Working hours an organisation has to acknowledge an assignment: 1 to 72, default 4. */
  @IntColumn({ default: 4 })
  acknowledgeHours: number;

  @UpdatedAt()
  updatedAt: Date;
}
