/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** State of a resident's request to be bound to a household. */
export type BindingStatus =
  /** Verified: the resident belongs to the household. */
  | 'APPROVED'
  /** Waiting for verification by community staff. */
  | 'PENDING'
  /** Refused by community staff, with a reason. */
  | 'REJECTED'
  /** Ended after approval (moved out, ended tenancy). */
  | 'REVOKED';

/** Kinds of equipment in an estate register (设备台账). */
export type EquipmentKind =
  /** 电梯 — maintenance at least every 15 days and a yearly inspection by default. */
  | 'ELEVATOR'
  /** 消防设施 — a monthly check and a yearly test by default. */
  | 'FIRE_SAFETY'
  /** 门禁/道闸 — routine maintenance every 90 days by default. */
  | 'GATE'
  /** 监控 — routine maintenance every 90 days by default. */
  | 'MONITORING'
  /** Other equipment: no default obligation. */
  | 'OTHER'
  /** 二次供水 — tank cleaning and disinfection every 182 days by default. */
  | 'SECONDARY_WATER_SUPPLY'
  /** 水泵 — routine maintenance every 30 days by default. */
  | 'WATER_PUMP';

/** How a resident relates to a household. */
export type HouseholdRelation =
  /** 家庭成员 — family member of the owner or tenant. */
  | 'FAMILY'
  /** 业主 — owner. */
  | 'OWNER'
  /** 租户 — tenant. */
  | 'TENANT';

/** Sign in with a phone and the code sent by `requestSmsCode(phone, LOGIN)`. */
export type LoginWithSmsCodeInput = {
  /** Mainland mobile number, 11 digits. */
  phone: string;
  /** The 6-digit code. */
  smsCode: string;
};

/** What a maintenance record says was done. */
export type MaintenanceKind =
  /** Cleaning and disinfection 清洗消毒 (water tanks). */
  | 'CLEANING'
  /** Half-yearly maintenance 半年维保 (also counts as routine). */
  | 'HALF_YEARLY'
  /** Statutory inspection 年度检验 (by the inspection body). */
  | 'INSPECTION'
  /** Monthly check 月度检查 (fire facilities). */
  | 'MONTHLY_CHECK'
  /** Anything else (meets no periodic obligation). */
  | 'OTHER'
  /** Quarterly maintenance 季度维保 (also counts as routine). */
  | 'QUARTERLY'
  /** Repair 维修 (meets no periodic obligation). */
  | 'REPAIR'
  /** Routine (half-monthly) maintenance 日常/半月维保. */
  | 'ROUTINE'
  /** Yearly maintenance 年度维保 (also counts as routine). */
  | 'YEARLY'
  /** Yearly test 年度检测 (fire facilities; also counts as the monthly check). */
  | 'YEARLY_TEST';

/** Outcome of a maintenance visit. */
export type MaintenanceResult =
  /** Defects left open: the visit does not meet the obligation. */
  | 'FAILED'
  /** Defects found and fixed on the spot. */
  | 'FIXED'
  /** Everything in order. */
  | 'PASSED';

/** Maintenance status of equipment, derived on the server from its rules, its records and the date. */
export type MaintenanceStatus =
  /** An obligation falls due soon (within a fifth of its interval, 1-30 days). */
  | 'DUE_SOON'
  /** Every obligation met, none due soon. */
  | 'OK'
  /** An obligation is past its due date. */
  | 'OVERDUE';

/** What a notification is about. Each module declares its kinds; `title` and `body` are rendered from the kind and its `params` in the reader’s language. */
export type NotificationKind =
  /** Equipment became overdue for maintenance; told once per overdue episode to the staff of the property companies serving its estate. */
  | 'EQUIPMENT_OVERDUE'
  /** A burst of similar tickets in a community became a hot topic; told once to the community’s staff and the street’s administrators (not again as it grows). */
  | 'HOT_TOPIC_RAISED'
  /** A meeting gave an organisation an action item; told to its staff. */
  | 'MEETING_ACTION_ASSIGNED'
  /** An action item is past due; told once to the owner organisation’s staff. */
  | 'MEETING_ACTION_OVERDUE'
  /** A meeting was cancelled; told to every party and registered resident, with the reason. */
  | 'MEETING_CANCELLED'
  /** Invited to a meeting; told to the person, or to the staff of the invited organisation. */
  | 'MEETING_INVITED'
  /** The day before a meeting; told to every party and registered resident. */
  | 'MEETING_REMINDER'
  /** An assignment was not acknowledged (签收) within the community’s working hours; told once to the organisation’s staff. */
  | 'TICKET_ACK_OVERDUE'
  /** A matter was accepted and assigned; told to the staff of the organisations made responsible. */
  | 'TICKET_ASSIGNED'
  /** A matter is an emergency (raised as one, or marked by staff); told at once to every staff member of the community and the staff of its handlers. */
  | 'TICKET_EMERGENCY'
  /** A matter was escalated to a street department; told to the submitter and followers. */
  | 'TICKET_ESCALATED'
  /** The street answered an escalation; told to the submitter and followers. */
  | 'TICKET_ESCALATION_ANSWERED'
  /** A ticket the resident follows on the public board has a reply (or the street’s answer). */
  | 'TICKET_FOLLOWED_REPLIED'
  /** A ticket the resident follows on the public board was resolved. */
  | 'TICKET_FOLLOWED_RESOLVED'
  /** A matter was referred to a roundtable meeting; told to the submitter and followers. */
  | 'TICKET_IN_MEETING'
  /** A matter was merged into another (the subject); told to its submitter. */
  | 'TICKET_MERGED'
  /** A reply obligation is due today or the next working day; told to its organisation and community staff. */
  | 'TICKET_NEAR_DUE'
  /** A resident raised a matter; told to the community’s staff. */
  | 'TICKET_NEW'
  /** A reply obligation is past its deadline; told to its organisation and community staff. */
  | 'TICKET_OVERDUE'
  /** The resident rated the handling; told to community staff and the assigned organisations. */
  | 'TICKET_RATED'
  /** A matter was not accepted; told to its submitter and followers, with the reason. */
  | 'TICKET_REJECTED'
  /** The resident reopened a resolved matter; told to community staff and the assigned organisations. */
  | 'TICKET_REOPENED'
  /** Staff replied; told to the submitter and followers. */
  | 'TICKET_REPLIED'
  /** A matter was resolved; told to the submitter and followers. */
  | 'TICKET_RESOLVED'
  /** Street or community staff issued a supervision notice (督办) on an assignment; told to its organisation’s staff. */
  | 'TICKET_SUPERVISED'
  /** A matter is still waiting for triage past its deadline; told to the community’s staff. */
  | 'TICKET_TRIAGE_OVERDUE'
  /** Staff approved a pending booking; told to its requester. */
  | 'VENUE_BOOKING_APPROVED'
  /** Staff cancelled a booking; told to its requester, with the reason. */
  | 'VENUE_BOOKING_CANCELLED'
  /** A pending booking was not decided in time and released its slots; told to its requester. */
  | 'VENUE_BOOKING_EXPIRED'
  /** An approved booking was not checked in within the grace period; told to its requester. */
  | 'VENUE_BOOKING_NO_SHOW'
  /** Staff rejected a pending booking; told to its requester, with the reason. */
  | 'VENUE_BOOKING_REJECTED'
  /** An approved booking starts within two hours; told to its requester. */
  | 'VENUE_BOOKING_REMINDER'
  /** An owners’ vote closed and its result is frozen; told to the owners of its roll. */
  | 'VOTE_CLOSED'
  /** An owners’ vote opened; told to the owners of its roll who have an account. */
  | 'VOTE_OPENED'
  /** A reminder to an owner of the roll who has not voted yet (sent by the organiser). */
  | 'VOTE_REMINDER'
  /** A webhook subscription was paused because its receiver kept failing; told to the staff of the owner organisation and to whoever created it. */
  | 'WEBHOOK_PAUSED';

/** Rate the outcome of a resolved ticket. */
export type RateTicketInput = {
  /** Comment, up to 500 characters. */
  comment?: string | null | undefined;
  /** Score, 1 to 5. */
  score: number;
  /** The ticket. */
  ticketId: string | number;
};

/** Exchange a refresh token for new tokens. */
export type RefreshSessionInput = {
  /** The latest refresh token of the session. */
  refreshToken: string;
};

/** Self-registration of a resident. */
export type RegisterResidentInput = {
  /** Name to show, 1 to 30 characters. */
  displayName: string;
  /** Password: at least 8 characters with a letter and a digit, at most 72. Optional: without one the account signs in by SMS code (or WeChat) until a password is set with `resetPasswordWithSmsCode`. */
  password?: string | null | undefined;
  /** Mainland mobile number, 11 digits; the login. */
  phone: string;
  /** The code sent by `requestSmsCode(phone, REGISTER)`: proves the phone is yours (6 digits, valid 5 minutes). */
  smsCode: string;
};

/** Reopen a resolved ticket. */
export type ReopenTicketInput = {
  /** Why it is not resolved, 2 to 1000 characters. */
  reason: string;
  /** The ticket. */
  ticketId: string | number;
};

/** Ask to be bound to a household; community staff verify it. */
export type RequestHouseholdBindingInput = {
  /** The building (find it with `estateDirectory` and `buildingDirectory`). */
  buildingId: string | number;
  /** How you relate to the household. */
  relation: HouseholdRelation;
  /** Room number as on the door, e.g. 502. */
  room: string;
  /** Unit, e.g. 1单元 (empty when the building has none). */
  unit?: string;
};

/** Ask for an SMS one-time code. */
export type RequestSmsCodeInput = {
  /** Mainland mobile number, 11 digits. */
  phone: string;
  /** What the code will be used for; it works for nothing else. */
  purpose: SmsPurpose;
};

/** What an SMS code is for; a code works only for its purpose. */
export type SmsPurpose =
  /** Prove the phone of a WeChat sign-in (`linkWechatPhone`). */
  | 'LINK_PHONE'
  /** Sign in (`loginWithSmsCode`). */
  | 'LOGIN'
  /** Register a new resident account (`registerResident`). */
  | 'REGISTER'
  /** Set a new password (`resetPasswordWithSmsCode`). */
  | 'RESET_PASSWORD';

/** A new matter (我要说事). */
export type SubmitTicketInput = {
  /** Hide the submitter from other residents. */
  anonymous?: boolean;
  /** What happened, 5 to 2000 characters. */
  body: string;
  /** Building it concerns. */
  buildingId?: string | number | null | undefined;
  /** Category (see `ticketCategories`). */
  categoryId: string | number;
  /** Community it concerns, when no estate is given (defaults to the category’s community). */
  communityId?: string | number | null | undefined;
  /** Estate it concerns (defaults to nothing; needed for routing to a property company). */
  estateId?: string | number | null | undefined;
  /** Client-chosen key (8-64 letters, digits, - or _): a retried submit with the same key returns the first ticket. */
  idempotencyKey: string;
  /** Free-text place, e.g. 博学路与金城路交叉口. */
  locationText?: string | null | undefined;
  /** Photos uploaded with `POST /files` (at most 9). */
  photoFileIds?: Array<string | number>;
  /** Title, 2 to 100 characters. */
  title: string;
};

/** Kinds of timeline event. */
export type TicketEventType =
  /** Staff accepted it and routed it. */
  | 'ACCEPTED'
  /** A responsible organisation acknowledged its assignment (签收; staff only). */
  | 'ACKNOWLEDGED'
  /** Closed by itself: resolved, not rated and not called back within the community’s days (counts as not rated). */
  | 'AUTO_CLOSED'
  /** Staff recorded a follow-up call (回访) to a resident who did not rate. */
  | 'CALLED_BACK'
  /** Reported up to a street department. */
  | 'ESCALATED'
  /** The street department acknowledged the escalation (签收). */
  | 'ESCALATION_ACKNOWLEDGED'
  /** The department's answer, posted to the resident. */
  | 'ESCALATION_ANSWERED'
  /** What the round-table meeting decided on it (public). */
  | 'MEETING_DECIDED'
  /** Put on the agenda of a round-table meeting; the note names the meeting and its time. */
  | 'MEETING_SCHEDULED'
  /** Merged into another ticket as a duplicate. */
  | 'MERGED'
  /** An internal note (staff only). */
  | 'NOTE'
  /** Staff changed its priority; the note gives the change and the reason (staff only). */
  | 'PRIORITY_CHANGED'
  /** The resident rated the outcome. */
  | 'RATED'
  /** Responsible organisations changed. */
  | 'REASSIGNED'
  /** Referred to a round-table meeting (圆桌会). */
  | 'REFERRED_TO_MEETING'
  /** Staff rejected it as invalid. */
  | 'REJECTED'
  /** The resident reopened it after resolution. */
  | 'REOPENED'
  /** A public answer to the resident. */
  | 'REPLIED'
  /** Resolved (完结), with the resolution. */
  | 'RESOLVED'
  /** Sent back to its handlers by a meeting, with a new reply deadline. */
  | 'RETURNED_FROM_MEETING'
  /** The resident raised the matter. */
  | 'SUBMITTED'
  /** A supervision notice (督办) on an assignment: the note and the new due date (staff only). */
  | 'SUPERVISED'
  /** The resident withdrew it. */
  | 'WITHDRAWN';

/** Where a ticket is in its lifecycle. */
export type TicketState =
  /** 已受理 — valid, routed to responsible organisations, reply clock running. */
  | 'ACCEPTED'
  /** 已上报 — sent to a street department; waiting for its answer. */
  | 'ESCALATED'
  /** 圆桌会 — put on a round-table meeting agenda. */
  | 'IN_MEETING'
  /** 已合并 — a duplicate; follows its primary ticket. */
  | 'MERGED'
  /** 不予受理 — invalid, with a reason; not counted as valid. */
  | 'REJECTED'
  /** 已答复 — the resident has had an answer. */
  | 'REPLIED'
  /** 已完结 — resolved; the resident may rate or reopen. */
  | 'RESOLVED'
  /** 已提交 — waiting for triage by community staff. */
  | 'SUBMITTED'
  /** 已撤回 — withdrawn by the resident. */
  | 'WITHDRAWN';

/** Withdraw an own ticket. */
export type WithdrawTicketInput = {
  /** Why, optional. */
  reason?: string | null | undefined;
  /** The ticket. */
  ticketId: string | number;
};

export type ResidentRequestSmsCodeMutationVariables = Exact<{
  input: RequestSmsCodeInput;
}>;


export type ResidentRequestSmsCodeMutation = { requestSmsCode: { sent: boolean, expiresInSeconds: number, resendAfterSeconds: number } };

export type ResidentLoginWithSmsCodeMutationVariables = Exact<{
  input: LoginWithSmsCodeInput;
}>;


export type ResidentLoginWithSmsCodeMutation = { loginWithSmsCode: { accessToken: string, refreshToken: string, user: { id: string, displayName: string } } };

export type ResidentRegisterMutationVariables = Exact<{
  input: RegisterResidentInput;
}>;


export type ResidentRegisterMutation = { registerResident: { accessToken: string, refreshToken: string, user: { id: string, displayName: string } } };

export type ResidentRefreshSessionMutationVariables = Exact<{
  input: RefreshSessionInput;
}>;


export type ResidentRefreshSessionMutation = { refreshSession: { accessToken: string, refreshToken: string } };

export type ResidentLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type ResidentLogoutMutation = { logout: { ok: boolean } };

export type ResidentMyHomeQueryVariables = Exact<{ [key: string]: never; }>;


export type ResidentMyHomeQuery = { me: { id: string, displayName: string, phone: string }, myHouseholdBindings: Array<{ id: string, status: BindingStatus, relation: HouseholdRelation, reason: string | null, createdAt: string, household: { id: string, label: string, unit: string, room: string, building: { id: string, name: string } }, estate: { id: string, name: string, community: { id: string, name: string } } }> };

export type ResidentEstateDirectoryQueryVariables = Exact<{
  search?: string | null | undefined;
  first: number;
}>;


export type ResidentEstateDirectoryQuery = { estateDirectory: { edges: Array<{ node: { id: string, name: string, address: string | null, community: { id: string, name: string } } }> } };

export type ResidentBuildingDirectoryQueryVariables = Exact<{
  estateId: string | number;
  first: number;
}>;


export type ResidentBuildingDirectoryQuery = { buildingDirectory: { edges: Array<{ node: { id: string, name: string } }> } };

export type ResidentRequestHouseholdBindingMutationVariables = Exact<{
  input: RequestHouseholdBindingInput;
}>;


export type ResidentRequestHouseholdBindingMutation = { requestHouseholdBinding: { binding: { id: string, status: BindingStatus } } };

export type ResidentTicketCategoriesQueryVariables = Exact<{
  communityId: string | number;
}>;


export type ResidentTicketCategoriesQuery = { ticketCategories: Array<{ id: string, nameZh: string, nameEn: string, parentId: string | null }> };

export type ResidentSubmitTicketMutationVariables = Exact<{
  input: SubmitTicketInput;
}>;


export type ResidentSubmitTicketMutation = { submitTicket: { ticket: { id: string, number: string, state: TicketState } } };

export type ResidentMyTicketsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type ResidentMyTicketsQuery = { myTickets: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, number: string, title: string, state: TicketState, createdAt: string, rating: number | null, replyDeadline: { dueAt: string, isOverdue: boolean, workingDaysLeft: number } | null, resolveDeadline: { dueAt: string, isOverdue: boolean, workingDaysLeft: number } | null } }> } };

export type ResidentTicketQueryVariables = Exact<{
  id: string | number;
}>;


export type ResidentTicketQuery = { ticket: { id: string, number: string, title: string, body: string, state: TicketState, anonymous: boolean, locationText: string | null, createdAt: string, rating: number | null, ratingComment: string | null, version: number, category: { id: string, nameZh: string, nameEn: string }, estate: { id: string, name: string } | null, building: { id: string, name: string } | null, photos: Array<{ id: string, url: string }>, replyDeadline: { dueAt: string, isOverdue: boolean, workingDaysLeft: number } | null, resolveDeadline: { dueAt: string, isOverdue: boolean, workingDaysLeft: number } | null, viewerCan: { rate: boolean, reopen: boolean, withdraw: boolean }, timeline: { edges: Array<{ node: { id: string, type: TicketEventType, createdAt: string, note: string | null, toState: TicketState | null, actorName: string | null, organisation: { id: string, name: string } | null } }> } } };

export type ResidentRateTicketMutationVariables = Exact<{
  input: RateTicketInput;
}>;


export type ResidentRateTicketMutation = { rateTicket: { ticket: { id: string, state: TicketState, rating: number | null } } };

export type ResidentReopenTicketMutationVariables = Exact<{
  input: ReopenTicketInput;
}>;


export type ResidentReopenTicketMutation = { reopenTicket: { ticket: { id: string, state: TicketState } } };

export type ResidentWithdrawTicketMutationVariables = Exact<{
  input: WithdrawTicketInput;
}>;


export type ResidentWithdrawTicketMutation = { withdrawTicket: { ticket: { id: string, state: TicketState } } };

export type ResidentNotificationAddedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ResidentNotificationAddedSubscription = { notificationAdded: { id: string, kind: NotificationKind, title: string, createdAt: string, subject: { type: string, id: string } | null } };

export type ResidentEquipmentRegisterQueryVariables = Exact<{
  estateId: string | number;
  first: number;
}>;


export type ResidentEquipmentRegisterQuery = { equipmentRegister: { edges: Array<{ node: { id: string, name: string, kind: EquipmentKind, buildingId: string | null, registrationNo: string, maintenanceStatus: MaintenanceStatus, nextDueOn: string | null } }> } };

export type ResidentMaintenanceRecordsQueryVariables = Exact<{
  equipmentId: string | number;
  first: number;
}>;


export type ResidentMaintenanceRecordsQuery = { maintenanceRecords: { edges: Array<{ node: { id: string, kind: MaintenanceKind, performedOn: string, contractor: string, result: MaintenanceResult, defects: string | null, fix: string | null, nextDueOn: string | null } }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const ResidentRequestSmsCodeDocument = new TypedDocumentString(`
    mutation ResidentRequestSmsCode($input: RequestSmsCodeInput!) {
  requestSmsCode(input: $input) {
    sent
    expiresInSeconds
    resendAfterSeconds
  }
}
    `, {"hash":"sha256:e8cc17177fb460e635347d415173955dd752e944b2fa06cf9bc2dc735cc9e848"}) as unknown as TypedDocumentString<ResidentRequestSmsCodeMutation, ResidentRequestSmsCodeMutationVariables>;
export const ResidentLoginWithSmsCodeDocument = new TypedDocumentString(`
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
    `, {"hash":"sha256:9585612d618e8d17e380dafbf626c454ca36f31e073407ee71ed61a1231a25a3"}) as unknown as TypedDocumentString<ResidentLoginWithSmsCodeMutation, ResidentLoginWithSmsCodeMutationVariables>;
export const ResidentRegisterDocument = new TypedDocumentString(`
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
    `, {"hash":"sha256:44889b8bac3f372dfc79fad383d278d2c4f449c074398b9beb61643c67454877"}) as unknown as TypedDocumentString<ResidentRegisterMutation, ResidentRegisterMutationVariables>;
export const ResidentRefreshSessionDocument = new TypedDocumentString(`
    mutation ResidentRefreshSession($input: RefreshSessionInput!) {
  refreshSession(input: $input) {
    accessToken
    refreshToken
  }
}
    `, {"hash":"sha256:ffe48946c27af22886dd8d1b319bb2da42125f9787812400b92e880bcc2effb4"}) as unknown as TypedDocumentString<ResidentRefreshSessionMutation, ResidentRefreshSessionMutationVariables>;
export const ResidentLogoutDocument = new TypedDocumentString(`
    mutation ResidentLogout {
  logout {
    ok
  }
}
    `, {"hash":"sha256:625683f997cf2215faa52948f02a56da2c59cc1c5003dda20efdf8e343ba3186"}) as unknown as TypedDocumentString<ResidentLogoutMutation, ResidentLogoutMutationVariables>;
export const ResidentMyHomeDocument = new TypedDocumentString(`
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
    `, {"hash":"sha256:b82aaac95d063e0d825f371ff9e2aeaa6116769ea667fa66701661820c8b6228"}) as unknown as TypedDocumentString<ResidentMyHomeQuery, ResidentMyHomeQueryVariables>;
export const ResidentEstateDirectoryDocument = new TypedDocumentString(`
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
    `, {"hash":"sha256:9ecb7581a0a65f5ef9e468f8de75dff13ea650c51fc8912a6ad5f156fbd8350c"}) as unknown as TypedDocumentString<ResidentEstateDirectoryQuery, ResidentEstateDirectoryQueryVariables>;
export const ResidentBuildingDirectoryDocument = new TypedDocumentString(`
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
    `, {"hash":"sha256:1f26c7153b6cc7c0a4e7207381b65a720b14b8a1b713aa9d188d47d9ab65f6bc"}) as unknown as TypedDocumentString<ResidentBuildingDirectoryQuery, ResidentBuildingDirectoryQueryVariables>;
export const ResidentRequestHouseholdBindingDocument = new TypedDocumentString(`
    mutation ResidentRequestHouseholdBinding($input: RequestHouseholdBindingInput!) {
  requestHouseholdBinding(input: $input) {
    binding {
      id
      status
    }
  }
}
    `, {"hash":"sha256:b848db17ae013e2da5e3ee594e35c4cc0e71d9dca8884cea6cb83a54d2211c61"}) as unknown as TypedDocumentString<ResidentRequestHouseholdBindingMutation, ResidentRequestHouseholdBindingMutationVariables>;
export const ResidentTicketCategoriesDocument = new TypedDocumentString(`
    query ResidentTicketCategories($communityId: ID!) {
  ticketCategories(communityId: $communityId) {
    id
    nameZh
    nameEn
    parentId
  }
}
    `, {"hash":"sha256:4cc7703bf5946f0890a4285e7977020721da22ef3b5b94056272f050b40a1fd8"}) as unknown as TypedDocumentString<ResidentTicketCategoriesQuery, ResidentTicketCategoriesQueryVariables>;
export const ResidentSubmitTicketDocument = new TypedDocumentString(`
    mutation ResidentSubmitTicket($input: SubmitTicketInput!) {
  submitTicket(input: $input) {
    ticket {
      id
      number
      state
    }
  }
}
    `, {"hash":"sha256:901f059beb2eddfefc4bd4118787d37862f16d53dfd657265eecb36f96cfbb46"}) as unknown as TypedDocumentString<ResidentSubmitTicketMutation, ResidentSubmitTicketMutationVariables>;
export const ResidentMyTicketsDocument = new TypedDocumentString(`
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
    `, {"hash":"sha256:bfc22010d72c8f5c7b9f30881622d7be6dc3f43ee3a6d4b4a72fbeecfccb71ba"}) as unknown as TypedDocumentString<ResidentMyTicketsQuery, ResidentMyTicketsQueryVariables>;
export const ResidentTicketDocument = new TypedDocumentString(`
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
    `, {"hash":"sha256:ebfa857c4e52e2b1aba6fc8759af4c91eb4411bdc148feaaec00953e5719a10a"}) as unknown as TypedDocumentString<ResidentTicketQuery, ResidentTicketQueryVariables>;
export const ResidentRateTicketDocument = new TypedDocumentString(`
    mutation ResidentRateTicket($input: RateTicketInput!) {
  rateTicket(input: $input) {
    ticket {
      id
      state
      rating
    }
  }
}
    `, {"hash":"sha256:760f3b2bfe2068e5efe240db25ccb2b2e5523c505fb121c25e431f7ffa57b5af"}) as unknown as TypedDocumentString<ResidentRateTicketMutation, ResidentRateTicketMutationVariables>;
export const ResidentReopenTicketDocument = new TypedDocumentString(`
    mutation ResidentReopenTicket($input: ReopenTicketInput!) {
  reopenTicket(input: $input) {
    ticket {
      id
      state
    }
  }
}
    `, {"hash":"sha256:dd3213216c3f687e11e6190b0f8e698594cb0ba60380b965b1bee2f1d8ddf05f"}) as unknown as TypedDocumentString<ResidentReopenTicketMutation, ResidentReopenTicketMutationVariables>;
export const ResidentWithdrawTicketDocument = new TypedDocumentString(`
    mutation ResidentWithdrawTicket($input: WithdrawTicketInput!) {
  withdrawTicket(input: $input) {
    ticket {
      id
      state
    }
  }
}
    `, {"hash":"sha256:159e283701823b3c34e2755e221bb7f0a937a95d4af8ef12aae86a0ad88381b0"}) as unknown as TypedDocumentString<ResidentWithdrawTicketMutation, ResidentWithdrawTicketMutationVariables>;
export const ResidentNotificationAddedDocument = new TypedDocumentString(`
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
    `, {"hash":"sha256:15d842ff4412d30ea7a292622b6bfdcf9cbe1c410d0a645a0cadcb9563cfd9eb"}) as unknown as TypedDocumentString<ResidentNotificationAddedSubscription, ResidentNotificationAddedSubscriptionVariables>;
export const ResidentEquipmentRegisterDocument = new TypedDocumentString(`
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
    `, {"hash":"sha256:717163a8f6e3eae85759b508354ad90130740d1472df922b64dc44f2599469fe"}) as unknown as TypedDocumentString<ResidentEquipmentRegisterQuery, ResidentEquipmentRegisterQueryVariables>;
export const ResidentMaintenanceRecordsDocument = new TypedDocumentString(`
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
    `, {"hash":"sha256:3aee186d5e386793f31c375ea426187af9453f705e866c03c85db13739ef5ad7"}) as unknown as TypedDocumentString<ResidentMaintenanceRecordsQuery, ResidentMaintenanceRecordsQueryVariables>;