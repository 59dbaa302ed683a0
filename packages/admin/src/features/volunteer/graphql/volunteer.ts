import { graphql } from '../../../gql';

export const VolunteerListDocument = graphql(`
  query VolunteerList($communityId: ID!, $first: Int!, $after: String) {
    volunteers(communityId: $communityId, first: $first, after: $after) {
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

export const VolunteerCommunitiesDocument = graphql(`
  query VolunteerCommunities {
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
