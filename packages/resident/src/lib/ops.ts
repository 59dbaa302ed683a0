/**
 * Every operation of the resident app. `pnpm codegen` types them from packages/schema/schema.graphql
 * (src/gql, client preset, plain strings) and registers them as trusted documents
 * (packages/schema/persisted-operations.json): an unknown field fails codegen, so CI checks them.
 */
import { graphql } from '../gql';

export const RequestSmsCode = graphql(`
  mutation ResidentRequestSmsCode($input: RequestSmsCodeInput!) {
    requestSmsCode(input: $input) {
      sent
      expiresInSeconds
      resendAfterSeconds
    }
  }
`);

export const LoginWithSmsCode = graphql(`
  mutation ResidentLoginWithSmsCode($input: LoginWithSmsCodeInput!) {
    loginWithSmsCode(input: $input) {
      accessToken
      refreshToken
      user {
        id
        displayName
      }
    }
  }
`);

export const RegisterResident = graphql(`
  mutation ResidentRegister($input: RegisterResidentInput!) {
    registerResident(input: $input) {
      accessToken
      refreshToken
      user {
        id
        displayName
      }
    }
  }
`);

export const RefreshSession = graphql(`
  mutation ResidentRefreshSession($input: RefreshSessionInput!) {
    refreshSession(input: $input) {
      accessToken
      refreshToken
    }
  }
`);

export const Logout = graphql(`
  mutation ResidentLogout {
    logout {
      ok
    }
  }
`);

export const MyHome = graphql(`
  query ResidentMyHome {
    me {
      id
      displayName
      phone
    }
    myHouseholdBindings {
      id
      status
      relation
      reason
      createdAt
      household {
        id
        label
        unit
        room
        building {
          id
          name
        }
      }
      estate {
        id
        name
        community {
          id
          name
        }
      }
    }
  }
`);

export const EstateDirectory = graphql(`
  query ResidentEstateDirectory($search: String, $first: Int!) {
    estateDirectory(search: $search, first: $first) {
      edges {
        node {
          id
          name
          address
          community {
            id
            name
          }
        }
      }
    }
  }
`);

export const BuildingDirectory = graphql(`
  query ResidentBuildingDirectory($estateId: ID!, $first: Int!) {
    buildingDirectory(estateId: $estateId, first: $first) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const RequestHouseholdBinding = graphql(`
  mutation ResidentRequestHouseholdBinding($input: RequestHouseholdBindingInput!) {
    requestHouseholdBinding(input: $input) {
      binding {
        id
        status
      }
    }
  }
`);

export const TicketCategories = graphql(`
  query ResidentTicketCategories($communityId: ID!) {
    ticketCategories(communityId: $communityId) {
      id
      nameZh
      nameEn
      parentId
    }
  }
`);

export const SubmitTicket = graphql(`
  mutation ResidentSubmitTicket($input: SubmitTicketInput!) {
    submitTicket(input: $input) {
      ticket {
        id
        number
        state
      }
    }
  }
`);

export const MyTickets = graphql(`
  query ResidentMyTickets($first: Int!, $after: String) {
    myTickets(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          number
          title
          state
          createdAt
          rating
          replyDeadline {
            dueAt
            isOverdue
            workingDaysLeft
          }
          resolveDeadline {
            dueAt
            isOverdue
            workingDaysLeft
          }
        }
      }
    }
  }
`);

export const TicketDetail = graphql(`
  query ResidentTicket($id: ID!) {
    ticket(id: $id) {
      id
      number
      title
      body
      state
      anonymous
      locationText
      createdAt
      rating
      ratingComment
      version
      category {
        id
        nameZh
        nameEn
      }
      estate {
        id
        name
      }
      building {
        id
        name
      }
      photos {
        id
        url
      }
      replyDeadline {
        dueAt
        isOverdue
        workingDaysLeft
      }
      resolveDeadline {
        dueAt
        isOverdue
        workingDaysLeft
      }
      viewerCan {
        rate
        reopen
        withdraw
      }
      timeline(first: 50) {
        edges {
          node {
            id
            type
            createdAt
            note
            toState
            actorName
            organisation {
              id
              name
            }
          }
        }
      }
    }
  }
`);

export const RateTicket = graphql(`
  mutation ResidentRateTicket($input: RateTicketInput!) {
    rateTicket(input: $input) {
      ticket {
        id
        state
        rating
      }
    }
  }
`);

export const ReopenTicket = graphql(`
  mutation ResidentReopenTicket($input: ReopenTicketInput!) {
    reopenTicket(input: $input) {
      ticket {
        id
        state
      }
    }
  }
`);

export const WithdrawTicket = graphql(`
  mutation ResidentWithdrawTicket($input: WithdrawTicketInput!) {
    withdrawTicket(input: $input) {
      ticket {
        id
        state
      }
    }
  }
`);

export const NotificationAdded = graphql(`
  subscription ResidentNotificationAdded {
    notificationAdded {
      id
      kind
      title
      createdAt
      subject {
        type
        id
      }
    }
  }
`);

export const EquipmentRegister = graphql(`
  query ResidentEquipmentRegister($estateId: ID!, $first: Int!) {
    equipmentRegister(estateId: $estateId, first: $first) {
      edges {
        node {
          id
          name
          kind
          buildingId
          registrationNo
          maintenanceStatus
          nextDueOn
        }
      }
    }
  }
`);

export const MaintenanceRecords = graphql(`
  query ResidentMaintenanceRecords($equipmentId: ID!, $first: Int!) {
    maintenanceRecords(equipmentId: $equipmentId, first: $first) {
      edges {
        node {
          id
          kind
          performedOn
          contractor
          result
          defects
          fix
          nextDueOn
        }
      }
    }
  }
`);
