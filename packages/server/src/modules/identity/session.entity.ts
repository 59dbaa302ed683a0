import { Entity, ForeignKey, Index } from 'typeorm';
import { BaseEntity, BinaryTextColumn, DateTimeColumn, RefColumn, TextColumn } from '../../db/columns.js';
import { UserEntity } from './user.entity.js';

/**
 * One refresh token. Tokens rotate on every use: the used row is marked `usedAt` and a new row of
 * the same family is issued. Presenting a used token again revokes the whole family.
 */
@Entity('session')
@Index('uq_session_token_hash', ['tokenHash'], { unique: true })
@Index('ix_session_family', ['familyId'])
@Index('ix_session_user', ['userId'])
export class SessionEntity extends BaseEntity {
  @ForeignKey(() => UserEntity)
  @RefColumn()
  userId: string;

  @RefColumn()
  familyId: string;

  /** SHA-256 of the refresh token, hex. */
  @BinaryTextColumn(64)
  tokenHash: string;

  @DateTimeColumn()
  expiresAt: Date;

  @DateTimeColumn({ nullable: true })
  usedAt: Date | null;

  @DateTimeColumn({ nullable: true })
  revokedAt: Date | null;

  @TextColumn(200, { nullable: true })
  userAgent: string | null;

  @TextColumn(64, { nullable: true })
  ip: string | null;
}
