import { graphql } from '../../../gql';

export const ApiClientListDocument = graphql(`
  query ApiClientList($communityId: ID!, $first: Int!, $after: String) {
    apiClients(communityId: $communityId, first: $first, after: $after) {
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

export const ApiClientCommunitiesDocument = graphql(`
  query ApiClientCommunities {
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
