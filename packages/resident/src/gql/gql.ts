/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation ResidentRequestSmsCode($input: RequestSmsCodeInput!) {\n    requestSmsCode(input: $input) {\n      sent\n      expiresInSeconds\n      resendAfterSeconds\n    }\n  }\n": typeof types.ResidentRequestSmsCodeDocument,
    "\n  mutation ResidentLoginWithSmsCode($input: LoginWithSmsCodeInput!) {\n    loginWithSmsCode(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.ResidentLoginWithSmsCodeDocument,
    "\n  mutation ResidentRegister($input: RegisterResidentInput!) {\n    registerResident(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.ResidentRegisterDocument,
    "\n  mutation ResidentRefreshSession($input: RefreshSessionInput!) {\n    refreshSession(input: $input) {\n      accessToken\n      refreshToken\n    }\n  }\n": typeof types.ResidentRefreshSessionDocument,
    "\n  mutation ResidentLogout {\n    logout {\n      ok\n    }\n  }\n": typeof types.ResidentLogoutDocument,
    "\n  query ResidentMyHome {\n    me {\n      id\n      displayName\n      phone\n    }\n    myHouseholdBindings {\n      id\n      status\n      relation\n      reason\n      createdAt\n      household {\n        id\n        label\n        unit\n        room\n        building {\n          id\n          name\n        }\n      }\n      estate {\n        id\n        name\n        community {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ResidentMyHomeDocument,
    "\n  query ResidentEstateDirectory($search: String, $first: Int!) {\n    estateDirectory(search: $search, first: $first) {\n      edges {\n        node {\n          id\n          name\n          address\n          community {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.ResidentEstateDirectoryDocument,
    "\n  query ResidentBuildingDirectory($estateId: ID!, $first: Int!) {\n    buildingDirectory(estateId: $estateId, first: $first) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ResidentBuildingDirectoryDocument,
    "\n  mutation ResidentRequestHouseholdBinding($input: RequestHouseholdBindingInput!) {\n    requestHouseholdBinding(input: $input) {\n      binding {\n        id\n        status\n      }\n    }\n  }\n": typeof types.ResidentRequestHouseholdBindingDocument,
    "\n  query ResidentTicketCategories($communityId: ID!) {\n    ticketCategories(communityId: $communityId) {\n      id\n      nameZh\n      nameEn\n      parentId\n    }\n  }\n": typeof types.ResidentTicketCategoriesDocument,
    "\n  mutation ResidentSubmitTicket($input: SubmitTicketInput!) {\n    submitTicket(input: $input) {\n      ticket {\n        id\n        number\n        state\n      }\n    }\n  }\n": typeof types.ResidentSubmitTicketDocument,
    "\n  query ResidentMyTickets($first: Int!, $after: String) {\n    myTickets(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          number\n          title\n          state\n          createdAt\n          rating\n          replyDeadline {\n            dueAt\n            isOverdue\n            workingDaysLeft\n          }\n          resolveDeadline {\n            dueAt\n            isOverdue\n            workingDaysLeft\n          }\n        }\n      }\n    }\n  }\n": typeof types.ResidentMyTicketsDocument,
    "\n  query ResidentTicket($id: ID!) {\n    ticket(id: $id) {\n      id\n      number\n      title\n      body\n      state\n      anonymous\n      locationText\n      createdAt\n      rating\n      ratingComment\n      version\n      category {\n        id\n        nameZh\n        nameEn\n      }\n      estate {\n        id\n        name\n      }\n      building {\n        id\n        name\n      }\n      photos {\n        id\n        url\n      }\n      replyDeadline {\n        dueAt\n        isOverdue\n        workingDaysLeft\n      }\n      resolveDeadline {\n        dueAt\n        isOverdue\n        workingDaysLeft\n      }\n      viewerCan {\n        rate\n        reopen\n        withdraw\n      }\n      timeline(first: 50) {\n        edges {\n          node {\n            id\n            type\n            createdAt\n            note\n            toState\n            actorName\n            organisation {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ResidentTicketDocument,
    "\n  mutation ResidentRateTicket($input: RateTicketInput!) {\n    rateTicket(input: $input) {\n      ticket {\n        id\n        state\n        rating\n      }\n    }\n  }\n": typeof types.ResidentRateTicketDocument,
    "\n  mutation ResidentReopenTicket($input: ReopenTicketInput!) {\n    reopenTicket(input: $input) {\n      ticket {\n        id\n        state\n      }\n    }\n  }\n": typeof types.ResidentReopenTicketDocument,
    "\n  mutation ResidentWithdrawTicket($input: WithdrawTicketInput!) {\n    withdrawTicket(input: $input) {\n      ticket {\n        id\n        state\n      }\n    }\n  }\n": typeof types.ResidentWithdrawTicketDocument,
    "\n  subscription ResidentNotificationAdded {\n    notificationAdded {\n      id\n      kind\n      title\n      createdAt\n      subject {\n        type\n        id\n      }\n    }\n  }\n": typeof types.ResidentNotificationAddedDocument,
    "\n  query ResidentEquipmentRegister($estateId: ID!, $first: Int!) {\n    equipmentRegister(estateId: $estateId, first: $first) {\n      edges {\n        node {\n          id\n          name\n          kind\n          buildingId\n          registrationNo\n          maintenanceStatus\n          nextDueOn\n        }\n      }\n    }\n  }\n": typeof types.ResidentEquipmentRegisterDocument,
    "\n  query ResidentMaintenanceRecords($equipmentId: ID!, $first: Int!) {\n    maintenanceRecords(equipmentId: $equipmentId, first: $first) {\n      edges {\n        node {\n          id\n          kind\n          performedOn\n          contractor\n          result\n          defects\n          fix\n          nextDueOn\n        }\n      }\n    }\n  }\n": typeof types.ResidentMaintenanceRecordsDocument,
};
const documents: Documents = {
    "\n  mutation ResidentRequestSmsCode($input: RequestSmsCodeInput!) {\n    requestSmsCode(input: $input) {\n      sent\n      expiresInSeconds\n      resendAfterSeconds\n    }\n  }\n": types.ResidentRequestSmsCodeDocument,
    "\n  mutation ResidentLoginWithSmsCode($input: LoginWithSmsCodeInput!) {\n    loginWithSmsCode(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": types.ResidentLoginWithSmsCodeDocument,
    "\n  mutation ResidentRegister($input: RegisterResidentInput!) {\n    registerResident(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": types.ResidentRegisterDocument,
    "\n  mutation ResidentRefreshSession($input: RefreshSessionInput!) {\n    refreshSession(input: $input) {\n      accessToken\n      refreshToken\n    }\n  }\n": types.ResidentRefreshSessionDocument,
    "\n  mutation ResidentLogout {\n    logout {\n      ok\n    }\n  }\n": types.ResidentLogoutDocument,
    "\n  query ResidentMyHome {\n    me {\n      id\n      displayName\n      phone\n    }\n    myHouseholdBindings {\n      id\n      status\n      relation\n      reason\n      createdAt\n      household {\n        id\n        label\n        unit\n        room\n        building {\n          id\n          name\n        }\n      }\n      estate {\n        id\n        name\n        community {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ResidentMyHomeDocument,
    "\n  query ResidentEstateDirectory($search: String, $first: Int!) {\n    estateDirectory(search: $search, first: $first) {\n      edges {\n        node {\n          id\n          name\n          address\n          community {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.ResidentEstateDirectoryDocument,
    "\n  query ResidentBuildingDirectory($estateId: ID!, $first: Int!) {\n    buildingDirectory(estateId: $estateId, first: $first) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ResidentBuildingDirectoryDocument,
    "\n  mutation ResidentRequestHouseholdBinding($input: RequestHouseholdBindingInput!) {\n    requestHouseholdBinding(input: $input) {\n      binding {\n        id\n        status\n      }\n    }\n  }\n": types.ResidentRequestHouseholdBindingDocument,
    "\n  query ResidentTicketCategories($communityId: ID!) {\n    ticketCategories(communityId: $communityId) {\n      id\n      nameZh\n      nameEn\n      parentId\n    }\n  }\n": types.ResidentTicketCategoriesDocument,
    "\n  mutation ResidentSubmitTicket($input: SubmitTicketInput!) {\n    submitTicket(input: $input) {\n      ticket {\n        id\n        number\n        state\n      }\n    }\n  }\n": types.ResidentSubmitTicketDocument,
    "\n  query ResidentMyTickets($first: Int!, $after: String) {\n    myTickets(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          number\n          title\n          state\n          createdAt\n          rating\n          replyDeadline {\n            dueAt\n            isOverdue\n            workingDaysLeft\n          }\n          resolveDeadline {\n            dueAt\n            isOverdue\n            workingDaysLeft\n          }\n        }\n      }\n    }\n  }\n": types.ResidentMyTicketsDocument,
    "\n  query ResidentTicket($id: ID!) {\n    ticket(id: $id) {\n      id\n      number\n      title\n      body\n      state\n      anonymous\n      locationText\n      createdAt\n      rating\n      ratingComment\n      version\n      category {\n        id\n        nameZh\n        nameEn\n      }\n      estate {\n        id\n        name\n      }\n      building {\n        id\n        name\n      }\n      photos {\n        id\n        url\n      }\n      replyDeadline {\n        dueAt\n        isOverdue\n        workingDaysLeft\n      }\n      resolveDeadline {\n        dueAt\n        isOverdue\n        workingDaysLeft\n      }\n      viewerCan {\n        rate\n        reopen\n        withdraw\n      }\n      timeline(first: 50) {\n        edges {\n          node {\n            id\n            type\n            createdAt\n            note\n            toState\n            actorName\n            organisation {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ResidentTicketDocument,
    "\n  mutation ResidentRateTicket($input: RateTicketInput!) {\n    rateTicket(input: $input) {\n      ticket {\n        id\n        state\n        rating\n      }\n    }\n  }\n": types.ResidentRateTicketDocument,
    "\n  mutation ResidentReopenTicket($input: ReopenTicketInput!) {\n    reopenTicket(input: $input) {\n      ticket {\n        id\n        state\n      }\n    }\n  }\n": types.ResidentReopenTicketDocument,
    "\n  mutation ResidentWithdrawTicket($input: WithdrawTicketInput!) {\n    withdrawTicket(input: $input) {\n      ticket {\n        id\n        state\n      }\n    }\n  }\n": types.ResidentWithdrawTicketDocument,
    "\n  subscription ResidentNotificationAdded {\n    notificationAdded {\n      id\n      kind\n      title\n      createdAt\n      subject {\n        type\n        id\n      }\n    }\n  }\n": types.ResidentNotificationAddedDocument,
    "\n  query ResidentEquipmentRegister($estateId: ID!, $first: Int!) {\n    equipmentRegister(estateId: $estateId, first: $first) {\n      edges {\n        node {\n          id\n          name\n          kind\n          buildingId\n          registrationNo\n          maintenanceStatus\n          nextDueOn\n        }\n      }\n    }\n  }\n": types.ResidentEquipmentRegisterDocument,
    "\n  query ResidentMaintenanceRecords($equipmentId: ID!, $first: Int!) {\n    maintenanceRecords(equipmentId: $equipmentId, first: $first) {\n      edges {\n        node {\n          id\n          kind\n          performedOn\n          contractor\n          result\n          defects\n          fix\n          nextDueOn\n        }\n      }\n    }\n  }\n": types.ResidentMaintenanceRecordsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResidentRequestSmsCode($input: RequestSmsCodeInput!) {\n    requestSmsCode(input: $input) {\n      sent\n      expiresInSeconds\n      resendAfterSeconds\n    }\n  }\n"): typeof import('./graphql').ResidentRequestSmsCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResidentLoginWithSmsCode($input: LoginWithSmsCodeInput!) {\n    loginWithSmsCode(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        id\n        displayName\n      }\n    }\n  }\n"): typeof import('./graphql').ResidentLoginWithSmsCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResidentRegister($input: RegisterResidentInput!) {\n    registerResident(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        id\n        displayName\n      }\n    }\n  }\n"): typeof import('./graphql').ResidentRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResidentRefreshSession($input: RefreshSessionInput!) {\n    refreshSession(input: $input) {\n      accessToken\n      refreshToken\n    }\n  }\n"): typeof import('./graphql').ResidentRefreshSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResidentLogout {\n    logout {\n      ok\n    }\n  }\n"): typeof import('./graphql').ResidentLogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResidentMyHome {\n    me {\n      id\n      displayName\n      phone\n    }\n    myHouseholdBindings {\n      id\n      status\n      relation\n      reason\n      createdAt\n      household {\n        id\n        label\n        unit\n        room\n        building {\n          id\n          name\n        }\n      }\n      estate {\n        id\n        name\n        community {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ResidentMyHomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResidentEstateDirectory($search: String, $first: Int!) {\n    estateDirectory(search: $search, first: $first) {\n      edges {\n        node {\n          id\n          name\n          address\n          community {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ResidentEstateDirectoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResidentBuildingDirectory($estateId: ID!, $first: Int!) {\n    buildingDirectory(estateId: $estateId, first: $first) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ResidentBuildingDirectoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResidentRequestHouseholdBinding($input: RequestHouseholdBindingInput!) {\n    requestHouseholdBinding(input: $input) {\n      binding {\n        id\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').ResidentRequestHouseholdBindingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResidentTicketCategories($communityId: ID!) {\n    ticketCategories(communityId: $communityId) {\n      id\n      nameZh\n      nameEn\n      parentId\n    }\n  }\n"): typeof import('./graphql').ResidentTicketCategoriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResidentSubmitTicket($input: SubmitTicketInput!) {\n    submitTicket(input: $input) {\n      ticket {\n        id\n        number\n        state\n      }\n    }\n  }\n"): typeof import('./graphql').ResidentSubmitTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResidentMyTickets($first: Int!, $after: String) {\n    myTickets(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          number\n          title\n          state\n          createdAt\n          rating\n          replyDeadline {\n            dueAt\n            isOverdue\n            workingDaysLeft\n          }\n          resolveDeadline {\n            dueAt\n            isOverdue\n            workingDaysLeft\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ResidentMyTicketsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResidentTicket($id: ID!) {\n    ticket(id: $id) {\n      id\n      number\n      title\n      body\n      state\n      anonymous\n      locationText\n      createdAt\n      rating\n      ratingComment\n      version\n      category {\n        id\n        nameZh\n        nameEn\n      }\n      estate {\n        id\n        name\n      }\n      building {\n        id\n        name\n      }\n      photos {\n        id\n        url\n      }\n      replyDeadline {\n        dueAt\n        isOverdue\n        workingDaysLeft\n      }\n      resolveDeadline {\n        dueAt\n        isOverdue\n        workingDaysLeft\n      }\n      viewerCan {\n        rate\n        reopen\n        withdraw\n      }\n      timeline(first: 50) {\n        edges {\n          node {\n            id\n            type\n            createdAt\n            note\n            toState\n            actorName\n            organisation {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ResidentTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResidentRateTicket($input: RateTicketInput!) {\n    rateTicket(input: $input) {\n      ticket {\n        id\n        state\n        rating\n      }\n    }\n  }\n"): typeof import('./graphql').ResidentRateTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResidentReopenTicket($input: ReopenTicketInput!) {\n    reopenTicket(input: $input) {\n      ticket {\n        id\n        state\n      }\n    }\n  }\n"): typeof import('./graphql').ResidentReopenTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResidentWithdrawTicket($input: WithdrawTicketInput!) {\n    withdrawTicket(input: $input) {\n      ticket {\n        id\n        state\n      }\n    }\n  }\n"): typeof import('./graphql').ResidentWithdrawTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ResidentNotificationAdded {\n    notificationAdded {\n      id\n      kind\n      title\n      createdAt\n      subject {\n        type\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').ResidentNotificationAddedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResidentEquipmentRegister($estateId: ID!, $first: Int!) {\n    equipmentRegister(estateId: $estateId, first: $first) {\n      edges {\n        node {\n          id\n          name\n          kind\n          buildingId\n          registrationNo\n          maintenanceStatus\n          nextDueOn\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ResidentEquipmentRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResidentMaintenanceRecords($equipmentId: ID!, $first: Int!) {\n    maintenanceRecords(equipmentId: $equipmentId, first: $first) {\n      edges {\n        node {\n          id\n          kind\n          performedOn\n          contractor\n          result\n          defects\n          fix\n          nextDueOn\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ResidentMaintenanceRecordsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
