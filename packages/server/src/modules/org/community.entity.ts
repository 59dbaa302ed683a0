import { Column, Entity, ForeignKey, Index } from 'typeorm';
import { BaseEntity, DateTimeColumn, IntColumn, RefColumn, TextColumn, UpdatedAt } from '../../db/columns.js';
import { StreetEntity } from './street.entity.js';

/** 社区 — belongs to a street; the unit that community staff work in. */
@Entity('community')
@Index('uq_community_street_name', ['streetId', 'name'], { unique: true })
export class CommunityEntity extends BaseEntity {
  @ForeignKey(() => StreetEntity)
  @RefColumn()
  streetId: string;

  @TextColumn(100)
  name: string;

  @TextColumn(200, { nullable: true })
  address: string | null;

  /**
   * Who may raise tickets here (the tickets module's TicketIntake): 'VERIFIED_RESIDENTS' of the
   * community, or any 'REGISTERED_RESIDENTS'.
   */
  @Column({ type: 'varchar', length: 24, default: 'VERIFIED_RESIDENTS' })
  ticketIntake: string;

  @DateTimeColumn({ nullable: true })
  archivedAt: Date | null;

  /** Optimistic lock: an update applies only to the version its author saw (`expectedVersion`). */
  @IntColumn({ default: 1 })
  version: number;

  @UpdatedAt()
  updatedAt: Date;
}
