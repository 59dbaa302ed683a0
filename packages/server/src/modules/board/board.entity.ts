import { Column, Entity, Index } from 'typeorm';
import {
  BaseEntity,
  BoolColumn,
  DateTimeColumn,
  IntColumn,
  LongTextColumn,
  RefColumn,
  TextColumn,
  UpdatedAt,
} from '../../db/columns.js';
import type { CallbackSatisfaction, TicketReportState, TicketTextPart } from './board.enums.js';

/**
 * A community's board and moderation settings: blocked words, the daily limit of new tickets per
 * person, and the days after which a resolved ticket nobody rated or called back closes itself.
 * No row: no blocked words, no limit, no auto-close.
 */
@Entity('board_setting')
@Index('uq_board_setting_community', ['communityId'], { unique: true })
export class BoardSettingEntity extends BaseEntity {
  @RefColumn()
  streetId: string;

  @RefColumn()
  communityId: string;

  /** Blocked words, one per line. */
  @LongTextColumn()
  blockedWords: string;

  /** New tickets one person may raise in the community per day (Asia/Shanghai); null: no limit. */
  @IntColumn({ nullable: true })
  dailyTicketLimit: number | null;

  /** Days after resolution a ticket without rating and call-back closes itself; null: never. */
  @IntColumn({ nullable: true })
  autoCloseDays: number | null;

  @IntColumn({ default: 1 })
  version: number;

  @UpdatedAt()
  updatedAt: Date;
}

/** 我也遇到: a resident of the community has the same matter (one per person and ticket). */
@Entity('ticket_me_too')
@Index('uq_ticket_me_too', ['ticketId', 'userId'], { unique: true })
export class TicketMeTooEntity extends BaseEntity {
  @RefColumn()
  ticketId: string;

  @RefColumn()
  userId: string;

  @RefColumn()
  communityId: string;
}

/** A resident follows a ticket: told of its replies and resolution. */
@Entity('ticket_follow')
@Index('uq_ticket_follow', ['ticketId', 'userId'], { unique: true })
export class TicketFollowEntity extends BaseEntity {
  @RefColumn()
  ticketId: string;

  @RefColumn()
  userId: string;

  @RefColumn()
  communityId: string;
}

/** A resident's report of a public ticket (offensive, personal data …), for staff. */
@Entity('ticket_report')
@Index('uq_ticket_report', ['ticketId', 'reporterId'], { unique: true })
@Index('ix_ticket_report_community', ['communityId', 'state', 'createdAt'])
export class TicketReportEntity extends BaseEntity {
  @RefColumn()
  streetId: string;

  @RefColumn()
  communityId: string;

  @RefColumn()
  ticketId: string;

  @RefColumn()
  reporterId: string;

  @TextColumn(500)
  reason: string;

  @Column({ type: 'varchar', length: 16 })
  state: TicketReportState;

  @DateTimeColumn({ nullable: true })
  handledAt: Date | null;

  @RefColumn({ nullable: true })
  handledById: string | null;
}

/** A text of a ticket staff hid from the public form, with the reason (kept for staff). */
@Entity('ticket_hidden_part')
@Index('uq_ticket_hidden_part', ['ticketId', 'part'], { unique: true })
export class TicketHiddenPartEntity extends BaseEntity {
  @RefColumn()
  ticketId: string;

  @RefColumn()
  communityId: string;

  @Column({ type: 'varchar', length: 16 })
  part: TicketTextPart;

  @TextColumn(500)
  reason: string;

  @RefColumn()
  hiddenById: string;
}

/** A follow-up call (回访) to a resident who did not rate a resolved ticket. */
@Entity('ticket_callback')
@Index('ix_ticket_callback_ticket', ['ticketId', 'createdAt'])
export class TicketCallbackEntity extends BaseEntity {
  @RefColumn()
  ticketId: string;

  @RefColumn()
  communityId: string;

  @BoolColumn(false)
  reached: boolean;

  @Column({ type: 'varchar', length: 24, nullable: true })
  satisfaction: CallbackSatisfaction | null;

  @TextColumn(500, { nullable: true })
  note: string | null;

  /** The call-back reopened the ticket (dissatisfied). */
  @BoolColumn(false)
  reopened: boolean;

  @RefColumn()
  staffId: string;
}

/** A resolved ticket closed by itself: no rating and no call-back within the community's days. */
@Entity('ticket_closure')
@Index('uq_ticket_closure', ['ticketId'], { unique: true })
export class TicketClosureEntity extends BaseEntity {
  @RefColumn()
  ticketId: string;

  @RefColumn()
  communityId: string;
}

/** 常用语: a reply template of a community, for all categories or one. */
@Entity('reply_template')
@Index('ix_reply_template_community', ['communityId', 'createdAt'])
export class ReplyTemplateEntity extends BaseEntity {
  @RefColumn()
  streetId: string;

  @RefColumn()
  communityId: string;

  /** null: every category. */
  @RefColumn({ nullable: true })
  categoryId: string | null;

  @TextColumn(100)
  title: string;

  /** The text with placeholders ({居民姓名} …, see board.templates.ts). */
  @TextColumn(2000)
  body: string;

  @IntColumn({ default: 1 })
  version: number;

  @UpdatedAt()
  updatedAt: Date;
}
