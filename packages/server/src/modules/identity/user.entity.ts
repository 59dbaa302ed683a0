import { Entity } from 'typeorm';
import { BlindIndexColumn, EncryptedPhoneColumn } from '../../crypto/columns.js';
import { phoneIndex } from '../../crypto/personal-data.js';
import { BaseEntity, BoolColumn, DateTimeColumn, IntColumn, TextColumn, UpdatedAt } from '../../db/columns.js';

/** A login identity. The phone number is the login and is personal data. */
@Entity('user')
export class UserEntity extends BaseEntity {
  /** Mainland mobile number, 11 digits: clear in memory, AES-256-GCM in the column (crypto/columns.ts). */
  @EncryptedPhoneColumn('phoneIndex')
  phone: string;

  /** Blind index of the phone (HMAC-SHA256): the unique key and the only way to find a user by phone (`byPhone`). */
  @BlindIndexColumn({ unique: true })
  phoneIndex: string;

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

/** The where-clause that finds the user of a phone number (through the blind index: the column itself is encrypted). */
export const byPhone = (phone: string) => ({ phoneIndex: phoneIndex(phone) });
