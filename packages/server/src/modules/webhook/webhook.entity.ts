import { Column, Entity, Index } from 'typeorm';
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

/**
 * A webhook subscription (订阅): an owner organisation's receiver URL and the events it hears.
 * Deliveries are limited to the owner's scope (see webhook.scope.ts). The secret signs every
 * delivery; it is shown once when created and never again on the wire.
 */
@Entity('webhook_subscription')
@Index('ix_webhook_subscription_org', ['organisationId', 'createdAt'])
@Index('ix_webhook_subscription_street', ['streetId', 'createdAt'])
export class WebhookSubscriptionEntity extends BaseEntity {
  /** The owner organisation. */
  @RefColumn()
  organisationId: string;

  /** The owner's street (street reach is a plain filter). */
  @RefColumn()
  streetId: string;

  /** The owner's community, for community-level organisations. */
  @RefColumn({ nullable: true })
  communityId: string | null;

  /** The app (API client) the subscription belongs to, once the apps registry is wired in. */
  @RefColumn({ nullable: true })
  apiClientId: string | null;

  @TextColumn(100)
  name: string;

  @TextColumn(500)
  url: string;

  /** Event types, comma separated (WebhookEventType values). */
  @TextColumn(500)
  events: string;

  /** The signing secret (`whsec_…`), needed in the clear to sign; never on the wire after creation. */
  @BinaryTextColumn(64)
  secret: string;

  /** Paused by its keepers, or by the server after repeated failures (`pausedReason`). */
  @BoolColumn(false)
  paused: boolean;

  @Column({ type: 'varchar', length: 16, nullable: true })
  pausedReason: string | null;

  @IntColumn({ default: 0 })
  consecutiveFailures: number;

  /** The first failure of the current run of failures (null after a success). */
  @DateTimeColumn({ nullable: true })
  failingSince: Date | null;

  @RefColumn({ nullable: true })
  createdById: string | null;

  @UpdatedAt()
  updatedAt: Date;
}

/** One event to one subscription: its attempts, the next one, and the last answer. */
@Entity('webhook_delivery')
@Index('ux_webhook_delivery_event', ['subscriptionId', 'eventKey'], { unique: true })
@Index('ix_webhook_delivery_subscription', ['subscriptionId', 'createdAt'])
@Index('ix_webhook_delivery_due', ['status', 'nextAttemptAt'])
export class WebhookDeliveryEntity extends BaseEntity {
  @RefColumn()
  subscriptionId: string;

  /** The owner organisation (copied, for reads). */
  @RefColumn()
  organisationId: string;

  @Column({ type: 'varchar', length: 40 })
  eventType: string;

  /** The source of the event (e.g. `ticket_event:<id>`): one delivery per subscription and event. */
  @BinaryTextColumn(80)
  eventKey: string;

  /** The JSON body sent (ids and public fields only). */
  @LongTextColumn()
  payload: string;

  @Column({ type: 'varchar', length: 16 })
  status: string;

  @IntColumn({ default: 0 })
  attempts: number;

  @DateTimeColumn({ nullable: true })
  nextAttemptAt: Date | null;

  /** A sender holds the row until then (two processes never send the same attempt). */
  @DateTimeColumn({ nullable: true })
  lockedUntil: Date | null;

  @DateTimeColumn({ nullable: true })
  lastAttemptAt: Date | null;

  @IntColumn({ nullable: true })
  lastStatusCode: number | null;

  /** The first characters of the last answer (or the network error). */
  @TextColumn(500, { nullable: true })
  lastResponse: string | null;

  @DateTimeColumn({ nullable: true })
  deliveredAt: Date | null;

  /** The id of the request whose write caused the event (sent as `X-Request-Id`); null from jobs. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  requestId: string | null;
}
