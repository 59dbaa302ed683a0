import type { VenueBookingEntity, VenueEntity } from './venue.entity.js';
import type { DayHours, VenueRules } from './venue.rules.js';
import type { Venue, VenueBooking } from './venue.types.js';

const list = <T>(json: string): T[] => {
  const v = JSON.parse(json || '[]') as unknown;
  return Array.isArray(v) ? (v as T[]) : [];
};

/** The rules of a venue row, parsed. */
export const rulesOf = (e: VenueEntity): VenueRules => ({
  openingHours: list<DayHours | null>(e.openingHours),
  closedDates: list<string>(e.closedDates),
  closedOnHolidays: e.closedOnHolidays,
  slotMinutes: e.slotMinutes,
  minMinutes: e.minMinutes,
  maxMinutes: e.maxMinutes,
  horizonDays: e.horizonDays,
  leadMinutes: e.leadMinutes,
});

export const eligibleEstatesOf = (e: VenueEntity): string[] => list<string>(e.eligibleEstateIds);

export const toVenue = (e: VenueEntity): Venue => ({
  id: e.id,
  streetId: e.streetId,
  communityId: e.communityId,
  name: e.name,
  description: e.description,
  photoFileIds: list<string>(e.photoFileIds),
  capacity: e.capacity,
  facilities: list<string>(e.facilities),
  openingHours: list<DayHours | null>(e.openingHours).map((h, i) => ({
    weekday: i + 1,
    open: h?.open ?? null,
    close: h?.close ?? null,
  })),
  closedDates: list<string>(e.closedDates),
  closedOnHolidays: e.closedOnHolidays,
  slotMinutes: e.slotMinutes,
  minMinutes: e.minMinutes,
  maxMinutes: e.maxMinutes,
  horizonDays: e.horizonDays,
  leadMinutes: e.leadMinutes,
  approvalRequired: e.approvalRequired,
  pendingHoldHours: e.pendingHoldHours,
  noShowGraceMinutes: e.noShowGraceMinutes,
  residentsEligible: e.residentsEligible,
  eligibleEstateIds: eligibleEstatesOf(e),
  organisationsEligible: e.organisationsEligible,
  staffEligible: e.staffEligible,
  weeklyQuota: e.weeklyQuota,
  monthlyQuota: e.monthlyQuota,
  archivedAt: e.archivedAt,
  version: e.version,
  createdAt: e.createdAt,
});

export const toBooking = (e: VenueBookingEntity): VenueBooking => ({
  id: e.id,
  venueId: e.venueId,
  communityId: e.communityId,
  streetId: e.streetId,
  requesterId: e.requesterId,
  bookerKind: e.bookerKind,
  organisationId: e.organisationId,
  startsAt: e.startsAt,
  endsAt: e.endsAt,
  purpose: e.purpose,
  attendees: e.attendees,
  status: e.status,
  reason: e.reason,
  expiresAt: e.expiresAt,
  seriesId: e.seriesId,
  checkedInAt: e.checkedInAt,
  checkInCode: e.checkInCode,
  createdAt: e.createdAt,
});
