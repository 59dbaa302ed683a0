import { graphql } from '../../../gql';

export const VoteListDocument = graphql(`
  query VoteList($communityId: ID!, $first: Int!, $after: String) {
    votes(communityId: $communityId, first: $first, after: $after) {
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

export const VoteCommunitiesDocument = graphql(`
  query VoteCommunities {
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
