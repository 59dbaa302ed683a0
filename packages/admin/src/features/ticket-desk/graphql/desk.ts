import { graphql } from '../../../gql';

/** The desk's part of a ticket: priority, acknowledgement per assignment, supervision notices. */
export const TicketDeskDocument = graphql(`
  query TicketDesk($id: ID!) {
    ticket(id: $id) {
      id
      version
      state
      priority
      pinned
      acknowledgedAt
      viewerAcknowledges
      replyDeadline {
        dueAt
      }
      viewerCan {
        changePriority
        acknowledge
        supervise
      }
      assignments {
        id
        state
        assignedAt
        acknowledgedAt
        ackFlaggedAt
        organisation {
          id
          name
        }
        deadline {
          dueAt
          isOverdue
        }
      }
      supervisions {
        id
        note
        newDueAt
        createdAt
        organisationId
      }
    }
  }
`);

export const ChangeTicketPriorityDocument = graphql(`
  mutation ChangeTicketPriority($input: ChangeTicketPriorityInput!) {
    changeTicketPriority(input: $input) {
      ticket {
        id
        version
        priority
        pinned
      }
    }
  }
`);

export const AcknowledgeAssignmentDocument = graphql(`
  mutation AcknowledgeAssignment($input: AcknowledgeAssignmentInput!) {
    acknowledgeAssignment(input: $input) {
      ticket {
        id
        version
        pinned
        acknowledgedAt
      }
    }
  }
`);

export const SuperviseAssignmentDocument = graphql(`
  mutation SuperviseAssignment($input: SuperviseAssignmentInput!) {
    superviseAssignment(input: $input) {
      ticket {
        id
        version
      }
    }
  }
`);

/** The routing-rule settings of a community: its rules, categories, estates, organisations, desk settings. */
export const RoutingSettingsDocument = graphql(`
  query RoutingSettings($communityId: ID!) {
    ticketRoutingRules(communityId: $communityId, first: 100) {
      totalCount
      edges {
        node {
          id
          version
          categoryId
          estateId
          autoRoute
          organisations {
            id
            name
          }
        }
      }
    }
    ticketDeskSetting(communityId: $communityId) {
      communityId
      emergencyHours
      acknowledgeHours
    }
    ticketCategories(communityId: $communityId, includeInactive: true) {
      id
      nameZh
      nameEn
      parentId
      defaultPriority
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
  }
`);

export const SaveTicketRoutingRuleDocument = graphql(`
  mutation SaveTicketRoutingRule($input: SaveTicketRoutingRuleInput!) {
    saveTicketRoutingRule(input: $input) {
      rule {
        id
        version
      }
    }
  }
`);

export const DeleteTicketRoutingRuleDocument = graphql(`
  mutation DeleteTicketRoutingRule($input: DeleteTicketRoutingRuleInput!) {
    deleteTicketRoutingRule(input: $input) {
      deletedId
    }
  }
`);

export const SetTicketDeskSettingDocument = graphql(`
  mutation SetTicketDeskSetting($input: SetTicketDeskSettingInput!) {
    setTicketDeskSetting(input: $input) {
      communityId
      emergencyHours
      acknowledgeHours
    }
  }
`);

export const SetTicketCategoryDefaultsDocument = graphql(`
  mutation SetTicketCategoryDefaults($input: SetTicketCategoryDefaultsInput!) {
    setTicketCategoryDefaults(input: $input) {
      category {
        id
        parentId
        defaultPriority
      }
    }
  }
`);
