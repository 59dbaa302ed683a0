import { Entity, Index } from 'typeorm';
import { BaseEntity, DateTimeColumn, TextColumn, UpdatedAt } from '../../db/columns.js';

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

  @UpdatedAt()
  updatedAt: Date;
}
