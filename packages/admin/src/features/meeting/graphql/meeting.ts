import { graphql } from '../../../gql';

export const MeetingListDocument = graphql(`
  query MeetingList($communityId: ID!, $first: Int!, $after: String) {
    meetings(communityId: $communityId, first: $first, after: $after) {
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

export const MeetingCommunitiesDocument = graphql(`
  query MeetingCommunities {
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
