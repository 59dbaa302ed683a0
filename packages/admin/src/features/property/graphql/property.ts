import { graphql } from '../../../gql';

export const PropertyListDocument = graphql(`
  query PropertyList($communityId: ID!, $first: Int!, $after: String) {
    propertys(communityId: $communityId, first: $first, after: $after) {
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

export const PropertyCommunitiesDocument = graphql(`
  query PropertyCommunities {
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
