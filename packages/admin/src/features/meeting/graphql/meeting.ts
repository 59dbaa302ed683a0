import { graphql } from '../../../gql';

export const MeetingListDocument = graphql(`
  query MeetingList($communityId: ID!, $state: MeetingState, $first: Int!, $after: String) {
    meetings(communityId: $communityId, state: $state, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          kind
          state
          startsAt
          place
          minutesState
          agenda {
            id
          }
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

export const MeetingDetailDocument = graphql(`
  query MeetingDetail($id: ID!) {
    meeting(id: $id) {
      id
      communityId
      title
      kind
      state
      startsAt
      endsAt
      place
      onlineUrl
      cancelReason
      openToResidents
      residentCapacity
      registeredCount
      minutesState
      minutesHtml
      checkInCode
      checkInLink
      icsPath
      viewerCan {
        manage
      }
      agenda {
        id
        position
        ticketId
        topic
        resolution {
          text
          agreedBy
          outcome
        }
      }
      parties {
        id
        kind
        attendance
        checkedInAt
        organisation {
          id
          name
        }
        user {
          id
          displayName
        }
      }
      actionItems {
        ...ActionItemFields
      }
    }
  }
`);

export const ActionItemFieldsFragment = graphql(`
  fragment ActionItemFields on MeetingActionItem {
    id
    meetingId
    meetingTitle
    title
    state
    dueAt
    isOverdue
    completionNote
    viewerCanUpdate
    ownerOrganisation {
      id
      name
    }
  }
`);

export const MeetingOptionsDocument = graphql(`
  query MeetingOptions($communityId: ID!) {
    waiting: tickets(communityId: $communityId, states: [ACCEPTED, REPLIED, IN_MEETING], first: 100) {
      edges {
        node {
          id
          title
          state
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
    departments: organisations(kind: DEPARTMENT, first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const MeetingActionItemListDocument = graphql(`
  query MeetingActionItemList($communityId: ID!, $overdueOnly: Boolean!, $state: MeetingActionItemState, $first: Int!, $after: String) {
    meetingActionItems(communityId: $communityId, overdueOnly: $overdueOnly, state: $state, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...ActionItemFields
        }
      }
    }
  }
`);

export const TicketMeetingsDocument = graphql(`
  query TicketMeetings($id: ID!) {
    ticket(id: $id) {
      id
      meetingAgendaItems {
        id
        meetingId
        meetingTitle
        meetingStartsAt
        resolution {
          text
          outcome
        }
      }
      meetingActionItems {
        ...ActionItemFields
      }
    }
  }
`);

export const CreateMeetingDocument = graphql(`
  mutation CreateMeeting($input: CreateMeetingInput!) {
    createMeeting(input: $input) {
      meeting {
        id
      }
    }
  }
`);

export const InviteMeetingPartyDocument = graphql(`
  mutation InviteMeetingParty($input: InviteMeetingPartyInput!) {
    inviteMeetingParty(input: $input) {
      meeting {
        id
      }
    }
  }
`);

export const AddAgendaItemDocument = graphql(`
  mutation AddAgendaItem($input: AddAgendaItemInput!) {
    addAgendaItem(input: $input) {
      meeting {
        id
      }
    }
  }
`);

export const ReorderAgendaDocument = graphql(`
  mutation ReorderAgenda($input: ReorderAgendaInput!) {
    reorderAgenda(input: $input) {
      meeting {
        id
      }
    }
  }
`);

export const RecordAttendanceDocument = graphql(`
  mutation RecordAttendance($input: RecordAttendanceInput!) {
    recordAttendance(input: $input) {
      id
      attendance
    }
  }
`);

export const HoldMeetingDocument = graphql(`
  mutation HoldMeeting($input: HoldMeetingInput!) {
    holdMeeting(input: $input) {
      meeting {
        id
        state
      }
    }
  }
`);

export const CancelMeetingDocument = graphql(`
  mutation CancelMeeting($input: CancelMeetingInput!) {
    cancelMeeting(input: $input) {
      meeting {
        id
        state
      }
    }
  }
`);

export const SaveMeetingMinutesDocument = graphql(`
  mutation SaveMeetingMinutes($input: SaveMeetingMinutesInput!) {
    saveMeetingMinutes(input: $input) {
      meeting {
        id
        minutesState
        minutesHtml
      }
    }
  }
`);

export const RecordResolutionDocument = graphql(`
  mutation RecordResolution($input: RecordResolutionInput!) {
    recordResolution(input: $input) {
      id
    }
  }
`);

export const AddActionItemDocument = graphql(`
  mutation AddActionItem($input: AddActionItemInput!) {
    addActionItem(input: $input) {
      actionItem {
        id
      }
    }
  }
`);

export const UpdateActionItemDocument = graphql(`
  mutation UpdateActionItem($input: UpdateActionItemInput!) {
    updateActionItem(input: $input) {
      actionItem {
        ...ActionItemFields
      }
    }
  }
`);
