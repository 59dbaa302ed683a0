import { Entity, ForeignKey, Index } from 'typeorm';
import { BaseEntity, BinaryTextColumn, DateTimeColumn, RefColumn, TextColumn } from '../../db/columns.js';
import { UserEntity } from './user.entity.js';

/**
 * A one-time code with which a staff member sets their password: issued when an administrator
 * creates the account (purpose CREATE) or resets its password (RESET). Stored hashed; shown once to
 * the administrator; expires; used at most once (`usedAt` is claimed by a conditional update).
 */
@Entity('password_reset_code')
@Index('uq_password_reset_code_hash', ['codeHash'], { unique: true })
@Index('ix_password_reset_code_user', ['userId'])
export class PasswordResetCodeEntity extends BaseEntity {
  @ForeignKey(() => UserEntity)
  @RefColumn()
  userId: string;

  /** SHA-256 of the code, hex. */
  @BinaryTextColumn(64)
  codeHash: string;

  /** CREATE (new account) or RESET (password reset). */
  @TextColumn(16)
  purpose: string;

  @DateTimeColumn()
  expiresAt: Date;

  /** Set when the code was used, or when a newer code replaced it. */
  @DateTimeColumn({ nullable: true })
  usedAt: Date | null;

  /** The administrator who issued the code. */
  @RefColumn()
  createdById: string;
}
