import type { DataSource } from 'typeorm';
import { authorize } from '../../auth/abilities.js';
import { actingGrant, requireViewer } from '../../auth/policy.js';
import { scoped, unscoped } from '../../auth/scoped.js';
import type { Actor } from '../../common/actor.js';
import { fail, notFound } from '../../common/errors.js';
import { sqlDate } from '../../db/sql.js';
import type { PageArgs } from '../../graphql/pagination.js';
import { paginate } from '../../graphql/pagination.js';
import type { AuditService } from '../audit/audit.service.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { CommunityEntity } from '../org/community.entity.js';
import { quotaUsed, resolveBooker } from './venue.eligibility.js';
import { VenueEntity, VenueSlotEntity } from './venue.entity.js';
import { VenueBookingStatus as S, VenueBookerKind, VenueSlotReason } from './venue.enums.js';
import { VenueReasons as R } from './venue.errors.js';
import type { CreateVenueInput, UpdateVenueInput, VenueAvailabilityArgs, VenueSettingsInput } from './venue.inputs.js';
import { rulesOf } from './venue.mappers.js';
import { bookingStaffRead, placeOfVenue, venuePolicy, venueRead } from './venue.policy.js';
import {
  type DayHours,
  instantOf,
  quotaReason,
  ruleReason,
  settingsProblems,
  shanghaiMonth,
  shanghaiWeek,
} from './venue.rules.js';
import type { VenueSlot, VenueUsage } from './venue.types.js';

const DAY_MS = 86_400_000;
/** The longest range `venueAvailability` lists. */
export const AVAILABILITY_MAX_DAYS = 14;
const DEFAULT_HOURS: DayHours = { open: '08:00', close: '21:00' };

/** Venues: management (create, update, archive, audited), reading, availability and usage figures. */
export class VenueService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly calendar: () => WorkingCalendar,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** A page of a community's venues the viewer may read, newest first. */
  list(actor: Actor, communityId: string, includeArchived: boolean, page: PageArgs) {
    const qb = scoped(this.ds, actor.viewer)
      .query(venueRead, 'venue')
      .andWhere('venue.communityId = :communityId', { communityId });
    if (!includeArchived) qb.andWhere('venue.archivedAt IS NULL');
    return paginate(qb, page, (e) => e);
  }

  get(actor: Actor, id: string): Promise<VenueEntity> {
    requireViewer(actor.viewer);
    return scoped(this.ds, actor.viewer).get(venueRead, id);
  }

  /** Creates a venue in a community (`venue.manage` there), audited. */
  async create(actor: Actor, input: CreateVenueInput): Promise<VenueEntity> {
    const community = await unscoped(this.ds, 'the place of the new venue, checked by the policy next')
      .repo(CommunityEntity)
      .findOneBy({ id: input.communityId });
    if (!community) throw notFound('Community');
    const draft = { streetId: community.streetId, communityId: community.id };
    const viewer = authorize(actor.viewer, venuePolicy, 'create', draft);
    const name = input.name.trim();
    if (!name) throw fail(R.VENUE_BLANK_NAME, 'The name is blank', { field: 'name' });
    const row = {
      ...draft,
      name,
      description: null,
      photoFileIds: '[]',
      capacity: 20,
      facilities: '[]',
      openingHours: JSON.stringify(Array.from({ length: 7 }, () => DEFAULT_HOURS)),
      closedDates: '[]',
      closedOnHolidays: false,
      slotMinutes: 60,
      minMinutes: 60,
      maxMinutes: 240,
      horizonDays: 14,
      leadMinutes: 60,
      approvalRequired: false,
      pendingHoldHours: 48,
      noShowGraceMinutes: 15,
      residentsEligible: true,
      eligibleEstateIds: '[]',
      organisationsEligible: false,
      staffEligible: true,
      weeklyQuota: null,
      monthlyQuota: null,
      archivedAt: null,
      version: 1,
    } as unknown as VenueEntity;
    if (input.minMinutes == null && input.slotMinutes != null) row.minMinutes = input.slotMinutes;
    if (input.maxMinutes == null && input.slotMinutes != null) row.maxMinutes = Math.max(240, input.slotMinutes);
    applySettings(row, input);
    return this.ds.transaction(async (m) => {
      const saved = await m.getRepository(VenueEntity).save(row);
      await this.audit.record(
        actor.meta,
        {
          operation: 'venue.create',
          targetType: 'Venue',
          targetId: saved.id,
          grant: actingGrant(viewer, 'venue.manage', placeOfVenue(draft)),
          streetId: draft.streetId,
          communityId: draft.communityId,
          summary: { name },
        },
        m,
      );
      return saved;
    });
  }

  /** Changes a venue's settings (fields not given are kept); CONFLICT when `expectedVersion` is stale. */
  async update(actor: Actor, input: UpdateVenueInput): Promise<VenueEntity> {
    const venue = await scoped(this.ds, actor.viewer).get(venueRead, input.id);
    const viewer = authorize(actor.viewer, venuePolicy, 'update', venue);
    if (input.expectedVersion != null && input.expectedVersion !== venue.version)
      throw fail(R.VENUE_BOOKING_STATE, 'The venue changed since it was read', { field: 'expectedVersion' });
    if (input.name != null) {
      venue.name = input.name.trim();
      if (!venue.name) throw fail(R.VENUE_BLANK_NAME, 'The name is blank', { field: 'name' });
    }
    applySettings(venue, input);
    return this.write(actor, viewer, venue, 'venue.update', { changed: Object.keys(input).filter((k) => k !== 'id') });
  }

  /** Archives a venue: it takes no more bookings, the existing ones stay. */
  async archive(actor: Actor, id: string): Promise<VenueEntity> {
    const venue = await scoped(this.ds, actor.viewer).get(venueRead, id);
    const viewer = authorize(actor.viewer, venuePolicy, 'archive', venue);
    if (venue.archivedAt) return venue;
    venue.archivedAt = this.clock();
    return this.write(actor, viewer, venue, 'venue.archive', { name: venue.name });
  }

  private write(
    actor: Actor,
    viewer: NonNullable<Actor['viewer']>,
    venue: VenueEntity,
    operation: string,
    summary: Record<string, unknown>,
  ) {
    return this.ds.transaction(async (m) => {
      const result = await m
        .getRepository(VenueEntity)
        .update({ id: venue.id, version: venue.version }, { ...venue, version: venue.version + 1 });
      if (result.affected === 0) throw fail(R.VENUE_BOOKING_STATE, 'The venue changed meanwhile: reload and retry');
      await this.audit.record(
        actor.meta,
        {
          operation,
          targetType: 'Venue',
          targetId: venue.id,
          grant: actingGrant(viewer, 'venue.manage', placeOfVenue(venue)),
          streetId: venue.streetId,
          communityId: venue.communityId,
          summary,
        },
        m,
      );
      return m.getRepository(VenueEntity).findOneByOrFail({ id: venue.id });
    });
  }

  /**
   * Every slot of [from, to) with whether a live booking holds it and, if the viewer cannot book
   * it, why — judged by the venue's rules, the viewer's eligibility and their household's quota.
   * Taken slots say nothing about who took them.
   */
  async availability(actor: Actor, args: VenueAvailabilityArgs): Promise<VenueSlot[]> {
    const viewer = requireViewer(actor.viewer);
    const venue = await scoped(this.ds, viewer).get(venueRead, args.venueId);
    const span = args.to.getTime() - args.from.getTime();
    if (span <= 0 || span > AVAILABILITY_MAX_DAYS * DAY_MS)
      throw fail(R.VENUE_BAD_RANGE, `List at most ${AVAILABILITY_MAX_DAYS} days at a time`, { field: 'to' });
    const rules = rulesOf(venue);
    const step = venue.slotMinutes * 60_000;
    const taken = new Set(
      (
        await unscoped(this.ds, 'slot occupancy of a venue the viewer can read; no booking details leave')
          .query(VenueSlotEntity, 's')
          .select(['s.id', 's.slotStart'])
          .where('s.venueId = :id', { id: venue.id })
          .andWhere('s.slotStart >= :from AND s.slotStart < :to', {
            from: sqlDate(this.ds, new Date(args.from.getTime() - step)),
            to: sqlDate(this.ds, args.to),
          })
          .getMany()
      ).map((s) => s.slotStart.getTime()),
    );
    const booker = await resolveBooker(this.ds.manager, viewer, venue, { bookAs: args.bookAs });
    const now = this.clock();
    const calendar = this.calendar();
    const isHoliday = (d: string) => calendar.dayInfo(d).kind === 'HOLIDAY';
    const oneSlot = { ...rules, minMinutes: venue.slotMinutes, maxMinutes: venue.slotMinutes };
    const quotaCache = new Map<string, Promise<{ week: number; month: number }>>();
    const first = Math.ceil(args.from.getTime() / step) * step;
    const out: VenueSlot[] = [];
    for (let t = first; t + step <= args.to.getTime(); t += step) {
      const startsAt = new Date(t);
      const endsAt = new Date(t + step);
      let isTaken = false;
      for (let g = t; g < t + step; g += 15 * 60_000) if (taken.has(g)) isTaken = true;
      const rule = ruleReason(oneSlot, startsAt, endsAt, now, isHoliday);
      if (rule === VenueSlotReason.OUTSIDE_HOURS || rule === 'ALIGNMENT') continue; // not a slot of the venue
      let reason: VenueSlotReason | null = isTaken ? VenueSlotReason.TAKEN : null;
      reason ??= venue.archivedAt ? VenueSlotReason.ARCHIVED : null;
      reason ??= rule && rule !== 'TOO_SHORT' && rule !== 'TOO_LONG' ? rule : null;
      reason ??= booker ? null : VenueSlotReason.NOT_ELIGIBLE;
      if (!reason && booker?.kind === VenueBookerKind.RESIDENT && booker.householdId) {
        const key = `${shanghaiWeek(startsAt).from.getTime()}:${shanghaiMonth(startsAt).from.getTime()}`;
        let used = quotaCache.get(key);
        if (!used) {
          used = quotaUsed(this.ds.manager, venue.id, booker.householdId, startsAt);
          quotaCache.set(key, used);
        }
        reason = quotaReason(venue, await used);
      }
      out.push({ startsAt, endsAt, taken: isTaken, bookable: reason === null, reason });
    }
    return out;
  }

  /** Usage of each venue of a community in a month: bookings, no-shows and rate, hours used. */
  async usage(actor: Actor, communityId: string, month: string): Promise<VenueUsage[]> {
    requireViewer(actor.viewer);
    const { from, to } = shanghaiMonth(instantOf(`${month}-01`, 0));
    const venues = await scoped(this.ds, actor.viewer)
      .query(venueRead, 'v')
      .andWhere('v.communityId = :communityId', { communityId })
      .orderBy('v.createdAt', 'ASC')
      .take(200)
      .getMany();
    const rows = await scoped(this.ds, actor.viewer)
      .query(bookingStaffRead, 'b')
      .select(['b.id', 'b.venueId', 'b.status', 'b.startsAt', 'b.endsAt'])
      .andWhere('b.communityId = :communityId', { communityId })
      .andWhere('b.status IN (:...used)', { used: [S.APPROVED, S.CHECKED_IN, S.NO_SHOW] })
      .andWhere('b.startsAt >= :from AND b.startsAt < :to', { from: sqlDate(this.ds, from), to: sqlDate(this.ds, to) })
      .getMany();
    return venues.map((v) => {
      const mine = rows.filter((b) => b.venueId === v.id);
      const noShows = mine.filter((b) => b.status === S.NO_SHOW).length;
      const decided = noShows + mine.filter((b) => b.status === S.CHECKED_IN).length;
      const ms = mine.reduce((sum, b) => sum + (b.endsAt.getTime() - b.startsAt.getTime()), 0);
      return {
        venueId: v.id,
        venueName: v.name,
        month,
        bookings: mine.length,
        noShows,
        noShowRate: decided ? Math.round((noShows / decided) * 1000) / 1000 : 0,
        hoursUsed: Math.round((ms / 3_600_000) * 100) / 100,
      };
    });
  }
}

/** Copies the given settings onto a venue row and checks that they agree with each other. */
function applySettings(row: VenueEntity, input: VenueSettingsInput): void {
  const set = <K extends keyof VenueEntity>(key: K, value: VenueEntity[K] | null | undefined) => {
    if (value !== undefined && value !== null) row[key] = value;
  };
  if (input.description !== undefined) row.description = input.description?.trim() || null;
  if (input.photoFileIds) row.photoFileIds = JSON.stringify(input.photoFileIds);
  if (input.facilities) row.facilities = JSON.stringify(input.facilities.map((f) => f.trim()));
  if (input.openingHours) {
    const days: (DayHours | null)[] = Array.from({ length: 7 }, () => null);
    for (const d of input.openingHours) days[d.weekday - 1] = { open: d.open, close: d.close };
    row.openingHours = JSON.stringify(days);
  }
  if (input.closedDates) row.closedDates = JSON.stringify([...new Set(input.closedDates)].sort());
  if (input.eligibleEstateIds) row.eligibleEstateIds = JSON.stringify([...new Set(input.eligibleEstateIds)]);
  set('capacity', input.capacity);
  set('closedOnHolidays', input.closedOnHolidays);
  set('slotMinutes', input.slotMinutes);
  set('minMinutes', input.minMinutes);
  set('maxMinutes', input.maxMinutes);
  set('horizonDays', input.horizonDays);
  set('leadMinutes', input.leadMinutes);
  set('approvalRequired', input.approvalRequired);
  set('pendingHoldHours', input.pendingHoldHours);
  set('noShowGraceMinutes', input.noShowGraceMinutes);
  set('residentsEligible', input.residentsEligible);
  set('organisationsEligible', input.organisationsEligible);
  set('staffEligible', input.staffEligible);
  if (input.weeklyQuota !== undefined) row.weeklyQuota = input.weeklyQuota || null;
  if (input.monthlyQuota !== undefined) row.monthlyQuota = input.monthlyQuota || null;
  const problems = settingsProblems(rulesOf(row));
  const [field, message] = Object.entries(problems)[0] ?? [];
  if (field && message) throw fail(R.VENUE_BAD_SETTINGS, message, { field });
}
