import { Entity, Index } from 'typeorm';
import {
  BaseEntity,
  BinaryTextColumn,
  DateTimeColumn,
  IntColumn,
  LongTextColumn,
  RefColumn,
  TextColumn,
  UpdatedAt,
} from '../../db/columns.js';

/**
 * An app (应用) that calls the API with a key: a WeChat mini program, an H5 page, a property
 * company's own system. It belongs to an organisation (whose street keeps it). The key is
 * `<keyId>.<secret>`: `keyId` is stored in clear and found by index, the secret only as a keyed hash.
 */
@Entity('api_client')
@Index('ix_api_client_street', ['streetId', 'createdAt'])
@Index('ix_api_client_key', ['keyId'], { unique: true })
@Index('ix_api_client_previous_key', ['previousKeyId'])
export class ApiClientEntity extends BaseEntity {
  /** The street of the owner organisation (street reach is a plain filter). */
  @RefColumn()
  streetId: string;

  @RefColumn()
  organisationId: string;

  @TextColumn(100)
  name: string;

  /** Public part of the current key (`ak_…`), unique. */
  @BinaryTextColumn(40)
  keyId: string;

  /** HMAC-SHA256 (keyed with the server secret) of the current key's secret, hex. */
  @BinaryTextColumn(64)
  secretHash: string;

  /** The key before the last rotation, valid until `previousValidUntil`. */
  @TextColumn(40, { nullable: true })
  previousKeyId: string | null;

  @TextColumn(64, { nullable: true })
  previousSecretHash: string | null;

  @DateTimeColumn({ nullable: true })
  previousValidUntil: Date | null;

  /** Origins a browser app may call from (JSON array; empty: any origin, e.g. a server-side app). */
  @LongTextColumn()
  allowedOrigins: string;

  /** Cost points the app may spend per minute (leaky bucket). */
  @IntColumn({ default: 6000 })
  budgetPerMinute: number;

  @DateTimeColumn({ nullable: true })
  revokedAt: Date | null;

  @IntColumn({ default: 1 })
  version: number;

  @UpdatedAt()
  updatedAt: Date;
}
