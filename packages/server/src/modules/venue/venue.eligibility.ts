import { type EntityManager, In } from 'typeorm';
import { can } from '../../auth/policy.js';
import { unscoped } from '../../auth/scoped.js';
import type { Viewer } from '../../auth/viewer.js';
import { sqlDate } from '../../db/sql.js';
import { HouseholdBindingEntity } from '../identity/household-binding.entity.js';
import { BindingStatus } from '../identity/identity.enums.js';
import { HouseholdEntity } from '../org/household.entity.js';
import { OrganisationEntity } from '../org/organisation.entity.js';
import { VenueBookingEntity, type VenueEntity } from './venue.entity.js';
import { QUOTA_STATUSES, VenueBookerKind } from './venue.enums.js';
import { eligibleEstatesOf } from './venue.mappers.js';
import { placeOfVenue } from './venue.policy.js';
import { shanghaiMonth, shanghaiWeek } from './venue.rules.js';

/** Who a booking is for, once eligibility is established. */
export interface Booker {
  kind: VenueBookerKind;
  householdId: string | null;
  organisationId: string | null;
}

export interface BookerRequest {
  bookAs?: VenueBookerKind | null;
  householdId?: string | null;
  organisationId?: string | null;
}

/**
 * Whether the viewer may book the venue as asked, and for whom: a verified resident for a household
 * with an approved binding in the venue's community (and one of its eligible estates, if named), a
 * member for an organisation of the community, or staff holding `venue.manage` there. Null when not
 * eligible. Without `bookAs`: ORGANISATION when an organisation is named, else RESIDENT when bound,
 * else STAFF.
 */
export async function resolveBooker(
  m: EntityManager,
  viewer: Viewer,
  venue: VenueEntity,
  req: BookerRequest,
): Promise<Booker | null> {
  const wantsOrg = req.bookAs === VenueBookerKind.ORGANISATION || (!req.bookAs && req.organisationId);
  if (wantsOrg) {
    if (!venue.organisationsEligible || !req.organisationId) return null;
    const member = viewer.grants.some((g) => g.organisationId === req.organisationId);
    if (!member) return null;
    const org = await unscoped(m, 'an organisation the viewer is a member of (checked above)')
      .repo(OrganisationEntity)
      .findOneBy({ id: req.organisationId });
    if (!org || org.archivedAt || org.communityId !== venue.communityId) return null;
    return { kind: VenueBookerKind.ORGANISATION, householdId: null, organisationId: org.id };
  }
  if (req.bookAs !== VenueBookerKind.STAFF && venue.residentsEligible) {
    const estates = eligibleEstatesOf(venue);
    const bindings = await unscoped(m, "the viewer's own household bindings")
      .repo(HouseholdBindingEntity)
      .find({
        where: {
          userId: viewer.userId,
          status: BindingStatus.APPROVED,
          communityId: venue.communityId,
          ...(estates.length ? { estateId: In(estates) } : {}),
          ...(req.householdId ? { householdId: req.householdId } : {}),
        },
        order: { createdAt: 'ASC' },
        take: 1,
      });
    const binding = bindings[0];
    if (binding) return { kind: VenueBookerKind.RESIDENT, householdId: binding.householdId, organisationId: null };
    if (req.bookAs === VenueBookerKind.RESIDENT || req.householdId) return null;
  }
  if (venue.staffEligible && can(viewer, 'venue.manage', placeOfVenue(venue))) {
    return { kind: VenueBookerKind.STAFF, householdId: null, organisationId: null };
  }
  return null;
}

/**
 * Takes the household's row lock until the booking transaction ends (SELECT … FOR UPDATE on
 * MariaDB/MySQL), so that two bookings of one household — by one member or two, at the same
 * moment — count its quota one after the other instead of both seeing the same count. Call it
 * before the transaction's first plain read: under REPEATABLE READ the snapshot is taken by that
 * read, so the count then includes a booking the previous lock holder committed. SQLite needs
 * nothing: its writers are serialised.
 */
export async function lockHousehold(m: EntityManager, householdId: string): Promise<void> {
  if (m.connection.options.type === 'better-sqlite3') return;
  await unscoped(m, "the booker's own household, locked for its quota count")
    .query(HouseholdEntity, 'h')
    .select('h.id')
    .where('h.id = :householdId', { householdId })
    .setLock('pessimistic_write')
    .getOne();
}

/** A household's bookings of a venue that count against its quota, in the week and month of `at`. */
export async function quotaUsed(
  m: EntityManager,
  venueId: string,
  householdId: string,
  at: Date,
): Promise<{ week: number; month: number }> {
  const week = shanghaiWeek(at);
  const month = shanghaiMonth(at);
  const from = new Date(Math.min(week.from.getTime(), month.from.getTime()));
  const to = new Date(Math.max(week.to.getTime(), month.to.getTime()));
  const rows = await unscoped(m, "the quota of the booker's own household")
    .query(VenueBookingEntity, 'b')
    .select(['b.id', 'b.startsAt'])
    .where('b.venueId = :venueId AND b.householdId = :householdId', { venueId, householdId })
    .andWhere('b.status IN (:...statuses)', { statuses: QUOTA_STATUSES })
    .andWhere('b.startsAt >= :from AND b.startsAt < :to', {
      from: sqlDate(m.connection, from),
      to: sqlDate(m.connection, to),
    })
    .getMany();
  const inRange = (r: { from: Date; to: Date }) => rows.filter((b) => b.startsAt >= r.from && b.startsAt < r.to).length;
  return { week: inRange(week), month: inRange(month) };
}
