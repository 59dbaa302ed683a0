import { graphql } from '../../../gql';

export const HouseholdBindingsDocument = graphql(`
  query HouseholdBindings($status: BindingStatus, $first: Int!, $after: String) {
    householdBindings(status: $status, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...BindingRow
        }
      }
    }
  }
`);

export const ApproveHouseholdBindingDocument = graphql(`
  mutation ApproveHouseholdBinding($input: ApproveHouseholdBindingInput!) {
    approveHouseholdBinding(input: $input) {
      binding {
        id
        status
        reviewedAt
        viewerCan {
          approve
          reject
        }
      }
    }
  }
`);

export const RejectHouseholdBindingDocument = graphql(`
  mutation RejectHouseholdBinding($input: RejectHouseholdBindingInput!) {
    rejectHouseholdBinding(input: $input) {
      binding {
        id
        status
        reason
        reviewedAt
        viewerCan {
          approve
          reject
        }
      }
    }
  }
`);
