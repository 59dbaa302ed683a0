import { graphql } from '../../../gql';

export const VenueFieldsDoc = graphql(`
  fragment VenueFields on Venue {
    id
    name
    description
    capacity
    facilities
    openingHours {
      weekday
      open
      close
    }
    closedDates
    closedOnHolidays
    slotMinutes
    minMinutes
    maxMinutes
    horizonDays
    leadMinutes
    approvalRequired
    pendingHoldHours
    noShowGraceMinutes
    residentsEligible
    organisationsEligible
    staffEligible
    weeklyQuota
    monthlyQuota
    archivedAt
    version
    createdAt
    viewerCan {
      update
      archive
    }
  }
`);

export const VenueListDocument = graphql(`
  query VenueList($communityId: ID!, $first: Int!, $after: String, $includeArchived: Boolean) {
    venues(communityId: $communityId, first: $first, after: $after, includeArchived: $includeArchived) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...VenueFields
        }
      }
    }
  }
`);

export const VenueCommunitiesDocument = graphql(`
  query VenueCommunities {
    communities(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const CreateVenueDocument = graphql(`
  mutation CreateVenue($input: CreateVenueInput!) {
    createVenue(input: $input) {
      venue {
        ...VenueFields
      }
    }
  }
`);

export const UpdateVenueDocument = graphql(`
  mutation UpdateVenue($input: UpdateVenueInput!) {
    updateVenue(input: $input) {
      venue {
        ...VenueFields
      }
    }
  }
`);

export const ArchiveVenueDocument = graphql(`
  mutation ArchiveVenue($id: ID!) {
    archiveVenue(input: { id: $id }) {
      venue {
        id
        archivedAt
      }
    }
  }
`);

export const BookingRowDoc = graphql(`
  fragment BookingRow on VenueBooking {
    id
    venueId
    status
    bookerKind
    startsAt
    endsAt
    purpose
    attendees
    reason
    expiresAt
    checkedInAt
    createdAt
    venue {
      id
      name
    }
    requester {
      id
      displayName
    }
    organisation {
      id
      name
    }
    viewerCan {
      approve
      reject
      checkIn
      cancel
    }
  }
`);

export const BookingListDocument = graphql(`
  query BookingList(
    $communityId: ID!
    $first: Int!
    $after: String
    $venueId: ID
    $statuses: [VenueBookingStatus!]
    $from: DateTimeISO
    $to: DateTimeISO
  ) {
    bookings(
      communityId: $communityId
      first: $first
      after: $after
      venueId: $venueId
      statuses: $statuses
      from: $from
      to: $to
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...BookingRow
        }
      }
    }
  }
`);

export const ApproveBookingDocument = graphql(`
  mutation ApproveBooking($id: ID!) {
    approveBooking(input: { id: $id }) {
      booking {
        ...BookingRow
      }
    }
  }
`);

export const RejectBookingDocument = graphql(`
  mutation RejectBooking($id: ID!, $reason: String!) {
    rejectBooking(input: { id: $id, reason: $reason }) {
      booking {
        ...BookingRow
      }
    }
  }
`);

export const CancelBookingDocument = graphql(`
  mutation CancelBooking($id: ID!, $reason: String) {
    cancelBooking(input: { id: $id, reason: $reason }) {
      booking {
        ...BookingRow
      }
    }
  }
`);

export const CheckInBookingDocument = graphql(`
  mutation CheckInBooking($id: ID, $venueId: ID, $code: String) {
    checkInBooking(input: { id: $id, venueId: $venueId, code: $code }) {
      booking {
        ...BookingRow
      }
    }
  }
`);

export const VenueUsageDocument = graphql(`
  query VenueUsage($communityId: ID!, $month: String!) {
    venueUsage(communityId: $communityId, month: $month) {
      venueId
      venueName
      month
      bookings
      noShows
      noShowRate
      hoursUsed
    }
  }
`);
