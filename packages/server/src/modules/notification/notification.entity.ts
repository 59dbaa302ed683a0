import { Entity, ForeignKey, Index } from 'typeorm';
import { BaseEntity, DateTimeColumn, LongTextColumn, RefColumn, TextColumn } from '../../db/columns.js';
import { UserEntity } from '../identity/user.entity.js';

/** An in-app notification for one user. */
@Entity('notification')
@Index('ix_notification_user_read', ['userId', 'readAt'])
export class NotificationEntity extends BaseEntity {
  @ForeignKey(() => UserEntity)
  @RefColumn()
  userId: string;

  /** e.g. TICKET_NEW, TICKET_REPLIED, TICKET_OVERDUE. */
  @TextColumn(40)
  type: string;

  @TextColumn(200)
  title: string;

  @LongTextColumn({ nullable: true })
  body: string | null;

  @RefColumn({ nullable: true })
  ticketId: string | null;

  @RefColumn({ nullable: true })
  communityId: string | null;

  @DateTimeColumn({ nullable: true })
  readAt: Date | null;
}
