import { graphql } from '../../../gql';

export const AnalysisListDocument = graphql(`
  query AnalysisList($communityId: ID!, $first: Int!, $after: String) {
    analysiss(communityId: $communityId, first: $first, after: $after) {
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

export const AnalysisCommunitiesDocument = graphql(`
  query AnalysisCommunities {
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
