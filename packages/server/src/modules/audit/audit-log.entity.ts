import { Column, Entity, Index } from 'typeorm';
import { BaseEntity, LongTextColumn, RefColumn, TextColumn } from '../../db/columns.js';

/** Every staff action: who, acting as which role in which scope, what, on what, when. Append-only. */
@Entity('audit_log')
@Index('ix_audit_street_created', ['streetId', 'createdAt'])
@Index('ix_audit_community_created', ['communityId', 'createdAt'])
@Index('ix_audit_actor', ['actorId'])
@Index('ix_audit_target', ['targetType', 'targetId'])
export class AuditLogEntity extends BaseEntity {
  @RefColumn({ nullable: true })
  actorId: string | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  actorRole: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  scopeKind: string | null;

  @RefColumn({ nullable: true })
  scopeId: string | null;

  @RefColumn({ nullable: true })
  streetId: string | null;

  @RefColumn({ nullable: true })
  communityId: string | null;

  /** e.g. `household.binding.approve`, `user.phone.reveal`. */
  @TextColumn(80)
  operation: string;

  @TextColumn(40)
  targetType: string;

  @RefColumn({ nullable: true })
  targetId: string | null;

  /** JSON summary of the change (never passwords or tokens). */
  @LongTextColumn()
  summary: string;

  @TextColumn(64, { nullable: true })
  requestId: string | null;

  @TextColumn(64, { nullable: true })
  ip: string | null;
}
