import { Entity } from 'typeorm';
import { BaseEntity, BoolColumn, DateTimeColumn, IntColumn, TextColumn, UpdatedAt } from '../../db/columns.js';

/** A login identity. The phone number is the login and is personal data. */
@Entity('user')
export class UserEntity extends BaseEntity {
  /** Mainland mobile number, 11 digits, unique. */
  @TextColumn(20, { unique: true })
  phone: string;

  /** argon2id hash. */
  @TextColumn(255)
  passwordHash: string;

  @TextColumn(50)
  displayName: string;

  @BoolColumn(false)
  isPartyMember: boolean;

  /** Set when an administrator disables the account. */
  @DateTimeColumn({ nullable: true })
  disabledAt: Date | null;

  /** Access tokens carry this number; raising it (password change) ends every session at once. */
  @IntColumn({ default: 0 })
  tokenVersion: number;

  /** The last time a session was issued to this account (sign-in, registration or token refresh); the "active user" figure counts it. */
  @DateTimeColumn({ nullable: true })
  lastSignInAt: Date | null;

  @UpdatedAt()
  updatedAt: Date;
}
