import type { DataSource } from 'typeorm';
import { HouseholdBindingEntity } from '../../modules/identity/household-binding.entity.js';
import { byPhone, UserEntity } from '../../modules/identity/user.entity.js';
import { CommunityEntity } from '../../modules/org/community.entity.js';
import { VenueBookingEntity, VenueEntity, VenueSlotEntity } from '../../modules/venue/venue.entity.js';
import { VenueBookingStatus as S, VenueBookerKind } from '../../modules/venue/venue.enums.js';
import { gridSlots, instantOf, local } from '../../modules/venue/venue.rules.js';
import { newId } from '../ids.js';
import { DEMO_ACCOUNTS } from './demo.js';

const hours = (open: string, close: string, days = 7) =>
  JSON.stringify(Array.from({ length: 7 }, (_, i) => (i < days ? { open, close } : null)));

/**
 * Demo venues of 博学路社区 (a hall that needs approval and has household quotas, a table-tennis
 * room that does not) and a few bookings of the demo resident around today. Idempotent: skipped
 * once the community has a venue.
 */
export async function seedVenues(ds: DataSource, now = new Date()): Promise<void> {
  const boxue = await ds.getRepository(CommunityEntity).findOneBy({ name: '博学路社区' });
  if (!boxue || (await ds.getRepository(VenueEntity).countBy({ communityId: boxue.id })) > 0) return;
  const base = {
    streetId: boxue.streetId,
    communityId: boxue.id,
    photoFileIds: '[]',
    closedDates: '[]',
    pendingHoldHours: 48,
    noShowGraceMinutes: 15,
    residentsEligible: true,
    eligibleEstateIds: '[]',
    staffEligible: true,
    archivedAt: null,
    version: 1,
  };
  const [hall, pingpong] = await ds.getRepository(VenueEntity).save([
    {
      ...base,
      name: '多功能厅',
      description: '社区党群服务中心二楼，可容纳 80 人，适合讲座、排练和议事会。',
      capacity: 80,
      facilities: JSON.stringify(['投影仪', '音响', '钢琴']),
      openingHours: hours('08:00', '21:00'),
      closedOnHolidays: true,
      slotMinutes: 30,
      minMinutes: 60,
      maxMinutes: 240,
      horizonDays: 14,
      leadMinutes: 0,
      approvalRequired: true,
      organisationsEligible: true,
      weeklyQuota: 2,
      monthlyQuota: 4,
    },
    {
      ...base,
      name: '乒乓球室',
      description: '活动中心一楼，两张球台。',
      capacity: 8,
      facilities: JSON.stringify(['球台 ×2']),
      openingHours: hours('07:00', '22:00'),
      closedOnHolidays: false,
      slotMinutes: 60,
      minMinutes: 60,
      maxMinutes: 120,
      horizonDays: 7,
      leadMinutes: 30,
      approvalRequired: false,
      organisationsEligible: false,
      weeklyQuota: 3,
      monthlyQuota: null,
    },
  ] as unknown as VenueEntity[]);
  const resident = await ds.getRepository(UserEntity).findOneBy(byPhone(DEMO_ACCOUNTS.resident));
  const binding = resident
    ? await ds.getRepository(HouseholdBindingEntity).findOneBy({ userId: resident.id, status: 'APPROVED' as never })
    : null;
  if (!resident || !binding || !hall || !pingpong) return;
  const tomorrow = local(new Date(now.getTime() + 86_400_000)).date;
  const dayAfter = local(new Date(now.getTime() + 2 * 86_400_000)).date;
  const bookings: [VenueEntity, Date, number, S, string][] = [
    [hall, instantOf(tomorrow, 14 * 60), 2, S.PENDING, '合唱团排练'],
    [hall, instantOf(dayAfter, 9 * 60), 2, S.APPROVED, '楼道议事会'],
    [pingpong, instantOf(tomorrow, 18 * 60), 1, S.APPROVED, '乒乓球'],
  ];
  let n = 0;
  for (const [venue, startsAt, h, status, purpose] of bookings) {
    const endsAt = new Date(startsAt.getTime() + h * 3_600_000);
    const b = await ds.getRepository(VenueBookingEntity).save({
      venueId: venue.id,
      streetId: venue.streetId,
      communityId: venue.communityId,
      requesterId: resident.id,
      bookerKind: VenueBookerKind.RESIDENT,
      householdId: binding.householdId,
      organisationId: null,
      startsAt,
      endsAt,
      purpose,
      attendees: 12,
      status,
      reason: null,
      idempotencyKey: `seed-venue-${++n}`,
      checkInCode: String(100000 + n * 12345).slice(0, 6),
      expiresAt: status === S.PENDING ? startsAt : null,
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
    await ds.getRepository(VenueSlotEntity).insert(
      gridSlots(startsAt, endsAt).map((slotStart) => ({
        id: newId(),
        venueId: venue.id,
        slotStart,
        bookingId: b.id,
      })),
    );
  }
}
