import { graphql } from '../../../gql';

/** Merge targets found by title: what the picker shows of each (state, category, estate, date). */
export const MergeTargetsDocument = graphql(`
  query MergeTargets($communityId: ID, $search: String, $states: [TicketState!]) {
    tickets(communityId: $communityId, search: $search, states: $states, first: 30) {
      edges {
        node {
          ...MergeTarget
        }
      }
    }
  }
`);

/** The triage module's similar tickets of a ticket: offered first as merge targets. */
export const SimilarMergeTargetsDocument = graphql(`
  query SimilarMergeTargets($ticketId: ID!) {
    similarTickets(ticketId: $ticketId, first: 10) {
      edges {
        node {
          ticket {
            ...MergeTarget
          }
        }
      }
    }
  }
`);

export const MergeTargetFragment = graphql(`
  fragment MergeTarget on Ticket {
    id
    title
    state
    createdAt
    community {
      id
    }
    category {
      id
      nameZh
      nameEn
    }
    estate {
      id
      name
    }
  }
`);

/** Organisations of a ticket's community, with what decides whether they can handle its place. */
export const HandlerOrganisationsDocument = graphql(`
  query HandlerOrganisations($communityId: ID) {
    organisations(communityId: $communityId, first: 100) {
      edges {
        node {
          id
          name
          kind
          archivedAt
          community {
            id
          }
          estate {
            id
          }
          servedEstates {
            id
            community {
              id
            }
          }
        }
      }
    }
  }
`);
