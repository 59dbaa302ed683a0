/** Venue booking (场地预约): the venues of my community, their free slots, booking, my bookings, cancelling. */
import { graphql } from '../gql';

export const Venues = graphql(`
  query ResidentVenues($communityId: ID!, $first: Int!) {
    venues(communityId: $communityId, first: $first) {
      pageInfo {
        hasNextPage
      }
      edges {
        node {
          id
          name
          description
          capacity
          facilities
          approvalRequired
          weeklyQuota
          monthlyQuota
        }
      }
    }
  }
`);

export const VenueDetail = graphql(`
  query ResidentVenue($id: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {
    venue(id: $id) {
      id
      name
      description
      capacity
      facilities
      approvalRequired
      slotMinutes
      minMinutes
      maxMinutes
      horizonDays
      weeklyQuota
      monthlyQuota
      openingHours {
        weekday
        open
        close
      }
    }
    venueAvailability(venueId: $id, from: $from, to: $to, bookAs: RESIDENT) {
      startsAt
      endsAt
      taken
      bookable
      reason
    }
  }
`);

export const BookVenue = graphql(`
  mutation ResidentBookVenue($input: BookVenueInput!) {
    bookVenue(input: $input) {
      booking {
        id
        status
        startsAt
        endsAt
        checkInCode
      }
    }
  }
`);

export const MyBookings = graphql(`
  query ResidentMyBookings($first: Int!) {
    myBookings(first: $first) {
      pageInfo {
        hasNextPage
      }
      edges {
        node {
          id
          status
          startsAt
          endsAt
          purpose
          attendees
          checkInCode
          expiresAt
          reason
          venue {
            id
            name
          }
          viewerCan {
            cancel
          }
        }
      }
    }
  }
`);

export const CancelBooking = graphql(`
  mutation ResidentCancelBooking($input: CancelBookingInput!) {
    cancelBooking(input: $input) {
      booking {
        id
        status
      }
    }
  }
`);
