/** Disclosures: publications of my street, community and estates, and an estate's public-revenue ledger. */
import { graphql } from '../gql';

export const Publications = graphql(`
  query ResidentPublications($first: Int!, $channel: PublicationChannel) {
    publications(first: $first, channel: $channel, statuses: [PUBLISHED]) {
      pageInfo {
        hasNextPage
      }
      edges {
        node {
          id
          title
          body
          channel
          kind
          scope
          placeName
          publisherName
          pinned
          isNew
          publishedAt
          revisionNumber
          attachments {
            id
            originalName
            url
          }
        }
      }
    }
  }
`);

export const RevenueLedger = graphql(`
  query ResidentRevenueLedger($estateId: ID!, $period: String!, $first: Int!) {
    revenueLedger(estateId: $estateId, period: $period) {
      period
      incomeFen
      expenseFen
      balanceFen
      closed
      entryCount
    }
    revenueEntries(estateId: $estateId, period: $period, first: $first) {
      pageInfo {
        hasNextPage
      }
      edges {
        node {
          id
          item
          direction
          amountFen
          note
          correctsId
          createdAt
        }
      }
    }
  }
`);
