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
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: Record<string, string | number | null>; output: Record<string, string | number | null>; }
};

/** Accept a ticket as valid and route it to one or more organisations. */
export type AcceptTicketInput = {
  /** Correct the category (its deadlines apply). */
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  /** The `version` the actor saw; CONFLICT if the ticket changed since. Omit to act on the latest. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** Internal note. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Responsible organisations (community office, property company, owners’ committee), 1 to 5. */
  organisationIds: Array<Scalars['ID']['input']>;
  /** The ticket. */
  ticketId: Scalars['ID']['input'];
};

/** Add a member to an owners' committee for a term. */
export type AddCommitteeMemberInput = {
  /** Last day, YYYY-MM-DD. */
  endOn?: InputMaybe<Scalars['String']['input']>;
  /** Name, 1-50 characters. */
  name: Scalars['String']['input'];
  /** The owners' committee (organisation). */
  organisationId: Scalars['ID']['input'];
  /** The post. */
  post: CommitteePost;
  /** First day, YYYY-MM-DD. */
  startOn: Scalars['String']['input'];
  /** The term (第 N 届), 1-99. */
  term: Scalars['Int']['input'];
};

/** An internal note (staff only). */
export type AddTicketNoteInput = {
  /** The note, 1 to 2000 characters. */
  body: Scalars['String']['input'];
  /** The `version` the actor saw; CONFLICT if the ticket changed since. Omit to act on the latest. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The ticket. */
  ticketId: Scalars['ID']['input'];
};

/** The kind of a 三务公开 (COMMUNITY_AFFAIRS) publication. */
export type AffairsKind =
  /** 财务公开 — finance. */
  | 'FINANCE'
  /** 政务公开 — government affairs. */
  | 'GOVERNMENT_AFFAIRS'
  /** 党务公开 — party affairs. */
  | 'PARTY_AFFAIRS';

/** Post a street department's answer to an escalated ticket. */
export type AnswerEscalationInput = {
  /** The answer, shown to the resident, 2 to 2000 characters. */
  answer: Scalars['String']['input'];
  /** The `version` the actor saw; CONFLICT if the ticket changed since. Omit to act on the latest. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The ticket. */
  ticketId: Scalars['ID']['input'];
};

/** Approve a pending household binding. */
export type ApproveHouseholdBindingInput = {
  /** The binding. */
  bindingId: Scalars['ID']['input'];
};

/** State of one organisation's obligation to reply. */
export type AssignmentState =
  /** Reply still owed. */
  | 'OPEN'
  /** Taken off the ticket by reassignment. */
  | 'REMOVED'
  /** The organisation has replied. */
  | 'REPLIED';

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
  /** Changes with every update; send it back as `expectedVersion`. */
  version: Scalars['Int']['output'];
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

/** A date staff entered in the working-day calendar; it overrides the built-in schedule. */
export type CalendarDay = {
  __typename?: 'CalendarDay';
  /** The date, 'YYYY-MM-DD' (Asia/Shanghai). */
  date: Scalars['String']['output'];
  /** Holiday (no work) or make-up working day (work). */
  kind: CalendarDayKind;
  /** Name, e.g. 国庆节 or 国庆调休. */
  name: Scalars['String']['output'];
  /** When the entry was last changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Who last changed the entry (phone masked). */
  updatedBy: Maybe<User>;
};

/** What a date staff entered in the working-day calendar is. */
export type CalendarDayKind =
  /** 法定节假日 — a statutory holiday: no work, even on a weekday. */
  | 'HOLIDAY'
  /** 调休上班 — a make-up working day: work, even on a weekend. */
  | 'WORKDAY';

/** Result of setting a date of the calendar. */
export type CalendarDayPayload = {
  __typename?: 'CalendarDayPayload';
  /** Coverage of the date’s year after the mutation. */
  coverage: CalendarYearCoverage;
  /** The entry as it is after the mutation. */
  day: CalendarDay;
};

/** Where a year's holidays and make-up working days come from. */
export type CalendarSource =
  /** No schedule: weekends off, weekdays working; deadlines are flagged. */
  | 'NONE'
  /** The built-in State Council schedule (2004-2026). */
  | 'PACKAGE'
  /** Entered by staff and declared complete. */
  | 'STAFF';

/** Whether a year's holidays and make-up working days are known. */
export type CalendarYearCoverage = {
  __typename?: 'CalendarYearCoverage';
  /** Staff declared the year fully entered. */
  complete: Scalars['Boolean']['output'];
  /** True when deadlines in this year are reliable: built-in schedule (2004-2026) or declared complete. */
  covered: Scalars['Boolean']['output'];
  /** Holidays staff entered for the year. */
  holidayCount: Scalars['Int']['output'];
  /** Staff note, e.g. the State Council notice it follows. */
  note: Maybe<Scalars['String']['output']>;
  /** Where the schedule of the year comes from. */
  source: CalendarSource;
  /** Make-up working days staff entered for the year. */
  workdayCount: Scalars['Int']['output'];
  /** The year. */
  year: Scalars['Int']['output'];
};

/** The staff entries of one year and its coverage. */
export type CalendarYearDays = {
  __typename?: 'CalendarYearDays';
  /** Whether the viewer may edit the calendar (street and system administrators). */
  canManage: Scalars['Boolean']['output'];
  /** Whether the year is covered. */
  coverage: CalendarYearCoverage;
  /** Every staff entry of the year, in date order (at most 366). */
  days: Array<CalendarDay>;
  /** The year. */
  year: Scalars['Int']['output'];
};

/** Result of declaring a year complete or incomplete. */
export type CalendarYearPayload = {
  __typename?: 'CalendarYearPayload';
  /** Coverage of the year after the mutation. */
  coverage: CalendarYearCoverage;
};

/** Change the own password; every other session ends. */
export type ChangePasswordInput = {
  /** The current password. */
  currentPassword: Scalars['String']['input'];
  /** The new password: at least 8 characters with a letter and a digit. */
  newPassword: Scalars['String']['input'];
};

/** The result of marking a channel visited. */
export type ChannelVisitPayload = {
  __typename?: 'ChannelVisitPayload';
  /** The channel. */
  channel: PublicationChannel;
  /** The visit time now stored. */
  visitedAt: Scalars['DateTimeISO']['output'];
};

/** Remove the staff entry of a date (the built-in schedule applies again). */
export type ClearCalendarDayInput = {
  /** The date, 'YYYY-MM-DD'. */
  date: Scalars['String']['input'];
};

/** Result of clearing a date of the calendar. */
export type ClearCalendarDayPayload = {
  __typename?: 'ClearCalendarDayPayload';
  /** Coverage of the date’s year after the mutation. */
  coverage: CalendarYearCoverage;
  /** The date, 'YYYY-MM-DD'. */
  date: Scalars['String']['output'];
  /** False when the date had no staff entry (nothing changed). */
  removed: Scalars['Boolean']['output'];
  /** Whether the date is a working day now that the entry is gone. */
  working: Scalars['Boolean']['output'];
};

/** A member of an owners' committee in one term. */
export type CommitteeMember = {
  __typename?: 'CommitteeMember';
  /** When it was recorded. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Last day, YYYY-MM-DD (null while serving). */
  endOn: Maybe<Scalars['String']['output']>;
  /** Its estate. */
  estateId: Scalars['ID']['output'];
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** Name. */
  name: Scalars['String']['output'];
  /** The committee (organisation). */
  organisationId: Scalars['ID']['output'];
  /** Post. */
  post: CommitteePost;
  /** First day, YYYY-MM-DD. */
  startOn: Scalars['String']['output'];
  /** Term (第 N 届). */
  term: Scalars['Int']['output'];
};

/** A page of committee members. */
export type CommitteeMemberConnection = {
  __typename?: 'CommitteeMemberConnection';
  /** The items of this page. */
  edges: Array<CommitteeMemberEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items in the whole list (with the same filters). */
  totalCount: Scalars['Int']['output'];
};

/** One committee member in a page, with its cursor. */
export type CommitteeMemberEdge = {
  __typename?: 'CommitteeMemberEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The committee member. */
  node: CommitteeMember;
};

/** Result of a mutation on a committee member. */
export type CommitteeMemberPayload = {
  __typename?: 'CommitteeMemberPayload';
  /** The committee member as it is after the mutation. */
  member: CommitteeMember;
};

/** A post on an owners' committee. */
export type CommitteePost =
  /** 候补委员 — alternate member. */
  | 'ALTERNATE'
  /** 副主任 — deputy director. */
  | 'DEPUTY_DIRECTOR'
  /** 主任 — director. */
  | 'DIRECTOR'
  /** 委员 — member. */
  | 'MEMBER';

/** A resolution of an owners' committee meeting, with its vote. */
export type CommitteeResolution = {
  __typename?: 'CommitteeResolution';
  /** Floor area abstaining, 0.01 m². */
  areaAbstain: Scalars['Int']['output'];
  /** Floor area against, 0.01 m². */
  areaAgainst: Scalars['Int']['output'];
  /** Floor area for, 0.01 m². */
  areaFor: Scalars['Int']['output'];
  /** Attachments (minutes, signed sheets). */
  attachments: Array<FileRef>;
  /** Sanitised HTML. */
  body: Scalars['String']['output'];
  /** When it was recorded. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Its estate. */
  estateId: Scalars['ID']['output'];
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** Meeting day, YYYY-MM-DD. */
  meetingOn: Scalars['String']['output'];
  /** The committee (organisation). */
  organisationId: Scalars['ID']['output'];
  /** Its COMMITTEE publication once published. */
  publicationId: Maybe<Scalars['ID']['output']>;
  /** Subject. */
  subject: Scalars['String']['output'];
  /** Abstentions (headcount). */
  votesAbstain: Scalars['Int']['output'];
  /** Votes against (headcount). */
  votesAgainst: Scalars['Int']['output'];
  /** Votes for (headcount). */
  votesFor: Scalars['Int']['output'];
};

/** A page of committee resolutions. */
export type CommitteeResolutionConnection = {
  __typename?: 'CommitteeResolutionConnection';
  /** The items of this page. */
  edges: Array<CommitteeResolutionEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items in the whole list (with the same filters). */
  totalCount: Scalars['Int']['output'];
};

/** One committee resolution in a page, with its cursor. */
export type CommitteeResolutionEdge = {
  __typename?: 'CommitteeResolutionEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The committee resolution. */
  node: CommitteeResolution;
};

/** Result of a mutation on a committee resolution. */
export type CommitteeResolutionPayload = {
  __typename?: 'CommitteeResolutionPayload';
  /** The committee resolution as it is after the mutation. */
  resolution: CommitteeResolution;
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
  /** Who may raise matters (我要说事) in this community. */
  ticketIntake: TicketIntake;
  /** Changes with every update; send it back as `expectedVersion`. */
  version: Scalars['Int']['output'];
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

/** Write a new draft publication. */
export type CreatePublicationInput = {
  /** Attachments (photos, PDFs), at most 9. */
  attachmentFileIds?: Array<Scalars['ID']['input']>;
  /** Rich text (HTML, at most 15,000 characters). Sanitised on the server: scripts, event handlers and `javascript:` links are removed. */
  body: Scalars['String']['input'];
  /** The channel. */
  channel: PublicationChannel;
  /** Cover image: an uploaded image file (`POST /files`). */
  coverFileId?: InputMaybe<Scalars['ID']['input']>;
  /** COMMUNITY_AFFAIRS only (required there). */
  kind?: InputMaybe<AffairsKind>;
  /** The street, community or estate (as `scope` says). */
  placeId: Scalars['ID']['input'];
  /** The level it is addressed to. */
  scope: PublicationScope;
  /** Title, 1-200 characters. */
  title: Scalars['String']['input'];
};

/** A new street. */
export type CreateStreetInput = {
  /** District and city, e.g. 杭州市萧山区. */
  district: Scalars['String']['input'];
  /** Name, 1 to 100 characters. */
  name: Scalars['String']['input'];
};

/** A new ticket category for a community. */
export type CreateTicketCategoryInput = {
  /** Stable code, upper case, e.g. PARKING. */
  code: Scalars['String']['input'];
  /** The community. */
  communityId: Scalars['ID']['input'];
  /** Default handling organisation kind. */
  defaultOrgKind: OrganisationKind;
  /** Name in English. */
  nameEn: Scalars['String']['input'];
  /** Name in Chinese. */
  nameZh: Scalars['String']['input'];
  /** Working days to the first reply, 1 to 5. */
  replyDays?: Scalars['Int']['input'];
  /** Working days to resolution, 1 to 60. */
  resolveDays?: Scalars['Int']['input'];
  /** Position in lists. */
  sortOrder?: Scalars['Int']['input'];
};

/** A deadline as the server computes it. */
export type Deadline = {
  __typename?: 'Deadline';
  /** False when the deadline lies in a period without holiday data (staff should enter the calendar). */
  calendarCovered: Scalars['Boolean']['output'];
  /** End of the last working day allowed (Asia/Shanghai). */
  dueAt: Scalars['DateTimeISO']['output'];
  /** Past due and not met. */
  isOverdue: Scalars['Boolean']['output'];
  /** Working days left: 0 on the due day, negative once overdue. */
  workingDaysLeft: Scalars['Int']['output'];
};

/** What a diff segment is. */
export type DiffOp =
  /** Text only in the newer revision. */
  | 'ADDED'
  /** Text only in the older revision. */
  | 'REMOVED'
  /** Text in both revisions. */
  | 'SAME';

/** A piece of a word-level diff. */
export type DiffSegment = {
  __typename?: 'DiffSegment';
  /** Same, added or removed. */
  op: DiffOp;
  /** The text of the piece. */
  text: Scalars['String']['output'];
};

/** The generic `extensions.code` of a domain error. Malformed requests carry GraphQL’s own codes (GRAPHQL_PARSE_FAILED, GRAPHQL_VALIDATION_FAILED …). */
export type ErrorCode =
  /** Too many failed sign-ins: locked for `details.retryAfterSeconds`. */
  | 'ACCOUNT_LOCKED'
  /** The input is invalid; `extensions.field` names the field at fault. */
  | 'BAD_USER_INPUT'
  /** Someone else changed the record, or it already exists: reload and retry. */
  | 'CONFLICT'
  /** The viewer may see the record but not do this. */
  | 'FORBIDDEN'
  /** An unexpected error (logged on the server). */
  | 'INTERNAL_SERVER_ERROR'
  /** Wrong phone number or password. */
  | 'INVALID_CREDENTIALS'
  /** The record is in a state the action does not apply to. */
  | 'INVALID_TRANSITION'
  /** No such record, or none the viewer may see (existence is not revealed). */
  | 'NOT_FOUND'
  /** The phone number is already registered. */
  | 'PHONE_TAKEN'
  /** The database cannot be reached: retry after `retryAfterSeconds` (HTTP 503). */
  | 'SERVICE_UNAVAILABLE'
  /** The session ended (signed out, password changed, account disabled, token reused). */
  | 'SESSION_REVOKED'
  /** The access or refresh token expired. */
  | 'TOKEN_EXPIRED'
  /** Too many attempts: wait `details.retryAfterSeconds`. */
  | 'TOO_MANY_ATTEMPTS'
  /** Sign in first (no, or an invalid, access token). */
  | 'UNAUTHENTICATED';

/** Why a domain error happened (`extensions.reason`), under its generic `extensions.code`. Clients translate by reason and fall back to the code. Each mutation lists the reasons it can raise. */
export type ErrorReason =
  /** The name of the day is blank (`name`). Sent with code BAD_USER_INPUT. */
  | 'CALENDAR_BLANK_NAME'
  /** The date is not a real calendar date written 'YYYY-MM-DD'. Sent with code BAD_USER_INPUT. */
  | 'CALENDAR_INVALID_DATE'
  /** The year is outside the years the calendar keeps (`details.min`, `details.max`). Sent with code BAD_USER_INPUT. */
  | 'CALENDAR_YEAR_OUT_OF_RANGE'
  /** A file listed is already attached to another record: upload it again. Sent with code BAD_USER_INPUT. */
  | 'FILE_ALREADY_ATTACHED'
  /** A file listed was attached to another record by a concurrent request. Sent with code CONFLICT. */
  | 'FILE_ATTACHED_MEANWHILE'
  /** The same file is listed twice. Sent with code BAD_USER_INPUT. */
  | 'FILE_LISTED_TWICE'
  /** More files are listed than the record accepts (`details.max`). Sent with code BAD_USER_INPUT. */
  | 'FILE_TOO_MANY'
  /** The account is disabled: it cannot sign in until an administrator enables it. Sent with code FORBIDDEN. */
  | 'IDENTITY_ACCOUNT_DISABLED'
  /** The binding is no longer in a state this decision applies to (`details.from`). Sent with code INVALID_TRANSITION. */
  | 'IDENTITY_BINDING_ALREADY_DECIDED'
  /** Someone else decided on the binding at the same moment: reload it. Sent with code CONFLICT. */
  | 'IDENTITY_BINDING_DECIDED_MEANWHILE'
  /** The resident already asked for, or belongs to, this household. Sent with code CONFLICT. */
  | 'IDENTITY_BINDING_EXISTS'
  /** Nobody disables or enables their own account. Sent with code FORBIDDEN. */
  | 'IDENTITY_CANNOT_DISABLE_SELF'
  /** The membership is already revoked. Sent with code CONFLICT. */
  | 'IDENTITY_MEMBERSHIP_ALREADY_REVOKED'
  /** The user already holds this role in this scope. Sent with code CONFLICT. */
  | 'IDENTITY_MEMBERSHIP_EXISTS'
  /** A rotated refresh token was used again: the whole session has been ended; sign in again. Sent with code SESSION_REVOKED. */
  | 'IDENTITY_REFRESH_TOKEN_REUSED'
  /** The role is not granted on this kind of scope (see `roleDefinitions`) (`scopeKind`). Sent with code BAD_USER_INPUT. */
  | 'IDENTITY_ROLE_SCOPE_MISMATCH'
  /** Every scope kind but SYSTEM needs a `scopeId`. Sent with code BAD_USER_INPUT. */
  | 'IDENTITY_SCOPE_ID_REQUIRED'
  /** The current password given is wrong (`currentPassword`). Sent with code INVALID_CREDENTIALS. */
  | 'IDENTITY_WRONG_CURRENT_PASSWORD'
  /** A street, community, estate, building, household or organisation of this name already exists there. Sent with code CONFLICT. */
  | 'ORG_NAME_TAKEN'
  /** Only a property company serves estates (`organisationId`). Sent with code BAD_USER_INPUT. */
  | 'ORG_NOT_A_PROPERTY_COMPANY'
  /** This kind of organisation needs its place: a street (departments, property companies), an estate (owners’ committees) or a community (the rest). Sent with code BAD_USER_INPUT. */
  | 'ORG_PLACE_REQUIRED'
  /** The record changed since the viewer loaded it (`expectedVersion`): reload and retry. Sent with code CONFLICT. */
  | 'ORG_VERSION_STALE'
  /** The body is empty once sanitised (`body`). Sent with code BAD_USER_INPUT. */
  | 'PUBLICATION_BLANK_BODY'
  /** The title is blank (`title`). Sent with code BAD_USER_INPUT. */
  | 'PUBLICATION_BLANK_TITLE'
  /** The body, once sanitised, is longer than 65,000 bytes (`body`). Sent with code BAD_USER_INPUT. */
  | 'PUBLICATION_BODY_TOO_LONG'
  /** Editing a published item makes a new revision and needs a change note (`changeNote`). Sent with code BAD_USER_INPUT. */
  | 'PUBLICATION_CHANGE_NOTE_REQUIRED'
  /** The resolution has been published already (its publication is `publicationId`). Sent with code CONFLICT. */
  | 'PUBLICATION_COMMITTEE_ALREADY_PUBLISHED'
  /** A date is not a calendar day YYYY-MM-DD, or a term ends before it starts (`endOn`). Sent with code BAD_USER_INPUT. */
  | 'PUBLICATION_COMMITTEE_BAD_DATE'
  /** A name or subject is blank. Sent with code BAD_USER_INPUT. */
  | 'PUBLICATION_COMMITTEE_BLANK_TEXT'
  /** The organisation (`organisationId`) is not an owners' committee. Sent with code BAD_USER_INPUT. */
  | 'PUBLICATION_COMMITTEE_NOT_A_COMMITTEE'
  /** The cover (`coverFileId`) must be an image (JPEG, PNG, WebP, GIF). Sent with code BAD_USER_INPUT. */
  | 'PUBLICATION_COVER_NOT_IMAGE'
  /** COMMUNITY_AFFAIRS needs a `kind` (party, government, finance); other channels take none. Sent with code BAD_USER_INPUT. */
  | 'PUBLICATION_KIND_MISMATCH'
  /** The edit of a published item changes neither title, body, cover nor attachments. Sent with code BAD_USER_INPUT. */
  | 'PUBLICATION_NOTHING_CHANGED'
  /** The viewer reads the item but may not publish on its channel at its place (or it belongs to another organisation). Sent with code FORBIDDEN. */
  | 'PUBLICATION_NOT_PUBLISHER'
  /** Withdrawal needs a reason (`reason`). Sent with code BAD_USER_INPUT. */
  | 'PUBLICATION_REASON_REQUIRED'
  /** The channel is not published at this level (`scope`): PROPERTY and COMMITTEE are estate items, PARTY_BUILDING and COMMUNITY_AFFAIRS community or estate items. Sent with code BAD_USER_INPUT. */
  | 'PUBLICATION_SCOPE_NOT_ALLOWED'
  /** The street, community or estate named (`placeId`) does not exist or is archived. Sent with code BAD_USER_INPUT. */
  | 'PUBLICATION_UNKNOWN_PLACE'
  /** The item changed since the editor loaded it (`expectedVersion`): reload and edit again. Sent with code CONFLICT. */
  | 'PUBLICATION_VERSION_STALE'
  /** The item is in a status this action does not apply to (`details.status`). Sent with code INVALID_TRANSITION. */
  | 'PUBLICATION_WRONG_STATUS'
  /** The viewer sees the ticket but their roles do not allow this action on it. Sent with code FORBIDDEN. */
  | 'TICKET_ACTION_NOT_ALLOWED'
  /** The account may not raise matters in this community until a household of it is verified. Sent with code FORBIDDEN. */
  | 'TICKET_BIND_HOUSEHOLD_FIRST'
  /** A category with this code already exists in the community. Sent with code CONFLICT. */
  | 'TICKET_CATEGORY_CODE_TAKEN'
  /** The category belongs to another community than the place of the matter (`categoryId`). Sent with code BAD_USER_INPUT. */
  | 'TICKET_CATEGORY_OF_ANOTHER_COMMUNITY'
  /** The category changed since the viewer loaded it (`expectedVersion`): reload and retry. Sent with code CONFLICT. */
  | 'TICKET_CATEGORY_VERSION_STALE'
  /** Someone else acted on the ticket at the same moment: reload and retry. Sent with code CONFLICT. */
  | 'TICKET_CHANGED_CONCURRENTLY'
  /** An organisation named cannot handle tickets of this place (`organisationIds`). Sent with code BAD_USER_INPUT. */
  | 'TICKET_HANDLER_NOT_SERVING_PLACE'
  /** A ticket cannot be merged into itself (`primaryTicketId`). Sent with code BAD_USER_INPUT. */
  | 'TICKET_MERGE_INTO_ITSELF'
  /** The organisation is not an active department of the ticket’s street (`departmentId`). Sent with code BAD_USER_INPUT. */
  | 'TICKET_NOT_A_STREET_DEPARTMENT'
  /** The viewer does not reply for this organisation on this ticket (`organisationId`). Sent with code BAD_USER_INPUT. */
  | 'TICKET_NOT_REPLYING_ORGANISATION'
  /** The primary ticket is rejected, merged or withdrawn (`primaryTicketId`). Sent with code BAD_USER_INPUT. */
  | 'TICKET_PRIMARY_CLOSED'
  /** The primary ticket does not exist in the same community. Sent with code NOT_FOUND. */
  | 'TICKET_PRIMARY_NOT_FOUND'
  /** The ticket was resolved longer ago than the reopening period (TICKET_REOPEN_DAYS). Sent with code INVALID_TRANSITION. */
  | 'TICKET_REOPEN_PERIOD_OVER'
  /** The category does not exist, is inactive, or belongs to another community (`categoryId`). Sent with code BAD_USER_INPUT. */
  | 'TICKET_UNKNOWN_CATEGORY'
  /** The building, estate or community named does not exist or is archived. Sent with code BAD_USER_INPUT. */
  | 'TICKET_UNKNOWN_PLACE'
  /** The ticket changed since the viewer loaded it (`expectedVersion`): reload and retry. Sent with code CONFLICT. */
  | 'TICKET_VERSION_STALE'
  /** The ticket is in a state this action does not apply to (`details.action`, `details.from`). Sent with code INVALID_TRANSITION. */
  | 'TICKET_WRONG_STATE';

/** One error reason of the contract, with the code it is sent under. */
export type ErrorReasonInfo = {
  __typename?: 'ErrorReasonInfo';
  /** The generic code it comes with (`extensions.code`). */
  code: ErrorCode;
  /** What it means, in English. */
  description: Scalars['String']['output'];
  /** The reason (`extensions.reason`). */
  reason: ErrorReason;
};

/** Report a ticket up (上报) to a street department. */
export type EscalateTicketInput = {
  /** The department (organisation of kind DEPARTMENT). */
  departmentId: Scalars['ID']['input'];
  /** The `version` the actor saw; CONFLICT if the ticket changed since. Omit to act on the latest. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** Why it is escalated, 2 to 1000 characters. */
  reason: Scalars['String']['input'];
  /** The ticket. */
  ticketId: Scalars['ID']['input'];
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
  /** Changes with every update; send it back as `expectedVersion`. */
  version: Scalars['Int']['output'];
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

/** An uploaded file (photo or PDF) attached to a record. Download it from `url`. */
export type FileRef = {
  __typename?: 'FileRef';
  /** Opaque id; upload with `POST /files`, pass the id to a mutation to attach it. */
  id: Scalars['ID']['output'];
  /** Content type detected from the bytes: image/jpeg, image/png, image/webp, image/gif or application/pdf. */
  mime: Scalars['String']['output'];
  /** The file name given at upload, sanitised. */
  originalName: Scalars['String']['output'];
  /** Size in bytes. */
  size: Scalars['Int']['output'];
  /** Path to download the file (`GET /files/{id}`, relative to the API origin; send the bearer token). */
  url: Scalars['String']['output'];
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

/** A reader visited a channel: items published before now are no longer "new". */
export type MarkChannelVisitedInput = {
  /** The channel visited. */
  channel: PublicationChannel;
};

/** Which notifications to mark read. */
export type MarkNotificationsReadInput = {
  /** These notifications (at most 100); omit to mark all read. */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Result of marking notifications read. */
export type MarkNotificationsReadPayload = {
  __typename?: 'MarkNotificationsReadPayload';
  /** Unread notifications left. */
  unreadCount: Scalars['Int']['output'];
  /** How many notifications changed from unread to read. */
  updated: Scalars['Int']['output'];
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

/** Merge a duplicate into a primary ticket; the submitter follows the primary. */
export type MergeTicketInput = {
  /** The `version` the actor saw; CONFLICT if the ticket changed since. Omit to act on the latest. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** Note to the submitter. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The primary ticket. */
  primaryTicketId: Scalars['ID']['input'];
  /** The ticket. */
  ticketId: Scalars['ID']['input'];
};

/** Write operations. Each takes one `input` and returns a payload. */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Accept as valid and route to responsible organisations (each gets its reply clock).
   *
   * Error reasons (`extensions.reason`): TICKET_ACTION_NOT_ALLOWED (FORBIDDEN), TICKET_WRONG_STATE (INVALID_TRANSITION), TICKET_VERSION_STALE (CONFLICT), TICKET_CHANGED_CONCURRENTLY (CONFLICT), TICKET_UNKNOWN_CATEGORY (BAD_USER_INPUT), TICKET_HANDLER_NOT_SERVING_PLACE (BAD_USER_INPUT).
   */
  acceptTicket: TicketPayload;
  /**
   * Add a member to an owners' committee (its members).
   *
   * Error reasons (`extensions.reason`): PUBLICATION_COMMITTEE_NOT_A_COMMITTEE (BAD_USER_INPUT), PUBLICATION_COMMITTEE_BAD_DATE (BAD_USER_INPUT), PUBLICATION_COMMITTEE_BLANK_TEXT (BAD_USER_INPUT), PUBLICATION_NOT_PUBLISHER (FORBIDDEN).
   */
  addCommitteeMember: CommitteeMemberPayload;
  /**
   * Add an internal note (staff only).
   *
   * Error reasons (`extensions.reason`): TICKET_ACTION_NOT_ALLOWED (FORBIDDEN), TICKET_WRONG_STATE (INVALID_TRANSITION), TICKET_VERSION_STALE (CONFLICT), TICKET_CHANGED_CONCURRENTLY (CONFLICT).
   */
  addTicketNote: TicketPayload;
  /**
   * Post the street department's answer to an escalated ticket.
   *
   * Error reasons (`extensions.reason`): TICKET_ACTION_NOT_ALLOWED (FORBIDDEN), TICKET_WRONG_STATE (INVALID_TRANSITION), TICKET_VERSION_STALE (CONFLICT), TICKET_CHANGED_CONCURRENTLY (CONFLICT).
   */
  answerTicketEscalation: TicketPayload;
  /**
   * Approve a pending binding; the resident becomes a RESIDENT of the community.
   *
   * Error reasons (`extensions.reason`): IDENTITY_BINDING_ALREADY_DECIDED (INVALID_TRANSITION), IDENTITY_BINDING_DECIDED_MEANWHILE (CONFLICT).
   */
  approveHouseholdBinding: HouseholdBindingPayload;
  /**
   * Change the own password. Ends every session; returns tokens of a new one.
   *
   * Error reasons (`extensions.reason`): IDENTITY_WRONG_CURRENT_PASSWORD (INVALID_CREDENTIALS).
   */
  changePassword: AuthPayload;
  /**
   * Remove the staff entry of a date (street and system administrators).
   *
   * Error reasons (`extensions.reason`): CALENDAR_INVALID_DATE (BAD_USER_INPUT), CALENDAR_YEAR_OUT_OF_RANGE (BAD_USER_INPUT).
   */
  clearCalendarDay: ClearCalendarDayPayload;
  /**
   * Create a building in an estate.
   *
   * Error reasons (`extensions.reason`): ORG_NAME_TAKEN (CONFLICT).
   */
  createBuilding: BuildingPayload;
  /**
   * Create a community in a street (street administrators).
   *
   * Error reasons (`extensions.reason`): ORG_NAME_TAKEN (CONFLICT).
   */
  createCommunity: CommunityPayload;
  /**
   * Create an estate in a community.
   *
   * Error reasons (`extensions.reason`): ORG_NAME_TAKEN (CONFLICT).
   */
  createEstate: EstatePayload;
  /**
   * Create a household in a building.
   *
   * Error reasons (`extensions.reason`): ORG_NAME_TAKEN (CONFLICT).
   */
  createHousehold: HouseholdPayload;
  /**
   * Create an organisation at a place of the viewer’s scope.
   *
   * Error reasons (`extensions.reason`): ORG_NAME_TAKEN (CONFLICT), ORG_PLACE_REQUIRED (BAD_USER_INPUT).
   */
  createOrganisation: OrganisationPayload;
  /**
   * Write a draft. Who publishes what: community staff PARTY_BUILDING, COMMUNITY_AFFAIRS and NEWS of their community; property staff PROPERTY for estates their company serves; committee members COMMITTEE for their estate; street staff street-wide NEWS.
   *
   * Error reasons (`extensions.reason`): PUBLICATION_BLANK_TITLE (BAD_USER_INPUT), PUBLICATION_BLANK_BODY (BAD_USER_INPUT), PUBLICATION_BODY_TOO_LONG (BAD_USER_INPUT), PUBLICATION_KIND_MISMATCH (BAD_USER_INPUT), PUBLICATION_SCOPE_NOT_ALLOWED (BAD_USER_INPUT), PUBLICATION_UNKNOWN_PLACE (BAD_USER_INPUT), PUBLICATION_NOT_PUBLISHER (FORBIDDEN), PUBLICATION_COVER_NOT_IMAGE (BAD_USER_INPUT).
   */
  createPublication: PublicationPayload;
  /**
   * Create a street (system administrators).
   *
   * Error reasons (`extensions.reason`): ORG_NAME_TAKEN (CONFLICT).
   */
  createStreet: StreetPayload;
  /**
   * Create a category for a community.
   *
   * Error reasons (`extensions.reason`): TICKET_CATEGORY_CODE_TAKEN (CONFLICT).
   */
  createTicketCategory: TicketCategoryPayload;
  /**
   * Report up (上报) to a street department; tracked until its answer is posted.
   *
   * Error reasons (`extensions.reason`): TICKET_ACTION_NOT_ALLOWED (FORBIDDEN), TICKET_WRONG_STATE (INVALID_TRANSITION), TICKET_VERSION_STALE (CONFLICT), TICKET_CHANGED_CONCURRENTLY (CONFLICT), TICKET_NOT_A_STREET_DEPARTMENT (BAD_USER_INPUT).
   */
  escalateTicket: TicketPayload;
  /**
   * Grant a role in a scope inside the viewer’s own scope.
   *
   * Error reasons (`extensions.reason`): IDENTITY_SCOPE_ID_REQUIRED (BAD_USER_INPUT), IDENTITY_ROLE_SCOPE_MISMATCH (BAD_USER_INPUT), IDENTITY_MEMBERSHIP_EXISTS (CONFLICT).
   */
  grantMembership: MembershipPayload;
  /**
   * Sign in. INVALID_CREDENTIALS on a wrong phone or password; after repeated failures TOO_MANY_ATTEMPTS (wait `retryAfterSeconds`) and then ACCOUNT_LOCKED. Public.
   *
   * Error reasons (`extensions.reason`): IDENTITY_ACCOUNT_DISABLED (FORBIDDEN).
   */
  login: AuthPayload;
  /** End the current session (its refresh tokens and access tokens). */
  logout: LogoutPayload;
  /** Mark some or all of the signed-in user’s notifications read. */
  markNotificationsRead: MarkNotificationsReadPayload;
  /** The reader visited a channel: what was published before now is no longer `isNew` for them. */
  markPublicationChannelVisited: ChannelVisitPayload;
  /**
   * Merge a duplicate into a primary ticket; the submitter is told and follows the primary.
   *
   * Error reasons (`extensions.reason`): TICKET_ACTION_NOT_ALLOWED (FORBIDDEN), TICKET_WRONG_STATE (INVALID_TRANSITION), TICKET_VERSION_STALE (CONFLICT), TICKET_CHANGED_CONCURRENTLY (CONFLICT), TICKET_MERGE_INTO_ITSELF (BAD_USER_INPUT), TICKET_PRIMARY_NOT_FOUND (NOT_FOUND), TICKET_PRIMARY_CLOSED (BAD_USER_INPUT).
   */
  mergeTicket: TicketPayload;
  /**
   * Pin or unpin a published item.
   *
   * Error reasons (`extensions.reason`): PUBLICATION_NOT_PUBLISHER (FORBIDDEN), PUBLICATION_WRONG_STATUS (INVALID_TRANSITION), PUBLICATION_VERSION_STALE (CONFLICT).
   */
  pinPublication: PublicationPayload;
  /**
   * Publish a resolution to the COMMITTEE channel of its estate (once).
   *
   * Error reasons (`extensions.reason`): PUBLICATION_COMMITTEE_ALREADY_PUBLISHED (CONFLICT), PUBLICATION_NOT_PUBLISHER (FORBIDDEN).
   */
  publishCommitteeResolution: CommitteeResolutionPayload;
  /**
   * Publish a draft now (revision 1) or schedule it.
   *
   * Error reasons (`extensions.reason`): PUBLICATION_NOT_PUBLISHER (FORBIDDEN), PUBLICATION_WRONG_STATUS (INVALID_TRANSITION), PUBLICATION_VERSION_STALE (CONFLICT).
   */
  publishPublication: PublicationPayload;
  /**
   * Rate the outcome of an own resolved ticket, 1-5.
   *
   * Error reasons (`extensions.reason`): TICKET_ACTION_NOT_ALLOWED (FORBIDDEN), TICKET_WRONG_STATE (INVALID_TRANSITION), TICKET_VERSION_STALE (CONFLICT), TICKET_CHANGED_CONCURRENTLY (CONFLICT).
   */
  rateTicket: TicketPayload;
  /**
   * Change the responsible organisations (new ones get a fresh reply clock).
   *
   * Error reasons (`extensions.reason`): TICKET_ACTION_NOT_ALLOWED (FORBIDDEN), TICKET_WRONG_STATE (INVALID_TRANSITION), TICKET_VERSION_STALE (CONFLICT), TICKET_CHANGED_CONCURRENTLY (CONFLICT), TICKET_HANDLER_NOT_SERVING_PLACE (BAD_USER_INPUT).
   */
  reassignTicket: TicketPayload;
  /**
   * Record a meeting resolution with its vote (headcount and floor area).
   *
   * Error reasons (`extensions.reason`): PUBLICATION_COMMITTEE_NOT_A_COMMITTEE (BAD_USER_INPUT), PUBLICATION_COMMITTEE_BAD_DATE (BAD_USER_INPUT), PUBLICATION_COMMITTEE_BLANK_TEXT (BAD_USER_INPUT), PUBLICATION_NOT_PUBLISHER (FORBIDDEN).
   */
  recordCommitteeResolution: CommitteeResolutionPayload;
  /** A reader opened a published item: its view count grows once per reader. */
  recordPublicationView: PublicationPayload;
  /**
   * Put on a round-table meeting agenda (state IN_MEETING).
   *
   * Error reasons (`extensions.reason`): TICKET_ACTION_NOT_ALLOWED (FORBIDDEN), TICKET_WRONG_STATE (INVALID_TRANSITION), TICKET_VERSION_STALE (CONFLICT), TICKET_CHANGED_CONCURRENTLY (CONFLICT).
   */
  referTicketToMeeting: TicketPayload;
  /**
   * New tokens for a refresh token (which is then used up). Reusing a used token ends the session: SESSION_REVOKED. Public.
   *
   * Error reasons (`extensions.reason`): IDENTITY_REFRESH_TOKEN_REUSED (SESSION_REVOKED).
   */
  refreshSession: AuthPayload;
  /** Register as a resident and sign in. PHONE_TAKEN when the number is registered; TOO_MANY_ATTEMPTS (wait `retryAfterSeconds`) after too many registrations from one address or for one phone. Public. */
  registerResident: AuthPayload;
  /**
   * Reject a pending binding, or revoke an approved one, with a reason.
   *
   * Error reasons (`extensions.reason`): IDENTITY_BINDING_ALREADY_DECIDED (INVALID_TRANSITION), IDENTITY_BINDING_DECIDED_MEANWHILE (CONFLICT).
   */
  rejectHouseholdBinding: HouseholdBindingPayload;
  /**
   * Reject as invalid, with a reason (not counted as valid).
   *
   * Error reasons (`extensions.reason`): TICKET_ACTION_NOT_ALLOWED (FORBIDDEN), TICKET_WRONG_STATE (INVALID_TRANSITION), TICKET_VERSION_STALE (CONFLICT), TICKET_CHANGED_CONCURRENTLY (CONFLICT).
   */
  rejectTicket: TicketPayload;
  /**
   * Reopen an own resolved ticket within the allowed days (TICKET_REOPEN_DAYS).
   *
   * Error reasons (`extensions.reason`): TICKET_ACTION_NOT_ALLOWED (FORBIDDEN), TICKET_WRONG_STATE (INVALID_TRANSITION), TICKET_VERSION_STALE (CONFLICT), TICKET_CHANGED_CONCURRENTLY (CONFLICT), TICKET_REOPEN_PERIOD_OVER (INVALID_TRANSITION).
   */
  reopenTicket: TicketPayload;
  /**
   * Post a public answer; meets the replying organisation’s obligation.
   *
   * Error reasons (`extensions.reason`): TICKET_ACTION_NOT_ALLOWED (FORBIDDEN), TICKET_WRONG_STATE (INVALID_TRANSITION), TICKET_VERSION_STALE (CONFLICT), TICKET_CHANGED_CONCURRENTLY (CONFLICT), TICKET_NOT_REPLYING_ORGANISATION (BAD_USER_INPUT).
   */
  replyToTicket: TicketPayload;
  /**
   * Ask to be bound to a household; community staff verify it.
   *
   * Error reasons (`extensions.reason`): IDENTITY_BINDING_EXISTS (CONFLICT).
   */
  requestHouseholdBinding: HouseholdBindingPayload;
  /**
   * Resolve (完结) with the resolution.
   *
   * Error reasons (`extensions.reason`): TICKET_ACTION_NOT_ALLOWED (FORBIDDEN), TICKET_WRONG_STATE (INVALID_TRANSITION), TICKET_VERSION_STALE (CONFLICT), TICKET_CHANGED_CONCURRENTLY (CONFLICT).
   */
  resolveTicket: TicketPayload;
  /** Show a user’s phone number in full. Each reveal is written to the audit log. */
  revealUserPhone: RevealPhonePayload;
  /**
   * Revoke a membership inside the viewer’s own scope.
   *
   * Error reasons (`extensions.reason`): IDENTITY_MEMBERSHIP_ALREADY_REVOKED (CONFLICT).
   */
  revokeMembership: MembershipPayload;
  /**
   * Enter or change a holiday or make-up working day (street and system administrators).
   *
   * Error reasons (`extensions.reason`): CALENDAR_INVALID_DATE (BAD_USER_INPUT), CALENDAR_YEAR_OUT_OF_RANGE (BAD_USER_INPUT), CALENDAR_BLANK_NAME (BAD_USER_INPUT).
   */
  setCalendarDay: CalendarDayPayload;
  /**
   * Declare a year's schedule fully entered, or not (street and system administrators).
   *
   * Error reasons (`extensions.reason`): CALENDAR_YEAR_OUT_OF_RANGE (BAD_USER_INPUT).
   */
  setCalendarYearComplete: CalendarYearPayload;
  /**
   * Set the estates a property company serves.
   *
   * Error reasons (`extensions.reason`): ORG_NOT_A_PROPERTY_COMPANY (BAD_USER_INPUT).
   */
  setOrganisationEstates: OrganisationPayload;
  /** Decide who may raise matters in a community (community staff, street admins; audited). Others get FORBIDDEN with reason TICKET_BIND_HOUSEHOLD_FIRST from submitTicket. */
  setTicketIntake: TicketIntakeSetting;
  /**
   * Disable (ending every session) or enable an account.
   *
   * Error reasons (`extensions.reason`): IDENTITY_CANNOT_DISABLE_SELF (FORBIDDEN).
   */
  setUserDisabled: UserPayload;
  /**
   * Raise a matter. Idempotent per `idempotencyKey`: a retry returns the first ticket.
   *
   * Error reasons (`extensions.reason`): TICKET_BIND_HOUSEHOLD_FIRST (FORBIDDEN), TICKET_UNKNOWN_CATEGORY (BAD_USER_INPUT), TICKET_UNKNOWN_PLACE (BAD_USER_INPUT), TICKET_CATEGORY_OF_ANOTHER_COMMUNITY (BAD_USER_INPUT), FILE_TOO_MANY (BAD_USER_INPUT), FILE_LISTED_TWICE (BAD_USER_INPUT), FILE_ALREADY_ATTACHED (BAD_USER_INPUT), FILE_ATTACHED_MEANWHILE (CONFLICT).
   */
  submitTicket: TicketPayload;
  /**
   * Rename, archive or restore a building.
   *
   * Error reasons (`extensions.reason`): ORG_NAME_TAKEN (CONFLICT), ORG_VERSION_STALE (CONFLICT).
   */
  updateBuilding: BuildingPayload;
  /**
   * Rename, edit, archive or restore a community.
   *
   * Error reasons (`extensions.reason`): ORG_NAME_TAKEN (CONFLICT), ORG_VERSION_STALE (CONFLICT).
   */
  updateCommunity: CommunityPayload;
  /**
   * Rename, edit, archive or restore an estate.
   *
   * Error reasons (`extensions.reason`): ORG_NAME_TAKEN (CONFLICT), ORG_VERSION_STALE (CONFLICT).
   */
  updateEstate: EstatePayload;
  /**
   * Edit, archive or restore a household.
   *
   * Error reasons (`extensions.reason`): ORG_NAME_TAKEN (CONFLICT).
   */
  updateHousehold: HouseholdPayload;
  /**
   * Rename, edit, archive or restore an organisation.
   *
   * Error reasons (`extensions.reason`): ORG_NAME_TAKEN (CONFLICT), ORG_VERSION_STALE (CONFLICT).
   */
  updateOrganisation: OrganisationPayload;
  /**
   * Edit a draft in place, or a published item as a new immutable revision (change note required).
   *
   * Error reasons (`extensions.reason`): PUBLICATION_NOT_PUBLISHER (FORBIDDEN), PUBLICATION_WRONG_STATUS (INVALID_TRANSITION), PUBLICATION_VERSION_STALE (CONFLICT), PUBLICATION_CHANGE_NOTE_REQUIRED (BAD_USER_INPUT), PUBLICATION_NOTHING_CHANGED (BAD_USER_INPUT), PUBLICATION_BLANK_BODY (BAD_USER_INPUT), PUBLICATION_BODY_TOO_LONG (BAD_USER_INPUT).
   */
  updatePublication: PublicationPayload;
  /**
   * Rename, edit, archive or restore a street.
   *
   * Error reasons (`extensions.reason`): ORG_NAME_TAKEN (CONFLICT), ORG_VERSION_STALE (CONFLICT).
   */
  updateStreet: StreetPayload;
  /**
   * Change a category: names, default handler, deadlines, active.
   *
   * Error reasons (`extensions.reason`): TICKET_CATEGORY_VERSION_STALE (CONFLICT).
   */
  updateTicketCategory: TicketCategoryPayload;
  /**
   * Withdraw a published item with a reason (it and its revisions stay readable); a scheduled one returns to draft.
   *
   * Error reasons (`extensions.reason`): PUBLICATION_NOT_PUBLISHER (FORBIDDEN), PUBLICATION_WRONG_STATUS (INVALID_TRANSITION), PUBLICATION_VERSION_STALE (CONFLICT), PUBLICATION_REASON_REQUIRED (BAD_USER_INPUT).
   */
  withdrawPublication: PublicationPayload;
  /**
   * Withdraw an own ticket that is not resolved yet.
   *
   * Error reasons (`extensions.reason`): TICKET_ACTION_NOT_ALLOWED (FORBIDDEN), TICKET_WRONG_STATE (INVALID_TRANSITION), TICKET_VERSION_STALE (CONFLICT), TICKET_CHANGED_CONCURRENTLY (CONFLICT).
   */
  withdrawTicket: TicketPayload;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationAcceptTicketArgs = {
  input: AcceptTicketInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationAddCommitteeMemberArgs = {
  input: AddCommitteeMemberInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationAddTicketNoteArgs = {
  input: AddTicketNoteInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationAnswerTicketEscalationArgs = {
  input: AnswerEscalationInput;
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
export type MutationClearCalendarDayArgs = {
  input: ClearCalendarDayInput;
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
export type MutationCreatePublicationArgs = {
  input: CreatePublicationInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationCreateStreetArgs = {
  input: CreateStreetInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationCreateTicketCategoryArgs = {
  input: CreateTicketCategoryInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationEscalateTicketArgs = {
  input: EscalateTicketInput;
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
export type MutationMarkNotificationsReadArgs = {
  input: MarkNotificationsReadInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationMarkPublicationChannelVisitedArgs = {
  input: MarkChannelVisitedInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationMergeTicketArgs = {
  input: MergeTicketInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationPinPublicationArgs = {
  input: PinPublicationInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationPublishCommitteeResolutionArgs = {
  input: PublishCommitteeResolutionInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationPublishPublicationArgs = {
  input: PublishPublicationInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationRateTicketArgs = {
  input: RateTicketInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationReassignTicketArgs = {
  input: ReassignTicketInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationRecordCommitteeResolutionArgs = {
  input: RecordCommitteeResolutionInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationRecordPublicationViewArgs = {
  input: RecordPublicationViewInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationReferTicketToMeetingArgs = {
  input: ReferTicketToMeetingInput;
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
export type MutationRejectTicketArgs = {
  input: RejectTicketInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationReopenTicketArgs = {
  input: ReopenTicketInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationReplyToTicketArgs = {
  input: ReplyToTicketInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationRequestHouseholdBindingArgs = {
  input: RequestHouseholdBindingInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationResolveTicketArgs = {
  input: ResolveTicketInput;
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
export type MutationSetCalendarDayArgs = {
  input: SetCalendarDayInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationSetCalendarYearCompleteArgs = {
  input: SetCalendarYearCompleteInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationSetOrganisationEstatesArgs = {
  input: SetOrganisationEstatesInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationSetTicketIntakeArgs = {
  input: SetTicketIntakeInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationSetUserDisabledArgs = {
  input: SetUserDisabledInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationSubmitTicketArgs = {
  input: SubmitTicketInput;
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
export type MutationUpdatePublicationArgs = {
  input: UpdatePublicationInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationUpdateStreetArgs = {
  input: UpdateStreetInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationUpdateTicketCategoryArgs = {
  input: UpdateTicketCategoryInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationWithdrawPublicationArgs = {
  input: WithdrawPublicationInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationWithdrawTicketArgs = {
  input: WithdrawTicketInput;
};

/** An in-app notification for the signed-in user. A client either shows `title`/`body` (rendered by the server in the reader’s language) or renders its own text from `kind` and `params`. */
export type Notification = {
  __typename?: 'Notification';
  /** Longer text in the reader’s language (a reply’s excerpt, the category …), if the kind has one. */
  body: Maybe<Scalars['String']['output']>;
  /** When it was sent. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** What happened (each kind is declared by a module). */
  kind: NotificationKind;
  /** The kind’s parameters, for clients that render their own text: e.g. `title` (of the ticket), `excerpt` (of a reply), `department`, `daysLeft`, `score`, `categoryZh`/`categoryEn`. Values are strings, numbers or null. */
  params: Scalars['JSONObject']['output'];
  /** When the user read it; null while unread. */
  readAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** What it is about; null when nothing in particular. */
  subject: Maybe<NotificationSubject>;
  /** Short title in the reader’s language, rendered from `kind` and `params`. */
  title: Scalars['String']['output'];
};


/** An in-app notification for the signed-in user. A client either shows `title`/`body` (rendered by the server in the reader’s language) or renders its own text from `kind` and `params`. */
export type NotificationBodyArgs = {
  locale?: InputMaybe<Scalars['String']['input']>;
};


/** An in-app notification for the signed-in user. A client either shows `title`/`body` (rendered by the server in the reader’s language) or renders its own text from `kind` and `params`. */
export type NotificationTitleArgs = {
  locale?: InputMaybe<Scalars['String']['input']>;
};

/** A page of notifications. */
export type NotificationConnection = {
  __typename?: 'NotificationConnection';
  /** The items of this page. */
  edges: Array<NotificationEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items in the whole list (with the same filters). */
  totalCount: Scalars['Int']['output'];
};

/** One notification in a page, with its cursor. */
export type NotificationEdge = {
  __typename?: 'NotificationEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The notification. */
  node: Notification;
};

/** What a notification is about. Each module declares its kinds; `title` and `body` are rendered from the kind and its `params` in the reader’s language. */
export type NotificationKind =
  /** A matter was accepted and assigned; told to the staff of the organisations made responsible. */
  | 'TICKET_ASSIGNED'
  /** A matter was escalated to a street department; told to the submitter and followers. */
  | 'TICKET_ESCALATED'
  /** The street answered an escalation; told to the submitter and followers. */
  | 'TICKET_ESCALATION_ANSWERED'
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
  /** A matter is still waiting for triage past its deadline; told to the community’s staff. */
  | 'TICKET_TRIAGE_OVERDUE';

/** What a notification is about: a node of the schema, by type name and id. */
export type NotificationSubject = {
  __typename?: 'NotificationSubject';
  /** Id of the subject (for `Ticket`: use it with `ticket(id:)`). */
  id: Scalars['ID']['output'];
  /** GraphQL type name of the subject, e.g. `Ticket`. */
  type: Scalars['String']['output'];
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
  /** Changes with every update; send it back as `expectedVersion`. */
  version: Scalars['Int']['output'];
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

/** Pin or unpin a published item. */
export type PinPublicationInput = {
  /** The publication. */
  id: Scalars['ID']['input'];
  /** Pinned items come first in their lists. */
  pinned: Scalars['Boolean']['input'];
};

/** A disclosure (公开) on a channel, for a street, community or estate. */
export type Publication = {
  __typename?: 'Publication';
  /** Attachments of the latest text, in order. */
  attachments: Array<FileRef>;
  /** Sanitised HTML of the latest text. */
  body: Scalars['String']['output'];
  /** Channel. */
  channel: PublicationChannel;
  /** Community (null for a street-wide item). */
  communityId: Maybe<Scalars['ID']['output']>;
  /** Cover image. */
  cover: Maybe<FileRef>;
  /** When the draft was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Estate (estate items only). */
  estateId: Maybe<Scalars['ID']['output']>;
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** Published after the viewer's last visit of its channel (`markPublicationChannelVisited`). */
  isNew: Scalars['Boolean']['output'];
  /** COMMUNITY_AFFAIRS: which of the three affairs. */
  kind: Maybe<AffairsKind>;
  /** Pinned to the top of its lists. */
  pinned: Scalars['Boolean']['output'];
  /** Name of the street, community or estate addressed. */
  placeName: Scalars['String']['output'];
  /** When a scheduled item is due. */
  publishAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** First publication time. */
  publishedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Who publishes it: the organisation, the community or the street (by name). */
  publisherName: Scalars['String']['output'];
  /** The publishing organisation (property company, owners’ committee); null for street and community staff. */
  publisherOrganisationId: Maybe<Scalars['ID']['output']>;
  /** Number of the latest revision (0 for a never-published draft). */
  revisionNumber: Scalars['Int']['output'];
  /** Level addressed. */
  scope: PublicationScope;
  /** Status. */
  status: PublicationStatus;
  /** Street. */
  streetId: Scalars['ID']['output'];
  /** Title (of the latest revision once published). */
  title: Scalars['String']['output'];
  /** Last change. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic lock: pass as `expectedVersion` when editing. */
  version: Scalars['Int']['output'];
  /** Distinct readers who opened it. */
  viewCount: Scalars['Int']['output'];
  /** What the viewer may do with it. */
  viewerCan: PublicationViewerCan;
  /** Why it was withdrawn. */
  withdrawalReason: Maybe<Scalars['String']['output']>;
  /** When it was withdrawn. */
  withdrawnAt: Maybe<Scalars['DateTimeISO']['output']>;
};

/** The disclosure channel (公开栏目) a publication appears in. */
export type PublicationChannel =
  /** 业委会公开 — owners' committee disclosures for its estate. */
  | 'COMMITTEE'
  /** 三务公开 — party, government and finance affairs (community staff); see `AffairsKind`. */
  | 'COMMUNITY_AFFAIRS'
  /** News and policies: street-wide (street staff) or of a community (community staff). */
  | 'NEWS'
  /** 党建引领 — party building (community staff). */
  | 'PARTY_BUILDING'
  /** 物业公开 — property company disclosures for the estates it serves. */
  | 'PROPERTY';

/** A page of publications. */
export type PublicationConnection = {
  __typename?: 'PublicationConnection';
  /** The items of this page. */
  edges: Array<PublicationEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items in the whole list (with the same filters). */
  totalCount: Scalars['Int']['output'];
};

/** The word-level difference between two revisions (Chinese word segmentation). */
export type PublicationDiff = {
  __typename?: 'PublicationDiff';
  /** Body diff, on the visible text (tags removed, paragraphs as line breaks). */
  body: Array<DiffSegment>;
  /** Older revision number. */
  from: Scalars['Int']['output'];
  /** Title diff. */
  title: Array<DiffSegment>;
  /** Newer revision number. */
  to: Scalars['Int']['output'];
};

/** One publication in a page, with its cursor. */
export type PublicationEdge = {
  __typename?: 'PublicationEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The publication. */
  node: Publication;
};

/** Result of a mutation on a publication. */
export type PublicationPayload = {
  __typename?: 'PublicationPayload';
  /** The publication as it is after the mutation. */
  publication: Publication;
};

/** One immutable published text of a publication. */
export type PublicationRevision = {
  __typename?: 'PublicationRevision';
  /** Attachments at this revision. */
  attachments: Array<FileRef>;
  /** Sanitised HTML at this revision. */
  body: Scalars['String']['output'];
  /** Why it changed (null for the first publish). */
  changeNote: Maybe<Scalars['String']['output']>;
  /** When this revision was published. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** Revision number, from 1 (the first publish). */
  number: Scalars['Int']['output'];
  /** Title at this revision. */
  title: Scalars['String']['output'];
};

/** A page of publication revisions. */
export type PublicationRevisionConnection = {
  __typename?: 'PublicationRevisionConnection';
  /** The items of this page. */
  edges: Array<PublicationRevisionEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items in the whole list (with the same filters). */
  totalCount: Scalars['Int']['output'];
};

/** One publication revision in a page, with its cursor. */
export type PublicationRevisionEdge = {
  __typename?: 'PublicationRevisionEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The publication revision. */
  node: PublicationRevision;
};

/** The level of the tenancy tree a publication is addressed to. */
export type PublicationScope =
  /** Everyone of a community. */
  | 'COMMUNITY'
  /** An estate's residents (and the staff over it). */
  | 'ESTATE'
  /** Everyone of a street. */
  | 'STREET';

/** Where a publication is in its life. Drafts and scheduled items are seen by their publisher only. */
export type PublicationStatus =
  /** Being written; only the publishing organisation sees it. */
  | 'DRAFT'
  /** Public to the readers of its place; every publish and edit is a revision. */
  | 'PUBLISHED'
  /** Will be published at `publishAt` by the scheduled job; publisher only. */
  | 'SCHEDULED'
  /** Taken down with a reason; it and its revisions stay readable as history. */
  | 'WITHDRAWN';

/** What the viewer may do with a publication (the policy, evaluated). */
export type PublicationViewerCan = {
  __typename?: 'PublicationViewerCan';
  /** Edit it (a published item: as a new revision). */
  edit: Scalars['Boolean']['output'];
  /** Pin or unpin it. */
  pin: Scalars['Boolean']['output'];
  /** Publish or schedule it (drafts). */
  publish: Scalars['Boolean']['output'];
  /** Withdraw it. */
  withdraw: Scalars['Boolean']['output'];
};

/** Publish a recorded resolution to the COMMITTEE channel of its estate. */
export type PublishCommitteeResolutionInput = {
  /** The resolution. */
  resolutionId: Scalars['ID']['input'];
};

/** Publish a draft now, or schedule it. */
export type PublishPublicationInput = {
  /** The publication. */
  id: Scalars['ID']['input'];
  /** When to publish; omitted or past = now. */
  publishAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
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
  /** Holidays and make-up working days staff entered for a year, and whether the year is covered. */
  calendarDays: CalendarYearDays;
  /** Coverage of each year from 2024 to next year: deadlines in an uncovered year are flagged. */
  calendarYears: Array<CalendarYearCoverage>;
  /** Members of an owners' committee, newest first (staff over its estate; residents of its community). */
  committeeMembers: CommitteeMemberConnection;
  /** Resolutions of an owners' committee, newest first (staff over its estate; residents read them once published). */
  committeeResolutions: CommitteeResolutionConnection;
  /** Communities in the viewer’s scope. */
  communities: CommunityConnection;
  /** One community; NOT_FOUND outside the viewer’s scope. */
  community: Community;
  /** Every error reason (`extensions.reason`) a mutation can raise, with its code. Public. */
  errorReasons: Array<ErrorReasonInfo>;
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
  /** The signed-in resident’s own tickets, newest first. */
  myTickets: TicketConnection;
  /** The signed-in user’s notifications, newest first. */
  notifications: NotificationConnection;
  /** One organisation; NOT_FOUND outside the viewer’s scope. */
  organisation: Organisation;
  /** Organisations in the viewer’s scope. */
  organisations: OrganisationConnection;
  /** One publication (NOT_FOUND when the viewer may not read it). */
  publication: Publication;
  /** Word-level diff (Chinese word segmentation) between two revisions; BAD_USER_INPUT on `from`/`to` when a number is not a revision of it. */
  publicationDiff: PublicationDiff;
  /** The immutable revisions of a publication the viewer may read, newest first. */
  publicationRevisions: PublicationRevisionConnection;
  /** Publications the viewer may read — published and withdrawn items of their street, community and estates; drafts and scheduled items of their own organisation — pinned first, then newest. */
  publications: PublicationConnection;
  /** Every role: the scope kinds it is granted on and the actions it counts for (the server’s rules). */
  roleDefinitions: Array<RoleDefinition>;
  /** Version and time of the API. Public. */
  serverInfo: ServerInfo;
  /** One street; NOT_FOUND outside the viewer’s scope. */
  street: Street;
  /** Streets the viewer can see. */
  streets: StreetConnection;
  /** One ticket: in full for staff in scope and its submitter, in the public form for other residents of the community; NOT_FOUND otherwise. */
  ticket: Ticket;
  /** Categories of a community, in order (active ones unless asked). */
  ticketCategories: Array<TicketCategory>;
  /** Valid, replied, on-time, resolved, escalated … for tickets submitted in a period, from the timelines. */
  ticketFigures: TicketFigures;
  /** The staff workbench: tickets in the viewer’s scope, newest first, with filters. */
  tickets: TicketConnection;
  /** How many notifications the signed-in user has not read. */
  unreadNotificationCount: Scalars['Int']['output'];
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
export type QueryCalendarDaysArgs = {
  year: Scalars['Int']['input'];
};


/** Read operations. Lists are Relay connections bounded to 100 items a page. */
export type QueryCommitteeMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  organisationId: Scalars['ID']['input'];
};


/** Read operations. Lists are Relay connections bounded to 100 items a page. */
export type QueryCommitteeResolutionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  organisationId: Scalars['ID']['input'];
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
export type QueryMyTicketsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  communityId?: InputMaybe<Scalars['ID']['input']>;
  estateId?: InputMaybe<Scalars['ID']['input']>;
  first?: Scalars['Int']['input'];
  from?: InputMaybe<Scalars['DateTimeISO']['input']>;
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  states?: InputMaybe<Array<TicketState>>;
  to?: InputMaybe<Scalars['DateTimeISO']['input']>;
};


/** Read operations. Lists are Relay connections bounded to 100 items a page. */
export type QueryNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  unreadOnly?: Scalars['Boolean']['input'];
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
export type QueryPublicationArgs = {
  id: Scalars['ID']['input'];
};


/** Read operations. Lists are Relay connections bounded to 100 items a page. */
export type QueryPublicationDiffArgs = {
  from: Scalars['Int']['input'];
  publicationId: Scalars['ID']['input'];
  to: Scalars['Int']['input'];
};


/** Read operations. Lists are Relay connections bounded to 100 items a page. */
export type QueryPublicationRevisionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  publicationId: Scalars['ID']['input'];
};


/** Read operations. Lists are Relay connections bounded to 100 items a page. */
export type QueryPublicationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  channel?: InputMaybe<PublicationChannel>;
  first?: Scalars['Int']['input'];
  placeId?: InputMaybe<Scalars['ID']['input']>;
  statuses?: InputMaybe<Array<PublicationStatus>>;
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
export type QueryTicketArgs = {
  id: Scalars['ID']['input'];
};


/** Read operations. Lists are Relay connections bounded to 100 items a page. */
export type QueryTicketCategoriesArgs = {
  communityId: Scalars['ID']['input'];
  includeInactive?: Scalars['Boolean']['input'];
};


/** Read operations. Lists are Relay connections bounded to 100 items a page. */
export type QueryTicketFiguresArgs = {
  communityId?: InputMaybe<Scalars['ID']['input']>;
  from: Scalars['DateTimeISO']['input'];
  to: Scalars['DateTimeISO']['input'];
};


/** Read operations. Lists are Relay connections bounded to 100 items a page. */
export type QueryTicketsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  communityId?: InputMaybe<Scalars['ID']['input']>;
  estateId?: InputMaybe<Scalars['ID']['input']>;
  first?: Scalars['Int']['input'];
  from?: InputMaybe<Scalars['DateTimeISO']['input']>;
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  states?: InputMaybe<Array<TicketState>>;
  to?: InputMaybe<Scalars['DateTimeISO']['input']>;
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

/** Rate the outcome of a resolved ticket. */
export type RateTicketInput = {
  /** Comment, up to 500 characters. */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** Score, 1 to 5. */
  score: Scalars['Int']['input'];
  /** The ticket. */
  ticketId: Scalars['ID']['input'];
};

/** Change the responsible organisations. */
export type ReassignTicketInput = {
  /** The `version` the actor saw; CONFLICT if the ticket changed since. Omit to act on the latest. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** Internal note. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The new set of responsible organisations, 1 to 5. */
  organisationIds: Array<Scalars['ID']['input']>;
  /** The ticket. */
  ticketId: Scalars['ID']['input'];
};

/** Record a resolution of an owners' committee meeting with its vote. */
export type RecordCommitteeResolutionInput = {
  /** Floor area abstaining, in 0.01 m². */
  areaAbstain: Scalars['Int']['input'];
  /** Floor area voting against, in 0.01 m². */
  areaAgainst: Scalars['Int']['input'];
  /** Floor area voting for, in 0.01 m². */
  areaFor: Scalars['Int']['input'];
  /** Attachments (minutes, signed sheets), at most 9. */
  attachmentFileIds?: Array<Scalars['ID']['input']>;
  /** The resolution text (HTML, sanitised), at most 10,000. */
  body?: Scalars['String']['input'];
  /** Meeting day, YYYY-MM-DD. */
  meetingOn: Scalars['String']['input'];
  /** The owners' committee (organisation). */
  organisationId: Scalars['ID']['input'];
  /** Subject, 1-200 characters. */
  subject: Scalars['String']['input'];
  /** Abstentions (headcount). */
  votesAbstain: Scalars['Int']['input'];
  /** Votes against (headcount). */
  votesAgainst: Scalars['Int']['input'];
  /** Votes for (headcount). */
  votesFor: Scalars['Int']['input'];
};

/** A reader opened an item (counts once per reader). */
export type RecordPublicationViewInput = {
  /** The publication. */
  id: Scalars['ID']['input'];
};

/** Put a ticket on a round-table meeting agenda. */
export type ReferTicketToMeetingInput = {
  /** The `version` the actor saw; CONFLICT if the ticket changed since. Omit to act on the latest. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** Note to the resident. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The ticket. */
  ticketId: Scalars['ID']['input'];
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

/** Reject a ticket as invalid. */
export type RejectTicketInput = {
  /** The `version` the actor saw; CONFLICT if the ticket changed since. Omit to act on the latest. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** Reason shown to the resident, 2 to 500 characters. */
  reason: Scalars['String']['input'];
  /** The ticket. */
  ticketId: Scalars['ID']['input'];
};

/** Reopen a resolved ticket. */
export type ReopenTicketInput = {
  /** Why it is not resolved, 2 to 1000 characters. */
  reason: Scalars['String']['input'];
  /** The ticket. */
  ticketId: Scalars['ID']['input'];
};

/** A public answer to the resident. */
export type ReplyToTicketInput = {
  /** The answer, 2 to 2000 characters. */
  body: Scalars['String']['input'];
  /** The `version` the actor saw; CONFLICT if the ticket changed since. Omit to act on the latest. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** Organisation replied for, when the actor works for several. */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  /** The ticket. */
  ticketId: Scalars['ID']['input'];
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

/** Resolve (完结) a ticket. */
export type ResolveTicketInput = {
  /** The `version` the actor saw; CONFLICT if the ticket changed since. Omit to act on the latest. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The resolution, shown to the resident, 2 to 2000 characters. */
  resolution: Scalars['String']['input'];
  /** The ticket. */
  ticketId: Scalars['ID']['input'];
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

/** What a role is and where it is granted: the rules the server applies, for clients. */
export type RoleDefinition = {
  __typename?: 'RoleDefinition';
  /** On ORGANISATION scope: the kind of organisation the role is granted in. */
  organisationKind: Maybe<OrganisationKind>;
  /** Actions (`area.verb`, e.g. `membership.manage`) the role’s memberships count for, wherever their scope reaches the record. */
  permissions: Array<Scalars['String']['output']>;
  /** The role. */
  role: Role;
  /** Kinds of scope the role is granted on (grantMembership checks it). */
  scopeKinds: Array<ScopeKind>;
  /** A staff role (works in the console); RESIDENT is not. */
  staff: Scalars['Boolean']['output'];
};

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
  /** API version: the server package’s version (semantic versioning of the contract). */
  version: Scalars['String']['output'];
};

/** Enter or change a holiday or make-up working day. */
export type SetCalendarDayInput = {
  /** The date, 'YYYY-MM-DD' (years 2000-2100). */
  date: Scalars['String']['input'];
  /** Holiday or make-up working day. */
  kind: CalendarDayKind;
  /** Name, 1 to 50 characters, e.g. 国庆节 or 国庆调休. */
  name: Scalars['String']['input'];
};

/** Declare whether a year's schedule is fully entered. */
export type SetCalendarYearCompleteInput = {
  /** True once every holiday and make-up working day of the year is entered. */
  complete: Scalars['Boolean']['input'];
  /** Note, up to 200 characters, e.g. the notice it follows. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The year (2000-2100). */
  year: Scalars['Int']['input'];
};

/** The complete set of estates a property company serves. */
export type SetOrganisationEstatesInput = {
  /** Every estate it serves (replaces the previous set; at most 200). */
  estateIds: Array<Scalars['ID']['input']>;
  /** The property company. */
  organisationId: Scalars['ID']['input'];
};

/** Who may raise matters in a community. */
export type SetTicketIntakeInput = {
  /** The community. */
  communityId: Scalars['ID']['input'];
  /** Verified residents of the community only, or any registered resident. */
  intake: TicketIntake;
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
  /** Changes with every update; send it back as `expectedVersion`. */
  version: Scalars['Int']['output'];
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

/** A new matter (我要说事). */
export type SubmitTicketInput = {
  /** Hide the submitter from other residents. */
  anonymous?: Scalars['Boolean']['input'];
  /** What happened, 5 to 2000 characters. */
  body: Scalars['String']['input'];
  /** Building it concerns. */
  buildingId?: InputMaybe<Scalars['ID']['input']>;
  /** Category (see `ticketCategories`). */
  categoryId: Scalars['ID']['input'];
  /** Community it concerns, when no estate is given (defaults to the category’s community). */
  communityId?: InputMaybe<Scalars['ID']['input']>;
  /** Estate it concerns (defaults to nothing; needed for routing to a property company). */
  estateId?: InputMaybe<Scalars['ID']['input']>;
  /** Client-chosen key (8-64 letters, digits, - or _): a retried submit with the same key returns the first ticket. */
  idempotencyKey: Scalars['String']['input'];
  /** Free-text place, e.g. 博学路与金城路交叉口. */
  locationText?: InputMaybe<Scalars['String']['input']>;
  /** Photos uploaded with `POST /files` (at most 9). */
  photoFileIds?: Array<Scalars['ID']['input']>;
  /** Title, 2 to 100 characters. */
  title: Scalars['String']['input'];
};

/** Live events over graphql-ws on the same `/graphql` path. */
export type Subscription = {
  __typename?: 'Subscription';
  /** Each new notification of the signed-in user, as it is sent (graphql-ws). */
  notificationAdded: Notification;
};

/** A matter a resident raised (我要说事). Other residents see a public, anonymised form: no submitter, photos or exact location. */
export type Ticket = {
  __typename?: 'Ticket';
  /** When staff accepted it. */
  acceptedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Raised anonymously toward other residents. */
  anonymous: Scalars['Boolean']['output'];
  /** Responsible organisations and their reply obligations. */
  assignments: Array<TicketAssignment>;
  /** What the resident wrote. */
  body: Scalars['String']['output'];
  /** Building it concerns (hidden in the public form). */
  building: Maybe<Building>;
  /** Category. */
  category: TicketCategory;
  /** Community it belongs to. */
  community: Community;
  /** When it was submitted. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Estate it concerns. */
  estate: Maybe<Estate>;
  /** When the first reply was posted. */
  firstRepliedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** True when the viewer sees only the public, anonymised form. */
  isPublicView: Scalars['Boolean']['output'];
  /** Free-text location (hidden in the public form). */
  locationText: Maybe<Scalars['String']['output']>;
  /** The primary ticket a duplicate was merged into (public form unless in scope). */
  mergedInto: Maybe<Ticket>;
  /** Photos (empty in the public form). */
  photos: Array<FileRef>;
  /** The resident’s rating, 1-5. */
  rating: Maybe<Scalars['Int']['output']>;
  /** The resident’s comment with the rating. */
  ratingComment: Maybe<Scalars['String']['output']>;
  /** The first-reply deadline now running: from submission while waiting for triage, then the earliest open obligation; null when no reply is owed. */
  replyDeadline: Maybe<Deadline>;
  /** The resolution deadline while the ticket is accepted and not resolved. */
  resolveDeadline: Maybe<Deadline>;
  /** When it was resolved. */
  resolvedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Current state (a projection of the timeline). */
  state: TicketState;
  /** Who raised it (staff and the submitter; phone masked). Null in the public form, and for an anonymous ticket (匿名居民) to all but its submitter and community, street and system staff. */
  submitter: Maybe<User>;
  /** The timeline, oldest first, a page at a time, as the viewer may see it: staff everything; the submitter public and own events without staff texts; other residents the public events’ type and time and texts written for residents. */
  timeline: TicketEventConnection;
  /** Title. */
  title: Scalars['String']['output'];
  /** Version for optimistic concurrency: pass it as `expectedVersion` when acting. */
  version: Scalars['Int']['output'];
  /** What the viewer may do now (role and state permitting). */
  viewerCan: TicketViewerCan;
};


/** A matter a resident raised (我要说事). Other residents see a public, anonymised form: no submitter, photos or exact location. */
export type TicketTimelineArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

/** One responsible organisation's obligation to reply, with its own clock. */
export type TicketAssignment = {
  __typename?: 'TicketAssignment';
  /** This organisation's reply deadline. */
  deadline: Deadline;
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** The responsible organisation. */
  organisation: Organisation;
  /** When the organisation replied. */
  repliedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Whether the reply is still owed. */
  state: AssignmentState;
};

/** A category of matters, configured per community. */
export type TicketCategory = {
  __typename?: 'TicketCategory';
  /** Offered to residents. */
  active: Scalars['Boolean']['output'];
  /** Stable code, e.g. TRAFFIC. */
  code: Scalars['String']['output'];
  /** Organisation kind that handles it by default. */
  defaultOrgKind: OrganisationKind;
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** Name in English. */
  nameEn: Scalars['String']['output'];
  /** Name in Chinese. */
  nameZh: Scalars['String']['output'];
  /** Working days to the first reply (1-5). */
  replyDays: Scalars['Int']['output'];
  /** Working days to resolution. */
  resolveDays: Scalars['Int']['output'];
  /** Position in lists. */
  sortOrder: Scalars['Int']['output'];
  /** Changes with every update; send it back as `expectedVersion`. */
  version: Scalars['Int']['output'];
};

/** Result of a mutation on a ticket category. */
export type TicketCategoryPayload = {
  __typename?: 'TicketCategoryPayload';
  /** The ticket category as it is after the mutation. */
  category: TicketCategory;
};

/** A page of tickets. */
export type TicketConnection = {
  __typename?: 'TicketConnection';
  /** The items of this page. */
  edges: Array<TicketEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items in the whole list (with the same filters). */
  totalCount: Scalars['Int']['output'];
};

/** One ticket in a page, with its cursor. */
export type TicketEdge = {
  __typename?: 'TicketEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The ticket. */
  node: Ticket;
};

/** One entry of a ticket timeline. Immutable. */
export type TicketEvent = {
  __typename?: 'TicketEvent';
  /** Name of the staff member who acted (staff view only). */
  actorName: Maybe<Scalars['String']['output']>;
  /** Role the actor acted as (staff); null for the resident. */
  actorRole: Maybe<Scalars['String']['output']>;
  /** When it happened. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** State before (transitions only). */
  fromState: Maybe<TicketState>;
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** True when every resident who may see the ticket sees that this happened (its type and time). */
  isPublic: Scalars['Boolean']['output'];
  /** Text: the reply, the reason, the note … */
  note: Maybe<Scalars['String']['output']>;
  /** Organisation acted for (the replier, the department escalated to). */
  organisation: Maybe<Organisation>;
  /** State after (transitions only). */
  toState: Maybe<TicketState>;
  /** What happened. */
  type: TicketEventType;
  /** Who sees this event: every resident who may see the ticket, its submitter and staff, or staff only. */
  visibility: TicketEventVisibility;
};

/** A page of timeline events. */
export type TicketEventConnection = {
  __typename?: 'TicketEventConnection';
  /** The items of this page. */
  edges: Array<TicketEventEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items in the whole list (with the same filters). */
  totalCount: Scalars['Int']['output'];
};

/** One timeline event in a page, with its cursor. */
export type TicketEventEdge = {
  __typename?: 'TicketEventEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The timeline event. */
  node: TicketEvent;
};

/** Kinds of timeline event. */
export type TicketEventType =
  /** Staff accepted it and routed it. */
  | 'ACCEPTED'
  /** Reported up to a street department. */
  | 'ESCALATED'
  /** The department's answer, posted to the resident. */
  | 'ESCALATION_ANSWERED'
  /** Merged into another ticket as a duplicate. */
  | 'MERGED'
  /** An internal note (staff only). */
  | 'NOTE'
  /** The resident rated the outcome. */
  | 'RATED'
  /** Responsible organisations changed. */
  | 'REASSIGNED'
  /** Put on a round-table meeting agenda. */
  | 'REFERRED_TO_MEETING'
  /** Staff rejected it as invalid. */
  | 'REJECTED'
  /** The resident reopened it after resolution. */
  | 'REOPENED'
  /** A public answer to the resident. */
  | 'REPLIED'
  /** Resolved (完结), with the resolution. */
  | 'RESOLVED'
  /** The resident raised the matter. */
  | 'SUBMITTED'
  /** The resident withdrew it. */
  | 'WITHDRAWN';

/** Who sees a timeline event (declared per event type; staff only unless declared). */
export type TicketEventVisibility =
  /** The resident who raised it, and staff. */
  | 'OWNER_AND_STAFF'
  /** Every resident who may see the ticket: its type and time, and texts written for residents. */
  | 'PUBLIC'
  /** Staff who see the ticket in full (internal notes). */
  | 'STAFF_ONLY';

/** Ticket figures of a period, derived from the timeline (never from counters). */
export type TicketFigures = {
  __typename?: 'TicketFigures';
  /** Average rating of rated tickets (1-5). */
  averageRating: Maybe<Scalars['Float']['output']>;
  /** Valid tickets escalated (上报) to the street. */
  escalated: Scalars['Int']['output'];
  /** Start of the period (inclusive). */
  from: Scalars['DateTimeISO']['output'];
  /** Duplicates merged into another ticket. */
  merged: Scalars['Int']['output'];
  /** repliedOnTime / valid (0-1). */
  onTimeRate: Maybe<Scalars['Float']['output']>;
  /** Tickets rejected as invalid. */
  rejected: Scalars['Int']['output'];
  /** Valid tickets that have had a reply. */
  replied: Scalars['Int']['output'];
  /** Valid tickets whose first reply came by the deadline. */
  repliedOnTime: Scalars['Int']['output'];
  /** replied / valid (0-1); null when nothing is valid. */
  replyRate: Maybe<Scalars['Float']['output']>;
  /** Valid tickets resolved (完结). */
  resolved: Scalars['Int']['output'];
  /** Tickets submitted in the period. */
  submitted: Scalars['Int']['output'];
  /** End of the period (exclusive). */
  to: Scalars['DateTimeISO']['output'];
  /** Of those, accepted as valid (merged duplicates counted once, rejected not at all). */
  valid: Scalars['Int']['output'];
};

/** Who may raise a matter in a community. */
export type TicketIntake =
  /** Any registered resident (for street-wide public matters); not staff accounts. */
  | 'REGISTERED_RESIDENTS'
  /** Verified residents of the community only (an approved household binding). */
  | 'VERIFIED_RESIDENTS';

/** Who may raise matters in a community. */
export type TicketIntakeSetting = {
  __typename?: 'TicketIntakeSetting';
  /** The community. */
  communityId: Scalars['ID']['output'];
  /** Who may raise matters there. */
  intake: TicketIntake;
};

/** Result of a mutation on a ticket. */
export type TicketPayload = {
  __typename?: 'TicketPayload';
  /** The ticket as it is after the mutation. */
  ticket: Ticket;
};

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

/** What the viewer may do with a ticket now (state and role permitting). */
export type TicketViewerCan = {
  __typename?: 'TicketViewerCan';
  /** Accept and route it. */
  accept: Scalars['Boolean']['output'];
  /** Post the department's answer. */
  answerEscalation: Scalars['Boolean']['output'];
  /** Report it up to a street department. */
  escalate: Scalars['Boolean']['output'];
  /** Merge it into another ticket. */
  merge: Scalars['Boolean']['output'];
  /** Add an internal note. */
  note: Scalars['Boolean']['output'];
  /** Rate the outcome (the resident). */
  rate: Scalars['Boolean']['output'];
  /** Change the responsible organisations. */
  reassign: Scalars['Boolean']['output'];
  /** Put it on a round-table meeting agenda. */
  referToMeeting: Scalars['Boolean']['output'];
  /** Reject it as invalid. */
  reject: Scalars['Boolean']['output'];
  /** Reopen it (the resident, within the allowed days). */
  reopen: Scalars['Boolean']['output'];
  /** Post a public reply. */
  reply: Scalars['Boolean']['output'];
  /** Resolve it (完结). */
  resolve: Scalars['Boolean']['output'];
  /** Withdraw it (the resident). */
  withdraw: Scalars['Boolean']['output'];
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
  /** The `version` the author saw; CONFLICT if the record changed since. Omit to change the latest. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
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
  /** The `version` the author saw; CONFLICT if the record changed since. Omit to change the latest. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
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
  /** The `version` the author saw; CONFLICT if the record changed since. Omit to change the latest. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
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
  /** The `version` the author saw; CONFLICT if the record changed since. Omit to change the latest. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The organisation. */
  id: Scalars['ID']['input'];
  /** Name, 1 to 100 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** Change a draft in place, or a published item as a new revision (a change note is then required). */
export type UpdatePublicationInput = {
  /** The attachments after the edit: ids kept from the current ones plus newly uploaded ones, at most 9. */
  attachmentFileIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** New rich text (sanitised on the server), at most 15,000. */
  body?: InputMaybe<Scalars['String']['input']>;
  /** Why it changed (required when the item is published), 1-500. */
  changeNote?: InputMaybe<Scalars['String']['input']>;
  /** New cover image (replaces the cover). */
  coverFileId?: InputMaybe<Scalars['ID']['input']>;
  /** The `version` the editor loaded; CONFLICT if it changed since. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The publication. */
  id: Scalars['ID']['input'];
  /** New title, 1-200 characters. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a street; omitted fields stay as they are. */
export type UpdateStreetInput = {
  /** true archives, false restores. */
  archived?: InputMaybe<Scalars['Boolean']['input']>;
  /** District and city. */
  district?: InputMaybe<Scalars['String']['input']>;
  /** The `version` the author saw; CONFLICT if the record changed since. Omit to change the latest. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The street. */
  id: Scalars['ID']['input'];
  /** Name, 1 to 100 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a ticket category; omitted fields stay. */
export type UpdateTicketCategoryInput = {
  /** Offer it to residents. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Default handling organisation kind. */
  defaultOrgKind?: InputMaybe<OrganisationKind>;
  /** The `version` the author saw; CONFLICT if the record changed since. Omit to change the latest. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The category. */
  id: Scalars['ID']['input'];
  /** Name in English. */
  nameEn?: InputMaybe<Scalars['String']['input']>;
  /** Name in Chinese. */
  nameZh?: InputMaybe<Scalars['String']['input']>;
  /** Working days to the first reply, 1 to 5. */
  replyDays?: InputMaybe<Scalars['Int']['input']>;
  /** Working days to resolution, 1 to 60. */
  resolveDays?: InputMaybe<Scalars['Int']['input']>;
  /** Position in lists. */
  sortOrder?: InputMaybe<Scalars['Int']['input']>;
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
  /** Active memberships (roles and scopes): all of them for oneself; for staff, only those placed within their own scope. */
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

/** Withdraw a published or scheduled item (its history stays readable). */
export type WithdrawPublicationInput = {
  /** The publication. */
  id: Scalars['ID']['input'];
  /** Why, shown to readers, 1-500 characters. */
  reason: Scalars['String']['input'];
};

/** Withdraw an own ticket. */
export type WithdrawTicketInput = {
  /** Why, optional. */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** The ticket. */
  ticketId: Scalars['ID']['input'];
};
