import { Entity, ForeignKey, Index } from 'typeorm';
import { BaseEntity, DateTimeColumn, IntColumn, RefColumn, TextColumn, UpdatedAt } from '../../db/columns.js';
import { EstateEntity } from './estate.entity.js';

/** 楼栋 — a building of an estate. */
@Entity('building')
@Index('uq_building_estate_name', ['estateId', 'name'], { unique: true })
@Index('ix_building_community', ['communityId'])
export class BuildingEntity extends BaseEntity {
  @RefColumn()
  streetId: string;

  @RefColumn()
  communityId: string;

  @ForeignKey(() => EstateEntity)
  @RefColumn()
  estateId: string;

  @TextColumn(50)
  name: string;

  @DateTimeColumn({ nullable: true })
  archivedAt: Date | null;

  /** Optimistic lock: an update applies only to the version its author saw (`expectedVersion`). */
  @IntColumn({ default: 1 })
  version: number;

  @UpdatedAt()
  updatedAt: Date;
}
