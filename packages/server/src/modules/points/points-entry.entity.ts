import { Column, Entity, Index } from 'typeorm';
import { BaseEntity, BinaryTextColumn, IntColumn, RefColumn, TextColumn } from '../../db/columns.js';
import type { PointsReason } from './points.enums.js';

/**
 * One line of the append-only points ledger (积分流水). Never updated, never deleted: a correction
 * is a new entry. The unique idempotency key makes a retried award one entry.
 */
@Entity('points_entry')
@Index('ux_points_entry_key', ['idempotencyKey'], { unique: true })
@Index('ix_points_entry_user', ['communityId', 'userId', 'createdAt'])
@Index('ix_points_entry_community', ['communityId', 'createdAt'])
export class PointsEntryEntity extends BaseEntity {
  @RefColumn()
  streetId: string;

  @RefColumn()
  communityId: string;

  /** The resident's estate when the entry was made (for estate leaderboards), if known. */
  @RefColumn({ nullable: true })
  estateId: string | null;

  @RefColumn()
  userId: string;

  /** Signed change: positive for an award, negative for a penalty or a redemption. */
  @IntColumn()
  delta: number;

  /** The balance of (user, community) right after this entry. */
  @IntColumn()
  balanceAfter: number;

  @Column({ type: 'varchar', length: 32 })
  reason: PointsReason;

  /** Staff's words (manual adjustments) or a short system note (a capped award). */
  @TextColumn(500, { nullable: true })
  note: string | null;

  /** What the entry is about: `Ticket`, `VolunteerSignup`, `PointsRedemption`, … */
  @TextColumn(40, { nullable: true })
  referenceType: string | null;

  @TextColumn(64, { nullable: true })
  referenceId: string | null;

  /** The rule version that priced it (old awards keep theirs when a rule changes). */
  @RefColumn({ nullable: true })
  ruleId: string | null;

  @IntColumn({ nullable: true })
  ruleVersion: number | null;

  /** Who made it (staff for adjustments, the resident for a redemption); null for the system. */
  @RefColumn({ nullable: true })
  actorId: string | null;

  /** e.g. `ticket.accepted:<ticketId>`: the same award sent twice makes one entry. */
  @BinaryTextColumn(191)
  idempotencyKey: string;
}
