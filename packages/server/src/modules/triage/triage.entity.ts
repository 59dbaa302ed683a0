import { Column, Entity, Index } from 'typeorm';
import { BaseEntity, DateTimeColumn, IntColumn, RefColumn, TextColumn } from '../../db/columns.js';
import { HotTopicState } from './triage.enums.js';

/**
 * A hot topic (热点): a burst of tickets about one matter in one community — at least the
 * community's threshold of similar tickets within its window. Raised once, grown as more arrive;
 * staff merge it into one primary ticket or dismiss it with a reason.
 */
@Entity('hot_topic')
@Index('ix_hot_topic_community_state', ['communityId', 'state', 'createdAt'])
@Index('ix_hot_topic_street', ['streetId', 'createdAt'])
export class HotTopicEntity extends BaseEntity {
  @RefColumn()
  streetId: string;

  @RefColumn()
  communityId: string;

  @Column({ type: 'varchar', length: 16 })
  state: HotTopicState;

  /** The title of its first ticket. */
  @TextColumn(100)
  title: string;

  @IntColumn({ default: 0 })
  ticketCount: number;

  @DateTimeColumn()
  lastTicketAt: Date;

  /** The ticket the cluster was merged into (MERGED). */
  @RefColumn({ nullable: true })
  primaryTicketId: string | null;

  /** Why staff dismissed it (DISMISSED). */
  @TextColumn(500, { nullable: true })
  dismissReason: string | null;

  @DateTimeColumn({ nullable: true })
  closedAt: Date | null;

  @RefColumn({ nullable: true })
  closedById: string | null;
}

/** A ticket of a hot topic: a ticket belongs to at most one. */
@Entity('hot_topic_ticket')
@Index('uq_hot_topic_ticket', ['ticketId'], { unique: true })
@Index('ix_hot_topic_ticket_topic', ['hotTopicId', 'createdAt'])
export class HotTopicTicketEntity extends BaseEntity {
  @RefColumn()
  hotTopicId: string;

  @RefColumn()
  ticketId: string;

  @RefColumn()
  communityId: string;
}

/** A community's hot-topic rule; without a row the defaults apply (5 tickets within 24 hours). */
@Entity('hot_topic_rule')
@Index('uq_hot_topic_rule_community', ['communityId'], { unique: true })
export class HotTopicRuleEntity extends BaseEntity {
  @RefColumn()
  streetId: string;

  @RefColumn()
  communityId: string;

  @IntColumn()
  threshold: number;

  @IntColumn()
  windowHours: number;
}
