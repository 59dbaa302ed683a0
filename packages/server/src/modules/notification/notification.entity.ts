import { Column, Entity, ForeignKey, Index } from 'typeorm';
import { BaseEntity, DateTimeColumn, RefColumn, TextColumn } from '../../db/columns.js';
import { UserEntity } from '../identity/user.entity.js';
import type { NoticeParams } from './notification.kinds.js';

/**
 * An in-app notification for one user: a kind (declared by a module), the subject it is about and
 * the kind's parameters. No rendered text is stored: titles are rendered in the reader's language.
 */
@Entity('notification')
@Index('ix_notification_user_read', ['userId', 'readAt'])
export class NotificationEntity extends BaseEntity {
  @ForeignKey(() => UserEntity)
  @RefColumn()
  userId: string;

  /** A kind from a module's notice catalog, e.g. TICKET_REPLIED (see notification.kinds.ts). */
  @TextColumn(60)
  kind: string;

  /** GraphQL type name of the subject (`Ticket`), or null for a notice about nothing in particular. */
  @TextColumn(40, { nullable: true })
  subjectType: string | null;

  @RefColumn({ nullable: true })
  subjectId: string | null;

  /** The kind's parameters (ticket title, organisation name, days left …), as JSON text. */
  @Column({ type: 'simple-json' })
  params: NoticeParams;

  @RefColumn({ nullable: true })
  communityId: string | null;

  @DateTimeColumn({ nullable: true })
  readAt: Date | null;
}
