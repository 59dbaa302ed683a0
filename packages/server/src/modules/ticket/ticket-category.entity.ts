import { Column, Entity, ForeignKey, Index } from 'typeorm';
import { BaseEntity, BoolColumn, IntColumn, RefColumn, TextColumn, UpdatedAt } from '../../db/columns.js';
import { CommunityEntity } from '../org/community.entity.js';
import { OrganisationKind } from '../org/org.enums.js';
import type { TicketPriority } from './ticket-desk.enums.js';

/** A category of matters, configured per community, with its reply and resolution deadlines. */
@Entity('ticket_category')
@Index('uq_ticket_category_code', ['communityId', 'code'], { unique: true })
export class TicketCategoryEntity extends BaseEntity {
  @ForeignKey(() => CommunityEntity)
  @RefColumn()
  communityId: string;

  @RefColumn()
  streetId: string;

  /** Stable code, e.g. TRAFFIC. */
  @TextColumn(40)
  code: string;

  @TextColumn(50)
  nameZh: string;

  @TextColumn(80)
  nameEn: string;

  /** Who handles it by default (pre-selected when staff accept). */
  @Column({ type: 'varchar', length: 32 })
  defaultOrgKind: OrganisationKind;

  /** Working days to the first reply: 1 to 5, default 3. */
  @IntColumn({ default: 3 })
  replyDays: number;

  /** Working days to resolution (完结). */
  @IntColumn({ default: 15 })
  resolveDays: number;

  @BoolColumn(true)
  active: boolean;

  @IntColumn({ default: 0 })
  sortOrder: number;

  /** Optimistic lock: an update applies only to the version its author saw (`expectedVersion`). */
  @IntColumn({ default: 1 })
  version: number;

  // ---- the desk (ticket-desk.*): two levels and urgency ----

  /** The parent category (two levels): a child inherits the parent's default priority and routing rules where it has none. */
  @RefColumn({ nullable: true })
  parentId: string | null;

  /** Priority of its new tickets; null: the parent's, else NORMAL. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  defaultPriority: TicketPriority | null;

  @UpdatedAt()
  updatedAt: Date;
}
