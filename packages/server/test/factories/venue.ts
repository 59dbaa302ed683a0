/** Factories of the venue module: a venue (creating its community) and a booking (with its slot rows). */
import { newId } from '../../src/db/ids.js';
import { VenueBookingEntity, VenueEntity, VenueSlotEntity } from '../../src/modules/venue/venue.entity.js';
import { VenueBookerKind, VenueBookingStatus } from '../../src/modules/venue/venue.enums.js';
import { gridSlots } from '../../src/modules/venue/venue.rules.js';
import { type FactoryContext, seq } from './context.js';
import { buildResident } from './identity.js';
import { buildCommunity } from './org.js';

const ALL_DAY = JSON.stringify(Array.from({ length: 7 }, () => ({ open: '00:00', close: '24:00' })));

/** A venue open all day every day, 60-minute slots, 1-4 hours, 30 days ahead, no lead time, no quota. */
export async function buildVenue(
  f: FactoryContext,
  o: { community?: { id: string; streetId: string }; name?: string } & Partial<VenueEntity> = {},
): Promise<VenueEntity> {
  const { community: given, ...rest } = o;
  const community = given ?? (await buildCommunity(f));
  return f.db.dataSource.getRepository(VenueEntity).save({
    streetId: community.streetId,
    communityId: community.id,
    name: `venue-${seq()}`,
    description: null,
    photoFileIds: '[]',
    capacity: 50,
    facilities: '[]',
    openingHours: ALL_DAY,
    closedDates: '[]',
    closedOnHolidays: false,
    slotMinutes: 60,
    minMinutes: 60,
    maxMinutes: 240,
    horizonDays: 30,
    leadMinutes: 0,
    approvalRequired: false,
    pendingHoldHours: 48,
    noShowGraceMinutes: 15,
    residentsEligible: true,
    eligibleEstateIds: '[]',
    organisationsEligible: true,
    staffEligible: true,
    weeklyQuota: null,
    monthlyQuota: null,
    archivedAt: null,
    version: 1,
    ...rest,
  } as VenueEntity);
}

/** A whole hour `hours` from now (UTC grid = Shanghai grid). */
export const hourFromNow = (hours: number, base = Date.now()) =>
  new Date(Math.ceil(base / 3_600_000) * 3_600_000 + hours * 3_600_000);

/** A booking written straight to the database (with its slot rows when it is live). */
export async function buildVenueBooking(
  f: FactoryContext,
  o: {
    venue?: VenueEntity;
    requesterId?: string;
    householdId?: string | null;
    status?: VenueBookingStatus;
    startsAt?: Date;
    hours?: number;
  } = {},
): Promise<VenueBookingEntity> {
  const venue = o.venue ?? (await buildVenue(f));
  let requesterId = o.requesterId;
  let householdId = o.householdId ?? null;
  if (!requesterId) {
    const r = await buildResident(f, { community: { id: venue.communityId, streetId: venue.streetId } as never });
    requesterId = r.user.id;
    householdId = r.household.id;
  }
  const startsAt = o.startsAt ?? hourFromNow(24 + (Number(seq()) % 500));
  const endsAt = new Date(startsAt.getTime() + (o.hours ?? 1) * 3_600_000);
  const status = o.status ?? VenueBookingStatus.APPROVED;
  const booking = await f.db.dataSource.getRepository(VenueBookingEntity).save({
    venueId: venue.id,
    streetId: venue.streetId,
    communityId: venue.communityId,
    requesterId,
    bookerKind: VenueBookerKind.RESIDENT,
    householdId,
    organisationId: null,
    startsAt,
    endsAt,
    purpose: '活动',
    attendees: 5,
    status,
    reason: null,
    idempotencyKey: `factory-${seq()}`,
    checkInCode: '123456',
    expiresAt: status === VenueBookingStatus.PENDING ? new Date(Date.now() + 48 * 3_600_000) : null,
    seriesId: null,
    decidedById: null,
    decidedAt: null,
    cancelledById: null,
    cancelledAt: null,
    checkedInById: null,
    checkedInAt: null,
    reminderSentAt: null,
    version: 1,
  } as unknown as VenueBookingEntity);
  if (status === VenueBookingStatus.PENDING || status === VenueBookingStatus.APPROVED) {
    await f.db.dataSource.getRepository(VenueSlotEntity).insert(
      gridSlots(startsAt, endsAt).map((slotStart) => ({
        id: newId(),
        venueId: venue.id,
        slotStart,
        bookingId: booking.id,
      })),
    );
  }
  return booking;
}
