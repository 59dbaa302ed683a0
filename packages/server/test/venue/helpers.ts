/** Shared GraphQL documents and calls of the venue tests. */
import type { TestServer } from '../helpers/server.js';

export const BOOK = `mutation($i: BookVenueInput!) { bookVenue(input: $i) {
  mode booking { id status bookerKind startsAt endsAt checkInCode }
  occurrences { startsAt booking { id status } failureReason } } }`;
export const APPROVE = 'mutation($id: ID!) { approveBooking(input: { id: $id }) { booking { id status } } }';
export const REJECT =
  'mutation($id: ID!, $r: String!) { rejectBooking(input: { id: $id, reason: $r }) { booking { id status reason } } }';
export const CANCEL =
  'mutation($id: ID!, $r: String) { cancelBooking(input: { id: $id, reason: $r }) { booking { id status reason } } }';
export const CHECK_IN =
  'mutation($id: ID, $v: ID, $c: String) { checkInBooking(input: { id: $id, venueId: $v, code: $c }) { booking { id status checkedInAt } } }';
export const AVAILABILITY = `query($v: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {
  venueAvailability(venueId: $v, from: $from, to: $to) { startsAt endsAt taken bookable reason } }`;

export interface BookData {
  bookVenue: {
    mode: string;
    booking: { id: string; status: string; bookerKind: string; checkInCode: string | null } | null;
    occurrences: { startsAt: string; booking: { id: string; status: string } | null; failureReason: string | null }[];
  };
}

let k = 0;
/** bookVenue for one hour (or `hours`) from `startsAt`, a fresh idempotency key unless given. */
export function book(
  s: TestServer,
  token: string,
  venueId: string,
  startsAt: Date,
  extra: Record<string, unknown> = {},
  hours = 1,
) {
  return s.gql<BookData>(
    BOOK,
    {
      i: {
        venueId,
        startsAt,
        endsAt: new Date(startsAt.getTime() + hours * 3_600_000),
        purpose: '合唱排练',
        attendees: 10,
        idempotencyKey: `test-key-${process.pid}-${++k}`,
        ...extra,
      },
    },
    token,
  );
}

export const reasonOf = (r: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  r.errors?.[0]?.extensions?.reason ?? r.errors?.[0]?.extensions?.code ?? 'OK';
