import { graphql } from '../../../gql';

export const TriageListDocument = graphql(`
  query TriageList($communityId: ID!, $first: Int!, $after: String) {
    triages(communityId: $communityId, first: $first, after: $after) {
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

export const TriageCommunitiesDocument = graphql(`
  query TriageCommunities {
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
