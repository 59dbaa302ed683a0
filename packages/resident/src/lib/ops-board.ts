/** The community's public board (我也遇到, follow) and my notifications. */
import { graphql } from '../gql';

export const TicketBoard = graphql(`
  query ResidentTicketBoard($communityId: ID!, $sort: BoardSort!, $first: Int!) {
    ticketBoard(communityId: $communityId, sort: $sort, first: $first) {
      pageInfo {
        hasNextPage
      }
      edges {
        node {
          id
          number
          title
          body
          state
          createdAt
          meTooCount
          viewerMeToo
          viewerFollows
          category {
            id
            nameZh
            nameEn
          }
          estate {
            id
            name
          }
        }
      }
    }
  }
`);

export const MeTooTicket = graphql(`
  mutation ResidentMeTooTicket($input: BoardTicketInput!) {
    meTooTicket(input: $input) {
      ticket {
        id
        meTooCount
        viewerMeToo
      }
    }
  }
`);

export const FollowTicket = graphql(`
  mutation ResidentFollowTicket($input: FollowTicketInput!) {
    followTicket(input: $input) {
      ticket {
        id
        viewerFollows
      }
    }
  }
`);

export const Notifications = graphql(`
  query ResidentNotifications($first: Int!, $locale: String) {
    unreadNotificationCount
    notifications(first: $first) {
      pageInfo {
        hasNextPage
      }
      edges {
        node {
          id
          kind
          title(locale: $locale)
          body(locale: $locale)
          createdAt
          readAt
          subject {
            type
            id
          }
        }
      }
    }
  }
`);

export const MarkNotificationsRead = graphql(`
  mutation ResidentMarkNotificationsRead($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input) {
      updated
      unreadCount
    }
  }
`);
