export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
};

/** Approve a pending household binding. */
export type ApproveHouseholdBindingInput = {
  /** The binding. */
  bindingId: Scalars['ID']['input'];
};

/** A page of audit log entrys. */
export type AuditLogConnection = {
  __typename?: 'AuditLogConnection';
  /** The items of this page. */
  edges: Array<AuditLogEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items in the whole list (with the same filters). */
  totalCount: Scalars['Int']['output'];
};

/** One audit log entry in a page, with its cursor. */
export type AuditLogEdge = {
  __typename?: 'AuditLogEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The audit log entry. */
  node: AuditLogEntry;
};

/** One staff action, as the audit log keeps it. */
export type AuditLogEntry = {
  __typename?: 'AuditLogEntry';
  /** Who acted (phone masked). */
  actor: Maybe<User>;
  /** Role the actor acted as (null for self-service actions). */
  actorRole: Maybe<Scalars['String']['output']>;
  /** When it happened. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** What was done, e.g. `household.binding.approve`, `user.phone.reveal`. */
  operation: Scalars['String']['output'];
  /** Request id, to match server logs. */
  requestId: Maybe<Scalars['String']['output']>;
  /** Scope node of that role. */
  scopeId: Maybe<Scalars['ID']['output']>;
  /** Kind of scope of that role. */
  scopeKind: Maybe<Scalars['String']['output']>;
  /** JSON summary of the change (no secrets). */
  summary: Scalars['String']['output'];
  /** Id of the record acted on. */
  targetId: Maybe<Scalars['ID']['output']>;
  /** Kind of record acted on, e.g. HouseholdBinding. */
  targetType: Scalars['String']['output'];
};

/** Tokens of a new or refreshed session. */
export type AuthPayload = {
  __typename?: 'AuthPayload';
  /** Bearer token for the `Authorization` header; lives at most 15 minutes. */
  accessToken: Scalars['String']['output'];
  /** When the access token expires. */
  accessTokenExpiresAt: Scalars['DateTimeISO']['output'];
  /** Single-use token for `refreshSession`. Each use returns a new one; reusing an old one ends the session. */
  refreshToken: Scalars['String']['output'];
  /** When the refresh token expires. */
  refreshTokenExpiresAt: Scalars['DateTimeISO']['output'];
  /** The signed-in user. */
  user: User;
};

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

/** What the viewer may do with a household binding. */
export type BindingViewerCan = {
  __typename?: 'BindingViewerCan';
  /** May approve the binding. */
  approve: Scalars['Boolean']['output'];
  /** May reject the binding. */
  reject: Scalars['Boolean']['output'];
};

/** 楼栋 — a building of an estate. */
export type Building = {
  __typename?: 'Building';
  /** When archived; null while active. */
  archivedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** When the record was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The estate of the building. */
  estate: Estate;
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** Name, e.g. 3幢. */
  name: Scalars['String']['output'];
  /** What the viewer may do with this building. */
  viewerCan: TreeNodeViewerCan;
};

/** A page of buildings. */
export type BuildingConnection = {
  __typename?: 'BuildingConnection';
  /** The items of this page. */
  edges: Array<BuildingEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items in the whole list (with the same filters). */
  totalCount: Scalars['Int']['output'];
};

/** One building in a page, with its cursor. */
export type BuildingEdge = {
  __typename?: 'BuildingEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The building. */
  node: Building;
};

/** Result of a mutation on a building. */
export type BuildingPayload = {
  __typename?: 'BuildingPayload';
  /** The building as it is after the mutation. */
  building: Building;
};

/** Change the own password; every other session ends. */
export type ChangePasswordInput = {
  /** The current password. */
  currentPassword: Scalars['String']['input'];
  /** The new password: at least 8 characters with a letter and a digit. */
  newPassword: Scalars['String']['input'];
};

/** 社区 — a community of a street. */
export type Community = {
  __typename?: 'Community';
  /** Address of the community office. */
  address: Maybe<Scalars['String']['output']>;
  /** When archived; null while active. */
  archivedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** When the record was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** Name, e.g. 博学路社区. */
  name: Scalars['String']['output'];
  /** The street of the community. */
  street: Street;
  /** What the viewer may do with this community. */
  viewerCan: TreeNodeViewerCan;
};

/** A page of communitys. */
export type CommunityConnection = {
  __typename?: 'CommunityConnection';
  /** The items of this page. */
  edges: Array<CommunityEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items in the whole list (with the same filters). */
  totalCount: Scalars['Int']['output'];
};

/** One community in a page, with its cursor. */
export type CommunityEdge = {
  __typename?: 'CommunityEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The community. */
  node: Community;
};

/** Result of a mutation on a community. */
export type CommunityPayload = {
  __typename?: 'CommunityPayload';
  /** The community as it is after the mutation. */
  community: Community;
};

/** A new building in an estate. */
export type CreateBuildingInput = {
  /** The estate it belongs to. */
  estateId: Scalars['ID']['input'];
  /** Name, e.g. 3幢 (1 to 50 characters). */
  name: Scalars['String']['input'];
};

/** A new community in a street. */
export type CreateCommunityInput = {
  /** Address of the community office. */
  address?: InputMaybe<Scalars['String']['input']>;
  /** Name, 1 to 100 characters. */
  name: Scalars['String']['input'];
  /** The street it belongs to. */
  streetId: Scalars['ID']['input'];
};

/** A new estate in a community. */
export type CreateEstateInput = {
  /** Street address. */
  address?: InputMaybe<Scalars['String']['input']>;
  /** The community it belongs to. */
  communityId: Scalars['ID']['input'];
  /** Name, 1 to 100 characters. */
  name: Scalars['String']['input'];
};

/** A new household (dwelling) in a building. */
export type CreateHouseholdInput = {
  /** The building it is in. */
  buildingId: Scalars['ID']['input'];
  /** Room number, e.g. 502 (1 to 20 letters, digits or -). */
  room: Scalars['String']['input'];
  /** Unit (单元), e.g. 1单元; empty when none (0 to 20 characters). */
  unit: Scalars['String']['input'];
};

/** A new organisation. Which place ids are needed depends on the kind. */
export type CreateOrganisationInput = {
  /** Community, for community office, party branch, social organisation. */
  communityId?: InputMaybe<Scalars['ID']['input']>;
  /** Public contact (office phone or address). */
  contact?: InputMaybe<Scalars['String']['input']>;
  /** Estate, for an owners' committee. */
  estateId?: InputMaybe<Scalars['ID']['input']>;
  /** Kind of organisation. */
  kind: OrganisationKind;
  /** Name, 1 to 100 characters. */
  name: Scalars['String']['input'];
  /** Street, for street-level kinds (department, property company). */
  streetId?: InputMaybe<Scalars['ID']['input']>;
};

/** A new street. */
export type CreateStreetInput = {
  /** District and city, e.g. 杭州市萧山区. */
  district: Scalars['String']['input'];
  /** Name, 1 to 100 characters. */
  name: Scalars['String']['input'];
};

/** 小区 — a residential estate of a community. */
export type Estate = {
  __typename?: 'Estate';
  /** Street address. */
  address: Maybe<Scalars['String']['output']>;
  /** When archived; null while active. */
  archivedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** The community of the estate. */
  community: Community;
  /** When the record was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** Name, e.g. 天钜银河府. */
  name: Scalars['String']['output'];
  /** What the viewer may do with this estate. */
  viewerCan: TreeNodeViewerCan;
};

/** A page of estates. */
export type EstateConnection = {
  __typename?: 'EstateConnection';
  /** The items of this page. */
  edges: Array<EstateEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items in the whole list (with the same filters). */
  totalCount: Scalars['Int']['output'];
};

/** One estate in a page, with its cursor. */
export type EstateEdge = {
  __typename?: 'EstateEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The estate. */
  node: Estate;
};

/** Result of a mutation on a estate. */
export type EstatePayload = {
  __typename?: 'EstatePayload';
  /** The estate as it is after the mutation. */
  estate: Estate;
};

/** Grant a role in a scope. */
export type GrantMembershipInput = {
  /** The role. */
  role: Role;
  /** The scope node (omit for SYSTEM). */
  scopeId?: InputMaybe<Scalars['ID']['input']>;
  /** Kind of scope node; must fit the role. */
  scopeKind: ScopeKind;
  /** The user. */
  userId: Scalars['ID']['input'];
};

/** 户 — a dwelling in a building. The room number is personal data. */
export type Household = {
  __typename?: 'Household';
  /** When archived; null while active. */
  archivedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** The building of the household. */
  building: Building;
  /** When the record was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The estate of the household. */
  estate: Estate;
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** Building, unit and room in one line, e.g. 3幢1单元502 (room masked as in `room`). */
  label: Scalars['String']['output'];
  /** Room number (室). Masked (e.g. 5**) unless the viewer’s role needs it. */
  room: Scalars['String']['output'];
  /** Unit (单元), e.g. 1单元; empty when the building has none. */
  unit: Scalars['String']['output'];
  /** What the viewer may do with this household. */
  viewerCan: TreeNodeViewerCan;
};

/** A resident's request to be bound to a household, and its verification. */
export type HouseholdBinding = {
  __typename?: 'HouseholdBinding';
  /** When the resident asked. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The estate of the household. */
  estate: Estate;
  /** The household (room masked unless the viewer’s role needs it). */
  household: Household;
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** Reason given when rejected or revoked. */
  reason: Maybe<Scalars['String']['output']>;
  /** How the resident relates to the household. */
  relation: HouseholdRelation;
  /** When staff decided. */
  reviewedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Verification state. */
  status: BindingStatus;
  /** The resident who asked. */
  user: User;
  /** What the viewer may do with this binding. */
  viewerCan: BindingViewerCan;
};

/** A page of household bindings. */
export type HouseholdBindingConnection = {
  __typename?: 'HouseholdBindingConnection';
  /** The items of this page. */
  edges: Array<HouseholdBindingEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items in the whole list (with the same filters). */
  totalCount: Scalars['Int']['output'];
};

/** One household binding in a page, with its cursor. */
export type HouseholdBindingEdge = {
  __typename?: 'HouseholdBindingEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The household binding. */
  node: HouseholdBinding;
};

/** Result of a mutation on a household binding. */
export type HouseholdBindingPayload = {
  __typename?: 'HouseholdBindingPayload';
  /** The household binding as it is after the mutation. */
  binding: HouseholdBinding;
};

/** A page of households. */
export type HouseholdConnection = {
  __typename?: 'HouseholdConnection';
  /** The items of this page. */
  edges: Array<HouseholdEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items in the whole list (with the same filters). */
  totalCount: Scalars['Int']['output'];
};

/** One household in a page, with its cursor. */
export type HouseholdEdge = {
  __typename?: 'HouseholdEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The household. */
  node: Household;
};

/** Result of a mutation on a household. */
export type HouseholdPayload = {
  __typename?: 'HouseholdPayload';
  /** The household as it is after the mutation. */
  household: Household;
};

/** How a resident relates to a household. */
export type HouseholdRelation =
  /** 家庭成员 — family member of the owner or tenant. */
  | 'FAMILY'
  /** 业主 — owner. */
  | 'OWNER'
  /** 租户 — tenant. */
  | 'TENANT';

/** Sign-in with phone and password. */
export type LoginInput = {
  /** Password. */
  password: Scalars['String']['input'];
  /** Mobile number. */
  phone: Scalars['String']['input'];
};

/** Result of `logout`. */
export type LogoutPayload = {
  __typename?: 'LogoutPayload';
  /** True once the session is ended. */
  ok: Scalars['Boolean']['output'];
};

/** A role held in a scope: user × role × scope node. */
export type Membership = {
  __typename?: 'Membership';
  /** Community of the scope, when it has one. */
  community: Maybe<Community>;
  /** When the membership was granted. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** Organisation of the scope, for ORGANISATION scopes. */
  organisation: Maybe<Organisation>;
  /** When it was revoked; null while active. */
  revokedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** The role. */
  role: Role;
  /** Id of the scope node (null for SYSTEM). */
  scopeId: Maybe<Scalars['ID']['output']>;
  /** Kind of the scope node. */
  scopeKind: ScopeKind;
  /** Name of the scope node, e.g. 博学路社区 or 绿城物业服务集团. */
  scopeName: Scalars['String']['output'];
  /** Street of the scope. */
  street: Maybe<Street>;
};

/** Result of a mutation on a membership. */
export type MembershipPayload = {
  __typename?: 'MembershipPayload';
  /** The membership as it is after the mutation. */
  membership: Membership;
};

/** Write operations. Each takes one `input` and returns a payload. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Approve a pending binding; the resident becomes a RESIDENT of the community. */
  approveHouseholdBinding: HouseholdBindingPayload;
  /** Change the own password. Ends every session; returns tokens of a new one. */
  changePassword: AuthPayload;
  /** Create a building in an estate. */
  createBuilding: BuildingPayload;
  /** Create a community in a street (street administrators). */
  createCommunity: CommunityPayload;
  /** Create an estate in a community. */
  createEstate: EstatePayload;
  /** Create a household in a building. */
  createHousehold: HouseholdPayload;
  /** Create an organisation at a place of the viewer’s scope. */
  createOrganisation: OrganisationPayload;
  /** Create a street (system administrators). */
  createStreet: StreetPayload;
  /** Grant a role in a scope inside the viewer’s own scope. */
  grantMembership: MembershipPayload;
  /** Sign in. INVALID_CREDENTIALS on a wrong phone or password; after repeated failures TOO_MANY_ATTEMPTS (wait `retryAfterSeconds`) and then ACCOUNT_LOCKED. Public. */
  login: AuthPayload;
  /** End the current session (its refresh tokens and access tokens). */
  logout: LogoutPayload;
  /** New tokens for a refresh token (which is then used up). Reusing a used token ends the session: SESSION_REVOKED. Public. */
  refreshSession: AuthPayload;
  /** Register as a resident and sign in. PHONE_TAKEN when the number is registered. Public. */
  registerResident: AuthPayload;
  /** Reject a pending binding, or revoke an approved one, with a reason. */
  rejectHouseholdBinding: HouseholdBindingPayload;
  /** Ask to be bound to a household; community staff verify it. */
  requestHouseholdBinding: HouseholdBindingPayload;
  /** Show a user’s phone number in full. Each reveal is written to the audit log. */
  revealUserPhone: RevealPhonePayload;
  /** Revoke a membership inside the viewer’s own scope. */
  revokeMembership: MembershipPayload;
  /** Set the estates a property company serves. */
  setOrganisationEstates: OrganisationPayload;
  /** Disable (ending every session) or enable an account. */
  setUserDisabled: UserPayload;
  /** Rename, archive or restore a building. */
  updateBuilding: BuildingPayload;
  /** Rename, edit, archive or restore a community. */
  updateCommunity: CommunityPayload;
  /** Rename, edit, archive or restore an estate. */
  updateEstate: EstatePayload;
  /** Edit, archive or restore a household. */
  updateHousehold: HouseholdPayload;
  /** Rename, edit, archive or restore an organisation. */
  updateOrganisation: OrganisationPayload;
  /** Rename, edit, archive or restore a street. */
  updateStreet: StreetPayload;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationApproveHouseholdBindingArgs = {
  input: ApproveHouseholdBindingInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationChangePasswordArgs = {
  input: ChangePasswordInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationCreateBuildingArgs = {
  input: CreateBuildingInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationCreateCommunityArgs = {
  input: CreateCommunityInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationCreateEstateArgs = {
  input: CreateEstateInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationCreateHouseholdArgs = {
  input: CreateHouseholdInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationCreateOrganisationArgs = {
  input: CreateOrganisationInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationCreateStreetArgs = {
  input: CreateStreetInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationGrantMembershipArgs = {
  input: GrantMembershipInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationLoginArgs = {
  input: LoginInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationRefreshSessionArgs = {
  input: RefreshSessionInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationRegisterResidentArgs = {
  input: RegisterResidentInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationRejectHouseholdBindingArgs = {
  input: RejectHouseholdBindingInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationRequestHouseholdBindingArgs = {
  input: RequestHouseholdBindingInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationRevealUserPhoneArgs = {
  input: RevealUserPhoneInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationRevokeMembershipArgs = {
  input: RevokeMembershipInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationSetOrganisationEstatesArgs = {
  input: SetOrganisationEstatesInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationSetUserDisabledArgs = {
  input: SetUserDisabledInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationUpdateBuildingArgs = {
  input: UpdateBuildingInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationUpdateCommunityArgs = {
  input: UpdateCommunityInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationUpdateEstateArgs = {
  input: UpdateEstateInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationUpdateHouseholdArgs = {
  input: UpdateHouseholdInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationUpdateOrganisationArgs = {
  input: UpdateOrganisationInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationUpdateStreetArgs = {
  input: UpdateStreetInput;
};

/** An organisation acting in the tree (community office, property company, committee …). */
export type Organisation = {
  __typename?: 'Organisation';
  /** When archived; null while active. */
  archivedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** The community, for community-level organisations. */
  community: Maybe<Community>;
  /** Public contact (office phone or address). */
  contact: Maybe<Scalars['String']['output']>;
  /** When the record was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The estate, for an owners' committee. */
  estate: Maybe<Estate>;
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** Kind of organisation. */
  kind: OrganisationKind;
  /** Name. */
  name: Scalars['String']['output'];
  /** Estates a property company serves that the viewer can see (empty for other kinds). */
  servedEstates: Array<Estate>;
  /** The street the organisation works in. */
  street: Street;
  /** What the viewer may do with this organisation. */
  viewerCan: TreeNodeViewerCan;
};

/** A page of organisations. */
export type OrganisationConnection = {
  __typename?: 'OrganisationConnection';
  /** The items of this page. */
  edges: Array<OrganisationEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items in the whole list (with the same filters). */
  totalCount: Scalars['Int']['output'];
};

/** One organisation in a page, with its cursor. */
export type OrganisationEdge = {
  __typename?: 'OrganisationEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The organisation. */
  node: Organisation;
};

/** Kinds of organisation. */
export type OrganisationKind =
  /** 社区居委会 — the community office (community level). */
  | 'COMMUNITY_OFFICE'
  /** 街道部门 — a street-level department (safety office, traffic police …). */
  | 'DEPARTMENT'
  /** 业主委员会 — an estate's owners' committee. */
  | 'OWNERS_COMMITTEE'
  /** 党组织 — a party branch of the community. */
  | 'PARTY_BRANCH'
  /** 物业公司 — serves one or more estates. */
  | 'PROPERTY_COMPANY'
  /** 社会组织 — a social organisation of the community. */
  | 'SOCIAL_ORGANISATION';

/** Result of a mutation on a organisation. */
export type OrganisationPayload = {
  __typename?: 'OrganisationPayload';
  /** The organisation as it is after the mutation. */
  organisation: Organisation;
};

/** Where a page sits in its list (Relay cursor pagination). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item; pass it as `after` for the next page. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** True when more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when this page does not start at the beginning of the list. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item of the page. */
  startCursor: Maybe<Scalars['String']['output']>;
};

/** Read operations. Lists are Relay connections bounded to 100 items a page. */
export type Query = {
  __typename?: 'Query';
  /** Staff actions, newest first: street and system admins for their scope, community staff for their community. */
  auditLog: AuditLogConnection;
  /** Active buildings of an estate, for a resident finding their home. */
  buildingDirectory: BuildingConnection;
  /** Buildings in the viewer’s scope. */
  buildings: BuildingConnection;
  /** Communities in the viewer’s scope. */
  communities: CommunityConnection;
  /** One community; NOT_FOUND outside the viewer’s scope. */
  community: Community;
  /** One estate; NOT_FOUND outside the viewer’s scope. */
  estate: Estate;
  /** Every active estate, for a resident finding their home (names only are public). */
  estateDirectory: EstateConnection;
  /** Estates in the viewer’s scope. */
  estates: EstateConnection;
  /** One household; NOT_FOUND outside the viewer’s scope. */
  household: Household;
  /** Household bindings in the viewer’s scope; with status PENDING, the verification queue (oldest first). */
  householdBindings: HouseholdBindingConnection;
  /** Households in the viewer’s scope (staff). Rooms masked unless the role needs them. */
  households: HouseholdConnection;
  /** The signed-in user (phone in full: it is their own). */
  me: User;
  /** The signed-in user’s household bindings, newest first (at most 50). */
  myHouseholdBindings: Array<HouseholdBinding>;
  /** One organisation; NOT_FOUND outside the viewer’s scope. */
  organisation: Organisation;
  /** Organisations in the viewer’s scope. */
  organisations: OrganisationConnection;
  /** Version and time of the API. Public. */
  serverInfo: ServerInfo;
  /** One street; NOT_FOUND outside the viewer’s scope. */
  street: Street;
  /** Streets the viewer can see. */
  streets: StreetConnection;
  /** One user in the viewer’s scope; NOT_FOUND otherwise. */
  user: User;
  /** Find any account by its full phone number, to grant it a role (membership managers only). */
  userByPhone: User;
  /** Users in the viewer’s scope, newest first. Phones masked. */
  users: UserConnection;
};


/** Read operations. Lists are Relay connections bounded to 100 items a page. */
export type QueryAuditLogArgs = {
  actorId?: InputMaybe<Scalars['ID']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  communityId?: InputMaybe<Scalars['ID']['input']>;
  first?: Scalars['Int']['input'];
  from?: InputMaybe<Scalars['DateTimeISO']['input']>;
  operation?: InputMaybe<Scalars['String']['input']>;
  targetId?: InputMaybe<Scalars['ID']['input']>;
  targetType?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['DateTimeISO']['input']>;
};


/** Read operations. Lists are Relay connections bounded to 100 items a page. */
export type QueryBuildingDirectoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  estateId?: InputMaybe<Scalars['ID']['input']>;
  first?: Scalars['Int']['input'];
  includeArchived?: Scalars['Boolean']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
};


/** Read operations. Lists are Relay connections bounded to 100 items a page. */
export type QueryBuildingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  estateId?: InputMaybe<Scalars['ID']['input']>;
  first?: Scalars['Int']['input'];
  includeArchived?: Scalars['Boolean']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
};


/** Read operations. Lists are Relay connections bounded to 100 items a page. */
export type QueryCommunitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  includeArchived?: Scalars['Boolean']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
  streetId?: InputMaybe<Scalars['ID']['input']>;
};


/** Read operations. Lists are Relay connections bounded to 100 items a page. */
export type QueryCommunityArgs = {
  id: Scalars['ID']['input'];
};


/** Read operations. Lists are Relay connections bounded to 100 items a page. */
export type QueryEstateArgs = {
  id: Scalars['ID']['input'];
};


/** Read operations. Lists are Relay connections bounded to 100 items a page. */
export type QueryEstateDirectoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  includeArchived?: Scalars['Boolean']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
};


/** Read operations. Lists are Relay connections bounded to 100 items a page. */
export type QueryEstatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  communityId?: InputMaybe<Scalars['ID']['input']>;
  first?: Scalars['Int']['input'];
  includeArchived?: Scalars['Boolean']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
};


/** Read operations. Lists are Relay connections bounded to 100 items a page. */
export type QueryHouseholdArgs = {
  id: Scalars['ID']['input'];
};


/** Read operations. Lists are Relay connections bounded to 100 items a page. */
export type QueryHouseholdBindingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  communityId?: InputMaybe<Scalars['ID']['input']>;
  estateId?: InputMaybe<Scalars['ID']['input']>;
  first?: Scalars['Int']['input'];
  status?: InputMaybe<BindingStatus>;
};


/** Read operations. Lists are Relay connections bounded to 100 items a page. */
export type QueryHouseholdsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  buildingId?: InputMaybe<Scalars['ID']['input']>;
  estateId?: InputMaybe<Scalars['ID']['input']>;
  first?: Scalars['Int']['input'];
  includeArchived?: Scalars['Boolean']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
};


/** Read operations. Lists are Relay connections bounded to 100 items a page. */
export type QueryOrganisationArgs = {
  id: Scalars['ID']['input'];
};


/** Read operations. Lists are Relay connections bounded to 100 items a page. */
export type QueryOrganisationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  communityId?: InputMaybe<Scalars['ID']['input']>;
  first?: Scalars['Int']['input'];
  includeArchived?: Scalars['Boolean']['input'];
  kind?: InputMaybe<OrganisationKind>;
  search?: InputMaybe<Scalars['String']['input']>;
};


/** Read operations. Lists are Relay connections bounded to 100 items a page. */
export type QueryStreetArgs = {
  id: Scalars['ID']['input'];
};


/** Read operations. Lists are Relay connections bounded to 100 items a page. */
export type QueryStreetsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  includeArchived?: Scalars['Boolean']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
};


/** Read operations. Lists are Relay connections bounded to 100 items a page. */
export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};


/** Read operations. Lists are Relay connections bounded to 100 items a page. */
export type QueryUserByPhoneArgs = {
  phone: Scalars['String']['input'];
};


/** Read operations. Lists are Relay connections bounded to 100 items a page. */
export type QueryUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  communityId?: InputMaybe<Scalars['ID']['input']>;
  first?: Scalars['Int']['input'];
  role?: InputMaybe<Role>;
  search?: InputMaybe<Scalars['String']['input']>;
};

/** Exchange a refresh token for new tokens. */
export type RefreshSessionInput = {
  /** The latest refresh token of the session. */
  refreshToken: Scalars['String']['input'];
};

/** Self-registration of a resident. */
export type RegisterResidentInput = {
  /** Name to show, 1 to 30 characters. */
  displayName: Scalars['String']['input'];
  /** Password: at least 8 characters with a letter and a digit, at most 72. */
  password: Scalars['String']['input'];
  /** Mainland mobile number, 11 digits; the login. */
  phone: Scalars['String']['input'];
};

/** Reject a pending household binding, or revoke an approved one, with a reason. */
export type RejectHouseholdBindingInput = {
  /** The binding. */
  bindingId: Scalars['ID']['input'];
  /** Reason shown to the resident, 2 to 200 characters. */
  reason: Scalars['String']['input'];
};

/** Ask to be bound to a household; community staff verify it. */
export type RequestHouseholdBindingInput = {
  /** The building (find it with `estateDirectory` and `buildingDirectory`). */
  buildingId: Scalars['ID']['input'];
  /** How you relate to the household. */
  relation: HouseholdRelation;
  /** Room number as on the door, e.g. 502. */
  room: Scalars['String']['input'];
  /** Unit, e.g. 1单元 (empty when the building has none). */
  unit?: Scalars['String']['input'];
};

/** A phone number shown in full, once; the reveal is written to the audit log. */
export type RevealPhonePayload = {
  __typename?: 'RevealPhonePayload';
  /** The full phone number. */
  phone: Scalars['String']['output'];
  /** The user whose number this is. */
  userId: Scalars['ID']['output'];
};

/** Show a user’s phone number in full (audited). */
export type RevealUserPhoneInput = {
  /** The user. */
  userId: Scalars['ID']['input'];
};

/** Revoke a membership. */
export type RevokeMembershipInput = {
  /** The membership. */
  membershipId: Scalars['ID']['input'];
};

/** A role a membership grants. */
export type Role =
  /** 业委会 — member of an estate's owners' committee. */
  | 'COMMITTEE_MEMBER'
  /** 社工 — staff of a community office, incl. the back-office keeper (专管员). */
  | 'COMMUNITY_STAFF'
  /** 物业 — staff of a property company, for the estates it serves. */
  | 'PROPERTY_STAFF'
  /** 居民 — a verified resident of a community. */
  | 'RESIDENT'
  /** 街道 — street staff: sees every community of the street. */
  | 'STREET_ADMIN'
  /** Operator of the whole platform. */
  | 'SYSTEM_ADMIN';

/** The kind of node a membership is scoped to. */
export type ScopeKind =
  /** A community (社区). */
  | 'COMMUNITY'
  /** An estate (小区). */
  | 'ESTATE'
  /** An organisation (property company, owners’ committee …). */
  | 'ORGANISATION'
  /** A street (街道). */
  | 'STREET'
  /** The whole platform (system administrators). */
  | 'SYSTEM';

/** Facts about the running API, for clients checking compatibility. */
export type ServerInfo = {
  __typename?: 'ServerInfo';
  /** Current server time. */
  now: Scalars['DateTimeISO']['output'];
  /** Time zone in which working days and deadlines are computed. */
  timeZone: Scalars['String']['output'];
  /** API version (semantic versioning of the contract). */
  version: Scalars['String']['output'];
};

/** The complete set of estates a property company serves. */
export type SetOrganisationEstatesInput = {
  /** Every estate it serves (replaces the previous set; at most 200). */
  estateIds: Array<Scalars['ID']['input']>;
  /** The property company. */
  organisationId: Scalars['ID']['input'];
};

/** Disable or enable an account. Disabling ends its sessions. */
export type SetUserDisabledInput = {
  /** true disables, false enables. */
  disabled: Scalars['Boolean']['input'];
  /** The user. */
  userId: Scalars['ID']['input'];
};

/** 街道 — a street, the top of the tenancy tree. */
export type Street = {
  __typename?: 'Street';
  /** When the street was archived; null while active. */
  archivedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** When the record was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** District and city, e.g. 杭州市萧山区. */
  district: Scalars['String']['output'];
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** Name, e.g. 北干街道. */
  name: Scalars['String']['output'];
  /** What the viewer may do with this street. */
  viewerCan: TreeNodeViewerCan;
};

/** A page of streets. */
export type StreetConnection = {
  __typename?: 'StreetConnection';
  /** The items of this page. */
  edges: Array<StreetEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items in the whole list (with the same filters). */
  totalCount: Scalars['Int']['output'];
};

/** One street in a page, with its cursor. */
export type StreetEdge = {
  __typename?: 'StreetEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The street. */
  node: Street;
};

/** Result of a mutation on a street. */
export type StreetPayload = {
  __typename?: 'StreetPayload';
  /** The street as it is after the mutation. */
  street: Street;
};

/** What the viewer may do with a node of the tenancy tree. */
export type TreeNodeViewerCan = {
  __typename?: 'TreeNodeViewerCan';
  /** May archive (or restore) the node. */
  archive: Scalars['Boolean']['output'];
  /** May create children under the node. */
  createChild: Scalars['Boolean']['output'];
  /** May rename or edit the node. */
  update: Scalars['Boolean']['output'];
};

/** Changes to a building; omitted fields stay as they are. */
export type UpdateBuildingInput = {
  /** true archives, false restores. */
  archived?: InputMaybe<Scalars['Boolean']['input']>;
  /** The building. */
  id: Scalars['ID']['input'];
  /** Name (1 to 50 characters). */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a community; omitted fields stay as they are. */
export type UpdateCommunityInput = {
  /** Address of the community office. */
  address?: InputMaybe<Scalars['String']['input']>;
  /** true archives, false restores. */
  archived?: InputMaybe<Scalars['Boolean']['input']>;
  /** The community. */
  id: Scalars['ID']['input'];
  /** Name, 1 to 100 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to an estate; omitted fields stay as they are. */
export type UpdateEstateInput = {
  /** Street address. */
  address?: InputMaybe<Scalars['String']['input']>;
  /** true archives, false restores. */
  archived?: InputMaybe<Scalars['Boolean']['input']>;
  /** The estate. */
  id: Scalars['ID']['input'];
  /** Name, 1 to 100 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a household; omitted fields stay as they are. */
export type UpdateHouseholdInput = {
  /** true archives, false restores. */
  archived?: InputMaybe<Scalars['Boolean']['input']>;
  /** The household. */
  id: Scalars['ID']['input'];
  /** Room number. */
  room?: InputMaybe<Scalars['String']['input']>;
  /** Unit (单元). */
  unit?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to an organisation; omitted fields stay as they are. */
export type UpdateOrganisationInput = {
  /** true archives, false restores. */
  archived?: InputMaybe<Scalars['Boolean']['input']>;
  /** Public contact. */
  contact?: InputMaybe<Scalars['String']['input']>;
  /** The organisation. */
  id: Scalars['ID']['input'];
  /** Name, 1 to 100 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a street; omitted fields stay as they are. */
export type UpdateStreetInput = {
  /** true archives, false restores. */
  archived?: InputMaybe<Scalars['Boolean']['input']>;
  /** District and city. */
  district?: InputMaybe<Scalars['String']['input']>;
  /** The street. */
  id: Scalars['ID']['input'];
  /** Name, 1 to 100 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** A person with a login. The phone number is personal data and is masked. */
export type User = {
  __typename?: 'User';
  /** When the account was registered. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** True when an administrator has disabled the account. */
  disabled: Scalars['Boolean']['output'];
  /** Name shown to staff and, unless a ticket is anonymous, to residents. */
  displayName: Scalars['String']['output'];
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** Party member (党员) — shown as a badge. */
  isPartyMember: Scalars['Boolean']['output'];
  /** Active memberships (roles and scopes). */
  memberships: Array<Membership>;
  /** Phone number, masked (138****1234) except for the user themself; see `revealUserPhone`. */
  phone: Scalars['String']['output'];
  /** What the viewer may do with this user. */
  viewerCan: UserViewerCan;
};

/** A page of users. */
export type UserConnection = {
  __typename?: 'UserConnection';
  /** The items of this page. */
  edges: Array<UserEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items in the whole list (with the same filters). */
  totalCount: Scalars['Int']['output'];
};

/** One user in a page, with its cursor. */
export type UserEdge = {
  __typename?: 'UserEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The user. */
  node: User;
};

/** Result of a mutation on a user. */
export type UserPayload = {
  __typename?: 'UserPayload';
  /** The user as it is after the mutation. */
  user: User;
};

/** What the viewer may do with a user. */
export type UserViewerCan = {
  __typename?: 'UserViewerCan';
  /** May disable or enable the account. */
  disable: Scalars['Boolean']['output'];
  /** May grant memberships to this user. */
  grantMembership: Scalars['Boolean']['output'];
  /** May see the phone number in full (`revealUserPhone`, audited). */
  revealPhone: Scalars['Boolean']['output'];
};
