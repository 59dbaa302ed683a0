import { graphql } from '../../gql';

export const RaiseOnBehalfDocument = graphql(`
  mutation RaiseTicketOnBehalf($input: RaiseTicketOnBehalfInput!) {
    raiseTicketOnBehalf(input: $input) {
      ticket {
        id
        source
        awaitingLink
      }
    }
  }
`);

export const IntakeOptionsDocument = graphql(`
  query IntakeOptions($communityId: ID!, $withCategories: Boolean!) {
    communities(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
    ticketCategories(communityId: $communityId) @include(if: $withCategories) {
      id
      nameZh
      nameEn
    }
    estates(communityId: $communityId, first: 100) @include(if: $withCategories) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const BulkAcceptDocument = graphql(`
  mutation BulkAcceptTickets($input: BulkAcceptTicketsInput!) {
    bulkAcceptTickets(input: $input) {
      succeeded
      results {
        ticketId
        ok
        code
        reason
        message
      }
    }
  }
`);

export const BulkRejectDocument = graphql(`
  mutation BulkRejectTickets($input: BulkRejectTicketsInput!) {
    bulkRejectTickets(input: $input) {
      succeeded
      results {
        ticketId
        ok
        code
        reason
        message
      }
    }
  }
`);

export const BulkMergeDocument = graphql(`
  mutation BulkMergeTickets($input: BulkMergeTicketsInput!) {
    bulkMergeTickets(input: $input) {
      succeeded
      results {
        ticketId
        ok
        code
        reason
        message
      }
    }
  }
`);

export const WorkOrderDocument = graphql(`
  query WorkOrder($id: ID!) {
    ticket(id: $id) {
      id
      title
      body
      state
      source
      externalRef
      contactName
      contactPhone
      locationText
      createdAt
      category {
        id
        nameZh
        nameEn
      }
      community {
        id
        name
      }
      estate {
        id
        name
      }
      building {
        id
        name
      }
      submitter {
        id
        displayName
        phone
      }
      photos {
        id
        url
        originalName
        mime
      }
      timeline(first: 50) {
        totalCount
        edges {
          node {
            ...TimelineEvent
          }
        }
      }
    }
  }
`);
