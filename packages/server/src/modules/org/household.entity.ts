import { Entity, ForeignKey, Index } from 'typeorm';
import { BaseEntity, DateTimeColumn, RefColumn, TextColumn, UpdatedAt } from '../../db/columns.js';
import { BuildingEntity } from './building.entity.js';

/** 户 — a dwelling (unit + room) in a building. The room number is personal data. */
@Entity('household')
@Index('uq_household_building_unit_room', ['buildingId', 'unit', 'room'], { unique: true })
@Index('ix_household_estate', ['estateId'])
@Index('ix_household_community', ['communityId'])
export class HouseholdEntity extends BaseEntity {
  @RefColumn()
  streetId: string;

  @RefColumn()
  communityId: string;

  @RefColumn()
  estateId: string;

  @ForeignKey(() => BuildingEntity)
  @RefColumn()
  buildingId: string;

  /** 单元, e.g. "1单元"; empty when the building has no units. */
  @TextColumn(20)
  unit: string;

  /** 室, e.g. "1502". */
  @TextColumn(20)
  room: string;

  @DateTimeColumn({ nullable: true })
  archivedAt: Date | null;

  @UpdatedAt()
  updatedAt: Date;
}
