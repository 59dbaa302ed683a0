import type { EnumRegistration } from '../../app/module.js';

/** Where a booking is in its life. */
export enum VenueBookingStatus {
  /** 待审批 — waiting for staff; holds its slots until decided or until it expires. */
  PENDING = 'PENDING',
  /** 已通过 — confirmed. */
  APPROVED = 'APPROVED',
  /** 未通过 — refused by staff, with a reason. */
  REJECTED = 'REJECTED',
  /** 已取消 — by the requester before the start, or by staff with a reason. */
  CANCELLED = 'CANCELLED',
  /** 已过期 — pending and not decided in time; its slots were released. */
  EXPIRED = 'EXPIRED',
  /** 已签到 — checked in at the door. */
  CHECKED_IN = 'CHECKED_IN',
  /** 爽约 — not checked in within the grace period after the start; counts against the quota. */
  NO_SHOW = 'NO_SHOW',
}

/** Statuses whose bookings hold their slots. */
export const LIVE_STATUSES: readonly VenueBookingStatus[] = [
  VenueBookingStatus.PENDING,
  VenueBookingStatus.APPROVED,
  VenueBookingStatus.CHECKED_IN,
];

/** Statuses that count against a household's quota (a no-show counts too). */
export const QUOTA_STATUSES: readonly VenueBookingStatus[] = [...LIVE_STATUSES, VenueBookingStatus.NO_SHOW];

/** On whose behalf a booking is made. */
export enum VenueBookerKind {
  /** A verified resident, for their household (quota per household). */
  RESIDENT = 'RESIDENT',
  /** A member, for an organisation of the community. */
  ORGANISATION = 'ORGANISATION',
  /** Community staff, for the community's own use (no approval, no quota). */
  STAFF = 'STAFF',
}

/** How the occurrences of a recurring booking are decided. */
export enum VenueRecurrenceMode {
  /** Every occurrence is booked, or none is. */
  ALL_OR_NOTHING = 'ALL_OR_NOTHING',
  /** Each occurrence is booked if it can be; the result says which were. */
  EACH = 'EACH',
}

/** Why a slot cannot be booked by the viewer (null when it can). */
export enum VenueSlotReason {
  TAKEN = 'TAKEN',
  PAST = 'PAST',
  LEAD_TIME = 'LEAD_TIME',
  BEYOND_HORIZON = 'BEYOND_HORIZON',
  OUTSIDE_HOURS = 'OUTSIDE_HOURS',
  CLOSED_DATE = 'CLOSED_DATE',
  HOLIDAY = 'HOLIDAY',
  NOT_ELIGIBLE = 'NOT_ELIGIBLE',
  QUOTA_WEEK = 'QUOTA_WEEK',
  QUOTA_MONTH = 'QUOTA_MONTH',
  ARCHIVED = 'ARCHIVED',
}

/** The history of a booking (append-only; one row per kind and booking). */
export enum VenueBookingEventKind {
  CREATED = 'CREATED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  CANCELLED = 'CANCELLED',
  EXPIRED = 'EXPIRED',
  CHECKED_IN = 'CHECKED_IN',
  /** The hook for the points module: one row per no-show, `pointsSettledAt` null until a penalty is booked. */
  NO_SHOW = 'NO_SHOW',
}

export const VENUE_ENUMS: EnumRegistration[] = [
  {
    enum: VenueBookingStatus,
    name: 'VenueBookingStatus',
    description: 'Where a venue booking is in its life.',
    valuesConfig: {
      PENDING: { description: '待审批 — waiting for staff; holds its slots until decided or until it expires.' },
      APPROVED: { description: '已通过 — confirmed.' },
      REJECTED: { description: '未通过 — refused by staff, with a reason.' },
      CANCELLED: { description: '已取消 — by the requester before the start, or by staff with a reason.' },
      EXPIRED: { description: '已过期 — pending and not decided in time; its slots were released.' },
      CHECKED_IN: { description: '已签到 — checked in at the door.' },
      NO_SHOW: { description: '爽约 — not checked in within the grace period; counts against the quota.' },
    },
  },
  {
    enum: VenueBookerKind,
    name: 'VenueBookerKind',
    description: 'On whose behalf a venue booking is made.',
    valuesConfig: {
      RESIDENT: { description: 'A verified resident, for their household (quota per household).' },
      ORGANISATION: { description: 'A member, for an organisation of the community (may book weekly series).' },
      STAFF: { description: "Community staff, for the community's own use (no approval, no quota)." },
    },
  },
  {
    enum: VenueRecurrenceMode,
    name: 'VenueRecurrenceMode',
    description: 'How the occurrences of a weekly series are decided.',
    valuesConfig: {
      ALL_OR_NOTHING: { description: 'Every occurrence is booked, or none is (the first refusal is the error).' },
      EACH: { description: 'Each occurrence is booked if it can be; the result says which were and why not.' },
    },
  },
  {
    enum: VenueSlotReason,
    name: 'VenueSlotReason',
    description: 'Why a slot cannot be booked by the viewer.',
    valuesConfig: {
      TAKEN: { description: 'A live booking (pending or approved) holds it.' },
      PAST: { description: 'It has started already.' },
      LEAD_TIME: { description: 'It starts sooner than the lead time allows.' },
      BEYOND_HORIZON: { description: 'It lies beyond how far ahead bookings open.' },
      OUTSIDE_HOURS: { description: 'The venue is not open then.' },
      CLOSED_DATE: { description: 'The venue is closed that day.' },
      HOLIDAY: { description: 'A statutory holiday, and the venue closes on them.' },
      NOT_ELIGIBLE: { description: 'The viewer may not book this venue.' },
      QUOTA_WEEK: { description: "The household's quota of the week is used up." },
      QUOTA_MONTH: { description: "The household's quota of the month is used up." },
      ARCHIVED: { description: 'The venue takes no more bookings.' },
    },
  },
];
