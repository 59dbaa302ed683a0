import { graphql } from '../../../gql';

export const SimilarTicketsDocument = graphql(`
  query SimilarTickets($ticketId: ID!, $first: Int!) {
    similarTickets(ticketId: $ticketId, first: $first) {
      totalCount
      edges {
        node {
          score
          reason
          ticket {
            id
            title
            state
            createdAt
            locationText
            estate {
              id
              name
            }
            viewerCan {
              merge
            }
          }
        }
      }
    }
  }
`);

export const MergeSimilarTicketDocument = graphql(`
  mutation MergeSimilarTicket($input: MergeTicketInput!) {
    mergeTicket(input: $input) {
      ticket {
        id
        state
      }
    }
  }
`);

export const HotTopicListDocument = graphql(`
  query HotTopicList($communityId: ID, $state: HotTopicState, $first: Int!, $after: String) {
    hotTopics(communityId: $communityId, state: $state, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          state
          ticketCount
          createdAt
          lastTicketAt
          dismissReason
          primaryTicketId
          viewerCan {
            merge
            dismiss
          }
          tickets {
            id
            title
            state
            createdAt
          }
        }
      }
    }
  }
`);

export const HotTopicCommunitiesDocument = graphql(`
  query HotTopicCommunities {
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

export const MergeHotTopicDocument = graphql(`
  mutation MergeHotTopic($input: MergeHotTopicInput!) {
    mergeHotTopic(input: $input) {
      hotTopic {
        id
        state
        primaryTicketId
      }
    }
  }
`);

export const DismissHotTopicDocument = graphql(`
  mutation DismissHotTopic($input: DismissHotTopicInput!) {
    dismissHotTopic(input: $input) {
      hotTopic {
        id
        state
        dismissReason
      }
    }
  }
`);
