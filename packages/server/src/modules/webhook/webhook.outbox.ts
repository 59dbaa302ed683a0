import {
  type DataSource,
  type EntityManager,
  type EntitySubscriberInterface,
  EventSubscriber,
  In,
  type InsertEvent,
  type ObjectLiteral,
  type QueryRunner,
} from 'typeorm';
import { currentRequestId } from '../../common/request-scope.js';
import { NotificationEntity } from '../notification/notification.entity.js';
import { OrganisationKind } from '../org/org.enums.js';
import { OrganisationEntity } from '../org/organisation.entity.js';
import { OrganisationEstateEntity } from '../org/organisation-estate.entity.js';
import { EquipmentEntity } from '../property/property.entity.js';
import { TicketEntity } from '../ticket/ticket.entity.js';
import { TicketEventType } from '../ticket/ticket.enums.js';
import { TicketAssignmentEntity } from '../ticket/ticket-assignment.entity.js';
import { TicketEventEntity } from '../ticket/ticket-event.entity.js';
import { VenueBookingEntity, VenueBookingEventEntity } from '../venue/venue.entity.js';
import { VenueBookingEventKind } from '../venue/venue.enums.js';
import { WebhookDeliveryEntity, WebhookSubscriptionEntity } from './webhook.entity.js';
import { WebhookDeliveryStatus, WebhookEventType } from './webhook.enums.js';

/**
 * THE DOMAIN-EVENT HOOK. Modules already write an append-only history row for everything that
 * happens (ticket_event, venue_booking_event) and a notification row for what people are told;
 * this subscriber turns the inserts of those rows into webhook events, in the writer's own
 * transaction (an outbox: a delivery exists exactly when the change committed), without a line in
 * the modules that write them. Adding an event = one entry in `SOURCES`.
 */
export interface DomainEvent {
  type: WebhookEventType;
  /** Unique per source row: one delivery per subscription and event. */
  key: string;
  occurredAt: Date;
  streetId: string;
  communityId: string | null;
  estateId: string | null;
  /** Organisations the event names (a ticket's assigned organisations, a booking's organisation). */
  organisationIds: string[];
  /** The payload's `data`: ids and public fields only (private by default). */
  data: Record<string, string | number | null>;
}

/**
 * A source of events: the types a row makes, known from the row alone, and the events themselves,
 * which read what they name — only when a subscription listens to one of the types.
 */
interface Source {
  types(row: ObjectLiteral): WebhookEventType[];
  events(row: ObjectLiteral, m: EntityManager, types: WebhookEventType[]): Promise<DomainEvent[]>;
}

const ticketEvents: Source = {
  types(row) {
    const e = row as TicketEventEntity;
    const types: WebhookEventType[] = [];
    if (e.toState) types.push(WebhookEventType.TICKET_STATE_CHANGED);
    if (e.type === TicketEventType.REPLIED) types.push(WebhookEventType.TICKET_REPLIED);
    return types;
  },
  async events(row, m, types) {
    const e = row as TicketEventEntity;
    const ticket = await m.findOneBy(TicketEntity, { id: e.ticketId });
    if (!ticket) return [];
    // A ticket being submitted has no assignments yet.
    const assigned =
      e.type === TicketEventType.SUBMITTED ? [] : await m.findBy(TicketAssignmentEntity, { ticketId: e.ticketId });
    const organisationIds = [...new Set([...assigned.map((a) => a.organisationId), e.organisationId ?? ''])].filter(
      Boolean,
    );
    return types.map(
      (type): DomainEvent => ({
        type,
        key: `${type}:${e.id}`,
        occurredAt: e.createdAt ?? new Date(),
        streetId: ticket.streetId,
        communityId: ticket.communityId,
        estateId: ticket.estateId,
        organisationIds,
        data:
          type === WebhookEventType.TICKET_REPLIED
            ? { ticketId: ticket.id, organisationId: e.organisationId }
            : { ticketId: ticket.id, fromState: e.fromState, toState: e.toState },
      }),
    );
  },
};

const bookingEvents: Source = {
  types(row) {
    const e = row as VenueBookingEventEntity;
    return e.kind === VenueBookingEventKind.APPROVED || e.kind === VenueBookingEventKind.REJECTED
      ? [WebhookEventType.BOOKING_DECIDED]
      : [];
  },
  async events(row, m) {
    const e = row as VenueBookingEventEntity;
    const booking = await m.findOneBy(VenueBookingEntity, { id: e.bookingId });
    if (!booking) return [];
    return [
      {
        type: WebhookEventType.BOOKING_DECIDED,
        key: `${WebhookEventType.BOOKING_DECIDED}:${e.id}`,
        occurredAt: e.createdAt ?? new Date(),
        streetId: booking.streetId,
        communityId: booking.communityId,
        estateId: null,
        organisationIds: booking.organisationId ? [booking.organisationId] : [],
        data: { bookingId: booking.id, venueId: booking.venueId, decision: e.kind },
      },
    ];
  },
};

const noticeEvents: Source = {
  types(row) {
    const n = row as NotificationEntity;
    return n.kind === 'EQUIPMENT_OVERDUE' && n.subjectId ? [WebhookEventType.MAINTENANCE_OVERDUE] : [];
  },
  async events(row, m) {
    const n = row as NotificationEntity;
    const equipment = await m.findOneBy(EquipmentEntity, { id: n.subjectId as string });
    if (!equipment) return [];
    // One notification per staff member: one event per equipment and overdue episode (its due date).
    return [
      {
        type: WebhookEventType.MAINTENANCE_OVERDUE,
        key: `${WebhookEventType.MAINTENANCE_OVERDUE}:${equipment.id}:${String(equipment.dueOn ?? '')}`.slice(0, 80),
        occurredAt: new Date(),
        streetId: equipment.streetId,
        communityId: equipment.communityId,
        estateId: equipment.estateId,
        organisationIds: [],
        data: {
          equipmentId: equipment.id,
          estateId: equipment.estateId,
          dueOn: String(equipment.dueOn ?? '') || null,
        },
      },
    ];
  },
};

const SOURCES = new Map<Function, Source>([
  [TicketEventEntity, ticketEvents],
  [VenueBookingEventEntity, bookingEvents],
  [NotificationEntity, noticeEvents],
]);

/** The part of the tree an owner organisation hears (see `hears`). */
export interface OwnerScope {
  id: string;
  kind: OrganisationKind;
  communityId: string | null;
  estateId: string | null;
  servedEstateIds: Set<string>;
}

/**
 * Whether an owner organisation hears an event — private by default, the organisation's own scope
 * only: a property company the estates it serves and the tickets assigned to it; an owners'
 * committee its estate; a community office its community; any other organisation (department,
 * party branch, social organisation) only the events that name it.
 */
export function hears(owner: OwnerScope, ev: DomainEvent): boolean {
  if (ev.organisationIds.includes(owner.id)) return true;
  switch (owner.kind) {
    case OrganisationKind.PROPERTY_COMPANY:
      return ev.estateId !== null && owner.servedEstateIds.has(ev.estateId);
    case OrganisationKind.OWNERS_COMMITTEE:
      return ev.estateId !== null && ev.estateId === owner.estateId;
    case OrganisationKind.COMMUNITY_OFFICE:
      return ev.communityId !== null && ev.communityId === owner.communityId;
    default:
      return false;
  }
}

/** Active subscriptions to any of some event types. */
async function listeners(m: EntityManager, eventTypes: readonly string[]): Promise<WebhookSubscriptionEntity[]> {
  const types = new Set(eventTypes);
  return (await m.find(WebhookSubscriptionEntity, { where: { paused: false } })).filter((s) =>
    s.events.split(',').some((t) => types.has(t)),
  );
}

/** Writes the deliveries of some events to the given subscriptions, in the writer's transaction. Returns how many. */
async function enqueue(m: EntityManager, events: DomainEvent[], subs: WebhookSubscriptionEntity[]): Promise<number> {
  if (events.length === 0 || subs.length === 0) return 0;
  const ownerIds = [...new Set(subs.map((s) => s.organisationId))];
  const owners = await m.findBy(OrganisationEntity, { id: In(ownerIds) });
  const links = await m.findBy(OrganisationEstateEntity, { organisationId: In(ownerIds) });
  const scopes = new Map<string, OwnerScope>(
    owners.map((o) => [
      o.id,
      {
        id: o.id,
        kind: o.kind,
        communityId: o.communityId,
        estateId: o.estateId,
        servedEstateIds: new Set(links.filter((l) => l.organisationId === o.id).map((l) => l.estateId)),
      },
    ]),
  );
  const rows: Partial<WebhookDeliveryEntity>[] = [];
  for (const ev of events) {
    for (const s of subs) {
      const owner = scopes.get(s.organisationId);
      if (!owner || !s.events.split(',').includes(ev.type) || !hears(owner, ev)) continue;
      rows.push({
        subscriptionId: s.id,
        organisationId: s.organisationId,
        eventType: ev.type,
        eventKey: ev.key,
        payload: JSON.stringify({
          id: ev.key,
          type: ev.type,
          occurredAt: ev.occurredAt.toISOString(),
          data: ev.data,
        }),
        status: WebhookDeliveryStatus.PENDING,
        attempts: 0,
        nextAttemptAt: new Date(),
        // The request whose write caused the event (null when a job wrote it).
        requestId: currentRequestId() ?? null,
      });
    }
  }
  // INSERT OR IGNORE: the same event told twice (one notification per staff member) is one delivery.
  if (rows.length)
    await m
      .createQueryBuilder()
      .insert()
      .into(WebhookDeliveryEntity)
      .values(rows)
      .orIgnore()
      .updateEntity(false)
      .execute();
  return rows.length;
}

/** Per data source: what to run once a transaction that wrote deliveries has ended. */
const kicks = new WeakMap<DataSource, () => void>();
export const onDeliveriesCommitted = (ds: DataSource, kick: () => void) => kicks.set(ds, kick);

/**
 * Runs `kick` once the transaction of `qr` has ended (committed: the deliveries are due now; rolled
 * back: the kick finds nothing). Watched rather than told by `afterTransactionCommit`, which also
 * fires for savepoints, and was not seen for every outer commit under the development server.
 */
function afterTransaction(qr: QueryRunner, kick: () => void, waited = 0): void {
  if (!qr.isTransactionActive || qr.isReleased || waited > 60_000) {
    kick();
    return;
  }
  setTimeout(() => afterTransaction(qr, kick, waited + 20), 20).unref();
}

@EventSubscriber()
export class WebhookOutboxSubscriber implements EntitySubscriberInterface<ObjectLiteral> {
  async afterInsert(event: InsertEvent<ObjectLiteral>): Promise<void> {
    const source = typeof event.metadata.target === 'function' ? SOURCES.get(event.metadata.target) : undefined;
    if (!source || !event.entity) return;
    // What the event names is read only when a subscription listens to one of its types.
    const types = source.types(event.entity);
    if (types.length === 0) return;
    const subs = await listeners(event.manager, types);
    if (subs.length === 0) return;
    const written = await enqueue(event.manager, await source.events(event.entity, event.manager, types), subs);
    const kick = kicks.get(event.connection);
    if (written > 0 && kick) afterTransaction(event.queryRunner, kick);
  }
}
