import { graphql } from '../../../gql';

export const BoardCommunitiesDocument = graphql(`
  query BoardCommunities {
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

export const BoardSettingsDocument = graphql(`
  query BoardSettings($communityId: ID!) {
    boardSettings(communityId: $communityId) {
      communityId
      blockedWords
      dailyTicketLimit
      autoCloseDays
      version
    }
  }
`);

export const SetBoardSettingsDocument = graphql(`
  mutation SetBoardSettings($input: SetBoardSettingsInput!) {
    setBoardSettings(input: $input) {
      settings {
        communityId
        blockedWords
        dailyTicketLimit
        autoCloseDays
        version
      }
    }
  }
`);

export const TicketReportsDocument = graphql(`
  query TicketReports($communityId: ID!, $state: TicketReportState, $first: Int!, $after: String) {
    ticketReports(communityId: $communityId, state: $state, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          reason
          state
          createdAt
          handledAt
          ticket {
            id
            title
            number
          }
        }
      }
    }
  }
`);

export const HandleTicketReportDocument = graphql(`
  mutation HandleTicketReport($input: BoardRecordInput!) {
    handleTicketReport(input: $input) {
      report {
        id
        state
        handledAt
      }
    }
  }
`);

export const ReplyTemplatesDocument = graphql(`
  query ReplyTemplates($communityId: ID!, $first: Int!, $after: String) {
    replyTemplates(communityId: $communityId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          version
          title
          body
          categoryId
          createdAt
        }
      }
    }
  }
`);

export const TemplateCategoriesDocument = graphql(`
  query TemplateCategories($communityId: ID!) {
    ticketCategories(communityId: $communityId) {
      id
      nameZh
      nameEn
    }
  }
`);

export const CreateReplyTemplateDocument = graphql(`
  mutation CreateReplyTemplate($input: CreateReplyTemplateInput!) {
    createReplyTemplate(input: $input) {
      template {
        id
      }
    }
  }
`);

export const UpdateReplyTemplateDocument = graphql(`
  mutation UpdateReplyTemplate($input: UpdateReplyTemplateInput!) {
    updateReplyTemplate(input: $input) {
      template {
        id
        version
      }
    }
  }
`);

export const DeleteReplyTemplateDocument = graphql(`
  mutation DeleteReplyTemplate($input: BoardRecordInput!) {
    deleteReplyTemplate(input: $input) {
      id
    }
  }
`);

export const FilledReplyTemplatesDocument = graphql(`
  query FilledReplyTemplates($ticketId: ID!) {
    filledReplyTemplates(ticketId: $ticketId) {
      templateId
      title
      text
    }
  }
`);

export const TicketBoardPanelDocument = graphql(`
  query TicketBoardPanel($id: ID!) {
    ticket(id: $id) {
      id
      version
      state
      rating
      number
      meTooCount
      autoClosedAt
      hiddenParts {
        part
        reason
        hiddenAt
      }
      callbacks {
        id
        reached
        satisfaction
        note
        reopened
        createdAt
      }
      viewerCan {
        callBack
        reopenAfterCallback
      }
    }
  }
`);

export const HideTicketTextDocument = graphql(`
  mutation HideTicketText($input: HideTicketTextInput!) {
    hideTicketText(input: $input) {
      ticket {
        id
        version
      }
    }
  }
`);

export const UnhideTicketTextDocument = graphql(`
  mutation UnhideTicketText($input: UnhideTicketTextInput!) {
    unhideTicketText(input: $input) {
      ticket {
        id
        version
      }
    }
  }
`);

export const RecordTicketCallbackDocument = graphql(`
  mutation RecordTicketCallback($input: RecordTicketCallbackInput!) {
    recordTicketCallback(input: $input) {
      ticket {
        id
        version
        state
      }
    }
  }
`);
