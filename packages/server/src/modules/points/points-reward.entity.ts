import { Column, Entity, Index } from 'typeorm';
import { BaseEntity, BoolColumn, DateTimeColumn, IntColumn, RefColumn, TextColumn } from '../../db/columns.js';
import type { RedemptionStatus } from './points.enums.js';

/** A reward of a community's catalogue (积分兑换), with its stock and per-person limit. */
@Entity('points_reward')
@Index('ix_points_reward_community', ['communityId', 'createdAt'])
export class PointsRewardEntity extends BaseEntity {
  @RefColumn()
  streetId: string;

  @RefColumn()
  communityId: string;

  @TextColumn(100)
  name: string;

  @TextColumn(500, { nullable: true })
  description: string | null;

  @IntColumn()
  cost: number;

  /** Items left: taken by a conditional UPDATE (`stock > 0`), given back by a cancellation. */
  @IntColumn()
  stock: number;

  /** At most this many open (not cancelled) redemptions per resident; null = no limit. */
  @IntColumn({ nullable: true })
  perPersonLimit: number | null;

  @BoolColumn(true)
  active: boolean;
}

/** A resident's redemption of a reward: points and stock taken at once, handed over with a pick-up code. */
@Entity('points_redemption')
@Index('ix_points_redemption_community', ['communityId', 'createdAt'])
@Index('ix_points_redemption_user', ['userId', 'rewardId'])
export class PointsRedemptionEntity extends BaseEntity {
  @RefColumn()
  streetId: string;

  @RefColumn()
  communityId: string;

  @RefColumn()
  rewardId: string;

  @RefColumn()
  userId: string;

  @IntColumn()
  cost: number;

  @Column({ type: 'varchar', length: 16 })
  status: RedemptionStatus;

  /** Six digits the resident shows at pick-up. */
  @TextColumn(8)
  pickupCode: string;

  @DateTimeColumn({ nullable: true })
  handedOverAt: Date | null;

  @RefColumn({ nullable: true })
  handedOverById: string | null;

  @DateTimeColumn({ nullable: true })
  cancelledAt: Date | null;
}

/** A resident who asked not to be listed on leaderboards (they still collect points). */
@Entity('points_preference')
export class PointsPreferenceEntity {
  @Column({ type: 'varchar', length: 36, primary: true })
  userId: string;

  @BoolColumn(false)
  leaderboardOptOut: boolean;
}

/** How far the ticket-acceptance scan has read (one row per scan). */
@Entity('points_cursor')
export class PointsCursorEntity {
  @Column({ type: 'varchar', length: 64, primary: true })
  name: string;

  @DateTimeColumn()
  readUntil: Date;
}
