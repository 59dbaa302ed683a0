import { Column, Entity, ForeignKey, Index } from 'typeorm';
import { BlindIndexColumn, EncryptedPhoneColumn } from '../../crypto/columns.js';
import {
  BaseEntity,
  BinaryTextColumn,
  BoolColumn,
  DateTimeColumn,
  IntColumn,
  LongTextColumn,
  RefColumn,
  TextColumn,
  UpdatedAt,
} from '../../db/columns.js';
import { UserEntity } from '../identity/user.entity.js';
import { CommunityEntity } from '../org/community.entity.js';
import { TicketSource, TicketState } from './ticket.enums.js';
import { TicketCategoryEntity } from './ticket-category.entity.js';
import type { TicketPriority } from './ticket-desk.enums.js';

/**
 * Whether a ticket is pinned on top of the staff workbench (1) or not (0): an open emergency nobody
 * acknowledged yet (`isPinned` in ticket-desk.list.ts says the same in code). The database computes
 * it from `priority`, `acknowledgedAt` and `state` on every write, whatever statement makes it.
 */
export const PINNED_EXPRESSION =
  "CASE WHEN priority = 'EMERGENCY' AND acknowledgedAt IS NULL AND state IN ('SUBMITTED', 'ACCEPTED', 'REPLIED', 'ESCALATED', 'IN_MEETING') THEN 1 ELSE 0 END";

/** The ticket columns the figures read besides the place and submission time (the covering indexes below). */
const FIGURE_COLUMNS = [
  'state',
  'acceptedAt',
  'mergedIntoId',
  'firstRepliedAt',
  'replyDueAt',
  'reopenCount',
  'rating',
  'categoryId',
  'estateId',
  'source',
] as const;

/**
 * A matter a resident raised (我要说事). The state and dates here are a projection kept in step
 * with the immutable TicketEvent timeline, in the same transaction; `version` guards against two
 * staff acting at once.
 */
@Entity('ticket')
@Index('uq_ticket_idempotency', ['submitterId', 'idempotencyKey'], { unique: true })
// The staff workbench's pages (ticket-desk.list.ts): pinned first, then newest first, read in index
// order by community or street (and by community and state when the list filters one state).
@Index('ix_ticket_community_state', ['communityId', 'state', 'pinned', 'createdAt', 'id'])
@Index('ix_ticket_community_list', ['communityId', 'pinned', 'createdAt', 'id'])
@Index('ix_ticket_street_list', ['streetId', 'pinned', 'createdAt', 'id'])
@Index('ix_ticket_estate', ['estateId'])
@Index('ix_ticket_submitter', ['submitterId'])
@Index('ix_ticket_reply_due', ['state', 'replyDueAt'])
// Figures over a period (analysis module, analysis.figures.ts): range scans by community, by street,
// or over everything (a system admin) on submission time, each holding every column the counts,
// groups and first-reply times read, so an aggregate over a period reads no row of the table (issue 21).
@Index('ix_ticket_community_created', ['communityId', 'createdAt', ...FIGURE_COLUMNS, 'streetId'])
@Index('ix_ticket_street_created', ['streetId', 'createdAt', ...FIGURE_COLUMNS, 'communityId'])
@Index('ix_ticket_figures', ['createdAt', ...FIGURE_COLUMNS, 'communityId', 'streetId'])
// The public board's newest first and any (community, createdAt DESC, id DESC) page (board.service.ts):
// read backwards without a sort; the figure index above holds other columns after createdAt.
@Index('ix_ticket_community_newest', ['communityId', 'createdAt', 'id'])
// The workbench filter by priority (ticket-desk).
@Index('ix_ticket_community_priority', ['communityId', 'priority'])
// Intake on behalf: tickets waiting for their person's phone to register (ticket-intake.service.ts).
@Index('ix_ticket_contact_phone_index', ['contactPhoneIndex'])
export class TicketEntity extends BaseEntity {
  @RefColumn()
  streetId: string;

  @ForeignKey(() => CommunityEntity)
  @RefColumn()
  communityId: string;

  @RefColumn({ nullable: true })
  estateId: string | null;

  @RefColumn({ nullable: true })
  buildingId: string | null;

  @ForeignKey(() => TicketCategoryEntity)
  @RefColumn()
  categoryId: string;

  @ForeignKey(() => UserEntity)
  @RefColumn()
  submitterId: string;

  @TextColumn(100)
  title: string;

  @LongTextColumn()
  body: string;

  @TextColumn(200, { nullable: true })
  locationText: string | null;

  /** Hidden from other residents (staff still see who raised it). */
  @BoolColumn(false)
  anonymous: boolean;

  @Column({ type: 'varchar', length: 16 })
  state: TicketState;

  @IntColumn({ default: 1 })
  version: number;

  @BinaryTextColumn(64)
  idempotencyKey: string;

  @RefColumn({ nullable: true })
  mergedIntoId: string | null;

  @DateTimeColumn({ nullable: true })
  acceptedAt: Date | null;

  @DateTimeColumn({ nullable: true })
  firstRepliedAt: Date | null;

  @DateTimeColumn({ nullable: true })
  resolvedAt: Date | null;

  /**
   * End of the Nth working day after submission (Asia/Shanghai): the triage deadline while
   * SUBMITTED, the first-reply deadline once accepted.
   */
  @DateTimeColumn({ nullable: true })
  replyDueAt: Date | null;

  /** When the overdue watch told the community's staff that this ticket waits past its triage deadline. */
  @DateTimeColumn({ nullable: true })
  triageOverdueNotifiedAt: Date | null;

  @DateTimeColumn({ nullable: true })
  resolveDueAt: Date | null;

  /** False when the deadline was computed over days without calendar data. */
  @BoolColumn(true)
  dueCovered: boolean;

  @IntColumn({ nullable: true })
  rating: number | null;

  @TextColumn(500, { nullable: true })
  ratingComment: string | null;

  @IntColumn({ default: 0 })
  reopenCount: number;

  // ---- the desk (ticket-desk.*): urgency and acknowledgement ----

  /** NORMAL, URGENT or EMERGENCY (TicketPriority): the category's default, changed by staff with a reason. */
  @Column({ type: 'varchar', length: 16, default: 'NORMAL' })
  priority: TicketPriority;

  /** When the ticket became an emergency: its hour clock runs from here. */
  @DateTimeColumn({ nullable: true })
  emergencyAt: Date | null;

  /** When a responsible organisation first acknowledged it (签收): an emergency stays on top of the workbench until then. */
  @DateTimeColumn({ nullable: true })
  acknowledgedAt: Date | null;

  /**
   * 1 while the ticket is pinned on top of the workbench (PINNED_EXPRESSION), else 0: a virtual
   * generated column (indexed), so the workbench sorts on an index instead of a CASE (issue 21).
   */
  @Column({
    type: 'int',
    nullable: true,
    generatedType: 'VIRTUAL',
    asExpression: PINNED_EXPRESSION,
    insert: false,
    update: false,
  })
  pinned: number | null;

  @UpdatedAt()
  updatedAt: Date;

  // ---- intake on behalf and imports (ticket-intake.service.ts, ticket-import.service.ts) ----

  /** How the matter reached the office: APP for residents' own submissions. */
  @Column({ type: 'varchar', length: 16, default: TicketSource.APP })
  source: TicketSource;

  /** The number the 12345 hotline gave its transfer (HOTLINE_12345 only). */
  @TextColumn(40, { nullable: true })
  externalRef: string | null;

  /** The person a staff member raised the ticket for (on behalf), as they gave it. */
  @TextColumn(50, { nullable: true })
  contactName: string | null;

  /** Their phone: the ticket becomes theirs when it registers (masked for staff, revealed audited). Encrypted at rest. */
  @EncryptedPhoneColumn('contactPhoneIndex', { nullable: true })
  contactPhone: string | null;

  /** Blind index of `contactPhone` (HMAC-SHA256): finds the tickets waiting for a phone that registers. */
  @BlindIndexColumn({ nullable: true })
  contactPhoneIndex: string | null;

  /** The staff member who recorded it (on behalf or by import); the submitter until the person registers. */
  @RefColumn({ nullable: true })
  recordedById: string | null;

  /** The street department it was last escalated to (its staff answer for themselves, DEPARTMENT_STAFF). */
  @RefColumn({ nullable: true })
  escalatedToId: string | null;

  /** Written by an import of historical matters, with backdated events. */
  @BoolColumn(false)
  imported: boolean;
}
