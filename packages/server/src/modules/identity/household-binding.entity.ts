import { Column, Entity, ForeignKey, Index } from 'typeorm';
import { BaseEntity, DateTimeColumn, RefColumn, TextColumn, UpdatedAt } from '../../db/columns.js';
import { HouseholdEntity } from '../org/household.entity.js';
import { BindingStatus, HouseholdRelation } from './identity.enums.js';
import { UserEntity } from './user.entity.js';

/** A resident's request to be bound to a household, and its verification by community staff. */
@Entity('household_binding')
@Index('ix_binding_user', ['userId'])
@Index('ix_binding_household', ['householdId'])
@Index('ix_binding_community_status', ['communityId', 'status'])
@Index('ux_binding_open', ['userId', 'openHouseholdId'], { unique: true })
export class HouseholdBindingEntity extends BaseEntity {
  @ForeignKey(() => UserEntity)
  @RefColumn()
  userId: string;

  @ForeignKey(() => HouseholdEntity)
  @RefColumn()
  householdId: string;

  @RefColumn()
  streetId: string;

  @RefColumn()
  communityId: string;

  @RefColumn()
  estateId: string;

  @Column({ type: 'varchar', length: 16 })
  relation: HouseholdRelation;

  @Column({ type: 'varchar', length: 16 })
  status: BindingStatus;

  @TextColumn(200, { nullable: true })
  reason: string | null;

  @RefColumn({ nullable: true })
  reviewedById: string | null;

  @DateTimeColumn({ nullable: true })
  reviewedAt: Date | null;

  /** Optimistic lock: a review only applies to the version it read. */
  @Column({ type: 'int', default: 1 })
  version: number;

  @UpdatedAt()
  updatedAt: Date;

  /**
   * The household id while the binding is PENDING or APPROVED, null once rejected or revoked: with
   * the unique index, one open binding per user and household, decided by the database (NULLs
   * never collide). Filled on insert by IdentityKeysSubscriber.
   */
  @Column({ type: 'varchar', length: 36, nullable: true })
  openHouseholdId: string | null;
}
