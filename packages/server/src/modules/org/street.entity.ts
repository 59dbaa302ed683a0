import { Entity, Index } from 'typeorm';
import { BaseEntity, DateTimeColumn, IntColumn, TextColumn, UpdatedAt } from '../../db/columns.js';

/** 街道 — the top of the tenancy tree. */
@Entity('street')
export class StreetEntity extends BaseEntity {
  @Index('uq_street_name', { unique: true })
  @TextColumn(100)
  name: string;

  @TextColumn(100)
  district: string;

  @DateTimeColumn({ nullable: true })
  archivedAt: Date | null;

  /** Optimistic lock: an update applies only to the version its author saw (`expectedVersion`). */
  @IntColumn({ default: 1 })
  version: number;

  @UpdatedAt()
  updatedAt: Date;
}
