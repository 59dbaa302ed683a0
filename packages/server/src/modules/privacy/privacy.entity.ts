import { Column, Entity, Index } from 'typeorm';
import { BaseEntity, DateTimeColumn, RefColumn } from '../../db/columns.js';
import { ErasureStatus } from './privacy.enums.js';

/**
 * A resident's request to be erased (被遗忘权): one per account, PENDING until staff of the
 * resident's community (or street/system administrators) complete it by the due date.
 */
@Entity('privacy_erasure_request')
@Index('uq_privacy_erasure_user', ['userId'], { unique: true })
@Index('ix_privacy_erasure_community', ['communityId', 'status', 'dueAt'])
export class ErasureRequestEntity extends BaseEntity {
  /** The account to erase (anonymised on completion; the row keeps only its id). */
  @RefColumn()
  userId: string;

  /** The street of the resident's community at the time of the request (null: no community). */
  @RefColumn({ nullable: true })
  streetId: string | null;

  /** The resident's community at the time of the request (null: no community — system administrators only). */
  @RefColumn({ nullable: true })
  communityId: string | null;

  @Column({ type: 'varchar', length: 16 })
  status: ErasureStatus;

  /** End of the 15th working day after the request (Asia/Shanghai). */
  @DateTimeColumn()
  dueAt: Date;

  @DateTimeColumn({ nullable: true })
  completedAt: Date | null;

  @RefColumn({ nullable: true })
  completedById: string | null;
}
