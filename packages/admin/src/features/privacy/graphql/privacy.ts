import { graphql } from '../../../gql';

export const ErasureRequestsDocument = graphql(`
  query ErasureRequests($status: ErasureStatus, $first: Int!, $after: String) {
    erasureRequests(status: $status, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          communityId
          status
          createdAt
          dueAt
          completedAt
          overdue
        }
      }
    }
  }
`);

export const CompleteErasureDocument = graphql(`
  mutation CompleteErasure($id: ID!) {
    completeErasure(id: $id) {
      request {
        id
        status
        completedAt
        overdue
      }
    }
  }
`);
