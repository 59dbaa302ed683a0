import { graphql } from '../../../gql';

export const PublicationListDocument = graphql(`
  query PublicationList($communityId: ID!, $first: Int!, $after: String) {
    publications(communityId: $communityId, first: $first, after: $after) {
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

export const PublicationCommunitiesDocument = graphql(`
  query PublicationCommunities {
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
