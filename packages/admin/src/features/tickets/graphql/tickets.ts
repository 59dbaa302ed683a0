import { graphql } from '../../../gql';

export const TicketListDocument = graphql(`
  query TicketList(
    $states: [TicketState!]
    $categoryId: ID
    $communityId: ID
    $estateId: ID
    $organisationId: ID
    $overdue: Boolean
    $sources: [TicketSource!]
    $from: DateTimeISO
    $to: DateTimeISO
    $search: String
    $priorities: [TicketPriority!]
    $acknowledged: Boolean
    $supervised: Boolean
    $first: Int!
    $after: String
  ) {
    tickets(
      states: $states
      categoryId: $categoryId
      communityId: $communityId
      estateId: $estateId
      organisationId: $organisationId
      overdue: $overdue
      sources: $sources
      from: $from
      to: $to
      search: $search
      priorities: $priorities
      acknowledged: $acknowledged
      supervised: $supervised
      first: $first
      after: $after
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...TicketRow
        }
      }
    }
  }
`);

/** Filter choices: communities in scope; per community, categories, estates and organisations. */
export const TicketFilterOptionsDocument = graphql(`
  query TicketFilterOptions($communityId: ID, $withCategories: Boolean!, $categoryCommunityId: ID!) {
    communities(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
    estates(communityId: $communityId, first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
    organisations(communityId: $communityId, first: 100) {
      edges {
        node {
          id
          name
          kind
        }
      }
    }
    ticketCategories(communityId: $categoryCommunityId) @include(if: $withCategories) {
      id
      nameZh
      nameEn
    }
  }
`);

export const TicketDetailDocument = graphql(`
  query TicketDetail($id: ID!) {
    ticket(id: $id) {
      id
      version
      suggestedHandlers {
        id
      }
      title
      body
      state
      anonymous
      contactName
      contactPhone
      locationText
      createdAt
      acceptedAt
      firstRepliedAt
      resolvedAt
      rating
      ratingComment
      category {
        id
        nameZh
        nameEn
        defaultOrgKind
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
      mergedInto {
        id
        title
      }
      photos {
        id
        url
        originalName
        mime
      }
      replyDeadline {
        dueAt
        isOverdue
        workingDaysLeft
        calendarCovered
      }
      resolveDeadline {
        dueAt
        isOverdue
        workingDaysLeft
        calendarCovered
      }
      assignments {
        id
        state
        repliedAt
        organisation {
          id
          name
          kind
        }
        deadline {
          dueAt
          isOverdue
          workingDaysLeft
          calendarCovered
        }
      }
      timeline(first: 100) {
        totalCount
        pageInfo {
          hasNextPage
        }
        edges {
          node {
            ...TimelineEvent
          }
        }
      }
      viewerCan {
        accept
        reject
        merge
        reassign
        reply
        note
        resolve
        escalate
        answerEscalation
        referToMeeting
      }
    }
  }
`);

/** Organisations a ticket can be routed to, or escalated to (kind DEPARTMENT). */
export const TicketOrganisationsDocument = graphql(`
  query TicketOrganisations($communityId: ID, $kind: OrganisationKind) {
    organisations(communityId: $communityId, kind: $kind, first: 100) {
      edges {
        node {
          id
          name
          kind
          estate {
            id
          }
          servedEstates {
            id
          }
        }
      }
    }
  }
`);

/** Candidate primary tickets for a merge: same community, by title. */
export const MergeCandidatesDocument = graphql(`
  query MergeCandidates($communityId: ID, $search: String) {
    tickets(communityId: $communityId, search: $search, first: 30) {
      edges {
        node {
          id
          title
          state
          createdAt
        }
      }
    }
  }
`);

export const AcceptTicketDocument = graphql(`
  mutation AcceptTicket($input: AcceptTicketInput!) {
    acceptTicket(input: $input) {
      ticket {
        id
        version
        state
      }
    }
  }
`);

export const RejectTicketDocument = graphql(`
  mutation RejectTicket($input: RejectTicketInput!) {
    rejectTicket(input: $input) {
      ticket {
        id
        version
        state
      }
    }
  }
`);

export const MergeTicketDocument = graphql(`
  mutation MergeTicket($input: MergeTicketInput!) {
    mergeTicket(input: $input) {
      ticket {
        id
        version
        state
      }
    }
  }
`);

export const ReassignTicketDocument = graphql(`
  mutation ReassignTicket($input: ReassignTicketInput!) {
    reassignTicket(input: $input) {
      ticket {
        id
        version
        state
      }
    }
  }
`);

export const ReplyToTicketDocument = graphql(`
  mutation ReplyToTicket($input: ReplyToTicketInput!) {
    replyToTicket(input: $input) {
      ticket {
        id
        version
        state
      }
    }
  }
`);

export const AddTicketNoteDocument = graphql(`
  mutation AddTicketNote($input: AddTicketNoteInput!) {
    addTicketNote(input: $input) {
      ticket {
        id
        version
        state
      }
    }
  }
`);

export const ResolveTicketDocument = graphql(`
  mutation ResolveTicket($input: ResolveTicketInput!) {
    resolveTicket(input: $input) {
      ticket {
        id
        version
        state
      }
    }
  }
`);

export const EscalateTicketDocument = graphql(`
  mutation EscalateTicket($input: EscalateTicketInput!) {
    escalateTicket(input: $input) {
      ticket {
        id
        version
        state
      }
    }
  }
`);

export const AnswerTicketEscalationDocument = graphql(`
  mutation AnswerTicketEscalation($input: AnswerEscalationInput!) {
    answerTicketEscalation(input: $input) {
      ticket {
        id
        version
        state
      }
    }
  }
`);

export const ReferTicketToMeetingDocument = graphql(`
  mutation ReferTicketToMeeting($input: ReferTicketToMeetingInput!) {
    referTicketToMeeting(input: $input) {
      ticket {
        id
        version
        state
      }
    }
  }
`);
