import { Entity, ForeignKey, Index } from 'typeorm';
import { BaseEntity, DateTimeColumn, IntColumn, RefColumn, TextColumn, UpdatedAt } from '../../db/columns.js';
import { CommunityEntity } from './community.entity.js';
import { StreetEntity } from './street.entity.js';

/** 小区 — a residential estate inside a community. */
@Entity('estate')
@Index('uq_estate_community_name', ['communityId', 'name'], { unique: true })
@Index('ix_estate_street', ['streetId'])
export class EstateEntity extends BaseEntity {
  @ForeignKey(() => StreetEntity)
  @RefColumn()
  streetId: string;

  @ForeignKey(() => CommunityEntity)
  @RefColumn()
  communityId: string;

  @TextColumn(100)
  name: string;

  @TextColumn(200, { nullable: true })
  address: string | null;

  @DateTimeColumn({ nullable: true })
  archivedAt: Date | null;

  /** Optimistic lock: an update applies only to the version its author saw (`expectedVersion`). */
  @IntColumn({ default: 1 })
  version: number;

  @UpdatedAt()
  updatedAt: Date;
}
