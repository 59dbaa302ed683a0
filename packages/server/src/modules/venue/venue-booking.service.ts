import { randomInt } from 'node:crypto';
import { type DataSource, type EntityManager, In } from 'typeorm';
import { authorize } from '../../auth/abilities.js';
import { actingGrant, requireViewer } from '../../auth/policy.js';
import { scoped, unscoped } from '../../auth/scoped.js';
import type { Viewer } from '../../auth/viewer.js';
import type { Actor } from '../../common/actor.js';
import { DomainError, fail, notFound } from '../../common/errors.js';
import { isLockFailure, isUniqueViolation } from '../../db/errors.js';
import { newId } from '../../db/ids.js';
import { sqlDate } from '../../db/sql.js';
import { type PageArgs, paginate } from '../../graphql/pagination.js';
import type { AuditService } from '../audit/audit.service.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { NotificationEntity } from '../notification/notification.entity.js';
import type { NotificationService } from '../notification/notification.service.js';
import { type Booker, lockHousehold, quotaUsed, resolveBooker } from './venue.eligibility.js';
import { VenueBookingEntity, VenueBookingEventEntity, VenueEntity, VenueSlotEntity } from './venue.entity.js';
import {
  VenueBookingEventKind as E,
  VenueBookingStatus as S,
  VenueBookerKind,
  VenueRecurrenceMode,
  VenueSlotReason,
} from './venue.enums.js';
import { VenueReasons as R } from './venue.errors.js';
import type { BookVenueInput, CheckInBookingInput } from './venue.inputs.js';
import { rulesOf } from './venue.mappers.js';
import { VenueNoticeKind as N } from './venue.notices.js';
import {
  BOOKING_TRANSITIONS,
  type BookingAction,
  bookingPolicy,
  bookingStaffRead,
  placeOfVenue,
  venueRead,
} from './venue.policy.js';
import { gridSlots, local, quotaReason, ruleReason, weeklyOccurrences } from './venue.rules.js';

/** How often a booking transaction that lost a lock (deadlock, lock wait) is tried again. */
const LOCK_ATTEMPTS = 6;
/** Check-in opens this long before the start. */
const CHECK_IN_EARLY_MS = 30 * 60_000;
/** Reminders go out this long before the start. */
const REMINDER_BEFORE_MS = 2 * 3_600_000;
/** Most bookings a job handles per run (the next tick takes the rest). */
const JOB_BATCH = 500;

const RULE_REASONS = {
  ALIGNMENT: R.VENUE_NOT_ON_GRID,
  TOO_SHORT: R.VENUE_TOO_SHORT,
  TOO_LONG: R.VENUE_TOO_LONG,
  [VenueSlotReason.PAST]: R.VENUE_IN_PAST,
  [VenueSlotReason.LEAD_TIME]: R.VENUE_LEAD_TIME,
  [VenueSlotReason.BEYOND_HORIZON]: R.VENUE_BEYOND_HORIZON,
  [VenueSlotReason.OUTSIDE_HOURS]: R.VENUE_OUTSIDE_HOURS,
  [VenueSlotReason.CLOSED_DATE]: R.VENUE_CLOSED_DATE,
  [VenueSlotReason.HOLIDAY]: R.VENUE_HOLIDAY,
  [VenueSlotReason.QUOTA_WEEK]: R.VENUE_QUOTA_WEEK,
  [VenueSlotReason.QUOTA_MONTH]: R.VENUE_QUOTA_MONTH,
} as const;

export interface BookingOutcome {
  startsAt: Date;
  endsAt: Date;
  booking: VenueBookingEntity | null;
  failureReason: string | null;
}

export interface BookResult {
  mode: VenueRecurrenceMode;
  occurrences: BookingOutcome[];
}

/** 'YYYY-MM-DD HH:MM' in Asia/Shanghai, for notices. */
export const shanghaiText = (d: Date) => {
  const l = local(d);
  return `${l.date} ${String(Math.floor(l.minute / 60)).padStart(2, '0')}:${String(l.minute % 60).padStart(2, '0')}`;
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Bookings: making them (rules, eligibility, quota, and the slot rows whose unique key is what
 * prevents a double booking), deciding, cancelling and checking them in, and the jobs that expire
 * pending bookings, send reminders and mark no-shows. `clock` is the time every rule reads (tests
 * replace it).
 */
export class VenueBookingService {
  clock: () => Date = () => new Date();

  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationService,
    private readonly calendar: () => WorkingCalendar,
  ) {}

  // ---- booking ---------------------------------------------------------------------------------

  /**
   * Books one range, or a weekly series for an organisation. ALL_OR_NOTHING: one transaction, the
   * first refusal is the error. EACH: one transaction per occurrence, the outcome lists each.
   * A retry with the same idempotency key returns the bookings made the first time.
   */
  async book(actor: Actor, input: BookVenueInput): Promise<BookResult> {
    const viewer = requireViewer(actor.viewer);
    const venue = await scoped(this.ds, viewer).get(venueRead, input.venueId);
    const occurrences = weeklyOccurrences(input.startsAt, input.endsAt, input.weeks);
    const keys = occurrences.map((_, i) => (i === 0 ? input.idempotencyKey : `${input.idempotencyKey}#${i + 1}`));
    const mode = input.weeks > 1 ? input.mode : VenueRecurrenceMode.ALL_OR_NOTHING;
    const replay = await this.replay(viewer, venue, occurrences, keys, mode);
    if (replay) return replay;
    if (venue.archivedAt) throw fail(R.VENUE_ARCHIVED, 'The venue takes no more bookings');
    if (input.endsAt.getTime() <= input.startsAt.getTime())
      throw fail(R.VENUE_BAD_RANGE, 'The end must be after the start', { field: 'endsAt' });
    if (input.attendees > venue.capacity)
      throw fail(R.VENUE_OVER_CAPACITY, `The venue holds ${venue.capacity}`, { field: 'attendees' });
    const booker = await resolveBooker(this.ds.manager, viewer, venue, input);
    if (!booker) throw fail(R.VENUE_NOT_ELIGIBLE, 'You may not book this venue as asked');
    if (input.weeks > 1 && booker.kind !== VenueBookerKind.ORGANISATION)
      throw fail(R.VENUE_SERIES_ORGANISATIONS_ONLY, 'Only organisations book weekly series', { field: 'weeks' });
    const draft = { venue, booker, viewer, purpose: input.purpose.trim(), attendees: input.attendees };

    if (mode === VenueRecurrenceMode.ALL_OR_NOTHING) {
      occurrences.forEach((o) => {
        this.checkRules(venue, o.startsAt, o.endsAt);
      });
      const made = await this.inTransaction(viewer, keys, async (m) => {
        const rows: VenueBookingEntity[] = [];
        for (const [i, o] of occurrences.entries()) {
          rows.push(await this.insertOne(m, actor, draft, o, keys[i] as string, rows[0]?.id ?? null));
        }
        return rows;
      });
      if ('replayed' in made) return made.replayed;
      return {
        mode,
        occurrences: made.map((b) => ({ startsAt: b.startsAt, endsAt: b.endsAt, booking: b, failureReason: null })),
      };
    }
    const outcomes: BookingOutcome[] = [];
    let seriesId: string | null = null;
    for (const [i, o] of occurrences.entries()) {
      try {
        this.checkRules(venue, o.startsAt, o.endsAt);
        const made = await this.inTransaction(viewer, [keys[i] as string], async (m) => [
          await this.insertOne(m, actor, draft, o, keys[i] as string, seriesId),
        ]);
        const booking = 'replayed' in made ? (made.replayed.occurrences[0]?.booking ?? null) : (made[0] ?? null);
        seriesId ??= booking?.id ?? null;
        outcomes.push({ ...o, booking, failureReason: null });
      } catch (err) {
        if (!(err instanceof DomainError)) throw err;
        outcomes.push({ ...o, booking: null, failureReason: err.options.reason ?? err.code });
      }
    }
    return { mode, occurrences: outcomes };
  }

  /** The venue's own rules for one range at the current time (throws the first refusal). */
  private checkRules(venue: VenueEntity, startsAt: Date, endsAt: Date): void {
    const calendar = this.calendar();
    const reason = ruleReason(
      rulesOf(venue),
      startsAt,
      endsAt,
      this.clock(),
      (d) => calendar.dayInfo(d).kind === 'HOLIDAY',
    );
    if (reason) {
      const r = RULE_REASONS[reason as keyof typeof RULE_REASONS];
      throw fail(r ?? R.VENUE_BAD_RANGE, `${r?.description ?? reason} (${shanghaiText(startsAt)})`, {
        field: 'startsAt',
      });
    }
  }

  /**
   * Runs the insert of a booking and its slots in a transaction. A unique violation is either the
   * same idempotency key (a concurrent retry: its booking is returned) or a slot another booking
   * holds (CONFLICT VENUE_SLOT_TAKEN). Deadlocks and lock waits are tried again; never a 5xx.
   */
  private async inTransaction(
    viewer: Viewer,
    keys: string[],
    work: (m: EntityManager) => Promise<VenueBookingEntity[]>,
  ): Promise<VenueBookingEntity[] | { replayed: BookResult }> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.ds.transaction(work);
      } catch (err) {
        if (isUniqueViolation(err)) {
          const existing = await this.byKeys(viewer.userId, keys);
          if (existing.length > 0) {
            return {
              replayed: {
                mode: VenueRecurrenceMode.ALL_OR_NOTHING,
                occurrences: existing.map((b) => ({
                  startsAt: b.startsAt,
                  endsAt: b.endsAt,
                  booking: b,
                  failureReason: null,
                })),
              },
            };
          }
          throw fail(R.VENUE_SLOT_TAKEN, 'Another booking holds this time');
        }
        if (isLockFailure(err) && attempt < LOCK_ATTEMPTS) {
          await sleep(5 * attempt + Math.random() * 20 * attempt);
          continue;
        }
        if (isLockFailure(err)) throw fail(R.VENUE_BUSY, 'Too many bookings at once: try again');
        throw err;
      }
    }
  }

  private byKeys(requesterId: string, keys: string[]) {
    return unscoped(this.ds, "the requester's own bookings, by their idempotency keys")
      .repo(VenueBookingEntity)
      .find({ where: { requesterId, idempotencyKey: In(keys) }, order: { startsAt: 'ASC' } });
  }

  /** The bookings a first request with these keys made, or null; CONFLICT when the key was used otherwise. */
  private async replay(
    viewer: Viewer,
    venue: VenueEntity,
    occurrences: { startsAt: Date; endsAt: Date }[],
    keys: string[],
    mode: VenueRecurrenceMode,
  ): Promise<BookResult | null> {
    const existing = await this.byKeys(viewer.userId, keys);
    if (existing.length === 0) return null;
    const byKey = new Map(existing.map((b) => [b.idempotencyKey, b]));
    for (const [i, o] of occurrences.entries()) {
      const b = byKey.get(keys[i] as string);
      if (b && (b.venueId !== venue.id || b.startsAt.getTime() !== o.startsAt.getTime()))
        throw fail(R.VENUE_IDEMPOTENCY_MISMATCH, 'This idempotency key was used for another booking');
    }
    // EACH: occurrences not made the first time are not tried again under the same key.
    return {
      mode,
      occurrences: occurrences.map((o, i) => {
        const b = byKey.get(keys[i] as string) ?? null;
        return { ...o, booking: b, failureReason: b ? null : R.VENUE_SLOT_TAKEN.reason };
      }),
    };
  }

  /** Inserts one booking, its slot rows (the unique key decides overlaps) and its CREATED event. */
  private async insertOne(
    m: EntityManager,
    actor: Actor,
    d: { venue: VenueEntity; booker: Booker; viewer: Viewer; purpose: string; attendees: number },
    o: { startsAt: Date; endsAt: Date },
    key: string,
    seriesId: string | null,
  ): Promise<VenueBookingEntity> {
    const { venue, booker, viewer } = d;
    const now = this.clock();
    if (booker.kind === VenueBookerKind.RESIDENT && booker.householdId && (venue.weeklyQuota || venue.monthlyQuota)) {
      // Without the lock two concurrent bookings of one household both pass the quota (race test).
      await lockHousehold(m, booker.householdId);
      const over = quotaReason(venue, await quotaUsed(m, venue.id, booker.householdId, o.startsAt));
      if (over) throw fail(RULE_REASONS[over as keyof typeof RULE_REASONS], 'The household has used its quota');
    }
    const pending = venue.approvalRequired && booker.kind !== VenueBookerKind.STAFF;
    const hold = Math.min(now.getTime() + venue.pendingHoldHours * 3_600_000, o.startsAt.getTime());
    const created = new Date();
    const booking = {
      id: newId(),
      createdAt: created,
      updatedAt: created,
      venueId: venue.id,
      streetId: venue.streetId,
      communityId: venue.communityId,
      requesterId: viewer.userId,
      bookerKind: booker.kind,
      householdId: booker.householdId,
      organisationId: booker.organisationId,
      startsAt: o.startsAt,
      endsAt: o.endsAt,
      purpose: d.purpose,
      attendees: d.attendees,
      status: pending ? S.PENDING : S.APPROVED,
      reason: null,
      idempotencyKey: key,
      checkInCode: String(randomInt(0, 1_000_000)).padStart(6, '0'),
      expiresAt: pending ? new Date(hold) : null,
      seriesId,
      decidedById: null,
      decidedAt: null,
      cancelledById: null,
      cancelledAt: null,
      checkedInById: null,
      checkedInAt: null,
      reminderSentAt: null,
      version: 1,
    } as VenueBookingEntity;
    await m.insert(VenueBookingEntity, booking);
    await m.insert(
      VenueSlotEntity,
      gridSlots(o.startsAt, o.endsAt).map((slotStart) => ({
        id: newId(),
        createdAt: created,
        venueId: venue.id,
        slotStart,
        bookingId: booking.id,
      })),
    );
    await this.event(m, booking, E.CREATED, viewer.userId, null);
    if (booker.kind === VenueBookerKind.STAFF) {
      await this.audit.record(
        actor.meta,
        {
          operation: 'venue.booking.book',
          targetType: 'VenueBooking',
          targetId: booking.id,
          grant: actingGrant(viewer, 'venue.manage', placeOfVenue(venue)),
          streetId: venue.streetId,
          communityId: venue.communityId,
          summary: { venue: venue.name, startsAt: o.startsAt.toISOString(), endsAt: o.endsAt.toISOString() },
        },
        m,
      );
    }
    return booking;
  }

  private event(m: EntityManager, b: VenueBookingEntity, kind: E, actorId: string | null, reason: string | null) {
    return m.insert(VenueBookingEventEntity, {
      id: newId(),
      createdAt: new Date(),
      bookingId: b.id,
      venueId: b.venueId,
      communityId: b.communityId,
      kind,
      actorId,
      requesterId: b.requesterId,
      householdId: b.householdId,
      reason,
      pointsSettledAt: null,
    });
  }

  // ---- reading ---------------------------------------------------------------------------------

  /** One booking the viewer may read (its requester, or staff of its place); NOT_FOUND otherwise. */
  async get(viewer: Viewer | null, id: string): Promise<VenueBookingEntity> {
    const v = requireViewer(viewer);
    const b = await unscoped(this.ds, 'one booking, checked against the read rule next')
      .repo(VenueBookingEntity)
      .findOneBy({ id });
    if (!b || !bookingPolicy.read(v, b)) throw notFound('VenueBooking');
    return b;
  }

  /** The viewer's own bookings, newest first. */
  mine(actor: Actor, statuses: S[] | null | undefined, page: PageArgs) {
    const v = requireViewer(actor.viewer);
    const qb = unscoped(this.ds, "the viewer's own bookings")
      .query(VenueBookingEntity, 'b')
      .where('b.requesterId = :me', { me: v.userId });
    if (statuses?.length) qb.andWhere('b.status IN (:...statuses)', { statuses });
    return paginate(qb, page, (e) => e);
  }

  /** A community's bookings for staff (filters: venue, statuses, time window), newest first. */
  list(
    actor: Actor,
    args: PageArgs & {
      communityId: string;
      venueId?: string | null;
      statuses?: S[] | null;
      from?: Date | null;
      to?: Date | null;
    },
  ) {
    const qb = scoped(this.ds, actor.viewer)
      .query(bookingStaffRead, 'b')
      .andWhere('b.communityId = :communityId', { communityId: args.communityId });
    if (args.venueId) qb.andWhere('b.venueId = :venueId', { venueId: args.venueId });
    if (args.statuses?.length) qb.andWhere('b.status IN (:...statuses)', { statuses: args.statuses });
    if (args.from) qb.andWhere('b.endsAt > :from', { from: sqlDate(this.ds, args.from) });
    if (args.to) qb.andWhere('b.startsAt < :to', { to: sqlDate(this.ds, args.to) });
    return paginate(qb, args, (e) => e);
  }

  // ---- decisions -------------------------------------------------------------------------------

  approve(actor: Actor, id: string) {
    return this.transition(actor, id, 'approve', null, (_b, v, now) => ({
      status: S.APPROVED,
      expiresAt: null,
      decidedById: v.userId,
      decidedAt: now,
    }));
  }

  reject(actor: Actor, id: string, reason: string) {
    const why = reason.trim();
    if (!why) throw fail(R.VENUE_REASON_REQUIRED, 'Give a reason', { field: 'reason' });
    return this.transition(actor, id, 'reject', why, (_b, v, now) => ({
      status: S.REJECTED,
      reason: why,
      expiresAt: null,
      decidedById: v.userId,
      decidedAt: now,
    }));
  }

  /** Cancel: the requester before the start (no reason needed); staff of its place with a reason. */
  async cancel(actor: Actor, id: string, reason: string | null | undefined) {
    const viewer = requireViewer(actor.viewer);
    const b = await this.get(viewer, id);
    const own = b.requesterId === viewer.userId;
    const why = reason?.trim() || null;
    const manages = bookingPolicy.abilities.approve(viewer, b);
    if (own && !manages && b.startsAt.getTime() <= this.clock().getTime())
      throw fail(R.VENUE_ALREADY_STARTED, 'The booking has started');
    if (!own && !why) throw fail(R.VENUE_REASON_REQUIRED, 'Staff give a reason to cancel', { field: 'reason' });
    return this.transition(actor, id, 'cancel', why, (_b, v, now) => ({
      status: S.CANCELLED,
      reason: why,
      expiresAt: null,
      cancelledById: v.userId,
      cancelledAt: now,
    }));
  }

  /** Check-in by staff: by the booking's id, or by the code the requester shows at the venue's door. */
  async checkIn(actor: Actor, input: CheckInBookingInput) {
    const viewer = requireViewer(actor.viewer);
    let id = input.id ?? null;
    if (!id) {
      if (!input.venueId || !input.code)
        throw fail(R.VENUE_BAD_CODE, 'Give the booking, or the venue and the code', { field: 'code' });
      const venue = await scoped(this.ds, viewer).get(venueRead, input.venueId);
      const now = this.clock();
      const candidates = await unscoped(
        this.ds,
        'the booking a code names at a venue the viewer can read; authorised next',
      )
        .query(VenueBookingEntity, 'b')
        .where('b.venueId = :venueId AND b.checkInCode = :code AND b.status = :status', {
          venueId: venue.id,
          code: input.code,
          status: S.APPROVED,
        })
        .andWhere('b.endsAt > :now AND b.startsAt <= :soon', {
          now: sqlDate(this.ds, now),
          soon: sqlDate(this.ds, new Date(now.getTime() + CHECK_IN_EARLY_MS)),
        })
        .getMany();
      const found = candidates[0];
      if (!found) throw fail(R.VENUE_BAD_CODE, 'No booking of this venue has that code now', { field: 'code' });
      authorize(viewer, bookingPolicy, 'checkIn', found);
      id = found.id;
    }
    return this.transition(actor, id, 'checkIn', null, (b, v, now) => {
      if (now.getTime() < b.startsAt.getTime() - CHECK_IN_EARLY_MS || now.getTime() >= b.endsAt.getTime())
        throw fail(R.VENUE_CHECK_IN_WINDOW, 'Check-in opens 30 minutes before the start and closes at the end');
      return { status: S.CHECKED_IN, checkedInById: v.userId, checkedInAt: now };
    });
  }

  /**
   * One state change of a booking: read rule, ability, state table, then — in one transaction —
   * the update guarded by the version read, the slot release when it stops holding its time, the
   * history row, the audit entry of a staff act and the requester's notification.
   */
  private async transition(
    actor: Actor,
    id: string,
    action: BookingAction,
    reason: string | null,
    change: (b: VenueBookingEntity, v: Viewer, now: Date) => Partial<VenueBookingEntity>,
  ): Promise<VenueBookingEntity> {
    const viewer = requireViewer(actor.viewer);
    const b = await this.get(viewer, id);
    authorize(viewer, bookingPolicy, action, b);
    if (!BOOKING_TRANSITIONS[action].includes(b.status))
      throw fail(R.VENUE_BOOKING_STATE, `A ${b.status.toLowerCase()} booking cannot be ${action}ed`);
    const now = this.clock();
    const patch = change(b, viewer, now);
    const staffAct = b.requesterId !== viewer.userId || action !== 'cancel';
    const venue = await unscoped(this.ds, 'the venue of a booking the viewer may act on')
      .repo(VenueEntity)
      .findOneByOrFail({ id: b.venueId });
    const notices: NotificationEntity[] = [];
    const saved = await this.ds.transaction(async (m) => {
      const result = await m.update(
        VenueBookingEntity,
        { id: b.id, version: b.version },
        { ...patch, version: b.version + 1 },
      );
      if (!result.affected) throw fail(R.VENUE_BOOKING_STATE, 'The booking changed meanwhile: reload');
      const next = { ...b, ...patch } as VenueBookingEntity;
      if (next.status !== S.APPROVED && next.status !== S.PENDING && next.status !== S.CHECKED_IN) {
        await m.delete(VenueSlotEntity, { bookingId: b.id });
      }
      const kind = { approve: E.APPROVED, reject: E.REJECTED, cancel: E.CANCELLED, checkIn: E.CHECKED_IN }[action];
      await this.event(m, b, kind, viewer.userId, reason);
      if (staffAct) {
        await this.audit.record(
          actor.meta,
          {
            operation: `venue.booking.${action}`,
            targetType: 'VenueBooking',
            targetId: b.id,
            grant: actingGrant(viewer, 'venue.manage', placeOfVenue(b)),
            streetId: b.streetId,
            communityId: b.communityId,
            summary: { venue: venue.name, startsAt: b.startsAt.toISOString(), ...(reason ? { reason } : {}) },
          },
          m,
        );
        const notice = {
          approve: N.VENUE_BOOKING_APPROVED,
          reject: N.VENUE_BOOKING_REJECTED,
          cancel: N.VENUE_BOOKING_CANCELLED,
        }[action as 'approve'];
        if (notice && b.requesterId !== viewer.userId)
          notices.push(...(await this.notify(m, b, venue.name, notice, reason)));
      }
      return m.getRepository(VenueBookingEntity).findOneByOrFail({ id: b.id });
    });
    this.notifications.publish(notices);
    return saved;
  }

  private notify(m: EntityManager, b: VenueBookingEntity, venueName: string, kind: N, reason: string | null) {
    return this.notifications.add(m, [
      {
        userId: b.requesterId,
        kind,
        subject: { type: 'VenueBooking', id: b.id },
        params: { venue: venueName, when: shanghaiText(b.startsAt), reason: reason ?? '' },
        communityId: b.communityId,
      },
    ]);
  }

  // ---- jobs ------------------------------------------------------------------------------------

  /** The timer's work: expire undecided pending bookings, send reminders, mark no-shows. */
  async sweep(now: Date = this.clock()) {
    return {
      expired: await this.expirePending(now),
      reminded: await this.sendReminders(now),
      noShows: await this.markNoShows(now),
    };
  }

  /** Pending bookings past their hold: EXPIRED, slots released, requester told. */
  async expirePending(now: Date): Promise<number> {
    const due = await unscoped(this.ds, 'system job over every community')
      .query(VenueBookingEntity, 'b')
      .where('b.status = :s AND b.expiresAt <= :now', { s: S.PENDING, now: sqlDate(this.ds, now) })
      .take(JOB_BATCH)
      .getMany();
    let n = 0;
    for (const b of due) {
      if (await this.systemChange(b, { status: S.EXPIRED, expiresAt: null }, E.EXPIRED, N.VENUE_BOOKING_EXPIRED, true))
        n++;
    }
    return n;
  }

  /** Approved bookings starting within two hours, not yet reminded. */
  async sendReminders(now: Date): Promise<number> {
    const due = await unscoped(this.ds, 'system job over every community')
      .query(VenueBookingEntity, 'b')
      .where('b.status = :s AND b.reminderSentAt IS NULL', { s: S.APPROVED })
      .andWhere('b.startsAt > :now AND b.startsAt <= :soon', {
        now: sqlDate(this.ds, now),
        soon: sqlDate(this.ds, new Date(now.getTime() + REMINDER_BEFORE_MS)),
      })
      .take(JOB_BATCH)
      .getMany();
    let n = 0;
    for (const b of due) {
      if (await this.systemChange(b, { reminderSentAt: now }, null, N.VENUE_BOOKING_REMINDER, false)) n++;
    }
    return n;
  }

  /**
   * Approved bookings not checked in by start + the venue's grace: NO_SHOW. The NO_SHOW history row
   * (`venue_booking_event`, `pointsSettledAt` null) is the points module's hook for a penalty; the
   * no-show already counts against the household's quota (QUOTA_STATUSES).
   */
  async markNoShows(now: Date): Promise<number> {
    const started = await unscoped(this.ds, 'system job over every community')
      .query(VenueBookingEntity, 'b')
      .where('b.status = :s AND b.startsAt <= :now', { s: S.APPROVED, now: sqlDate(this.ds, now) })
      .orderBy('b.startsAt', 'ASC')
      .take(JOB_BATCH)
      .getMany();
    const venues = new Map(
      (
        await unscoped(this.ds, 'system job')
          .repo(VenueEntity)
          .findBy({ id: In([...new Set(started.map((b) => b.venueId))]) })
      ).map((v) => [v.id, v]),
    );
    let n = 0;
    for (const b of started) {
      const grace = (venues.get(b.venueId)?.noShowGraceMinutes ?? 15) * 60_000;
      if (b.startsAt.getTime() + grace > now.getTime()) continue;
      if (await this.systemChange(b, { status: S.NO_SHOW }, E.NO_SHOW, N.VENUE_BOOKING_NO_SHOW, false)) n++;
    }
    return n;
  }

  private async systemChange(
    b: VenueBookingEntity,
    patch: Partial<VenueBookingEntity>,
    event: E | null,
    notice: N,
    release: boolean,
  ): Promise<boolean> {
    const venue = await unscoped(this.ds, 'system job').repo(VenueEntity).findOneBy({ id: b.venueId });
    let rows: NotificationEntity[] = [];
    const changed = await this.ds.transaction(async (m) => {
      const r = await m.update(
        VenueBookingEntity,
        { id: b.id, version: b.version },
        { ...patch, version: b.version + 1 },
      );
      if (!r.affected) return false;
      if (release) await m.delete(VenueSlotEntity, { bookingId: b.id });
      if (event) await this.event(m, b, event, null, null);
      rows = await this.notify(m, b, venue?.name ?? '', notice, null);
      return true;
    });
    this.notifications.publish(rows);
    return changed;
  }
}
