import { graphql } from '../../../gql';

export const PointsListDocument = graphql(`
  query PointsList($communityId: ID!, $first: Int!, $after: String) {
    pointss(communityId: $communityId, first: $first, after: $after) {
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

export const PointsCommunitiesDocument = graphql(`
  query PointsCommunities {
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
