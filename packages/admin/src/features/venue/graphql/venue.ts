import { graphql } from '../../../gql';

export const VenueListDocument = graphql(`
  query VenueList($communityId: ID!, $first: Int!, $after: String) {
    venues(communityId: $communityId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          createdAt
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
