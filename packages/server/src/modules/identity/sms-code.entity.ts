import { Entity, Index } from 'typeorm';
import { BaseEntity, BinaryTextColumn, DateTimeColumn, IntColumn, TextColumn } from '../../db/columns.js';

/**
 * One SMS one-time code sent to a phone for a purpose. Neither the phone nor the code is stored:
 * both are keyed hashes (HMAC-SHA256 with a key derived from AUTH_SECRET), so a copy of the table
 * tells nothing. A newer code for the same phone and purpose ends the older ones.
 */
@Entity('sms_code')
@Index('ix_sms_code_phone_purpose', ['phoneHash', 'purpose', 'createdAt'])
@Index('ix_sms_code_expires', ['expiresAt'])
export class SmsCodeEntity extends BaseEntity {
  /** HMAC of the phone number, hex. */
  @BinaryTextColumn(64)
  phoneHash: string;

  /** REGISTER, LOGIN, RESET_PASSWORD or LINK_PHONE. */
  @TextColumn(20)
  purpose: string;

  /** HMAC of phone, purpose and code, hex. */
  @BinaryTextColumn(64)
  codeHash: string;

  @DateTimeColumn()
  expiresAt: Date;

  /** Wrong entries so far; at the maximum the code is dead. */
  @IntColumn({ default: 0 })
  tries: number;

  /** Set when the code was used, or replaced by a newer one. */
  @DateTimeColumn({ nullable: true })
  usedAt: Date | null;
}
