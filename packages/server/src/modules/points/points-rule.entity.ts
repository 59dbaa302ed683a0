import { Column, Entity, Index } from 'typeorm';
import { BaseEntity, BoolColumn, DateTimeColumn, IntColumn, RefColumn, TextColumn } from '../../db/columns.js';
import type { PointsEvent } from './points.enums.js';

/**
 * One version of a community's rule for an event (积分规则). Changing a rule inserts the next
 * version and retires the current one; entries keep the version that priced them.
 */
@Entity('points_rule')
@Index('ux_points_rule_version', ['communityId', 'event', 'version'], { unique: true })
export class PointsRuleEntity extends BaseEntity {
  @RefColumn()
  streetId: string;

  @RefColumn()
  communityId: string;

  @Column({ type: 'varchar', length: 32 })
  event: PointsEvent;

  @IntColumn()
  version: number;

  /** Points per occurrence (per hour for volunteer hours); negative for a penalty. */
  @IntColumn()
  points: number;

  @IntColumn({ nullable: true })
  dailyCap: number | null;

  @IntColumn({ nullable: true })
  monthlyCap: number | null;

  /** A disabled rule awards nothing (a new version with `enabled` false). */
  @BoolColumn(true)
  enabled: boolean;

  /** Set when a newer version replaced this one. */
  @DateTimeColumn({ nullable: true })
  retiredAt: Date | null;

  @TextColumn(300, { nullable: true })
  note: string | null;

  @RefColumn({ nullable: true })
  createdById: string | null;
}
