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

/** Acknowledge (签收) an assignment of the viewer’s organisation. */
export type AcknowledgeAssignmentInput = {
  /** The `version` the actor saw; CONFLICT if the ticket changed since. Omit to act on the latest. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The organisation acknowledged for, when the viewer works for several (default: the first of theirs). */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  /** The ticket. */
  ticketId: Scalars['ID']['input'];
};

/** A street department acknowledges a ticket escalated to it (签收). */
export type AcknowledgeEscalationInput = {
  /** The `version` the actor saw; CONFLICT if the ticket changed since. Omit to act on the latest. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** Internal note (staff only), up to 500 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The ticket. */
  ticketId: Scalars['ID']['input'];
};

/** A task the meeting gives an organisation. */
export type AddActionItemInput = {
  /** The agenda item it follows from. */
  agendaItemId?: InputMaybe<Scalars['ID']['input']>;
  /** Due in this many working days (1-60), on the tickets’ calendar. */
  dueDays: Scalars['Int']['input'];
  /** The meeting (held). */
  meetingId: Scalars['ID']['input'];
  /** The organisation that owns it. */
  ownerOrganisationId: Scalars['ID']['input'];
  /** What to do (1-200 characters). */
  title: Scalars['String']['input'];
};

/** Add an item to the end of an agenda: a ticket, or a free topic. */
export type AddAgendaItemInput = {
  /** The meeting. */
  meetingId: Scalars['ID']['input'];
  /** A ticket in meeting, or accepted/replied (then referred to the meeting now). */
  ticketId?: InputMaybe<Scalars['ID']['input']>;
  /** A free topic (1-200 characters), when no ticket is given. */
  topic?: InputMaybe<Scalars['String']['input']>;
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

/** Add an entry to an estate’s public-revenue ledger. */
export type AddRevenueEntryInput = {
  /** Amount in fen, 1 to 2,000,000,000. */
  amountFen: Scalars['Int']['input'];
  /** The entry this one corrects (same estate and period). The only way to change a closed period; the correction stays visible. */
  correctsId?: InputMaybe<Scalars['ID']['input']>;
  /** Income or expense. */
  direction: RevenueDirection;
  /** The estate. */
  estateId: Scalars['ID']['input'];
  /** Item (1-100 characters). */
  item: Scalars['String']['input'];
  /** Note (at most 500 characters). */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The month, `YYYY-MM`. */
  period: Scalars['String']['input'];
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

/** A staff adjustment of a resident's points, with a reason. */
export type AdjustPointsInput = {
  /** The community. */
  communityId: Scalars['ID']['input'];
  /** Signed change, not zero, at most 1,000,000 either way; the balance never goes below zero. */
  delta: Scalars['Int']['input'];
  /** Client key: the same adjustment sent twice makes one entry (1-100 characters). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The reason in words (1-500 characters), kept on the entry and in the audit log. */
  note: Scalars['String']['input'];
  /** The resident. */
  userId: Scalars['ID']['input'];
};

/** The kind of a 三务公开 (COMMUNITY_AFFAIRS) publication. */
export type AffairsKind =
  /** 财务公开 — finance. */
  | 'FINANCE'
  /** 政务公开 — government affairs. */
  | 'GOVERNMENT_AFFAIRS'
  /** 党务公开 — party affairs. */
  | 'PARTY_AFFAIRS';

/** The figures of a place over a period [from, to), each with its written definition. */
export type AnalysisFigures = {
  __typename?: 'AnalysisFigures';
  /** 活跃用户 — registered residents whose last sign-in (a session issued: sign-in, registration or refresh) lies in the 30 days before the end of the period. */
  activeUsers: Scalars['Int']['output'];
  /** 已上报 — valid tickets reported up to a street department at least once. */
  escalated: Scalars['Int']['output'];
  /** 首次答复用时中位数 — median time from submission to the first answer of valid tickets, in working hours (hours of Asia/Shanghai working days only). */
  firstReplyMedianHours: Maybe<Scalars['Float']['output']>;
  /** 首次答复用时P90 — the 90th percentile (nearest rank) of the same first-answer times, in working hours. */
  firstReplyP90Hours: Maybe<Scalars['Float']['output']>;
  /** Start of the period (inclusive). */
  from: Scalars['DateTimeISO']['output'];
  /** The group: an id (street, community, estate, organisation, category) or a period key; null for tickets without one. */
  key: Maybe<Scalars['String']['output']>;
  /** Display name of the group (its place, organisation or category name). */
  label: Maybe<Scalars['String']['output']>;
  /** 合并 — tickets of the period merged into another ticket (duplicates). */
  merged: Scalars['Int']['output'];
  /** 按时答复率 — replied on time ÷ valid. */
  onTimeRate: Maybe<Scalars['Float']['output']>;
  /** 提出 — tickets submitted in the period (every state, merged and rejected included). */
  raised: Scalars['Int']['output'];
  /** 已评价 — valid tickets the submitter rated (1-5). */
  rated: Scalars['Int']['output'];
  /** 注册居民 — accounts that asked to be bound to a household in the place before the end of the period and were not refused (pending, approved or later revoked). */
  registeredResidents: Scalars['Int']['output'];
  /** 不予受理 — tickets of the period rejected as invalid. */
  rejected: Scalars['Int']['output'];
  /** 重开率 — reopened ÷ valid tickets resolved at least once. */
  reopenRate: Maybe<Scalars['Float']['output']>;
  /** 重新打开 — valid tickets reopened by their submitter at least once. */
  reopened: Scalars['Int']['output'];
  /** 已答复 — valid tickets with an answer to residents (a reply, a resolution or an escalation answer). */
  replied: Scalars['Int']['output'];
  /** 按时答复 — valid tickets whose first answer came by their reply deadline (N working days). */
  repliedOnTime: Scalars['Int']['output'];
  /** 响应率/答复率 — replied ÷ valid (null without valid tickets). */
  replyRate: Maybe<Scalars['Float']['output']>;
  /** 解决率 — resolved ÷ valid. */
  resolutionRate: Maybe<Scalars['Float']['output']>;
  /** 已完结 — valid tickets whose last resolve/reopen event is a resolution. */
  resolved: Scalars['Int']['output'];
  /** 满意率 — rated 4-5 ÷ rated. */
  satisfaction: Maybe<Scalars['Float']['output']>;
  /** 满意 — valid tickets rated 4 or 5. */
  satisfied: Scalars['Int']['output'];
  /** End of the period (exclusive). */
  to: Scalars['DateTimeISO']['output'];
  /** 有效 — tickets of the period accepted by staff and not merged into another (the denominator of the rates). */
  valid: Scalars['Int']['output'];
  /** 认证居民 — registered residents whose household binding staff approved before the end of the period. */
  verifiedResidents: Scalars['Int']['output'];
};

/** A community's figures settings. */
export type AnalysisSettings = {
  __typename?: 'AnalysisSettings';
  /** The community. */
  communityId: Scalars['ID']['output'];
  /** Valid tickets an organisation needs before the assessment table ranks it (1-1000). */
  minSample: Scalars['Int']['output'];
  /** Its monthly figures are public (its residents and anonymous callers read them). */
  publishFigures: Scalars['Boolean']['output'];
};

/** Result of setAnalysisSettings. */
export type AnalysisSettingsPayload = {
  __typename?: 'AnalysisSettingsPayload';
  /** The settings as they are after the change. */
  settings: AnalysisSettings;
};

/** Post a street department's answer to an escalated ticket. */
export type AnswerEscalationInput = {
  /** The answer, shown to the resident, 2 to 2000 characters. */
  answer: Scalars['String']['input'];
  /** The `version` the actor saw; CONFLICT if the ticket changed since. Omit to act on the latest. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The ticket. */
  ticketId: Scalars['ID']['input'];
};

/** An app (应用) that calls the API with a key; the key itself is shown only once. */
export type ApiClient = {
  __typename?: 'ApiClient';
  /** Browser origins allowed to call with the key (empty: any). */
  allowedOrigins: Array<Scalars['String']['output']>;
  /** Cost points per minute. */
  budgetPerMinute: Scalars['Int']['output'];
  /** When it was registered. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** Public part of the current key (`ak_…`), to recognise it; not a secret. */
  keyId: Scalars['String']['output'];
  /** Its name. */
  name: Scalars['String']['output'];
  /** The organisation that owns the app. */
  organisationId: Scalars['ID']['output'];
  /** Name of the owner organisation. */
  organisationName: Scalars['String']['output'];
  /** Until when the key before the last rotation is still accepted (null: none). */
  previousKeyValidUntil: Maybe<Scalars['DateTimeISO']['output']>;
  /** When it was revoked (null: active). */
  revokedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Version for optimistic locking (`expectedVersion`). */
  version: Scalars['Int']['output'];
};

/** A page of apps. */
export type ApiClientConnection = {
  __typename?: 'ApiClientConnection';
  /** The items of this page. */
  edges: Array<ApiClientEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items in the whole list (with the same filters), computed only when selected. Exact up to 10,000; above that, a list may answer the database's estimate (MariaDB/MySQL index statistics, never below 10,001) instead of counting every row. */
  totalCount: Scalars['Int']['output'];
};

/** One app in a page, with its cursor. */
export type ApiClientEdge = {
  __typename?: 'ApiClientEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The app. */
  node: ApiClient;
};

/** An app with its new key: the key is shown this once and stored only hashed. */
export type ApiClientKeyPayload = {
  __typename?: 'ApiClientKeyPayload';
  /** The app. */
  apiClient: ApiClient;
  /** The full key `ak_….secret`, to send as the `X-Api-Key` header. Shown once. */
  key: Scalars['String']['output'];
};

/** Result of a change to an app. */
export type ApiClientPayload = {
  __typename?: 'ApiClientPayload';
  /** The app as it is after the mutation. */
  apiClient: ApiClient;
};

/** Approve a pending booking. */
export type ApproveBookingInput = {
  /** The booking. */
  id: Scalars['ID']['input'];
};

/** Approve recorded hours, or correct them with a reason (staff). */
export type ApproveHoursInput = {
  /** Minutes to approve (default: as recorded). */
  minutes?: InputMaybe<Scalars['Int']['input']>;
  /** Why the minutes differ from those recorded (0-500 characters). */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** The sign-up. */
  signupId: Scalars['ID']['input'];
};

/** Approve a pending household binding. */
export type ApproveHouseholdBindingInput = {
  /** The binding. */
  bindingId: Scalars['ID']['input'];
};

/** Archive a venue: no more bookings; existing ones stay. */
export type ArchiveVenueInput = {
  /** The venue. */
  id: Scalars['ID']['input'];
};

/** One handling organisation in the assessment table (三率 + overdue). */
export type AssessmentRow = {
  __typename?: 'AssessmentRow';
  /** Its name. */
  name: Scalars['String']['output'];
  /** 按时答复率 — replied on time ÷ valid. */
  onTimeRate: Maybe<Scalars['Float']['output']>;
  /** The organisation. */
  organisationId: Scalars['ID']['output'];
  /** 逾期 — open reply obligations whose deadline has passed, now (not limited to the period). */
  overdue: Scalars['Int']['output'];
  /** Rank by reply rate, then resolution rate, then satisfaction (1 = best); null while the organisation has fewer valid tickets than the minimum sample. */
  rank: Maybe<Scalars['Int']['output']>;
  /** 已答复 — valid tickets with an answer to residents (a reply, a resolution or an escalation answer). */
  replied: Scalars['Int']['output'];
  /** 响应率/答复率 — replied ÷ valid (null without valid tickets). */
  replyRate: Maybe<Scalars['Float']['output']>;
  /** 解决率 — resolved ÷ valid. */
  resolutionRate: Maybe<Scalars['Float']['output']>;
  /** 满意率 — rated 4-5 ÷ rated. */
  satisfaction: Maybe<Scalars['Float']['output']>;
  /** 督办 — supervision notices issued to the organisation in the period (the ticket desk). */
  supervised: Scalars['Int']['output'];
  /** 有效 — tickets of the period accepted by staff and not merged into another (the denominator of the rates). */
  valid: Scalars['Int']['output'];
};

/** The assessment of handling organisations over a period. */
export type AssessmentTable = {
  __typename?: 'AssessmentTable';
  /** Valid tickets an organisation needs in the period before it is ranked. */
  minSample: Scalars['Int']['output'];
  /** Every organisation with a ticket in the period, ranked ones first. */
  rows: Array<AssessmentRow>;
};

/** State of one organisation's obligation to reply. */
export type AssignmentState =
  /** Reply still owed. */
  | 'OPEN'
  /** Taken off the ticket by reassignment. */
  | 'REMOVED'
  /** The organisation has replied. */
  | 'REPLIED';

/** Whether a party came. */
export type Attendance =
  /** Absent. */
  | 'ABSENT'
  /** Excused (请假). */
  | 'EXCUSED'
  /** Present (checked in, or recorded by the organisers). */
  | 'PRESENT'
  /** Not recorded yet. */
  | 'UNKNOWN';

/** A page of audit log entrys. */
export type AuditLogConnection = {
  __typename?: 'AuditLogConnection';
  /** The items of this page. */
  edges: Array<AuditLogEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items in the whole list (with the same filters), computed only when selected. Exact up to 10,000; above that, a list may answer the database's estimate (MariaDB/MySQL index statistics, never below 10,001) instead of counting every row. */
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

/** An audit-log operation a module declares (its manifest’s `auditOperations`). */
export type AuditOperationInfo = {
  __typename?: 'AuditOperationInfo';
  /** The module that declares it (`ticket`). */
  module: Scalars['String']['output'];
  /** The operation, as entries carry it (`ticket.accept`). */
  operation: Scalars['String']['output'];
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

/** An owner’s current ballot. */
export type Ballot = {
  __typename?: 'Ballot';
  /** How the current version arrived. */
  channel: BallotChannel;
  /** The choices (null when the viewer may not see them). */
  choices: Maybe<Array<BallotChoice>>;
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** How many versions it has had. */
  revision: Scalars['Int']['output'];
  /** Every version, oldest first (null when hidden). */
  revisions: Maybe<Array<BallotRevision>>;
  /** The scan of the signed paper ballot (staff reading the roll). */
  scan: Maybe<FileRef>;
  /** When it was last cast or changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** How a ballot arrived. */
export type BallotChannel =
  /** Online by the owner. */
  | 'ONLINE'
  /** Entered by staff from a signed paper ballot. */
  | 'PAPER';

/** One choice of a ballot. */
export type BallotChoice = {
  __typename?: 'BallotChoice';
  /** The choice. */
  choice: BallotChoiceValue;
  /** The matter. */
  matterId: Scalars['ID']['output'];
};

/** One choice of a ballot. */
export type BallotChoiceInput = {
  /** For, against or abstain. */
  choice: BallotChoiceValue;
  /** The matter. */
  matterId: Scalars['ID']['input'];
};

/** A choice on a matter. */
export type BallotChoiceValue =
  /** 弃权 (participates, does not agree). */
  | 'ABSTAIN'
  /** 反对. */
  | 'AGAINST'
  /** 同意. */
  | 'FOR';

/** One version of a ballot (each casting and change is kept). */
export type BallotRevision = {
  __typename?: 'BallotRevision';
  /** How this version arrived. */
  channel: BallotChannel;
  /** Its choices. */
  choices: Array<BallotChoice>;
  /** When. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Entered by staff for the owner. */
  enteredByStaff: Scalars['Boolean']['output'];
  /** 1 for the first casting, then +1 per change. */
  revision: Scalars['Int']['output'];
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

/** One record by id. */
export type BoardRecordInput = {
  /** The record. */
  id: Scalars['ID']['input'];
};

/** A community’s board and moderation settings: blocked words, the daily limit of new tickets per person, auto-close days. */
export type BoardSettings = {
  __typename?: 'BoardSettings';
  /** Days after resolution a ticket with no rating and no follow-up call closes itself (counted as not rated); null: never. */
  autoCloseDays: Maybe<Scalars['Int']['output']>;
  /** Words a submission may not contain (title or text): it is refused with BOARD_BLOCKED_WORD. */
  blockedWords: Array<Scalars['String']['output']>;
  /** The community. */
  communityId: Scalars['ID']['output'];
  /** New tickets one person may raise here per day (Asia/Shanghai); null: no limit. */
  dailyTicketLimit: Maybe<Scalars['Int']['output']>;
  /** Changes with every update; send it back as `expectedVersion` (0: never set). */
  version: Scalars['Int']['output'];
};

/** Result of a mutation on a community’s board settings. */
export type BoardSettingsPayload = {
  __typename?: 'BoardSettingsPayload';
  /** The community’s board settings as it is after the mutation. */
  settings: BoardSettings;
};

/** Order of the public board. */
export type BoardSort =
  /** Most 我也遇到 first (then newest). */
  | 'MOST_ME_TOO'
  /** Newest submissions first. */
  | 'NEWEST'
  /** Resolved tickets only, most recently resolved first. */
  | 'RECENTLY_RESOLVED';

/** A ticket on the public board. */
export type BoardTicketInput = {
  /** The ticket. */
  ticketId: Scalars['ID']['input'];
};

/** Book a venue (or, for an organisation, a weekly series). */
export type BookVenueInput = {
  /** Expected attendees (1 to the venue’s capacity). */
  attendees: Scalars['Int']['input'];
  /** On whose behalf (default: ORGANISATION with organisationId, else RESIDENT when bound, else STAFF). */
  bookAs?: InputMaybe<VenueBookerKind>;
  /** End, a whole number of slots later. */
  endsAt: Scalars['DateTimeISO']['input'];
  /** For a resident bound to several households: which one. */
  householdId?: InputMaybe<Scalars['ID']['input']>;
  /** A key the client picks per request (8-64 characters): a retry with the same key returns the same booking. */
  idempotencyKey: Scalars['String']['input'];
  /** How the occurrences of a series are decided. */
  mode?: VenueRecurrenceMode;
  /** For an organisation’s booking: the organisation. */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  /** What it is for, 2-200 characters. */
  purpose: Scalars['String']['input'];
  /** Start, on the venue’s slot grid. */
  startsAt: Scalars['DateTimeISO']['input'];
  /** The venue. */
  venueId: Scalars['ID']['input'];
  /** Weekly series: how many weeks (1-26; more than 1: organisations only). */
  weeks?: Scalars['Int']['input'];
};

/** The result of bookVenue. */
export type BookVenuePayload = {
  __typename?: 'BookVenuePayload';
  /** The (first) booking made; null when no occurrence succeeded. */
  booking: Maybe<VenueBooking>;
  /** How the occurrences were decided. */
  mode: VenueRecurrenceMode;
  /** Each occurrence, in date order, and whether it succeeded. */
  occurrences: Array<VenueBookingOccurrence>;
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
  /** Number of items in the whole list (with the same filters), computed only when selected. Exact up to 10,000; above that, a list may answer the database's estimate (MariaDB/MySQL index statistics, never below 10,001) instead of counting every row. */
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

/** Accept several tickets and route each to the same organisations. */
export type BulkAcceptTicketsInput = {
  /** The tickets, 1 to 100, each acted on separately. */
  items: Array<BulkTicketItem>;
  /** Internal note. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Responsible organisations, 1 to 5. */
  organisationIds: Array<Scalars['ID']['input']>;
};

/** Merge several duplicates into one primary ticket. */
export type BulkMergeTicketsInput = {
  /** The tickets, 1 to 100, each acted on separately. */
  items: Array<BulkTicketItem>;
  /** Note to each submitter. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The primary ticket (not one of `items`). */
  primaryTicketId: Scalars['ID']['input'];
};

/** Reject several tickets with one reason. */
export type BulkRejectTicketsInput = {
  /** The tickets, 1 to 100, each acted on separately. */
  items: Array<BulkTicketItem>;
  /** Reason shown to each resident, 2 to 500 characters. */
  reason: Scalars['String']['input'];
};

/** One ticket of a bulk action, with the version the actor saw. */
export type BulkTicketItem = {
  /** The `version` the actor saw; CONFLICT for this ticket if it changed since. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The ticket. */
  ticketId: Scalars['ID']['input'];
};

/** What a bulk action did to one ticket. */
export type BulkTicketOutcome = {
  __typename?: 'BulkTicketOutcome';
  /** The error code when it failed (CONFLICT, INVALID_TRANSITION, NOT_FOUND …). */
  code: Maybe<Scalars['String']['output']>;
  /** Why it failed, in English. */
  message: Maybe<Scalars['String']['output']>;
  /** True when the action succeeded for this ticket. */
  ok: Scalars['Boolean']['output'];
  /** The error reason when it failed (`extensions.reason` of the single action). */
  reason: Maybe<Scalars['String']['output']>;
  /** The ticket after the action (when it succeeded). */
  ticket: Maybe<Ticket>;
  /** The ticket. */
  ticketId: Scalars['ID']['output'];
};

/** The outcome of a bulk action, one entry per ticket in the order given. */
export type BulkTicketsPayload = {
  __typename?: 'BulkTicketsPayload';
  /** Per ticket: success, or the reason it failed. */
  results: Array<BulkTicketOutcome>;
  /** How many succeeded. */
  succeeded: Scalars['Int']['output'];
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
  /** The built-in statutory holidays and make-up working days of the year (empty after the schedule ends); a staff entry of the same date takes precedence. */
  statutoryDays: Array<StatutoryDay>;
  /** The year. */
  year: Scalars['Int']['output'];
};

/** Result of declaring a year complete or incomplete. */
export type CalendarYearPayload = {
  __typename?: 'CalendarYearPayload';
  /** Coverage of the year after the mutation. */
  coverage: CalendarYearCoverage;
};

/** What the resident said on a follow-up call (回访). */
export type CallbackSatisfaction =
  /** 基本满意. */
  | 'BASICALLY_SATISFIED'
  /** 不满意 — the call-back may reopen the ticket. */
  | 'DISSATISFIED'
  /** 满意. */
  | 'SATISFIED';

/** Cancel a booking. */
export type CancelBookingInput = {
  /** The booking. */
  id: Scalars['ID']['input'];
  /** Why (required from staff; 2-200 characters). */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** Cancel a planned meeting. */
export type CancelMeetingInput = {
  /** The meeting. */
  meetingId: Scalars['ID']['input'];
  /** Why (1-500 characters), told to the parties. */
  reason: Scalars['String']['input'];
};

/** Cancel a reserved redemption (points and stock refunded). */
export type CancelRedemptionInput = {
  /** The redemption. */
  redemptionId: Scalars['ID']['input'];
};

/** Cancel a sign-up (its resident, or staff); the waiting list moves up. */
export type CancelSignupInput = {
  /** The sign-up. */
  signupId: Scalars['ID']['input'];
};

/** An owner’s own ballot, cast online (it replaces their earlier ballot until closing). */
export type CastBallotInput = {
  /** One choice per matter of the vote. */
  choices: Array<BallotChoiceInput>;
  /** The vote. */
  voteId: Scalars['ID']['input'];
};

/** Change the own password; every other session ends. */
export type ChangePasswordInput = {
  /** The current password. */
  currentPassword: Scalars['String']['input'];
  /** The new password: at least 8 characters with a letter and a digit. */
  newPassword: Scalars['String']['input'];
};

/** Change the priority of a ticket, with a reason (staff only on the timeline). */
export type ChangeTicketPriorityInput = {
  /** The `version` the actor saw; CONFLICT if the ticket changed since. Omit to act on the latest. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The new priority. */
  priority: TicketPriority;
  /** Why, 2 to 500 characters. */
  reason: Scalars['String']['input'];
  /** The ticket. */
  ticketId: Scalars['ID']['input'];
};

/** The result of marking a channel visited. */
export type ChannelVisitPayload = {
  __typename?: 'ChannelVisitPayload';
  /** The channel. */
  channel: PublicationChannel;
  /** The visit time now stored. */
  visitedAt: Scalars['DateTimeISO']['output'];
};

/** Check a booking in: by its id, or by the code the requester shows at the door. */
export type CheckInBookingInput = {
  /** The six-digit check-in code of the booking. */
  code?: InputMaybe<Scalars['String']['input']>;
  /** The booking (staff picking it from the list). */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** With `code`: the venue at whose door the code is shown. */
  venueId?: InputMaybe<Scalars['ID']['input']>;
};

/** Result of a check-in. */
export type CheckInPayload = {
  __typename?: 'CheckInPayload';
  /** The meeting. */
  meeting: Meeting;
  /** The party checked in (the person, or their organisation). */
  party: MeetingParty;
};

/** Check in at the door with the meeting’s code (from its QR link). */
export type CheckInToMeetingInput = {
  /** The code (in the QR link, or read out at the door). */
  code: Scalars['String']['input'];
  /** The meeting (in the QR link). */
  meetingId: Scalars['ID']['input'];
};

/** Check in or out: staff give the sign-up; a volunteer gives the activity and the code shown at the place. */
export type CheckInput = {
  /** The activity (a volunteer with the code). */
  activityId?: InputMaybe<Scalars['ID']['input']>;
  /** The code shown at the place (1-8 characters). */
  code?: InputMaybe<Scalars['String']['input']>;
  /** The sign-up (staff). */
  signupId?: InputMaybe<Scalars['ID']['input']>;
};

/** Area and headcount of one choice on a matter. */
export type ChoiceCount = {
  __typename?: 'ChoiceCount';
  /** Area, hundredths of m². */
  areaCentiM2: Scalars['Int']['output'];
  /** Owners. */
  owners: Scalars['Int']['output'];
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

/** Close a month of an estate’s ledger. */
export type CloseRevenuePeriodInput = {
  /** The estate. */
  estateId: Scalars['ID']['input'];
  /** The month, `YYYY-MM`. */
  period: Scalars['String']['input'];
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
  /** Number of items in the whole list (with the same filters), computed only when selected. Exact up to 10,000; above that, a list may answer the database's estimate (MariaDB/MySQL index statistics, never below 10,001) instead of counting every row. */
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
  /** Number of items in the whole list (with the same filters), computed only when selected. Exact up to 10,000; above that, a list may answer the database's estimate (MariaDB/MySQL index statistics, never below 10,001) instead of counting every row. */
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
  /** Number of items in the whole list (with the same filters), computed only when selected. Exact up to 10,000; above that, a list may answer the database's estimate (MariaDB/MySQL index statistics, never below 10,001) instead of counting every row. */
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

/** A new volunteer activity (staff). */
export type CreateActivityInput = {
  /** Places (1-1000); more sign-ups wait. */
  capacity: Scalars['Int']['input'];
  /** The community. */
  communityId: Scalars['ID']['input'];
  /** Description (0-5000 characters). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** End (after the start). */
  endsAt: Scalars['DateTimeISO']['input'];
  /** The organising organisation. */
  organiserOrganisationId?: InputMaybe<Scalars['ID']['input']>;
  /** Where (1-200 characters). */
  place: Scalars['String']['input'];
  /** Points per approved hour (0-100). */
  pointsPerHour: Scalars['Int']['input'];
  /** Sign-up deadline (default: the start; not after it). */
  signupDeadline?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Skills wanted, at most 20, each 1-30 characters. */
  skillsWanted?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Start. */
  startsAt: Scalars['DateTimeISO']['input'];
  /** Title (1-100 characters). */
  title: Scalars['String']['input'];
};

/** Register an app that calls the API with a key. */
export type CreateApiClientInput = {
  /** Browser origins allowed to call with this key (`https://h5.example.com`); empty: any (server-side apps). At most 20. */
  allowedOrigins?: Array<Scalars['String']['input']>;
  /** Cost points per minute (60 to 1,000,000). */
  budgetPerMinute?: Scalars['Int']['input'];
  /** Its name (1-100 characters). */
  name: Scalars['String']['input'];
  /** The organisation that owns the app (e.g. a property company for its own system). */
  organisationId: Scalars['ID']['input'];
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

/** Publish a fee standard of an estate. */
export type CreateFeeStandardInput = {
  /** Amount in fen per unit, 1 to 2,000,000,000. */
  amountFen: Scalars['Int']['input'];
  /** First day it applies, `YYYY-MM-DD`. */
  effectiveFrom: Scalars['String']['input'];
  /** The estate. */
  estateId: Scalars['ID']['input'];
  /** What is charged (1-100 characters). */
  item: Scalars['String']['input'];
  /** Note (at most 500 characters). */
  note?: InputMaybe<Scalars['String']['input']>;
  /** What the amount is per (1-40 characters, e.g. 每平方米每月). */
  unit: Scalars['String']['input'];
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

/** A new round-table meeting (圆桌会), planned. */
export type CreateMeetingInput = {
  /** The community. */
  communityId: Scalars['ID']['input'];
  /** When it ends (after it starts). */
  endsAt: Scalars['DateTimeISO']['input'];
  /** Hosting organisation (defaults to none: the community office hosts). */
  hostOrganisationId?: InputMaybe<Scalars['ID']['input']>;
  /** Kind of meeting. */
  kind: MeetingKind;
  /** Online link (https://…, up to 500 characters). */
  onlineUrl?: InputMaybe<Scalars['String']['input']>;
  /** Whether residents of the community may register to attend. */
  openToResidents?: Scalars['Boolean']['input'];
  /** Where, e.g. 社区三楼会议室 (up to 200 characters). */
  place?: InputMaybe<Scalars['String']['input']>;
  /** How many residents may register (0-500). */
  residentCapacity?: Scalars['Int']['input'];
  /** When it starts (ISO 8601 with zone). */
  startsAt: Scalars['DateTimeISO']['input'];
  /** Title, 1-100 characters. */
  title: Scalars['String']['input'];
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

/** Publish a property service contract of an estate (staff of a company serving it). */
export type CreatePropertyContractInput = {
  /** The estate. */
  estateId: Scalars['ID']['input'];
  /** Property fee per m² per month in fen, 1 to 2,000,000,000. */
  feeFenPerSqmMonth: Scalars['Int']['input'];
  /** The contract file (PDF or image) uploaded with `POST /files`; residents of the estate can download it. */
  fileId?: InputMaybe<Scalars['ID']['input']>;
  /** Service level (1-40 characters). */
  serviceLevel: Scalars['String']['input'];
  /** Last day of the term, `YYYY-MM-DD` (not before `termStart`). */
  termEnd: Scalars['String']['input'];
  /** First day of the term, `YYYY-MM-DD`. */
  termStart: Scalars['String']['input'];
  /** Title (1-100 characters). */
  title: Scalars['String']['input'];
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

/** A new reply template. */
export type CreateReplyTemplateInput = {
  /** Text with placeholders (1-2000 characters). */
  body: Scalars['String']['input'];
  /** The category (of the community) it is for; null: every category. */
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  /** The community. */
  communityId: Scalars['ID']['input'];
  /** Short name (1-100 characters). */
  title: Scalars['String']['input'];
};

/** A new staff account with its first role (the rules of `grantMembership`). */
export type CreateStaffAccountInput = {
  /** Name to show, 1 to 30 characters. */
  displayName: Scalars['String']['input'];
  /** Mainland mobile number, 11 digits; the login. */
  phone: Scalars['String']['input'];
  /** The first role: a staff role (not RESIDENT). */
  role: Role;
  /** Scope node id; null only for SYSTEM. */
  scopeId?: InputMaybe<Scalars['ID']['input']>;
  /** Kind of the scope node (see `roleDefinitions`). */
  scopeKind: ScopeKind;
};

/** Result of `createStaffAccount`. */
export type CreateStaffAccountPayload = {
  __typename?: 'CreateStaffAccountPayload';
  /** The code with which the staff member sets their first password. */
  setupCode: OneTimeCode;
  /** The new account (phone masked). */
  user: User;
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

/** Create a venue in a community. */
export type CreateVenueInput = {
  /** Bookings need staff approval (default false). */
  approvalRequired?: InputMaybe<Scalars['Boolean']['input']>;
  /** How many people it holds (1-2000; default 20). */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  /** Closed dates 'YYYY-MM-DD' (at most 366). */
  closedDates?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Closed on statutory holidays (default false). */
  closedOnHolidays?: InputMaybe<Scalars['Boolean']['input']>;
  /** The community. */
  communityId: Scalars['ID']['input'];
  /** Description, at most 2000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Only residents of these estates of the community (empty: all). */
  eligibleEstateIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Facilities, at most 20 labels of up to 30 characters. */
  facilities?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Days ahead bookings open (1-365; default 14). */
  horizonDays?: InputMaybe<Scalars['Int']['input']>;
  /** Lead time in minutes (0-10080; default 60). */
  leadMinutes?: InputMaybe<Scalars['Int']['input']>;
  /** Maximum duration in minutes (default 4 hours). */
  maxMinutes?: InputMaybe<Scalars['Int']['input']>;
  /** Minimum duration in minutes (default one slot). */
  minMinutes?: InputMaybe<Scalars['Int']['input']>;
  /** Bookings per household per month; 0 or absent: no limit. */
  monthlyQuota?: InputMaybe<Scalars['Int']['input']>;
  /** Its name (1-100 characters). */
  name: Scalars['String']['input'];
  /** No-show grace period in minutes (0-240; default 15). */
  noShowGraceMinutes?: InputMaybe<Scalars['Int']['input']>;
  /** Opening hours of the weekdays it opens (others closed; default 08:00-21:00 every day). */
  openingHours?: InputMaybe<Array<VenueDayHoursInput>>;
  /** Organisations of the community may book (default false). */
  organisationsEligible?: InputMaybe<Scalars['Boolean']['input']>;
  /** Hours a pending booking holds its slots (1-168; default 48). */
  pendingHoldHours?: InputMaybe<Scalars['Int']['input']>;
  /** Photo file ids uploaded with `POST /files` (at most 9). */
  photoFileIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Verified residents may book (default true). */
  residentsEligible?: InputMaybe<Scalars['Boolean']['input']>;
  /** Slot size in minutes: a multiple of 15 dividing a day (default 60). */
  slotMinutes?: InputMaybe<Scalars['Int']['input']>;
  /** Community staff may book (default true). */
  staffEligible?: InputMaybe<Scalars['Boolean']['input']>;
  /** Bookings per household per week; 0 or absent: no limit. */
  weeklyQuota?: InputMaybe<Scalars['Int']['input']>;
};

/** Make the resident who raised a volunteer-offer ticket a volunteer (staff). */
export type CreateVolunteerFromTicketInput = {
  /** Availability in words (0-300 characters). */
  availability?: InputMaybe<Scalars['String']['input']>;
  /** Skills taken from the ticket, at most 20, each 1-30 characters. */
  skills: Array<Scalars['String']['input']>;
  /** The ticket. */
  ticketId: Scalars['ID']['input'];
};

/** A new owners’ vote of an estate (a draft until opened). */
export type CreateVoteInput = {
  /** When the vote closes and its result is frozen (at most 90 days after opensAt). */
  closesAt: Scalars['DateTimeISO']['input'];
  /** The estate whose owners vote. */
  estateId: Scalars['ID']['input'];
  /** The matters, 1-20, in order. */
  matters: Array<VoteMatterInput>;
  /** 实名公开: staff may see how each owner voted. */
  openBallots?: Scalars['Boolean']['input'];
  /** When ballots start to be accepted. */
  opensAt: Scalars['DateTimeISO']['input'];
  /** Who organises it. */
  organiser: VoteOrganiser;
  /** Title (1-100 characters). */
  title: Scalars['String']['input'];
};

/** Subscribe an organisation’s receiver to events. */
export type CreateWebhookSubscriptionInput = {
  /** The events to hear (at least one). */
  events: Array<WebhookEventType>;
  /** A name for people (1-100 characters). */
  name: Scalars['String']['input'];
  /** The owner organisation: events are delivered within its scope only. With an app key it is the app’s organisation (omit it, or name that one); without, it is required. */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  /** The receiver URL (at most 500 characters): https; http only to a loopback host outside production; never a private address in production. */
  url: Scalars['String']['input'];
};

/** A new webhook subscription and its signing secret (shown this once). */
export type CreateWebhookSubscriptionPayload = {
  __typename?: 'CreateWebhookSubscriptionPayload';
  /** The signing secret (`whsec_…`): keep it now, it is never shown again. */
  secret: Scalars['String']['output'];
  /** The subscription. */
  subscription: WebhookSubscription;
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

/** Result of deleting a reply template. */
export type DeleteReplyTemplatePayload = {
  __typename?: 'DeleteReplyTemplatePayload';
  /** The deleted template. */
  id: Scalars['ID']['output'];
};

/** Delete a routing rule. */
export type DeleteTicketRoutingRuleInput = {
  /** The rule. */
  id: Scalars['ID']['input'];
};

/** Result of deleting a routing rule. */
export type DeleteTicketRoutingRulePayload = {
  __typename?: 'DeleteTicketRoutingRulePayload';
  /** The id of the deleted rule. */
  deletedId: Scalars['ID']['output'];
};

/** How a street department answered the tickets escalated to it in a period. */
export type DepartmentAnswerTime = {
  __typename?: 'DepartmentAnswerTime';
  /** Of those, acknowledged (签收). */
  acknowledged: Scalars['Int']['output'];
  /** Of those, answered. */
  answered: Scalars['Int']['output'];
  /** Escalations to it in the period. */
  escalated: Scalars['Int']['output'];
  /** Longest hours from escalation to answer. */
  maxAnswerHours: Maybe<Scalars['Float']['output']>;
  /** Median hours from escalation to answer (null: none answered). */
  medianAnswerHours: Maybe<Scalars['Float']['output']>;
  /** The department. */
  organisation: Organisation;
  /** The department. */
  organisationId: Scalars['ID']['output'];
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

/** Dismiss a hot topic: its tickets are not one matter, or need no joint handling. */
export type DismissHotTopicInput = {
  /** The hot topic. */
  hotTopicId: Scalars['ID']['input'];
  /** Why (1-500 characters), kept with the hot topic and in the audit log. */
  reason: Scalars['String']['input'];
};

/** A signed paper ballot entered by staff for an owner of the roll. */
export type EnterPaperBallotInput = {
  /** One choice per matter, as on the paper. */
  choices: Array<BallotChoiceInput>;
  /** The uploaded scan of the signed ballot (PDF or image). */
  scanFileId: Scalars['ID']['input'];
  /** The vote. */
  voteId: Scalars['ID']['input'];
  /** The owner of the roll (VoteVoter id). */
  voterId: Scalars['ID']['input'];
};

/** Equipment of an estate’s register (设备台账) with its maintenance status. */
export type Equipment = {
  __typename?: 'Equipment';
  /** The building, when it stands in one. */
  buildingId: Maybe<Scalars['ID']['output']>;
  /** The community of the estate. */
  communityId: Scalars['ID']['output'];
  /** When it was registered. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Each maintenance obligation with its last day met and due date, soonest first. */
  dues: Array<MaintenanceDue>;
  /** The estate. */
  estateId: Scalars['ID']['output'];
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** Installation date, `YYYY-MM-DD`. */
  installedOn: Scalars['String']['output'];
  /** Kind of equipment. */
  kind: EquipmentKind;
  /** OK, DUE_SOON or OVERDUE: derived on the server from its rules, its records and today’s date (Asia/Shanghai). */
  maintenanceStatus: MaintenanceStatus;
  /** Name (e.g. 3幢1单元 1号梯). */
  name: Scalars['String']['output'];
  /** When its soonest obligation falls due, `YYYY-MM-DD`. */
  nextDueOn: Maybe<Scalars['String']['output']>;
  /** Which obligation falls due first. */
  nextDueRequirement: Maybe<MaintenanceRequirement>;
  /** Registration number, unique within the estate. */
  registrationNo: Scalars['String']['output'];
};

/** A page of piece of equipments. */
export type EquipmentConnection = {
  __typename?: 'EquipmentConnection';
  /** The items of this page. */
  edges: Array<EquipmentEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items in the whole list (with the same filters), computed only when selected. Exact up to 10,000; above that, a list may answer the database's estimate (MariaDB/MySQL index statistics, never below 10,001) instead of counting every row. */
  totalCount: Scalars['Int']['output'];
};

/** One piece of equipment in a page, with its cursor. */
export type EquipmentEdge = {
  __typename?: 'EquipmentEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The piece of equipment. */
  node: Equipment;
};

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

/** Result of a mutation on a piece of equipment. */
export type EquipmentPayload = {
  __typename?: 'EquipmentPayload';
  /** The piece of equipment as it is after the mutation. */
  equipment: Equipment;
};

/** A resident's request to be erased (被遗忘权), completed by staff by its due date. */
export type ErasureRequest = {
  __typename?: 'ErasureRequest';
  /** The resident's community when they asked (null: none). */
  communityId: Maybe<Scalars['ID']['output']>;
  /** When staff completed it. */
  completedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** When it was asked for. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Due by: the end of the 15th working day after the request (Asia/Shanghai). */
  dueAt: Scalars['DateTimeISO']['output'];
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** Pending and past its due date. */
  overdue: Scalars['Boolean']['output'];
  /** PENDING until staff complete it. */
  status: ErasureStatus;
  /** The account to erase (after completion an anonymised account: 已注销居民). */
  userId: Scalars['ID']['output'];
};

/** A page of erasure requestss. */
export type ErasureRequestConnection = {
  __typename?: 'ErasureRequestConnection';
  /** The items of this page. */
  edges: Array<ErasureRequestEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items in the whole list (with the same filters), computed only when selected. Exact up to 10,000; above that, a list may answer the database's estimate (MariaDB/MySQL index statistics, never below 10,001) instead of counting every row. */
  totalCount: Scalars['Int']['output'];
};

/** One erasure requests in a page, with its cursor. */
export type ErasureRequestEdge = {
  __typename?: 'ErasureRequestEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The erasure requests. */
  node: ErasureRequest;
};

/** Result of a mutation on a erasure request. */
export type ErasureRequestPayload = {
  __typename?: 'ErasureRequestPayload';
  /** The erasure request as it is after the mutation. */
  request: ErasureRequest;
};

/** State of an erasure request. */
export type ErasureStatus =
  /** The account is anonymised. */
  | 'COMPLETED'
  /** Waiting for staff to complete it. */
  | 'PENDING';

/** The generic `extensions.code` of a domain error. Malformed requests carry GraphQL’s own codes (GRAPHQL_PARSE_FAILED, GRAPHQL_VALIDATION_FAILED …). */
export type ErrorCode =
  /** Too many failed sign-ins: locked for `details.retryAfterSeconds`. */
  | 'ACCOUNT_LOCKED'
  /** The `X-Api-Key` is malformed, unknown, or expired after a rotation (HTTP 401). */
  | 'APP_KEY_INVALID'
  /** The `X-Api-Key` belongs to a revoked app (HTTP 401). */
  | 'APP_KEY_REVOKED'
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
  /** The app’s or user’s cost budget is spent: retry after `retryAfterSeconds` (HTTP 429, `Retry-After`). */
  | 'RATE_LIMITED'
  /** The database cannot be reached: retry after `retryAfterSeconds` (HTTP 503). */
  | 'SERVICE_UNAVAILABLE'
  /** The session ended (signed out, password changed, account disabled, token reused). */
  | 'SESSION_REVOKED'
  /** The access or refresh token expired. */
  | 'TOKEN_EXPIRED'
  /** Too many attempts: wait `details.retryAfterSeconds`. */
  | 'TOO_MANY_ATTEMPTS'
  /** This client must send a registered document (`extensions.persistedQuery.sha256Hash` of a console operation; HTTP 400). */
  | 'TRUSTED_DOCUMENT_REQUIRED'
  /** Sign in first (no, or an invalid, access token). */
  | 'UNAUTHENTICATED';

/** Why a domain error happened (`extensions.reason`), under its generic `extensions.code`. Clients translate by reason and fall back to the code. Each mutation lists the reasons it can raise. */
export type ErrorReason =
  /** The period is empty, reversed or longer than 366 days (`to`). Sent with code BAD_USER_INPUT. */
  | 'ANALYSIS_BAD_PERIOD'
  /** The community does not publish its figures, and the caller is not its staff. Sent with code FORBIDDEN. */
  | 'ANALYSIS_NOT_PUBLISHED'
  /** The app’s or user’s cost budget (points per minute) is spent; `retryAfterSeconds` and `Retry-After` say when the query fits. Sent with code RATE_LIMITED. */
  | 'API_BUDGET_EXCEEDED'
  /** An allowed origin is not `scheme://host[:port]` (`allowedOrigins`). Sent with code BAD_USER_INPUT. */
  | 'API_CLIENT_BAD_ORIGIN'
  /** The name of the app is blank (`name`). Sent with code BAD_USER_INPUT. */
  | 'API_CLIENT_BLANK_NAME'
  /** The app changed since it was read (`expectedVersion`). Sent with code CONFLICT. */
  | 'API_CLIENT_CHANGED'
  /** The owner organisation does not exist or is archived (`organisationId`). Sent with code BAD_USER_INPUT. */
  | 'API_CLIENT_OWNER_NOT_FOUND'
  /** The app is revoked: its key cannot be rotated or edited. Sent with code CONFLICT. */
  | 'API_CLIENT_REVOKED'
  /** The key was replaced by a rotation and its overlap window has ended. Sent with code APP_KEY_INVALID. */
  | 'API_KEY_EXPIRED'
  /** The app was revoked by an administrator. Sent with code APP_KEY_REVOKED. */
  | 'API_KEY_REVOKED'
  /** The `X-Api-Key` is malformed or names no app. Sent with code APP_KEY_INVALID. */
  | 'API_KEY_UNKNOWN'
  /** The request comes from a browser origin that is not among the app’s allowed origins. Sent with code FORBIDDEN. */
  | 'API_ORIGIN_NOT_ALLOWED'
  /** A list’s `first` is outside 1 to 100. Sent with code BAD_USER_INPUT. */
  | 'API_PAGE_SIZE_OUT_OF_RANGE'
  /** The query costs more points than one request may (`details.cost`, `details.maxCost`). Sent with code BAD_USER_INPUT. */
  | 'API_QUERY_TOO_COSTLY'
  /** The resident has already reported this ticket. Sent with code CONFLICT. */
  | 'BOARD_ALREADY_REPORTED'
  /** A setting is out of range (`field`): daily limit 1-100, auto-close 1-365 days, at most 200 blocked words of 1-30 characters. Sent with code BAD_USER_INPUT. */
  | 'BOARD_BAD_SETTING'
  /** A required text is blank (`field`). Sent with code BAD_USER_INPUT. */
  | 'BOARD_BLANK_TEXT'
  /** The title or text contains a word the community blocked (`field`, `details.word`): the submission is refused, not held; rephrase it. Sent with code BAD_USER_INPUT. */
  | 'BOARD_BLOCKED_WORD'
  /** The resident rated the ticket: follow-up calls are for residents who did not. Sent with code BAD_USER_INPUT. */
  | 'BOARD_CALLBACK_RATED'
  /** A reached resident’s satisfaction is required, an unreached one has none, and only a dissatisfied call-back reopens (`satisfaction`, `reopen`). Sent with code BAD_USER_INPUT. */
  | 'BOARD_CALLBACK_SATISFACTION'
  /** The person raised as many matters today as the community allows (`details.limit`); `details.retryAfterSeconds` until the next day (Asia/Shanghai). Sent with code TOO_MANY_ATTEMPTS. */
  | 'BOARD_DAILY_TICKET_LIMIT'
  /** Only residents of the ticket’s community press 我也遇到, follow or report its tickets. Sent with code FORBIDDEN. */
  | 'BOARD_NOT_A_RESIDENT_HERE'
  /** A resident does not press 我也遇到 on their own ticket. Sent with code BAD_USER_INPUT. */
  | 'BOARD_OWN_TICKET'
  /** The settings changed since the viewer loaded them (`expectedVersion`): reload and retry. Sent with code CONFLICT. */
  | 'BOARD_SETTINGS_STALE'
  /** The reply template changed since the viewer loaded it (`expectedVersion`): reload and retry. Sent with code CONFLICT. */
  | 'BOARD_TEMPLATE_STALE'
  /** The ticket closed itself (no rating, no call-back within the community’s days): it is not rated or reopened any more. Sent with code INVALID_TRANSITION. */
  | 'BOARD_TICKET_CLOSED'
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
  /** Nobody resets their own password this way: use `changePassword`. Sent with code FORBIDDEN. */
  | 'IDENTITY_CANNOT_RESET_SELF'
  /** The membership is already revoked. Sent with code CONFLICT. */
  | 'IDENTITY_MEMBERSHIP_ALREADY_REVOKED'
  /** The user already holds this role in this scope. Sent with code CONFLICT. */
  | 'IDENTITY_MEMBERSHIP_EXISTS'
  /** The user holds no staff role: residents reset their own password. Sent with code FORBIDDEN. */
  | 'IDENTITY_NOT_STAFF'
  /** The phone (proven by its code) has no account: register it with `registerResident`. Sent with code INVALID_CREDENTIALS. */
  | 'IDENTITY_PHONE_NOT_REGISTERED'
  /** A rotated refresh token was used again: the whole session has been ended; sign in again. Sent with code SESSION_REVOKED. */
  | 'IDENTITY_REFRESH_TOKEN_REUSED'
  /** The one-time code has expired: ask an administrator for a new one (`code`). Sent with code BAD_USER_INPUT. */
  | 'IDENTITY_RESET_CODE_EXPIRED'
  /** The one-time code is unknown or already used (`code`). Sent with code BAD_USER_INPUT. */
  | 'IDENTITY_RESET_CODE_INVALID'
  /** The role is not granted on this kind of scope (see `roleDefinitions`) (`scopeKind`). Sent with code BAD_USER_INPUT. */
  | 'IDENTITY_ROLE_SCOPE_MISMATCH'
  /** Every scope kind but SYSTEM needs a `scopeId`. Sent with code BAD_USER_INPUT. */
  | 'IDENTITY_SCOPE_ID_REQUIRED'
  /** The SMS code is older than its validity (5 minutes by default): request a new one. Sent with code INVALID_CREDENTIALS. */
  | 'IDENTITY_SMS_CODE_EXPIRED'
  /** The SMS code was entered wrongly too often (5 times by default) and is dead: request a new one. Sent with code INVALID_CREDENTIALS. */
  | 'IDENTITY_SMS_CODE_TOO_MANY_TRIES'
  /** The SMS code is wrong, or no code was requested for this phone and purpose (`details.triesLeft`: entries the code still allows). Sent with code INVALID_CREDENTIALS. */
  | 'IDENTITY_SMS_CODE_WRONG'
  /** The daily number of codes for this phone or from this address is used up: wait `details.retryAfterSeconds`. Sent with code TOO_MANY_ATTEMPTS. */
  | 'IDENTITY_SMS_DAILY_LIMIT'
  /** A code was sent to this phone less than a minute ago: wait `details.retryAfterSeconds`. Sent with code TOO_MANY_ATTEMPTS. */
  | 'IDENTITY_SMS_TOO_FREQUENT'
  /** SMS codes cannot be sent now (no provider configured, or the provider refused): try again later. Sent with code SERVICE_UNAVAILABLE. */
  | 'IDENTITY_SMS_UNAVAILABLE'
  /** A staff account starts with a staff role (not RESIDENT) (`role`). Sent with code BAD_USER_INPUT. */
  | 'IDENTITY_STAFF_ROLE_REQUIRED'
  /** WeChat refused the `wx.login` code (wrong, used or expired): call `wx.login` again. Sent with code INVALID_CREDENTIALS. */
  | 'IDENTITY_WECHAT_CODE_INVALID'
  /** The link token is unknown, used or expired (10 minutes by default): sign in with WeChat again. Sent with code INVALID_CREDENTIALS. */
  | 'IDENTITY_WECHAT_LINK_TOKEN_INVALID'
  /** WeChat refused the phone-number code of `getPhoneNumber`, or the number is not a mainland mobile number. Sent with code INVALID_CREDENTIALS. */
  | 'IDENTITY_WECHAT_PHONE_CODE_INVALID'
  /** WeChat sign-in is not configured, or the WeChat API did not answer: try again later. Sent with code SERVICE_UNAVAILABLE. */
  | 'IDENTITY_WECHAT_UNAVAILABLE'
  /** The current password given is wrong (`currentPassword`). Sent with code INVALID_CREDENTIALS. */
  | 'IDENTITY_WRONG_CURRENT_PASSWORD'
  /** The viewer may see the meeting but not do this (invited staff read; only its organisers edit). Sent with code FORBIDDEN. */
  | 'MEETING_ACTION_NOT_ALLOWED'
  /** The new order must list every item of the agenda exactly once (`itemIds`). Sent with code BAD_USER_INPUT. */
  | 'MEETING_AGENDA_MISMATCH'
  /** This organisation or person is already a party. Sent with code CONFLICT. */
  | 'MEETING_ALREADY_INVITED'
  /** The resident is already registered. Sent with code CONFLICT. */
  | 'MEETING_ALREADY_REGISTERED'
  /** This agenda item already has its resolution. Sent with code CONFLICT. */
  | 'MEETING_ALREADY_RESOLVED'
  /** The meeting ends before it starts (`endsAt`). Sent with code BAD_USER_INPUT. */
  | 'MEETING_BAD_TIME'
  /** The title is blank (`title`). Sent with code BAD_USER_INPUT. */
  | 'MEETING_BLANK_TITLE'
  /** The check-in code is not this meeting’s (`code`). Sent with code BAD_USER_INPUT. */
  | 'MEETING_CHECK_IN_INVALID'
  /** Check-in works on the day of the meeting only (Asia/Shanghai). Sent with code FORBIDDEN. */
  | 'MEETING_CHECK_IN_NOT_TODAY'
  /** Every place for residents is taken. Sent with code CONFLICT. */
  | 'MEETING_FULL'
  /** The viewer is neither invited (in person or through their organisation) nor registered. Sent with code FORBIDDEN. */
  | 'MEETING_NOT_A_PARTY'
  /** The meeting does not take residents’ registrations (not open, or no longer planned). Sent with code FORBIDDEN. */
  | 'MEETING_NOT_OPEN'
  /** A meeting needs a place or an online link (`place`). Sent with code BAD_USER_INPUT. */
  | 'MEETING_NO_PLACE'
  /** Escalating needs a department (`departmentId`); sending back needs working days (`replyDays`). Sent with code BAD_USER_INPUT. */
  | 'MEETING_OUTCOME_NEEDS_DEPARTMENT'
  /** Only an item about a ticket can move a ticket (`outcome`). Sent with code BAD_USER_INPUT. */
  | 'MEETING_OUTCOME_NEEDS_TICKET'
  /** The ticket is not of this community or not open for a meeting (accepted, replied or already in meeting) (`ticketId`). Sent with code BAD_USER_INPUT. */
  | 'MEETING_TICKET_NOT_WAITING'
  /** The ticket is already on this agenda. Sent with code CONFLICT. */
  | 'MEETING_TICKET_ON_AGENDA'
  /** The agenda item is not of this meeting (`agendaItemId`). Sent with code BAD_USER_INPUT. */
  | 'MEETING_UNKNOWN_AGENDA_ITEM'
  /** The owner organisation is not of this street (`ownerOrganisationId`). Sent with code BAD_USER_INPUT. */
  | 'MEETING_UNKNOWN_OWNER'
  /** The organisation is not of this street, the person does not exist, or a resident representative is not a resident of the community (`organisationId`/`userId`). Sent with code BAD_USER_INPUT. */
  | 'MEETING_UNKNOWN_PARTY'
  /** Not possible in the meeting’s state (e.g. a resolution before it is held, anything once cancelled). Sent with code INVALID_TRANSITION. */
  | 'MEETING_WRONG_STATE'
  /** A street, community, estate, building, household or organisation of this name already exists there. Sent with code CONFLICT. */
  | 'ORG_NAME_TAKEN'
  /** Only a property company serves estates (`organisationId`). Sent with code BAD_USER_INPUT. */
  | 'ORG_NOT_A_PROPERTY_COMPANY'
  /** This kind of organisation needs its place: a street (departments, property companies), an estate (owners’ committees) or a community (the rest). Sent with code BAD_USER_INPUT. */
  | 'ORG_PLACE_REQUIRED'
  /** The record changed since the viewer loaded it (`expectedVersion`): reload and retry. Sent with code CONFLICT. */
  | 'ORG_VERSION_STALE'
  /** An adjustment of zero points or one that would take a balance past 2,147,483,647, or a reward with a negative stock or a cost below 1 (`delta`). Sent with code BAD_USER_INPUT. */
  | 'POINTS_BAD_AMOUNT'
  /** A rule is inconsistent: a penalty (booking no-show) must be negative, other events positive; caps positive (`points`). Sent with code BAD_USER_INPUT. */
  | 'POINTS_BAD_RULE'
  /** A manual adjustment needs a reason in words (`note`). Sent with code BAD_USER_INPUT. */
  | 'POINTS_BLANK_REASON'
  /** The balance is smaller than the cost: a balance never goes below zero. Sent with code CONFLICT. */
  | 'POINTS_INSUFFICIENT'
  /** The resident already holds as many open redemptions of this reward as its per-person limit. Sent with code CONFLICT. */
  | 'POINTS_LIMIT_REACHED'
  /** The reward has no stock left (or was withdrawn). Sent with code CONFLICT. */
  | 'POINTS_OUT_OF_STOCK'
  /** The redemption is no longer reserved (handed over or cancelled already). Sent with code CONFLICT. */
  | 'POINTS_REDEMPTION_CLOSED'
  /** The pick-up code does not match the redemption (`pickupCode`). Sent with code BAD_USER_INPUT. */
  | 'POINTS_WRONG_PICKUP_CODE'
  /** The account has asked for erasure already (one request per account). Sent with code CONFLICT. */
  | 'PRIVACY_ERASURE_ALREADY_REQUESTED'
  /** The erasure request is completed already. Sent with code CONFLICT. */
  | 'PRIVACY_ERASURE_DONE'
  /** Only a resident account (no staff role) may ask for its own erasure. Sent with code FORBIDDEN. */
  | 'PRIVACY_ERASURE_RESIDENTS_ONLY'
  /** An amount in fen is not a whole number from 1 to 2,000,000,000 (`field` names it). Sent with code BAD_USER_INPUT. */
  | 'PROPERTY_BAD_AMOUNT'
  /** A date is not a real `YYYY-MM-DD` date, or a term ends before it starts (`field` names it). Sent with code BAD_USER_INPUT. */
  | 'PROPERTY_BAD_DATE'
  /** A maintenance interval must be 1 to 3,650 days (`intervalDays`). Sent with code BAD_USER_INPUT. */
  | 'PROPERTY_BAD_INTERVAL'
  /** A ledger period is not a real month `YYYY-MM` (`period`). Sent with code BAD_USER_INPUT. */
  | 'PROPERTY_BAD_PERIOD'
  /** A required text is blank (`field` names it). Sent with code BAD_USER_INPUT. */
  | 'PROPERTY_BLANK'
  /** The building is not in the estate (`buildingId`). Sent with code BAD_USER_INPUT. */
  | 'PROPERTY_BUILDING_MISMATCH'
  /** A correcting entry must reference an entry of the same estate and period (`correctsId`). Sent with code BAD_USER_INPUT. */
  | 'PROPERTY_CORRECTION_MISMATCH'
  /** Maintenance cannot be recorded for a day after today (`performedOn`). Sent with code BAD_USER_INPUT. */
  | 'PROPERTY_DATE_IN_FUTURE'
  /** Equipment with this registration number is already in the estate register (`registrationNo`). Sent with code CONFLICT. */
  | 'PROPERTY_DUPLICATE_REGISTRATION'
  /** The import file cannot be read as the given format, is larger than 2 MB, lacks a required column, or has more than 5,000 rows (`content`). Sent with code BAD_USER_INPUT. */
  | 'PROPERTY_IMPORT_UNREADABLE'
  /** Only staff of a property company serving the estate (or a system administrator) publish its property records. Sent with code FORBIDDEN. */
  | 'PROPERTY_NOT_PUBLISHER'
  /** No property company serves the estate: its property records have no publisher. Sent with code CONFLICT. */
  | 'PROPERTY_NO_COMPANY'
  /** The ledger period was closed already. Sent with code CONFLICT. */
  | 'PROPERTY_PERIOD_ALREADY_CLOSED'
  /** The ledger period is closed: its entries never change; add a correcting entry (`correctsId`) instead. Sent with code CONFLICT. */
  | 'PROPERTY_PERIOD_CLOSED'
  /** That kind of equipment has no such obligation (`requirement`). Sent with code BAD_USER_INPUT. */
  | 'PROPERTY_RULE_UNKNOWN'
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
  /** A bulk action takes 1 to 100 distinct tickets (`ticketIds`). Sent with code BAD_USER_INPUT. */
  | 'TICKET_BULK_TOO_MANY'
  /** A category with this code already exists in the community. Sent with code CONFLICT. */
  | 'TICKET_CATEGORY_CODE_TAKEN'
  /** The category belongs to another community than the place of the matter (`categoryId`). Sent with code BAD_USER_INPUT. */
  | 'TICKET_CATEGORY_OF_ANOTHER_COMMUNITY'
  /** The parent must be a top-level category of the same community, not the category itself, and a category with children cannot get a parent (two levels) (`parentId`). Sent with code BAD_USER_INPUT. */
  | 'TICKET_CATEGORY_PARENT_INVALID'
  /** The category changed since the viewer loaded it (`expectedVersion`): reload and retry. Sent with code CONFLICT. */
  | 'TICKET_CATEGORY_VERSION_STALE'
  /** Someone else acted on the ticket at the same moment: reload and retry. Sent with code CONFLICT. */
  | 'TICKET_CHANGED_CONCURRENTLY'
  /** A transfer from the 12345 hotline needs its external number (`externalRef`), and only it has one. Sent with code BAD_USER_INPUT. */
  | 'TICKET_EXTERNAL_REF_REQUIRED'
  /** An organisation named cannot handle tickets of this place (`organisationIds`). Sent with code BAD_USER_INPUT. */
  | 'TICKET_HANDLER_NOT_SERVING_PLACE'
  /** The import file cannot be read: not CSV/XLSX, empty, a required column missing, too large or too many rows. Sent with code BAD_USER_INPUT. */
  | 'TICKET_IMPORT_UNREADABLE'
  /** A ticket cannot be merged into itself (`primaryTicketId`). Sent with code BAD_USER_INPUT. */
  | 'TICKET_MERGE_INTO_ITSELF'
  /** No open assignment of the viewer’s organisation waits for acknowledgement on this ticket. Sent with code INVALID_TRANSITION. */
  | 'TICKET_NOTHING_TO_ACKNOWLEDGE'
  /** The organisation named has no open assignment on this ticket (`organisationId`). Sent with code BAD_USER_INPUT. */
  | 'TICKET_NOT_AN_OPEN_ASSIGNMENT'
  /** The organisation is not an active department of the ticket’s street (`departmentId`). Sent with code BAD_USER_INPUT. */
  | 'TICKET_NOT_A_STREET_DEPARTMENT'
  /** The viewer does not reply for this organisation on this ticket (`organisationId`). Sent with code BAD_USER_INPUT. */
  | 'TICKET_NOT_REPLYING_ORGANISATION'
  /** The primary ticket is rejected, merged or withdrawn (`primaryTicketId`). Sent with code BAD_USER_INPUT. */
  | 'TICKET_PRIMARY_CLOSED'
  /** The primary ticket does not exist in the same community. Sent with code NOT_FOUND. */
  | 'TICKET_PRIMARY_NOT_FOUND'
  /** The ticket already has this priority (`priority`). Sent with code BAD_USER_INPUT. */
  | 'TICKET_PRIORITY_UNCHANGED'
  /** The ticket was resolved longer ago than the reopening period (TICKET_REOPEN_DAYS). Sent with code INVALID_TRANSITION. */
  | 'TICKET_REOPEN_PERIOD_OVER'
  /** The community already has a routing rule for this category and estate. Sent with code CONFLICT. */
  | 'TICKET_ROUTING_RULE_TAKEN'
  /** The routing rule changed since the viewer loaded it (`expectedVersion`): reload and retry. Sent with code CONFLICT. */
  | 'TICKET_ROUTING_RULE_VERSION_STALE'
  /** APP and IMPORT are not sources of an intake on behalf (`source`). Sent with code BAD_USER_INPUT. */
  | 'TICKET_SOURCE_NOT_ON_BEHALF'
  /** The new due date of a supervision notice must lie in the future (`newDueAt`). Sent with code BAD_USER_INPUT. */
  | 'TICKET_SUPERVISION_DATE_IN_PAST'
  /** The assignment is neither overdue, nor flagged as not acknowledged, nor stalled (open without a reply for 2 working days): nothing to supervise yet. Sent with code INVALID_TRANSITION. */
  | 'TICKET_SUPERVISION_NOT_DUE'
  /** The category does not exist, is inactive, or belongs to another community (`categoryId`). Sent with code BAD_USER_INPUT. */
  | 'TICKET_UNKNOWN_CATEGORY'
  /** The building, estate or community named does not exist or is archived. Sent with code BAD_USER_INPUT. */
  | 'TICKET_UNKNOWN_PLACE'
  /** The ticket changed since the viewer loaded it (`expectedVersion`): reload and retry. Sent with code CONFLICT. */
  | 'TICKET_VERSION_STALE'
  /** The ticket is in a state this action does not apply to (`details.action`, `details.from`). Sent with code INVALID_TRANSITION. */
  | 'TICKET_WRONG_STATE'
  /** The rule is out of range: threshold 2-50 tickets, window 1-168 hours (`threshold`, `windowHours`). Sent with code BAD_USER_INPUT. */
  | 'TRIAGE_BAD_RULE'
  /** The reason for dismissing is blank (`reason`). Sent with code BAD_USER_INPUT. */
  | 'TRIAGE_BLANK_REASON'
  /** The hot topic was already merged or dismissed. Sent with code INVALID_TRANSITION. */
  | 'TRIAGE_HOT_TOPIC_CLOSED'
  /** The primary ticket is not one of the hot topic’s tickets (`primaryTicketId`). Sent with code BAD_USER_INPUT. */
  | 'TRIAGE_PRIMARY_NOT_IN_TOPIC'
  /** A ticket of the hot topic is already being handled (replied, escalated, in a meeting) and cannot be merged; `details.ticketIds` names them (comma-separated). Nothing was merged. Sent with code INVALID_TRANSITION. */
  | 'TRIAGE_TICKET_IN_PROGRESS'
  /** The booking has started: the requester can no longer cancel it. Sent with code INVALID_TRANSITION. */
  | 'VENUE_ALREADY_STARTED'
  /** The venue is archived and takes no more bookings. Sent with code CONFLICT. */
  | 'VENUE_ARCHIVED'
  /** No booking of this venue has that check-in code today. Sent with code BAD_USER_INPUT. */
  | 'VENUE_BAD_CODE'
  /** The end is not after the start, or the range is too long to list. Sent with code BAD_USER_INPUT. */
  | 'VENUE_BAD_RANGE'
  /** The venue settings contradict each other (slot grid, durations, opening hours); `field` names one. Sent with code BAD_USER_INPUT. */
  | 'VENUE_BAD_SETTINGS'
  /** The start is further ahead than bookings open. Sent with code BAD_USER_INPUT. */
  | 'VENUE_BEYOND_HORIZON'
  /** The name of the venue is blank (`name`). Sent with code BAD_USER_INPUT. */
  | 'VENUE_BLANK_NAME'
  /** The booking is not in a state that allows this (e.g. approving one that is not pending). Sent with code INVALID_TRANSITION. */
  | 'VENUE_BOOKING_STATE'
  /** Too many bookings at once for this venue: try again. Sent with code CONFLICT. */
  | 'VENUE_BUSY'
  /** Check-in opens 30 minutes before the start and closes at the end. Sent with code INVALID_TRANSITION. */
  | 'VENUE_CHECK_IN_WINDOW'
  /** The venue is closed that day. Sent with code BAD_USER_INPUT. */
  | 'VENUE_CLOSED_DATE'
  /** The viewer can see the booking but may not do this to it. Sent with code FORBIDDEN. */
  | 'VENUE_FORBIDDEN'
  /** A statutory holiday, and the venue closes on them. Sent with code BAD_USER_INPUT. */
  | 'VENUE_HOLIDAY'
  /** The idempotency key was used before for a different booking. Sent with code CONFLICT. */
  | 'VENUE_IDEMPOTENCY_MISMATCH'
  /** The start has passed. Sent with code BAD_USER_INPUT. */
  | 'VENUE_IN_PAST'
  /** The start is sooner than the venue’s lead time allows. Sent with code BAD_USER_INPUT. */
  | 'VENUE_LEAD_TIME'
  /** The viewer may not book this venue as asked (not a verified resident of an eligible estate, not a member of an organisation of the community, or not staff). Sent with code FORBIDDEN. */
  | 'VENUE_NOT_ELIGIBLE'
  /** Start or duration does not fall on the venue’s slot grid. Sent with code BAD_USER_INPUT. */
  | 'VENUE_NOT_ON_GRID'
  /** The venue is not open for the whole range. Sent with code BAD_USER_INPUT. */
  | 'VENUE_OUTSIDE_HOURS'
  /** More attendees than the venue holds (`attendees`). Sent with code BAD_USER_INPUT. */
  | 'VENUE_OVER_CAPACITY'
  /** The household has used its bookings of this month (Asia/Shanghai). Sent with code FORBIDDEN. */
  | 'VENUE_QUOTA_MONTH'
  /** The household has used its bookings of this week (Asia/Shanghai). Sent with code FORBIDDEN. */
  | 'VENUE_QUOTA_WEEK'
  /** Staff give a reason to reject or cancel (`reason`). Sent with code BAD_USER_INPUT. */
  | 'VENUE_REASON_REQUIRED'
  /** Only organisations book weekly series (`weeks` > 1). Sent with code BAD_USER_INPUT. */
  | 'VENUE_SERIES_ORGANISATIONS_ONLY'
  /** Another live booking holds (part of) the range: the database refused the slot. Sent with code CONFLICT. */
  | 'VENUE_SLOT_TAKEN'
  /** Longer than the venue’s maximum duration. Sent with code BAD_USER_INPUT. */
  | 'VENUE_TOO_LONG'
  /** Shorter than the venue’s minimum duration. Sent with code BAD_USER_INPUT. */
  | 'VENUE_TOO_SHORT'
  /** An activity needs a title, a place, a capacity of at least 1, an end after its start and a sign-up deadline no later than its start (`title`). Sent with code BAD_USER_INPUT. */
  | 'VOLUNTEER_BAD_ACTIVITY'
  /** The volunteer holds no place on the list (waiting or cancelled): no check-in. Sent with code CONFLICT. */
  | 'VOLUNTEER_NOT_SIGNED_UP'
  /** Hours corrected away from those recorded need a reason (`reason`). Sent with code BAD_USER_INPUT. */
  | 'VOLUNTEER_REASON_REQUIRED'
  /** The sign-up deadline has passed. Sent with code CONFLICT. */
  | 'VOLUNTEER_SIGNUP_CLOSED'
  /** The code shown at the place does not match, or the activity is not on now (`code`). Sent with code BAD_USER_INPUT. */
  | 'VOLUNTEER_WRONG_CODE'
  /** Check-in twice, check-out before check-in, or hours approved twice. Sent with code CONFLICT. */
  | 'VOLUNTEER_WRONG_STEP'
  /** An exclusive area is not a positive number of square metres with at most two decimals (`area`). Sent with code BAD_USER_INPUT. */
  | 'VOTE_BAD_AREA'
  /** A ballot must give exactly one choice for each matter of the vote (`choices`). Sent with code BAD_USER_INPUT. */
  | 'VOTE_BAD_CHOICES'
  /** The closing time is not after the opening time, or the period is longer than 90 days (`closesAt`). Sent with code BAD_USER_INPUT. */
  | 'VOTE_BAD_PERIOD'
  /** The same ballot was changed at the same moment by another request: reload and retry. Sent with code CONFLICT. */
  | 'VOTE_BALLOT_CHANGED_CONCURRENTLY'
  /** A title (of the vote or a matter) is blank. Sent with code BAD_USER_INPUT. */
  | 'VOTE_BLANK_TITLE'
  /** No household of the estate has a registered exclusive area: import the areas before opening. Sent with code BAD_USER_INPUT. */
  | 'VOTE_EMPTY_ROLL'
  /** The vote is already open or closed: its matters and period are fixed. Sent with code INVALID_TRANSITION. */
  | 'VOTE_NOT_DRAFT'
  /** The vote does not take ballots now (not open yet, before its opening time, or closed). Sent with code INVALID_TRANSITION. */
  | 'VOTE_NOT_OPEN'
  /** Only community staff organise a first assembly (`organiser: COMMUNITY`); committee members organise their committee's votes. Sent with code FORBIDDEN. */
  | 'VOTE_ORGANISER_NOT_ALLOWED'
  /** A paper ballot is entered with the scan of the signed ballot (`scanFileId`). Sent with code BAD_USER_INPUT. */
  | 'VOTE_SCAN_REQUIRED'
  /** An app key subscribes only for the app’s own organisation: `organisationId` names another one (omit it, or name the app’s). Sent with code FORBIDDEN. */
  | 'WEBHOOK_APP_OTHER_ORGANISATION'
  /** The receiver URL is not allowed (`url`): https only (http to a loopback address outside production), and never a private, loopback or link-local address in production. Sent with code BAD_USER_INPUT. */
  | 'WEBHOOK_BAD_URL'
  /** The name of the webhook subscription is blank (`name`). Sent with code BAD_USER_INPUT. */
  | 'WEBHOOK_BLANK_NAME'
  /** The delivery is still being retried: wait for it to be delivered or to fail before re-sending. Sent with code CONFLICT. */
  | 'WEBHOOK_DELIVERY_PENDING'
  /** No event was chosen (`events`). Sent with code BAD_USER_INPUT. */
  | 'WEBHOOK_NO_EVENTS'
  /** No owner organisation (`organisationId`): it may be omitted only when calling with an app key. Sent with code BAD_USER_INPUT. */
  | 'WEBHOOK_NO_ORGANISATION';

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
  /** Number of items in the whole list (with the same filters), computed only when selected. Exact up to 10,000; above that, a list may answer the database's estimate (MariaDB/MySQL index statistics, never below 10,001) instead of counting every row. */
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

/** A fee standard (收费标准) of an estate. */
export type FeeStandard = {
  __typename?: 'FeeStandard';
  /** Amount in fen (分) per `unit`. */
  amountFen: Scalars['Int']['output'];
  /** When it was published. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** First day it applies, `YYYY-MM-DD`. */
  effectiveFrom: Scalars['String']['output'];
  /** The estate. */
  estateId: Scalars['ID']['output'];
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** What is charged (物业费, 停车费 …). */
  item: Scalars['String']['output'];
  /** Note. */
  note: Maybe<Scalars['String']['output']>;
  /** The property company that published it. */
  organisationId: Scalars['ID']['output'];
  /** What the amount is per (每平方米每月, 每车位每月 …). */
  unit: Scalars['String']['output'];
};

/** A page of fee standards. */
export type FeeStandardConnection = {
  __typename?: 'FeeStandardConnection';
  /** The items of this page. */
  edges: Array<FeeStandardEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items in the whole list (with the same filters), computed only when selected. Exact up to 10,000; above that, a list may answer the database's estimate (MariaDB/MySQL index statistics, never below 10,001) instead of counting every row. */
  totalCount: Scalars['Int']['output'];
};

/** One fee standard in a page, with its cursor. */
export type FeeStandardEdge = {
  __typename?: 'FeeStandardEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The fee standard. */
  node: FeeStandard;
};

/** Result of a mutation on a fee standard. */
export type FeeStandardPayload = {
  __typename?: 'FeeStandardPayload';
  /** The fee standard as it is after the mutation. */
  feeStandard: FeeStandard;
};

/** What a figures breakdown is grouped by. */
export type FigureDimension =
  /** 类别 — the category of the ticket. */
  | 'CATEGORY'
  /** 社区 — the community of the ticket. */
  | 'COMMUNITY'
  /** 小区 — the estate the ticket names (tickets without one form a group with a null key). */
  | 'ESTATE'
  /** 责任单位 — each organisation responsible for the ticket (a ticket counts once for each of them). */
  | 'ORGANISATION'
  /** 来源 — how the ticket came in (app, phone, counter, grid patrol, 12345, letter, import); key: the TicketSource. */
  | 'SOURCE'
  /** 街道 — the street of the ticket. */
  | 'STREET';

/** The length of one point of a figures trend (Asia/Shanghai calendar). */
export type FigureInterval =
  /** One point per day (key YYYY-MM-DD). */
  | 'DAY'
  /** One point per month (key YYYY-MM). */
  | 'MONTH'
  /** One point per week starting Monday (key: the Monday, YYYY-MM-DD). */
  | 'WEEK';

/** Ticket figures of one group of a breakdown or one point of a trend. */
export type FigureRow = {
  __typename?: 'FigureRow';
  /** 已上报 — valid tickets reported up to a street department at least once. */
  escalated: Scalars['Int']['output'];
  /** The group: an id (street, community, estate, organisation, category) or a period key; null for tickets without one. */
  key: Maybe<Scalars['String']['output']>;
  /** Display name of the group (its place, organisation or category name). */
  label: Maybe<Scalars['String']['output']>;
  /** 合并 — tickets of the period merged into another ticket (duplicates). */
  merged: Scalars['Int']['output'];
  /** 按时答复率 — replied on time ÷ valid. */
  onTimeRate: Maybe<Scalars['Float']['output']>;
  /** 提出 — tickets submitted in the period (every state, merged and rejected included). */
  raised: Scalars['Int']['output'];
  /** 已评价 — valid tickets the submitter rated (1-5). */
  rated: Scalars['Int']['output'];
  /** 不予受理 — tickets of the period rejected as invalid. */
  rejected: Scalars['Int']['output'];
  /** 重开率 — reopened ÷ valid tickets resolved at least once. */
  reopenRate: Maybe<Scalars['Float']['output']>;
  /** 重新打开 — valid tickets reopened by their submitter at least once. */
  reopened: Scalars['Int']['output'];
  /** 已答复 — valid tickets with an answer to residents (a reply, a resolution or an escalation answer). */
  replied: Scalars['Int']['output'];
  /** 按时答复 — valid tickets whose first answer came by their reply deadline (N working days). */
  repliedOnTime: Scalars['Int']['output'];
  /** 响应率/答复率 — replied ÷ valid (null without valid tickets). */
  replyRate: Maybe<Scalars['Float']['output']>;
  /** 解决率 — resolved ÷ valid. */
  resolutionRate: Maybe<Scalars['Float']['output']>;
  /** 已完结 — valid tickets whose last resolve/reopen event is a resolution. */
  resolved: Scalars['Int']['output'];
  /** 满意率 — rated 4-5 ÷ rated. */
  satisfaction: Maybe<Scalars['Float']['output']>;
  /** 满意 — valid tickets rated 4 or 5. */
  satisfied: Scalars['Int']['output'];
  /** 有效 — tickets of the period accepted by staff and not merged into another (the denominator of the rates). */
  valid: Scalars['Int']['output'];
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

/** A reply template filled in for one ticket (the reply dialog). */
export type FilledReplyTemplate = {
  __typename?: 'FilledReplyTemplate';
  /** The template. */
  templateId: Scalars['ID']['output'];
  /** Its text with the placeholders filled for the ticket. */
  text: Scalars['String']['output'];
  /** Its name. */
  title: Scalars['String']['output'];
};

/** Follow a ticket, or stop following it. */
export type FollowTicketInput = {
  /** True to follow, false to stop. */
  follow?: Scalars['Boolean']['input'];
  /** The ticket. */
  ticketId: Scalars['ID']['input'];
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

/** Hand a redemption over against its pick-up code. */
export type HandOverRedemptionInput = {
  /** The resident's six-digit pick-up code (1-8 characters). */
  pickupCode: Scalars['String']['input'];
  /** The redemption. */
  redemptionId: Scalars['ID']['input'];
};

/** Hide a text of a ticket from the public form. */
export type HideTicketTextInput = {
  /** Which text. */
  part: TicketTextPart;
  /** Why (1-500 characters), kept for staff and in the audit log. */
  reason: Scalars['String']['input'];
  /** The ticket. */
  ticketId: Scalars['ID']['input'];
};

/** Mark a planned meeting as held. */
export type HoldMeetingInput = {
  /** The meeting. */
  meetingId: Scalars['ID']['input'];
};

/** A hot topic (热点): a burst of similar tickets in one community (by default 5 within 24 hours), raised once and grown as more arrive. */
export type HotTopic = {
  __typename?: 'HotTopic';
  /** When it was merged or dismissed. */
  closedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Its community. */
  communityId: Scalars['ID']['output'];
  /** When it was raised. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Why it was dismissed (DISMISSED). */
  dismissReason: Maybe<Scalars['String']['output']>;
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** When its newest ticket arrived. */
  lastTicketAt: Scalars['DateTimeISO']['output'];
  /** The ticket its tickets were merged into (MERGED). */
  primaryTicketId: Maybe<Scalars['ID']['output']>;
  /** Where it stands. */
  state: HotTopicState;
  /** The street of its community. */
  streetId: Scalars['ID']['output'];
  /** How many tickets it holds. */
  ticketCount: Scalars['Int']['output'];
  /** Its tickets, oldest first (at most 100; `ticketCount` counts all). */
  tickets: Array<Ticket>;
  /** The title of its first ticket. */
  title: Scalars['String']['output'];
  /** What the viewer may do now (role and state permitting). */
  viewerCan: HotTopicViewerCan;
};

/** A page of hot topics. */
export type HotTopicConnection = {
  __typename?: 'HotTopicConnection';
  /** The items of this page. */
  edges: Array<HotTopicEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items in the whole list (with the same filters), computed only when selected. Exact up to 10,000; above that, a list may answer the database's estimate (MariaDB/MySQL index statistics, never below 10,001) instead of counting every row. */
  totalCount: Scalars['Int']['output'];
};

/** One hot topic in a page, with its cursor. */
export type HotTopicEdge = {
  __typename?: 'HotTopicEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The hot topic. */
  node: HotTopic;
};

/** Result of a mutation on a hot topic. */
export type HotTopicPayload = {
  __typename?: 'HotTopicPayload';
  /** The hot topic as it is after the mutation. */
  hotTopic: HotTopic;
};

/** A community’s hot-topic rule: how many similar tickets within how many hours make one. */
export type HotTopicRule = {
  __typename?: 'HotTopicRule';
  /** The community. */
  communityId: Scalars['ID']['output'];
  /** True when the community has set none and the defaults apply. */
  isDefault: Scalars['Boolean']['output'];
  /** Similar tickets that make a hot topic (default 5). */
  threshold: Scalars['Int']['output'];
  /** Within how many hours they arrive (default 24). */
  windowHours: Scalars['Int']['output'];
};

/** Result of setting a hot-topic rule. */
export type HotTopicRulePayload = {
  __typename?: 'HotTopicRulePayload';
  /** The rule as it is now. */
  rule: HotTopicRule;
};

/** Where a hot topic (热点) stands. */
export type HotTopicState =
  /** Staff judged it not one matter, with a reason; it no longer grows. */
  | 'DISMISSED'
  /** Its tickets were merged into one primary ticket. */
  | 'MERGED'
  /** Raised and still growing; waiting for staff. */
  | 'OPEN';

/** What the viewer may do with a hot topic now. */
export type HotTopicViewerCan = {
  __typename?: 'HotTopicViewerCan';
  /** Dismiss it with a reason. */
  dismiss: Scalars['Boolean']['output'];
  /** Merge its tickets into one primary ticket. */
  merge: Scalars['Boolean']['output'];
};

/** Where the hours of a sign-up stand. */
export type HoursStatus =
  /** Approved (or corrected with a reason): they count, and the points are awarded. */
  | 'APPROVED'
  /** Not checked out yet. */
  | 'NONE'
  /** Recorded at check-out; awaiting approval (they do not count yet). */
  | 'RECORDED';

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
  /** Other pending and approved bindings of the same household (at most 20); empty unless the viewer reviews bindings there. */
  householdOthers: Array<HouseholdBinding>;
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** Reason given when rejected or revoked. */
  reason: Maybe<Scalars['String']['output']>;
  /** How the resident relates to the household. */
  relation: HouseholdRelation;
  /** The requester’s other pending and approved bindings that the viewer reviews (at most 20); those in places outside the viewer’s scope are not shown. */
  requesterOthers: Array<HouseholdBinding>;
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
  /** Number of items in the whole list (with the same filters), computed only when selected. Exact up to 10,000; above that, a list may answer the database's estimate (MariaDB/MySQL index statistics, never below 10,001) instead of counting every row. */
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
  /** Number of items in the whole list (with the same filters), computed only when selected. Exact up to 10,000; above that, a list may answer the database's estimate (MariaDB/MySQL index statistics, never below 10,001) instead of counting every row. */
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

/** Format of an import file. */
export type ImportFormat =
  /** Comma-separated text, UTF-8, with a header row. */
  | 'CSV'
  /** An Excel workbook; the first sheet is read, with a header row. */
  | 'XLSX';

/** Import maintenance records of one estate from a CSV or XLSX file: all rows or none. */
export type ImportMaintenanceInput = {
  /** The file, base64 (at most 2 MB decoded, 5,000 rows). Header row: registrationNo, performedOn, kind, contractor, result, defects, fix, nextDueOn. */
  content: Scalars['String']['input'];
  /** The estate (rows name equipment by its registration number there). */
  estateId: Scalars['ID']['input'];
  /** CSV or XLSX. */
  format: ImportFormat;
};

/** Result of an import: all rows written, or none and the report of the refused rows. */
export type ImportMaintenancePayload = {
  __typename?: 'ImportMaintenancePayload';
  /** Refused rows, at most 200, in file order (empty: all written). */
  errors: Array<ImportRowError>;
  /** Rows written (0 when any row was refused). */
  imported: Scalars['Int']['output'];
  /** Data rows read. */
  rows: Scalars['Int']['output'];
};

/** One refused row of an import. */
export type ImportRowError = {
  __typename?: 'ImportRowError';
  /** The column at fault. */
  column: Scalars['String']['output'];
  /** What is wrong, in English. */
  message: Scalars['String']['output'];
  /** Machine-readable reason (UNKNOWN_EQUIPMENT, BAD_DATE, BAD_KIND, BAD_RESULT, BLANK, TOO_LONG, FUTURE_DATE). */
  reason: Scalars['String']['output'];
  /** Row number in the file (the header is row 1). */
  row: Scalars['Int']['output'];
};

/** One refused row of an import. */
export type ImportRowErrorType = {
  __typename?: 'ImportRowErrorType';
  /** Column at fault (building, unit, room, area, owner, ownerRef), or empty. */
  column: Scalars['String']['output'];
  /** Why (Chinese / English). */
  message: Scalars['String']['output'];
  /** Row number as the spreadsheet shows it (the header is row 1). */
  row: Scalars['Int']['output'];
};

/** Import historical matters of one community from CSV or XLSX: all rows or none. */
export type ImportTicketsInput = {
  /** The community the matters belong to. */
  communityId: Scalars['ID']['input'];
  /** The file, base64 (at most 2 MB decoded, 5,000 rows). Header row (English or Chinese names): submittedAt/提交时间, category/类别 (code or name), place/地点, title/标题, text/内容, outcome/结果 (RESOLVED, REPLIED, REJECTED), reply/答复, repliedAt/答复时间, resolvedAt/办结时间, source/来源. */
  content: Scalars['String']['input'];
  /** CSV or XLSX. */
  format: TicketImportFormat;
};

/** What an import of historical tickets did: all rows written, or none and the refused rows. */
export type ImportTicketsPayload = {
  __typename?: 'ImportTicketsPayload';
  /** Refused rows, at most 200, in file order (empty: all written). */
  errors: Array<TicketImportRowError>;
  /** Tickets written (0 when any row was refused). */
  imported: Scalars['Int']['output'];
  /** Data rows read. */
  rows: Scalars['Int']['output'];
};

/** A spreadsheet of exclusive areas to import for an estate (all rows or none). */
export type ImportVoteUnitsInput = {
  /** The file, base64 (at most 700000 characters). Columns by header: 楼栋/building, 单元/unit, 室/room, 面积/area, 业主/owner (optional), 产权证号/ownerRef (optional), 开发商/developer (optional: 是/yes/1). */
  content: Scalars['String']['input'];
  /** The estate. */
  estateId: Scalars['ID']['input'];
  /** CSV (UTF-8) or XLSX. */
  format: VoteUnitFileFormat;
};

/** The outcome of an import: every row written, or none and the report. */
export type ImportVoteUnitsPayload = {
  __typename?: 'ImportVoteUnitsPayload';
  /** Refused rows; empty when the import was written. */
  errors: Array<ImportRowErrorType>;
  /** Rows written (0 when any row was refused). */
  imported: Scalars['Int']['output'];
};

/** Invite an organisation or a person. */
export type InviteMeetingPartyInput = {
  /** ORGANISATION, PERSON or RESIDENT_REPRESENTATIVE (registrations come from residents). */
  kind: MeetingPartyKind;
  /** The meeting. */
  meetingId: Scalars['ID']['input'];
  /** The organisation (kind ORGANISATION). */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  /** The person (kind PERSON or RESIDENT_REPRESENTATIVE). */
  userId?: InputMaybe<Scalars['ID']['input']>;
};

/** A page of leaderboard places. */
export type LeaderboardConnection = {
  __typename?: 'LeaderboardConnection';
  /** The items of this page. */
  edges: Array<LeaderboardEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items in the whole list (with the same filters), computed only when selected. Exact up to 10,000; above that, a list may answer the database's estimate (MariaDB/MySQL index statistics, never below 10,001) instead of counting every row. */
  totalCount: Scalars['Int']['output'];
};

/** One leaderboard place in a page, with its cursor. */
export type LeaderboardEdge = {
  __typename?: 'LeaderboardEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The leaderboard place. */
  node: LeaderboardRow;
};

/** The viewer's leaderboard setting. */
export type LeaderboardOptOutPayload = {
  __typename?: 'LeaderboardOptOutPayload';
  /** True: left off every leaderboard. */
  optOut: Scalars['Boolean']['output'];
};

/** The period of a leaderboard (Asia/Shanghai calendar). */
export type LeaderboardPeriod =
  /** Since the beginning. */
  | 'ALL_TIME'
  /** This calendar month. */
  | 'MONTH'
  /** This calendar year. */
  | 'YEAR';

/** A place on a leaderboard: display name only. */
export type LeaderboardRow = {
  __typename?: 'LeaderboardRow';
  /** The display name the resident chose. */
  displayName: Scalars['String']['output'];
  /** True for the viewer themselves. */
  isViewer: Scalars['Boolean']['output'];
  /** Points earned in the period. */
  points: Scalars['Int']['output'];
  /** Rank, 1 upwards (ties broken by who reached the total first, then by id). */
  rank: Scalars['Int']['output'];
};

/** Link a WeChat sign-in to a phone number: with the code of the mini program’s `getPhoneNumber` button (`phoneCode`), or with `phone` and an SMS code of purpose LINK_PHONE. */
export type LinkWechatPhoneInput = {
  /** Name to show when this creates a new account (1 to 30 characters); default 居民 and the last 4 digits. */
  displayName?: InputMaybe<Scalars['String']['input']>;
  /** The link token `loginWithWechat` returned. */
  linkToken: Scalars['String']['input'];
  /** Instead of `phoneCode`: the phone number … */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** The code of `<button open-type="getPhoneNumber">` (`e.detail.code`). */
  phoneCode?: InputMaybe<Scalars['String']['input']>;
  /** … and its SMS code of purpose LINK_PHONE. */
  smsCode?: InputMaybe<Scalars['String']['input']>;
};

/** Sign-in with phone and password. */
export type LoginInput = {
  /** Password. */
  password: Scalars['String']['input'];
  /** Mobile number. */
  phone: Scalars['String']['input'];
};

/** Sign in with a phone and the code sent by `requestSmsCode(phone, LOGIN)`. */
export type LoginWithSmsCodeInput = {
  /** Mainland mobile number, 11 digits. */
  phone: Scalars['String']['input'];
  /** The 6-digit code. */
  smsCode: Scalars['String']['input'];
};

/** Sign in from the WeChat mini program. */
export type LoginWithWechatInput = {
  /** The code `wx.login()` gave the mini program (valid 5 minutes, single use). */
  code: Scalars['String']['input'];
};

/** Result of `logout`. */
export type LogoutPayload = {
  __typename?: 'LogoutPayload';
  /** True once the session is ended. */
  ok: Scalars['Boolean']['output'];
};

/** When one maintenance obligation of a piece of equipment falls due. */
export type MaintenanceDue = {
  __typename?: 'MaintenanceDue';
  /** Due date, `YYYY-MM-DD`. */
  dueOn: Scalars['String']['output'];
  /** Its interval in days (the community’s or the default). */
  intervalDays: Scalars['Int']['output'];
  /** Last day it was met, `YYYY-MM-DD` (null: never). */
  lastDoneOn: Maybe<Scalars['String']['output']>;
  /** The obligation. */
  requirement: MaintenanceRequirement;
  /** Its status today. */
  status: MaintenanceStatus;
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

/** A maintenance record (维保记录) of a piece of equipment. */
export type MaintenanceRecord = {
  __typename?: 'MaintenanceRecord';
  /** The signed sheet: photos or PDFs. */
  attachments: Array<FileRef>;
  /** The maintenance contractor (维保单位). */
  contractor: Scalars['String']['output'];
  /** When it was recorded. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Defects found. */
  defects: Maybe<Scalars['String']['output']>;
  /** The equipment. */
  equipmentId: Scalars['ID']['output'];
  /** The estate. */
  estateId: Scalars['ID']['output'];
  /** How they were fixed. */
  fix: Maybe<Scalars['String']['output']>;
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** What was done. */
  kind: MaintenanceKind;
  /** Next due date the contractor wrote, `YYYY-MM-DD`. */
  nextDueOn: Maybe<Scalars['String']['output']>;
  /** Day of the visit, `YYYY-MM-DD`. */
  performedOn: Scalars['String']['output'];
  /** Outcome. */
  result: MaintenanceResult;
};

/** A page of maintenance records. */
export type MaintenanceRecordConnection = {
  __typename?: 'MaintenanceRecordConnection';
  /** The items of this page. */
  edges: Array<MaintenanceRecordEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items in the whole list (with the same filters), computed only when selected. Exact up to 10,000; above that, a list may answer the database's estimate (MariaDB/MySQL index statistics, never below 10,001) instead of counting every row. */
  totalCount: Scalars['Int']['output'];
};

/** One maintenance record in a page, with its cursor. */
export type MaintenanceRecordEdge = {
  __typename?: 'MaintenanceRecordEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The maintenance record. */
  node: MaintenanceRecord;
};

/** Result of a mutation on a maintenance record. */
export type MaintenanceRecordPayload = {
  __typename?: 'MaintenanceRecordPayload';
  /** The maintenance record as it is after the mutation. */
  record: MaintenanceRecord;
};

/** A periodic obligation of a kind of equipment. */
export type MaintenanceRequirement =
  /** Statutory inspection (met by INSPECTION). */
  | 'ANNUAL_INSPECTION'
  /** Cleaning and disinfection (met by CLEANING). */
  | 'CLEANING'
  /** Monthly check (met by MONTHLY_CHECK, YEARLY_TEST). */
  | 'MONTHLY_CHECK'
  /** Routine maintenance (met by ROUTINE, QUARTERLY, HALF_YEARLY, YEARLY). */
  | 'ROUTINE_MAINTENANCE'
  /** Yearly test (met by YEARLY_TEST). */
  | 'YEARLY_TEST';

/** Outcome of a maintenance visit. */
export type MaintenanceResult =
  /** Defects left open: the visit does not meet the obligation. */
  | 'FAILED'
  /** Defects found and fixed on the spot. */
  | 'FIXED'
  /** Everything in order. */
  | 'PASSED';

/** A maintenance interval in force in a community (the default or the community’s own). */
export type MaintenanceRule = {
  __typename?: 'MaintenanceRule';
  /** The default interval (the rules in force). */
  defaultIntervalDays: Scalars['Int']['output'];
  /** Kind of equipment. */
  equipmentKind: EquipmentKind;
  /** Interval in days. */
  intervalDays: Scalars['Int']['output'];
  /** The obligation. */
  requirement: MaintenanceRequirement;
  /** Record kinds that meet it. */
  satisfiedBy: Array<MaintenanceKind>;
};

/** Result of a mutation on a maintenance rule. */
export type MaintenanceRulePayload = {
  __typename?: 'MaintenanceRulePayload';
  /** The maintenance rule as it is after the mutation. */
  rule: MaintenanceRule;
};

/** Maintenance status of equipment, derived on the server from its rules, its records and the date. */
export type MaintenanceStatus =
  /** An obligation falls due soon (within a fifth of its interval, 1-30 days). */
  | 'DUE_SOON'
  /** Every obligation met, none due soon. */
  | 'OK'
  /** An obligation is past its due date. */
  | 'OVERDUE';

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

/** One matter’s count and outcome. */
export type MatterTally = {
  __typename?: 'MatterTally';
  /** Abstain. */
  abstain: ChoiceCount;
  /** Against. */
  against: ChoiceCount;
  /** Agreement against the participating area and owners. */
  agreement: ThresholdCheck;
  /** For. */
  for: ChoiceCount;
  /** Its kind. */
  kind: VoteMatterKind;
  /** The matter. */
  matterId: Scalars['ID']['output'];
  /** Participation and agreement both met (as of now, or frozen at closing). */
  passed: Scalars['Boolean']['output'];
  /** Why, in words, in the reader’s language: "参与面积 71.2 % ≥ 2/3；同意面积 52.0 % > 1/2 …". */
  reason: Scalars['String']['output'];
  /** Why, in English. */
  reasonEn: Scalars['String']['output'];
  /** Why, in Chinese. */
  reasonZh: Scalars['String']['output'];
};

/** A round-table meeting (圆桌会) of a community. */
export type Meeting = {
  __typename?: 'Meeting';
  /** Action items it gave (staff only; empty for residents). */
  actionItems: Array<MeetingActionItem>;
  /** The agenda, in order. */
  agenda: Array<MeetingAgendaItem>;
  /** Why it was cancelled. */
  cancelReason: Maybe<Scalars['String']['output']>;
  /** The door code (organisers only). */
  checkInCode: Maybe<Scalars['String']['output']>;
  /** The QR link a resident front end opens: `roundtable://meeting-check-in?meetingId=…&code=…` (organisers only). */
  checkInLink: Maybe<Scalars['String']['output']>;
  /** The community. */
  communityId: Scalars['ID']['output'];
  /** When it was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** When it ends. */
  endsAt: Scalars['DateTimeISO']['output'];
  /** When it was marked held. */
  heldAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Hosting organisation. */
  hostOrganisationId: Maybe<Scalars['ID']['output']>;
  /** Path of its iCalendar file (`GET` with the Bearer token). */
  icsPath: Scalars['String']['output'];
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** Kind. */
  kind: MeetingKind;
  /** The minutes (sanitised HTML): staff who read the meeting always; residents once published. */
  minutesHtml: Maybe<Scalars['String']['output']>;
  /** When the minutes were published. */
  minutesPublishedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Whether there are minutes, and whether they are published. */
  minutesState: MinutesState;
  /** Online link. */
  onlineUrl: Maybe<Scalars['String']['output']>;
  /** Whether residents may register. */
  openToResidents: Scalars['Boolean']['output'];
  /** Invited parties and registered residents with their attendance (staff only; empty for residents). */
  parties: Array<MeetingParty>;
  /** Where. */
  place: Maybe<Scalars['String']['output']>;
  /** Residents registered so far. */
  registeredCount: Scalars['Int']['output'];
  /** Places for residents. */
  residentCapacity: Scalars['Int']['output'];
  /** When it starts. */
  startsAt: Scalars['DateTimeISO']['output'];
  /** Planned, held or cancelled. */
  state: MeetingState;
  /** Title. */
  title: Scalars['String']['output'];
  /** What the viewer may do now. */
  viewerCan: MeetingViewerCan;
};

/** A task a meeting gave an organisation (督办). */
export type MeetingActionItem = {
  __typename?: 'MeetingActionItem';
  /** The agenda item it follows from. */
  agendaItemId: Maybe<Scalars['ID']['output']>;
  /** The community. */
  communityId: Scalars['ID']['output'];
  /** When it was done or cancelled. */
  completedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** What was done. */
  completionNote: Maybe<Scalars['String']['output']>;
  /** When it was given. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** When it is due (end of a working day, Asia/Shanghai). */
  dueAt: Scalars['DateTimeISO']['output'];
  /** Working days it was given. */
  dueDays: Scalars['Int']['output'];
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** Open and past its due time (derived on the server). */
  isOverdue: Scalars['Boolean']['output'];
  /** The meeting. */
  meetingId: Scalars['ID']['output'];
  /** Title of its meeting. */
  meetingTitle: Scalars['String']['output'];
  /** The owner organisation. */
  ownerOrganisation: Organisation;
  /** The organisation that owns it. */
  ownerOrganisationId: Scalars['ID']['output'];
  /** Its state. */
  state: MeetingActionItemState;
  /** The ticket of that agenda item. */
  ticketId: Maybe<Scalars['ID']['output']>;
  /** What to do. */
  title: Scalars['String']['output'];
  /** Whether the viewer may report on it (organisers, the owner’s staff). */
  viewerCanUpdate: Scalars['Boolean']['output'];
};

/** A page of action items. */
export type MeetingActionItemConnection = {
  __typename?: 'MeetingActionItemConnection';
  /** The items of this page. */
  edges: Array<MeetingActionItemEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items in the whole list (with the same filters), computed only when selected. Exact up to 10,000; above that, a list may answer the database's estimate (MariaDB/MySQL index statistics, never below 10,001) instead of counting every row. */
  totalCount: Scalars['Int']['output'];
};

/** One action item in a page, with its cursor. */
export type MeetingActionItemEdge = {
  __typename?: 'MeetingActionItemEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The action item. */
  node: MeetingActionItem;
};

/** Result of a mutation on a action item. */
export type MeetingActionItemPayload = {
  __typename?: 'MeetingActionItemPayload';
  /** The action item as it is after the mutation. */
  actionItem: MeetingActionItem;
};

/** Where an action item stands. */
export type MeetingActionItemState =
  /** No longer needed. */
  | 'CANCELLED'
  /** Done, with a completion note. */
  | 'DONE'
  /** To do (overdue once past its due time). */
  | 'OPEN';

/** An item of a meeting’s agenda: a ticket or a free topic. */
export type MeetingAgendaItem = {
  __typename?: 'MeetingAgendaItem';
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** The meeting. */
  meetingId: Scalars['ID']['output'];
  /** When its meeting starts. */
  meetingStartsAt: Scalars['DateTimeISO']['output'];
  /** Title of its meeting. */
  meetingTitle: Scalars['String']['output'];
  /** Place in the agenda, from 1. */
  position: Scalars['Int']['output'];
  /** What the meeting decided, once it did. */
  resolution: Maybe<MeetingResolution>;
  /** The ticket it discusses (open it with `ticket(id:)`). */
  ticketId: Maybe<Scalars['ID']['output']>;
  /** The topic (a ticket’s title when about a ticket). */
  topic: Scalars['String']['output'];
};

/** A page of meetings. */
export type MeetingConnection = {
  __typename?: 'MeetingConnection';
  /** The items of this page. */
  edges: Array<MeetingEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items in the whole list (with the same filters), computed only when selected. Exact up to 10,000; above that, a list may answer the database's estimate (MariaDB/MySQL index statistics, never below 10,001) instead of counting every row. */
  totalCount: Scalars['Int']['output'];
};

/** One meeting in a page, with its cursor. */
export type MeetingEdge = {
  __typename?: 'MeetingEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The meeting. */
  node: Meeting;
};

/** Kinds of meeting. */
export type MeetingKind =
  /** 专题会 — a meeting called for one matter. */
  | 'AD_HOC'
  /** 听证会 — a public hearing. */
  | 'HEARING'
  /** 月度圆桌会 — the monthly round table. */
  | 'MONTHLY_ROUND_TABLE';

/** An invited party or a registered resident, and their attendance. */
export type MeetingParty = {
  __typename?: 'MeetingParty';
  /** Whether they came. */
  attendance: Attendance;
  /** When they checked in at the door. */
  checkedInAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** Who they are. */
  kind: MeetingPartyKind;
  /** The organisation. */
  organisation: Maybe<Organisation>;
  /** The organisation (kind ORGANISATION). */
  organisationId: Maybe<Scalars['ID']['output']>;
  /** The person (phone masked). */
  user: Maybe<User>;
  /** The person (other kinds). */
  userId: Maybe<Scalars['ID']['output']>;
};

/** Who a party of a meeting is. */
export type MeetingPartyKind =
  /** An organisation; its staff attend for it. */
  | 'ORGANISATION'
  /** An invited person. */
  | 'PERSON'
  /** A resident who registered for an open meeting. */
  | 'REGISTERED_RESIDENT'
  /** 居民代表 — a resident invited to speak for residents. */
  | 'RESIDENT_REPRESENTATIVE';

/** Result of a mutation on a meeting. */
export type MeetingPayload = {
  __typename?: 'MeetingPayload';
  /** The meeting as it is after the mutation. */
  meeting: Meeting;
};

/** The resolution of an agenda item. */
export type MeetingResolution = {
  __typename?: 'MeetingResolution';
  /** Who agreed. */
  agreedBy: Maybe<Scalars['String']['output']>;
  /** Where the item’s ticket went. */
  outcome: ResolutionOutcome;
  /** When it was recorded. */
  resolvedAt: Scalars['DateTimeISO']['output'];
  /** What was decided. */
  text: Scalars['String']['output'];
};

/** Where a meeting stands. */
export type MeetingState =
  /** Cancelled, with a reason. */
  | 'CANCELLED'
  /** Held: resolutions, action items and minutes are recorded. */
  | 'HELD'
  /** Planned: parties, agenda and registrations can change. */
  | 'PLANNED';

/** What the viewer may do with a meeting now. */
export type MeetingViewerCan = {
  __typename?: 'MeetingViewerCan';
  /** Edit it: parties, agenda, attendance, minutes, resolutions, action items (its organisers). */
  manage: Scalars['Boolean']['output'];
  /** Register to attend (a resident of the community, while planned and open). */
  register: Scalars['Boolean']['output'];
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

/** Merge every ticket of a hot topic into one of them. */
export type MergeHotTopicInput = {
  /** The hot topic. */
  hotTopicId: Scalars['ID']['input'];
  /** Note to the submitters of the merged tickets (0-500 characters). */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The primary ticket: one of the hot topic’s tickets, still open. */
  primaryTicketId: Scalars['ID']['input'];
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

/** Where the minutes stand. */
export type MinutesState =
  /** A draft, for staff only. */
  | 'DRAFT'
  /** No minutes yet. */
  | 'NONE'
  /** Published: residents of the community may read them. */
  | 'PUBLISHED';

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
   * Acknowledge (签收) the assignment of the viewer’s organisation (staff-only event).
   *
   * Error reasons (`extensions.reason`): TICKET_ACTION_NOT_ALLOWED (FORBIDDEN), TICKET_WRONG_STATE (INVALID_TRANSITION), TICKET_VERSION_STALE (CONFLICT), TICKET_CHANGED_CONCURRENTLY (CONFLICT), TICKET_NOTHING_TO_ACKNOWLEDGE (INVALID_TRANSITION).
   */
  acknowledgeAssignment: TicketPayload;
  /**
   * A street department’s staff acknowledge a ticket escalated to their own department (签收).
   *
   * Error reasons (`extensions.reason`): TICKET_ACTION_NOT_ALLOWED (FORBIDDEN), TICKET_WRONG_STATE (INVALID_TRANSITION), TICKET_VERSION_STALE (CONFLICT), TICKET_CHANGED_CONCURRENTLY (CONFLICT).
   */
  acknowledgeTicketEscalation: TicketPayload;
  /**
   * Give an organisation an action item of a held meeting, due in working days; its staff are told.
   *
   * Error reasons (`extensions.reason`): MEETING_WRONG_STATE (INVALID_TRANSITION), MEETING_ACTION_NOT_ALLOWED (FORBIDDEN), MEETING_UNKNOWN_OWNER (BAD_USER_INPUT), MEETING_UNKNOWN_AGENDA_ITEM (BAD_USER_INPUT), MEETING_BLANK_TITLE (BAD_USER_INPUT).
   */
  addActionItem: MeetingActionItemPayload;
  /**
   * Add a ticket (referred to the meeting now if accepted or replied; the item shows on its public timeline) or a free topic to the end of the agenda.
   *
   * Error reasons (`extensions.reason`): MEETING_WRONG_STATE (INVALID_TRANSITION), MEETING_ACTION_NOT_ALLOWED (FORBIDDEN), MEETING_TICKET_NOT_WAITING (BAD_USER_INPUT), MEETING_TICKET_ON_AGENDA (CONFLICT), MEETING_BLANK_TITLE (BAD_USER_INPUT).
   */
  addAgendaItem: MeetingPayload;
  /**
   * Add a member to an owners' committee (its members).
   *
   * Error reasons (`extensions.reason`): PUBLICATION_COMMITTEE_NOT_A_COMMITTEE (BAD_USER_INPUT), PUBLICATION_COMMITTEE_BAD_DATE (BAD_USER_INPUT), PUBLICATION_COMMITTEE_BLANK_TEXT (BAD_USER_INPUT), PUBLICATION_NOT_PUBLISHER (FORBIDDEN).
   */
  addCommitteeMember: CommitteeMemberPayload;
  /**
   * Add an entry to a month of the public-revenue ledger. A closed month takes only a correcting entry (`correctsId`).
   *
   * Error reasons (`extensions.reason`): PROPERTY_NOT_PUBLISHER (FORBIDDEN), PROPERTY_NO_COMPANY (CONFLICT), PROPERTY_PERIOD_CLOSED (CONFLICT), PROPERTY_CORRECTION_MISMATCH (BAD_USER_INPUT), PROPERTY_BAD_PERIOD (BAD_USER_INPUT), PROPERTY_BAD_AMOUNT (BAD_USER_INPUT).
   */
  addRevenueEntry: RevenueEntryPayload;
  /**
   * Add an internal note (staff only).
   *
   * Error reasons (`extensions.reason`): TICKET_ACTION_NOT_ALLOWED (FORBIDDEN), TICKET_WRONG_STATE (INVALID_TRANSITION), TICKET_VERSION_STALE (CONFLICT), TICKET_CHANGED_CONCURRENTLY (CONFLICT).
   */
  addTicketNote: TicketPayload;
  /**
   * Adjust a resident’s points with a reason (staff, audited).
   *
   * Error reasons (`extensions.reason`): POINTS_BLANK_REASON (BAD_USER_INPUT), POINTS_BAD_AMOUNT (BAD_USER_INPUT), POINTS_INSUFFICIENT (CONFLICT).
   */
  adjustPoints: PointsEntryPayload;
  /**
   * Post the street department's answer to an escalated ticket: street admins, or that department's own staff (DEPARTMENT_STAFF).
   *
   * Error reasons (`extensions.reason`): TICKET_ACTION_NOT_ALLOWED (FORBIDDEN), TICKET_WRONG_STATE (INVALID_TRANSITION), TICKET_VERSION_STALE (CONFLICT), TICKET_CHANGED_CONCURRENTLY (CONFLICT).
   */
  answerTicketEscalation: TicketPayload;
  /**
   * Approve a pending booking (staff of its place); the requester is told.
   *
   * Error reasons (`extensions.reason`): VENUE_BOOKING_STATE (INVALID_TRANSITION), VENUE_FORBIDDEN (FORBIDDEN).
   */
  approveBooking: VenueBookingPayload;
  /**
   * Approve a pending binding; the resident becomes a RESIDENT of the community.
   *
   * Error reasons (`extensions.reason`): IDENTITY_BINDING_ALREADY_DECIDED (INVALID_TRANSITION), IDENTITY_BINDING_DECIDED_MEANWHILE (CONFLICT).
   */
  approveHouseholdBinding: HouseholdBindingPayload;
  /**
   * Approve recorded hours, or correct them with a reason; the points are awarded at once (staff, audited).
   *
   * Error reasons (`extensions.reason`): VOLUNTEER_REASON_REQUIRED (BAD_USER_INPUT), VOLUNTEER_WRONG_STEP (CONFLICT).
   */
  approveVolunteerHours: VolunteerSignupPayload;
  /** Archive a venue: no more bookings; existing ones stay. */
  archiveVenue: VenuePayload;
  /**
   * Book a venue: verified residents for their household (quota), members for an organisation of the community (also weekly series), staff for the community. Pending when the venue needs approval. No two live bookings of a venue overlap: the database refuses the second (CONFLICT VENUE_SLOT_TAKEN). A retry with the same idempotencyKey returns the same booking.
   *
   * Error reasons (`extensions.reason`): VENUE_SLOT_TAKEN (CONFLICT), VENUE_BUSY (CONFLICT), VENUE_ARCHIVED (CONFLICT), VENUE_BAD_RANGE (BAD_USER_INPUT), VENUE_NOT_ON_GRID (BAD_USER_INPUT), VENUE_TOO_SHORT (BAD_USER_INPUT), VENUE_TOO_LONG (BAD_USER_INPUT), VENUE_IN_PAST (BAD_USER_INPUT), VENUE_LEAD_TIME (BAD_USER_INPUT), VENUE_BEYOND_HORIZON (BAD_USER_INPUT), VENUE_OUTSIDE_HOURS (BAD_USER_INPUT), VENUE_CLOSED_DATE (BAD_USER_INPUT), VENUE_HOLIDAY (BAD_USER_INPUT), VENUE_OVER_CAPACITY (BAD_USER_INPUT), VENUE_NOT_ELIGIBLE (FORBIDDEN), VENUE_QUOTA_WEEK (FORBIDDEN), VENUE_QUOTA_MONTH (FORBIDDEN), VENUE_SERIES_ORGANISATIONS_ONLY (BAD_USER_INPUT), VENUE_IDEMPOTENCY_MISMATCH (CONFLICT).
   */
  bookVenue: BookVenuePayload;
  /**
   * Accept and route several tickets: each goes through `acceptTicket` on its own (version check, event, audit row); the result lists per ticket success or why it failed.
   *
   * Error reasons (`extensions.reason`): TICKET_BULK_TOO_MANY (BAD_USER_INPUT).
   */
  bulkAcceptTickets: BulkTicketsPayload;
  /**
   * Merge several duplicates into one primary: each goes through `mergeTicket` on its own; the result lists per ticket success or why it failed.
   *
   * Error reasons (`extensions.reason`): TICKET_BULK_TOO_MANY (BAD_USER_INPUT).
   */
  bulkMergeTickets: BulkTicketsPayload;
  /**
   * Reject several tickets with one reason: each goes through `rejectTicket` on its own; the result lists per ticket success or why it failed.
   *
   * Error reasons (`extensions.reason`): TICKET_BULK_TOO_MANY (BAD_USER_INPUT).
   */
  bulkRejectTickets: BulkTicketsPayload;
  /**
   * Cancel a sign-up; the first on the waiting list moves up.
   *
   * Error reasons (`extensions.reason`): VOLUNTEER_WRONG_STEP (CONFLICT).
   */
  cancelActivitySignup: VolunteerSignupPayload;
  /**
   * Cancel a booking: its requester before the start; staff of its place with a reason (the requester is told). Releases its slots.
   *
   * Error reasons (`extensions.reason`): VENUE_ALREADY_STARTED (INVALID_TRANSITION), VENUE_REASON_REQUIRED (BAD_USER_INPUT), VENUE_BOOKING_STATE (INVALID_TRANSITION), VENUE_FORBIDDEN (FORBIDDEN).
   */
  cancelBooking: VenueBookingPayload;
  /**
   * Cancel a planned meeting with a reason; the parties are told.
   *
   * Error reasons (`extensions.reason`): MEETING_WRONG_STATE (INVALID_TRANSITION), MEETING_ACTION_NOT_ALLOWED (FORBIDDEN).
   */
  cancelMeeting: MeetingPayload;
  /**
   * Cancel a reserved redemption: points and stock go back (its resident, or staff).
   *
   * Error reasons (`extensions.reason`): POINTS_REDEMPTION_CLOSED (CONFLICT).
   */
  cancelRedemption: PointsRedemptionPayload;
  /**
   * Cast or change one’s own ballot online (an owner of the frozen roll, verified). Changeable until closing; every version is kept.
   *
   * Error reasons (`extensions.reason`): VOTE_NOT_OPEN (INVALID_TRANSITION), VOTE_BAD_CHOICES (BAD_USER_INPUT), VOTE_BALLOT_CHANGED_CONCURRENTLY (CONFLICT).
   */
  castBallot: VotePayload;
  /**
   * Change the own password. Ends every session; returns tokens of a new one.
   *
   * Error reasons (`extensions.reason`): IDENTITY_WRONG_CURRENT_PASSWORD (INVALID_CREDENTIALS).
   */
  changePassword: AuthPayload;
  /**
   * Change the priority with a reason (staff-only event). To EMERGENCY: the hour clock runs from now, the community’s staff and the handlers are told at once, and it is pinned on top of the workbench until acknowledged.
   *
   * Error reasons (`extensions.reason`): TICKET_ACTION_NOT_ALLOWED (FORBIDDEN), TICKET_WRONG_STATE (INVALID_TRANSITION), TICKET_VERSION_STALE (CONFLICT), TICKET_CHANGED_CONCURRENTLY (CONFLICT), TICKET_PRIORITY_UNCHANGED (BAD_USER_INPUT).
   */
  changeTicketPriority: TicketPayload;
  /**
   * Check a booking in (staff of its place): by id, or by the venue and the code the requester shows; from 30 minutes before the start to its end.
   *
   * Error reasons (`extensions.reason`): VENUE_BOOKING_STATE (INVALID_TRANSITION), VENUE_CHECK_IN_WINDOW (INVALID_TRANSITION), VENUE_BAD_CODE (BAD_USER_INPUT), VENUE_FORBIDDEN (FORBIDDEN).
   */
  checkInBooking: VenueBookingPayload;
  /**
   * Check in at the door with the meeting’s code (its QR link carries the meeting and the code): invited people, staff of invited organisations, registered residents; on the meeting’s day (Asia/Shanghai) only.
   *
   * Error reasons (`extensions.reason`): MEETING_CHECK_IN_INVALID (BAD_USER_INPUT), MEETING_CHECK_IN_NOT_TODAY (FORBIDDEN), MEETING_NOT_A_PARTY (FORBIDDEN), MEETING_WRONG_STATE (INVALID_TRANSITION).
   */
  checkInToMeeting: CheckInPayload;
  /**
   * Check a volunteer in: staff by sign-up, or the volunteer with the code shown at the place.
   *
   * Error reasons (`extensions.reason`): VOLUNTEER_NOT_SIGNED_UP (CONFLICT), VOLUNTEER_WRONG_CODE (BAD_USER_INPUT), VOLUNTEER_WRONG_STEP (CONFLICT).
   */
  checkInVolunteer: VolunteerSignupPayload;
  /**
   * Check a volunteer out: the minutes are recorded, awaiting approval.
   *
   * Error reasons (`extensions.reason`): VOLUNTEER_WRONG_CODE (BAD_USER_INPUT), VOLUNTEER_WRONG_STEP (CONFLICT).
   */
  checkOutVolunteer: VolunteerSignupPayload;
  /**
   * Remove the staff entry of a date (street and system administrators).
   *
   * Error reasons (`extensions.reason`): CALENDAR_INVALID_DATE (BAD_USER_INPUT), CALENDAR_YEAR_OUT_OF_RANGE (BAD_USER_INPUT).
   */
  clearCalendarDay: ClearCalendarDayPayload;
  /**
   * Close a month of the ledger: its entries never change after.
   *
   * Error reasons (`extensions.reason`): PROPERTY_NOT_PUBLISHER (FORBIDDEN), PROPERTY_NO_COMPANY (CONFLICT), PROPERTY_PERIOD_ALREADY_CLOSED (CONFLICT), PROPERTY_BAD_PERIOD (BAD_USER_INPUT).
   */
  closeRevenuePeriod: RevenueLedgerPayload;
  /**
   * Complete an erasure (audited): the account is anonymised (已注销居民), its phone, password, sessions, WeChat link and bindings removed; its tickets, ballots and ledger rows stay and keep counting.
   *
   * Error reasons (`extensions.reason`): PRIVACY_ERASURE_DONE (CONFLICT).
   */
  completeErasure: ErasureRequestPayload;
  /**
   * Register an app of an organisation; its key is in the answer this once (street and system administrators).
   *
   * Error reasons (`extensions.reason`): API_CLIENT_BLANK_NAME (BAD_USER_INPUT), API_CLIENT_BAD_ORIGIN (BAD_USER_INPUT), API_CLIENT_OWNER_NOT_FOUND (BAD_USER_INPUT).
   */
  createApiClient: ApiClientKeyPayload;
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
   * Publish a fee standard of an estate.
   *
   * Error reasons (`extensions.reason`): PROPERTY_NOT_PUBLISHER (FORBIDDEN), PROPERTY_NO_COMPANY (CONFLICT), PROPERTY_BAD_DATE (BAD_USER_INPUT), PROPERTY_BAD_AMOUNT (BAD_USER_INPUT), PROPERTY_BLANK (BAD_USER_INPUT).
   */
  createFeeStandard: FeeStandardPayload;
  /**
   * Create a household in a building.
   *
   * Error reasons (`extensions.reason`): ORG_NAME_TAKEN (CONFLICT).
   */
  createHousehold: HouseholdPayload;
  /**
   * Plan a meeting in a community (its staff, street and system administrators).
   *
   * Error reasons (`extensions.reason`): MEETING_BLANK_TITLE (BAD_USER_INPUT), MEETING_BAD_TIME (BAD_USER_INPUT), MEETING_NO_PLACE (BAD_USER_INPUT), MEETING_UNKNOWN_PARTY (BAD_USER_INPUT).
   */
  createMeeting: MeetingPayload;
  /**
   * Create an organisation at a place of the viewer’s scope.
   *
   * Error reasons (`extensions.reason`): ORG_NAME_TAKEN (CONFLICT), ORG_PLACE_REQUIRED (BAD_USER_INPUT).
   */
  createOrganisation: OrganisationPayload;
  /**
   * Publish a property service contract of an estate (staff of the company serving it; system administrators).
   *
   * Error reasons (`extensions.reason`): PROPERTY_NOT_PUBLISHER (FORBIDDEN), PROPERTY_NO_COMPANY (CONFLICT), PROPERTY_BAD_DATE (BAD_USER_INPUT), PROPERTY_BAD_AMOUNT (BAD_USER_INPUT), PROPERTY_BLANK (BAD_USER_INPUT).
   */
  createPropertyContract: PropertyContractPayload;
  /**
   * Write a draft. Who publishes what: community staff PARTY_BUILDING, COMMUNITY_AFFAIRS and NEWS of their community; property staff PROPERTY for estates their company serves; committee members COMMITTEE for their estate; street staff street-wide NEWS.
   *
   * Error reasons (`extensions.reason`): PUBLICATION_BLANK_TITLE (BAD_USER_INPUT), PUBLICATION_BLANK_BODY (BAD_USER_INPUT), PUBLICATION_BODY_TOO_LONG (BAD_USER_INPUT), PUBLICATION_KIND_MISMATCH (BAD_USER_INPUT), PUBLICATION_SCOPE_NOT_ALLOWED (BAD_USER_INPUT), PUBLICATION_UNKNOWN_PLACE (BAD_USER_INPUT), PUBLICATION_NOT_PUBLISHER (FORBIDDEN), PUBLICATION_COVER_NOT_IMAGE (BAD_USER_INPUT).
   */
  createPublication: PublicationPayload;
  /**
   * Add a reply template to a community (optionally for one category).
   *
   * Error reasons (`extensions.reason`): BOARD_BLANK_TEXT (BAD_USER_INPUT), TICKET_UNKNOWN_CATEGORY (BAD_USER_INPUT).
   */
  createReplyTemplate: ReplyTemplatePayload;
  /**
   * Create a staff account with its first role (the rules of `grantMembership`; street admins within their street). Answers a one-time setup code, shown once, with which the person sets their password (`setPasswordWithCode`). PHONE_TAKEN when the number has an account: grant it a role instead. Audited.
   *
   * Error reasons (`extensions.reason`): IDENTITY_STAFF_ROLE_REQUIRED (BAD_USER_INPUT), IDENTITY_SCOPE_ID_REQUIRED (BAD_USER_INPUT), IDENTITY_ROLE_SCOPE_MISMATCH (BAD_USER_INPUT).
   */
  createStaffAccount: CreateStaffAccountPayload;
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
   * Create a venue in a community (its staff, street and system administrators).
   *
   * Error reasons (`extensions.reason`): VENUE_BLANK_NAME (BAD_USER_INPUT), VENUE_BAD_SETTINGS (BAD_USER_INPUT).
   */
  createVenue: VenuePayload;
  /**
   * Create a volunteer activity (staff, audited).
   *
   * Error reasons (`extensions.reason`): VOLUNTEER_BAD_ACTIVITY (BAD_USER_INPUT).
   */
  createVolunteerActivity: VolunteerActivityPayload;
  /** Make the resident who offered to volunteer in a ticket a volunteer, in one step (staff who may read the ticket in full, audited). */
  createVolunteerFromTicket: VolunteerProfilePayload;
  /**
   * Create a draft vote of an estate (its committee, or community staff).
   *
   * Error reasons (`extensions.reason`): VOTE_BLANK_TITLE (BAD_USER_INPUT), VOTE_BAD_PERIOD (BAD_USER_INPUT), VOTE_ORGANISER_NOT_ALLOWED (FORBIDDEN).
   */
  createVote: VotePayload;
  /**
   * Subscribe an organisation’s receiver to events; answers the signing secret this once (its keepers: street and system administrators, staff of the organisation). Called with an app key, the subscription is the app’s, owned by the app’s organisation.
   *
   * Error reasons (`extensions.reason`): WEBHOOK_BLANK_NAME (BAD_USER_INPUT), WEBHOOK_BAD_URL (BAD_USER_INPUT), WEBHOOK_NO_EVENTS (BAD_USER_INPUT), WEBHOOK_APP_OTHER_ORGANISATION (FORBIDDEN), WEBHOOK_NO_ORGANISATION (BAD_USER_INPUT).
   */
  createWebhookSubscription: CreateWebhookSubscriptionPayload;
  /** Delete a reply template. */
  deleteReplyTemplate: DeleteReplyTemplatePayload;
  /** Delete a routing rule (audited). */
  deleteTicketRoutingRule: DeleteTicketRoutingRulePayload;
  /** Delete a webhook subscription and its delivery log. */
  deleteWebhookSubscription: Scalars['Boolean']['output'];
  /**
   * Dismiss an open hot topic with a reason; audited. It no longer grows.
   *
   * Error reasons (`extensions.reason`): TRIAGE_HOT_TOPIC_CLOSED (INVALID_TRANSITION), TRIAGE_BLANK_REASON (BAD_USER_INPUT).
   */
  dismissHotTopic: HotTopicPayload;
  /**
   * Enter a signed paper ballot for an owner of the roll, with its scan (replaces their current ballot; audited).
   *
   * Error reasons (`extensions.reason`): VOTE_NOT_OPEN (INVALID_TRANSITION), VOTE_BAD_CHOICES (BAD_USER_INPUT), VOTE_SCAN_REQUIRED (BAD_USER_INPUT), VOTE_BALLOT_CHANGED_CONCURRENTLY (CONFLICT).
   */
  enterPaperBallot: VotePayload;
  /**
   * Report up (上报) to a street department; tracked until its answer is posted.
   *
   * Error reasons (`extensions.reason`): TICKET_ACTION_NOT_ALLOWED (FORBIDDEN), TICKET_WRONG_STATE (INVALID_TRANSITION), TICKET_VERSION_STALE (CONFLICT), TICKET_CHANGED_CONCURRENTLY (CONFLICT), TICKET_NOT_A_STREET_DEPARTMENT (BAD_USER_INPUT).
   */
  escalateTicket: TicketPayload;
  /**
   * Follow a public ticket (told of its replies and resolution), or stop following it.
   *
   * Error reasons (`extensions.reason`): BOARD_NOT_A_RESIDENT_HERE (FORBIDDEN).
   */
  followTicket: TicketPayload;
  /**
   * Grant a role in a scope inside the viewer’s own scope.
   *
   * Error reasons (`extensions.reason`): IDENTITY_SCOPE_ID_REQUIRED (BAD_USER_INPUT), IDENTITY_ROLE_SCOPE_MISMATCH (BAD_USER_INPUT), IDENTITY_MEMBERSHIP_EXISTS (CONFLICT).
   */
  grantMembership: MembershipPayload;
  /**
   * Hand a redemption over against its pick-up code (staff, audited).
   *
   * Error reasons (`extensions.reason`): POINTS_WRONG_PICKUP_CODE (BAD_USER_INPUT), POINTS_REDEMPTION_CLOSED (CONFLICT).
   */
  handOverRedemption: PointsRedemptionPayload;
  /** Mark a resident’s report handled. */
  handleTicketReport: TicketReportPayload;
  /**
   * Hide a text of a ticket from the public form, with a reason (staff still see it, and the reason).
   *
   * Error reasons (`extensions.reason`): BOARD_BLANK_TEXT (BAD_USER_INPUT).
   */
  hideTicketText: TicketPayload;
  /**
   * Mark a planned meeting held (on or after its day).
   *
   * Error reasons (`extensions.reason`): MEETING_WRONG_STATE (INVALID_TRANSITION), MEETING_ACTION_NOT_ALLOWED (FORBIDDEN).
   */
  holdMeeting: MeetingPayload;
  /**
   * Import maintenance records of one estate from CSV or XLSX: every row is checked; if any is refused nothing is written and `errors` lists the refused rows.
   *
   * Error reasons (`extensions.reason`): PROPERTY_NOT_PUBLISHER (FORBIDDEN), PROPERTY_IMPORT_UNREADABLE (BAD_USER_INPUT).
   */
  importMaintenanceRecords: ImportMaintenancePayload;
  /**
   * Import historical matters of a community (CSV or XLSX) as tickets with backdated timelines, marked imported: every row is checked; if any is refused nothing is written and `errors` lists the refused rows {row, column, reason}.
   *
   * Error reasons (`extensions.reason`): TICKET_ACTION_NOT_ALLOWED (FORBIDDEN), TICKET_IMPORT_UNREADABLE (BAD_USER_INPUT).
   */
  importTickets: ImportTicketsPayload;
  /** Import an estate's exclusive areas from CSV or XLSX: all rows are written, or none and a report of each refused row (audited). */
  importVoteUnits: ImportVoteUnitsPayload;
  /**
   * Invite an organisation, a person or a resident representative; they are told.
   *
   * Error reasons (`extensions.reason`): MEETING_WRONG_STATE (INVALID_TRANSITION), MEETING_ACTION_NOT_ALLOWED (FORBIDDEN), MEETING_UNKNOWN_PARTY (BAD_USER_INPUT), MEETING_ALREADY_INVITED (CONFLICT).
   */
  inviteMeetingParty: MeetingPayload;
  /**
   * Link the WeChat user of a link token to the phone it proves (getPhoneNumber code, or an SMS code of purpose LINK_PHONE) and sign in: the account of that phone, or a new resident account. Public.
   *
   * Error reasons (`extensions.reason`): IDENTITY_WECHAT_LINK_TOKEN_INVALID (INVALID_CREDENTIALS), IDENTITY_WECHAT_PHONE_CODE_INVALID (INVALID_CREDENTIALS), IDENTITY_WECHAT_UNAVAILABLE (SERVICE_UNAVAILABLE), IDENTITY_SMS_CODE_WRONG (INVALID_CREDENTIALS), IDENTITY_SMS_CODE_EXPIRED (INVALID_CREDENTIALS), IDENTITY_SMS_CODE_TOO_MANY_TRIES (INVALID_CREDENTIALS), IDENTITY_ACCOUNT_DISABLED (FORBIDDEN).
   */
  linkWechatPhone: AuthPayload;
  /**
   * Sign in. INVALID_CREDENTIALS on a wrong phone or password; after repeated failures TOO_MANY_ATTEMPTS (wait `retryAfterSeconds`) and then ACCOUNT_LOCKED. Public.
   *
   * Error reasons (`extensions.reason`): IDENTITY_ACCOUNT_DISABLED (FORBIDDEN).
   */
  login: AuthPayload;
  /**
   * Sign in with a phone and its SMS code (purpose LOGIN). Public.
   *
   * Error reasons (`extensions.reason`): IDENTITY_SMS_CODE_WRONG (INVALID_CREDENTIALS), IDENTITY_SMS_CODE_EXPIRED (INVALID_CREDENTIALS), IDENTITY_SMS_CODE_TOO_MANY_TRIES (INVALID_CREDENTIALS), IDENTITY_PHONE_NOT_REGISTERED (INVALID_CREDENTIALS), IDENTITY_ACCOUNT_DISABLED (FORBIDDEN).
   */
  loginWithSmsCode: AuthPayload;
  /**
   * Sign in from the WeChat mini program with a `wx.login` code: a session when the WeChat user is linked to an account, otherwise a link token for `linkWechatPhone`. Public.
   *
   * Error reasons (`extensions.reason`): IDENTITY_WECHAT_CODE_INVALID (INVALID_CREDENTIALS), IDENTITY_WECHAT_UNAVAILABLE (SERVICE_UNAVAILABLE), IDENTITY_ACCOUNT_DISABLED (FORBIDDEN).
   */
  loginWithWechat: WechatLoginPayload;
  /** End the current session (its refresh tokens and access tokens). */
  logout: LogoutPayload;
  /** Mark some or all of the signed-in user’s notifications read. */
  markNotificationsRead: MarkNotificationsReadPayload;
  /** The reader visited a channel: what was published before now is no longer `isNew` for them. */
  markPublicationChannelVisited: ChannelVisitPayload;
  /**
   * 我也遇到: a resident of the community has the same matter — once per person (a second press changes nothing); counts toward hot topics.
   *
   * Error reasons (`extensions.reason`): BOARD_NOT_A_RESIDENT_HERE (FORBIDDEN), BOARD_OWN_TICKET (BAD_USER_INPUT).
   */
  meTooTicket: TicketPayload;
  /**
   * Merge every open ticket of a hot topic into one primary ticket, each through mergeTicket (its checks, timeline event, notice to the submitter, audit). Afterwards one reply on the primary reaches every submitter. Checked before anything is merged; a retry after a failure merges what is left.
   *
   * Error reasons (`extensions.reason`): TRIAGE_HOT_TOPIC_CLOSED (INVALID_TRANSITION), TRIAGE_PRIMARY_NOT_IN_TOPIC (BAD_USER_INPUT), TRIAGE_TICKET_IN_PROGRESS (INVALID_TRANSITION), TICKET_CHANGED_CONCURRENTLY (CONFLICT).
   */
  mergeHotTopic: HotTopicPayload;
  /**
   * Merge a duplicate into a primary ticket; the submitter is told and follows the primary.
   *
   * Error reasons (`extensions.reason`): TICKET_ACTION_NOT_ALLOWED (FORBIDDEN), TICKET_WRONG_STATE (INVALID_TRANSITION), TICKET_VERSION_STALE (CONFLICT), TICKET_CHANGED_CONCURRENTLY (CONFLICT), TICKET_MERGE_INTO_ITSELF (BAD_USER_INPUT), TICKET_PRIMARY_NOT_FOUND (NOT_FOUND), TICKET_PRIMARY_CLOSED (BAD_USER_INPUT).
   */
  mergeTicket: TicketPayload;
  /**
   * Open a draft vote: the roll is frozen from the voting units (one buyer of several units and the developer count once), and its owners are told.
   *
   * Error reasons (`extensions.reason`): VOTE_NOT_DRAFT (INVALID_TRANSITION), VOTE_EMPTY_ROLL (BAD_USER_INPUT).
   */
  openVote: VotePayload;
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
   * Take a matter for a person (代为登记: phone, counter, grid patrol, 12345 transfer, letter). The ticket is theirs if their phone is registered, otherwise it becomes theirs when that phone registers. Idempotent per recorder and `idempotencyKey`.
   *
   * Error reasons (`extensions.reason`): TICKET_ACTION_NOT_ALLOWED (FORBIDDEN), TICKET_UNKNOWN_CATEGORY (BAD_USER_INPUT), TICKET_UNKNOWN_PLACE (BAD_USER_INPUT), TICKET_CATEGORY_OF_ANOTHER_COMMUNITY (BAD_USER_INPUT), TICKET_SOURCE_NOT_ON_BEHALF (BAD_USER_INPUT), TICKET_EXTERNAL_REF_REQUIRED (BAD_USER_INPUT), FILE_TOO_MANY (BAD_USER_INPUT), FILE_LISTED_TWICE (BAD_USER_INPUT), FILE_ALREADY_ATTACHED (BAD_USER_INPUT), FILE_ATTACHED_MEANWHILE (CONFLICT).
   */
  raiseTicketOnBehalf: TicketPayload;
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
   * Record whether a party came (present, absent, excused).
   *
   * Error reasons (`extensions.reason`): MEETING_WRONG_STATE (INVALID_TRANSITION), MEETING_ACTION_NOT_ALLOWED (FORBIDDEN).
   */
  recordAttendance: MeetingParty;
  /**
   * Record a meeting resolution with its vote (headcount and floor area).
   *
   * Error reasons (`extensions.reason`): PUBLICATION_COMMITTEE_NOT_A_COMMITTEE (BAD_USER_INPUT), PUBLICATION_COMMITTEE_BAD_DATE (BAD_USER_INPUT), PUBLICATION_COMMITTEE_BLANK_TEXT (BAD_USER_INPUT), PUBLICATION_NOT_PUBLISHER (FORBIDDEN).
   */
  recordCommitteeResolution: CommitteeResolutionPayload;
  /**
   * Record a maintenance visit with its signed sheet (photos or PDF); the equipment’s status follows at once.
   *
   * Error reasons (`extensions.reason`): PROPERTY_NOT_PUBLISHER (FORBIDDEN), PROPERTY_BAD_DATE (BAD_USER_INPUT), PROPERTY_DATE_IN_FUTURE (BAD_USER_INPUT), PROPERTY_BLANK (BAD_USER_INPUT).
   */
  recordMaintenance: MaintenanceRecordPayload;
  /** A reader opened a published item: its view count grows once per reader. */
  recordPublicationView: PublicationPayload;
  /**
   * Record the resolution of an agenda item of a held meeting. On a ticket’s item the decision goes onto the ticket’s public timeline and the ticket moves: RESOLVED, ESCALATED (to `departmentId`) or RETURNED to its handlers with a reply deadline of `replyDays` working days.
   *
   * Error reasons (`extensions.reason`): MEETING_WRONG_STATE (INVALID_TRANSITION), MEETING_ACTION_NOT_ALLOWED (FORBIDDEN), MEETING_ALREADY_RESOLVED (CONFLICT), MEETING_OUTCOME_NEEDS_TICKET (BAD_USER_INPUT), MEETING_OUTCOME_NEEDS_DEPARTMENT (BAD_USER_INPUT).
   */
  recordResolution: MeetingAgendaItem;
  /**
   * Record a follow-up call (回访) to a resident who did not rate a resolved ticket; a dissatisfied one may reopen it.
   *
   * Error reasons (`extensions.reason`): TICKET_ACTION_NOT_ALLOWED (FORBIDDEN), TICKET_WRONG_STATE (INVALID_TRANSITION), TICKET_VERSION_STALE (CONFLICT), TICKET_CHANGED_CONCURRENTLY (CONFLICT), BOARD_CALLBACK_RATED (BAD_USER_INPUT), BOARD_CALLBACK_SATISFACTION (BAD_USER_INPUT), BOARD_TICKET_CLOSED (INVALID_TRANSITION).
   */
  recordTicketCallback: TicketPayload;
  /**
   * Redeem a reward: points and stock are taken at once (a resident of the community).
   *
   * Error reasons (`extensions.reason`): POINTS_INSUFFICIENT (CONFLICT), POINTS_OUT_OF_STOCK (CONFLICT), POINTS_LIMIT_REACHED (CONFLICT).
   */
  redeemPointsReward: PointsRedemptionPayload;
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
  /**
   * Register a piece of equipment in an estate (staff of the company serving it).
   *
   * Error reasons (`extensions.reason`): PROPERTY_NOT_PUBLISHER (FORBIDDEN), PROPERTY_DUPLICATE_REGISTRATION (CONFLICT), PROPERTY_BUILDING_MISMATCH (BAD_USER_INPUT), PROPERTY_BAD_DATE (BAD_USER_INPUT), PROPERTY_BLANK (BAD_USER_INPUT).
   */
  registerEquipment: EquipmentPayload;
  /**
   * Register to attend an open meeting of your community (residents), within its capacity.
   *
   * Error reasons (`extensions.reason`): MEETING_ACTION_NOT_ALLOWED (FORBIDDEN), MEETING_NOT_OPEN (FORBIDDEN), MEETING_FULL (CONFLICT), MEETING_ALREADY_REGISTERED (CONFLICT).
   */
  registerForMeeting: MeetingPayload;
  /** Register as a resident and sign in. PHONE_TAKEN when the number is registered; TOO_MANY_ATTEMPTS (wait `retryAfterSeconds`) after too many registrations from one address or for one phone. Public. */
  registerResident: AuthPayload;
  /**
   * Reject a pending booking with a reason (staff of its place); releases its slots.
   *
   * Error reasons (`extensions.reason`): VENUE_BOOKING_STATE (INVALID_TRANSITION), VENUE_REASON_REQUIRED (BAD_USER_INPUT), VENUE_FORBIDDEN (FORBIDDEN).
   */
  rejectBooking: VenueBookingPayload;
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
   * Notify the owners of the roll with an account who have not voted yet (audited).
   *
   * Error reasons (`extensions.reason`): VOTE_NOT_OPEN (INVALID_TRANSITION).
   */
  remindVoters: RemindVotersPayload;
  /**
   * Reopen an own resolved ticket within the allowed days (TICKET_REOPEN_DAYS).
   *
   * Error reasons (`extensions.reason`): TICKET_ACTION_NOT_ALLOWED (FORBIDDEN), TICKET_WRONG_STATE (INVALID_TRANSITION), TICKET_VERSION_STALE (CONFLICT), TICKET_CHANGED_CONCURRENTLY (CONFLICT), TICKET_REOPEN_PERIOD_OVER (INVALID_TRANSITION).
   */
  reopenTicket: TicketPayload;
  /**
   * Put the agenda in a new order.
   *
   * Error reasons (`extensions.reason`): MEETING_WRONG_STATE (INVALID_TRANSITION), MEETING_ACTION_NOT_ALLOWED (FORBIDDEN), MEETING_AGENDA_MISMATCH (BAD_USER_INPUT).
   */
  reorderAgenda: MeetingPayload;
  /**
   * Post a public answer; meets the replying organisation’s obligation.
   *
   * Error reasons (`extensions.reason`): TICKET_ACTION_NOT_ALLOWED (FORBIDDEN), TICKET_WRONG_STATE (INVALID_TRANSITION), TICKET_VERSION_STALE (CONFLICT), TICKET_CHANGED_CONCURRENTLY (CONFLICT), TICKET_NOT_REPLYING_ORGANISATION (BAD_USER_INPUT).
   */
  replyToTicket: TicketPayload;
  /**
   * Report a public ticket to staff (once per person).
   *
   * Error reasons (`extensions.reason`): BOARD_NOT_A_RESIDENT_HERE (FORBIDDEN), BOARD_ALREADY_REPORTED (CONFLICT), BOARD_BLANK_TEXT (BAD_USER_INPUT).
   */
  reportTicket: TicketPayload;
  /**
   * Ask for the erasure of the signed-in resident account (once); staff complete it within 15 working days.
   *
   * Error reasons (`extensions.reason`): PRIVACY_ERASURE_ALREADY_REQUESTED (CONFLICT), PRIVACY_ERASURE_RESIDENTS_ONLY (FORBIDDEN).
   */
  requestErasure: ErasureRequestPayload;
  /**
   * Ask to be bound to a household; community staff verify it.
   *
   * Error reasons (`extensions.reason`): IDENTITY_BINDING_EXISTS (CONFLICT).
   */
  requestHouseholdBinding: HouseholdBindingPayload;
  /**
   * Send a 6-digit code to a phone. The answer is the same whether or not the phone has an account. One request per phone per minute, and daily caps per phone and per address. Public.
   *
   * Error reasons (`extensions.reason`): IDENTITY_SMS_TOO_FREQUENT (TOO_MANY_ATTEMPTS), IDENTITY_SMS_DAILY_LIMIT (TOO_MANY_ATTEMPTS), IDENTITY_SMS_UNAVAILABLE (SERVICE_UNAVAILABLE).
   */
  requestSmsCode: SmsCodeRequestPayload;
  /**
   * Send a delivered or failed webhook delivery again now.
   *
   * Error reasons (`extensions.reason`): WEBHOOK_DELIVERY_PENDING (CONFLICT).
   */
  resendWebhookDelivery: WebhookDeliveryPayload;
  /**
   * Set a new password with an SMS code (purpose RESET_PASSWORD); every session ends, a new one is returned. Public.
   *
   * Error reasons (`extensions.reason`): IDENTITY_SMS_CODE_WRONG (INVALID_CREDENTIALS), IDENTITY_SMS_CODE_EXPIRED (INVALID_CREDENTIALS), IDENTITY_SMS_CODE_TOO_MANY_TRIES (INVALID_CREDENTIALS), IDENTITY_PHONE_NOT_REGISTERED (INVALID_CREDENTIALS), IDENTITY_ACCOUNT_DISABLED (FORBIDDEN).
   */
  resetPasswordWithSmsCode: AuthPayload;
  /**
   * Issue a one-time code (shown once, expires in 24 hours, single use) with which a staff member sets a new password; earlier codes stop working. Every staff role of the person must lie within the administrator’s scope. Audited.
   *
   * Error reasons (`extensions.reason`): IDENTITY_NOT_STAFF (FORBIDDEN), IDENTITY_CANNOT_RESET_SELF (FORBIDDEN).
   */
  resetStaffPassword: ResetStaffPasswordPayload;
  /**
   * Resolve (完结) with the resolution.
   *
   * Error reasons (`extensions.reason`): TICKET_ACTION_NOT_ALLOWED (FORBIDDEN), TICKET_WRONG_STATE (INVALID_TRANSITION), TICKET_VERSION_STALE (CONFLICT), TICKET_CHANGED_CONCURRENTLY (CONFLICT).
   */
  resolveTicket: TicketPayload;
  /**
   * Show the phone of the person a ticket was taken for, in full. Each reveal is written to the audit log.
   *
   * Error reasons (`extensions.reason`): TICKET_ACTION_NOT_ALLOWED (FORBIDDEN).
   */
  revealTicketContact: TicketContactPayload;
  /** Show a user’s phone number in full. Each reveal is written to the audit log. */
  revealUserPhone: RevealPhonePayload;
  /**
   * Revoke an app: its keys are refused from now on (APP_KEY_REVOKED).
   *
   * Error reasons (`extensions.reason`): API_CLIENT_CHANGED (CONFLICT).
   */
  revokeApiClient: ApiClientPayload;
  /**
   * Revoke a membership inside the viewer’s own scope.
   *
   * Error reasons (`extensions.reason`): IDENTITY_MEMBERSHIP_ALREADY_REVOKED (CONFLICT).
   */
  revokeMembership: MembershipPayload;
  /** End one of the own sessions: its very next request is refused (SESSION_REVOKED). */
  revokeSession: RevokeSessionPayload;
  /**
   * Issue a new key for an app; the old key keeps working until the overlap ends. The new key is in the answer this once.
   *
   * Error reasons (`extensions.reason`): API_CLIENT_REVOKED (CONFLICT), API_CLIENT_CHANGED (CONFLICT).
   */
  rotateApiClientKey: ApiClientKeyPayload;
  /**
   * Save the minutes (sanitised rich text); `publish` makes them readable by the community’s residents (held meetings).
   *
   * Error reasons (`extensions.reason`): MEETING_WRONG_STATE (INVALID_TRANSITION), MEETING_ACTION_NOT_ALLOWED (FORBIDDEN).
   */
  saveMeetingMinutes: MeetingPayload;
  /** Opt in (or out) as a volunteer of one’s community, with skills and availability. */
  saveMyVolunteerProfile: VolunteerProfilePayload;
  /**
   * Create or change a reward (staff, audited).
   *
   * Error reasons (`extensions.reason`): POINTS_BAD_AMOUNT (BAD_USER_INPUT).
   */
  savePointsReward: PointsRewardPayload;
  /**
   * Create or change a routing rule of a community (audited).
   *
   * Error reasons (`extensions.reason`): TICKET_UNKNOWN_CATEGORY (BAD_USER_INPUT), TICKET_UNKNOWN_PLACE (BAD_USER_INPUT), TICKET_HANDLER_NOT_SERVING_PLACE (BAD_USER_INPUT), TICKET_ROUTING_RULE_TAKEN (CONFLICT), TICKET_ROUTING_RULE_VERSION_STALE (CONFLICT).
   */
  saveTicketRoutingRule: TicketRoutingRulePayload;
  /** Publish a community's monthly figures or not, and set the assessment's minimum sample (audited). */
  setAnalysisSettings: AnalysisSettingsPayload;
  /**
   * Set a community’s blocked words, daily limit of new tickets and auto-close days.
   *
   * Error reasons (`extensions.reason`): BOARD_BAD_SETTING (BAD_USER_INPUT), BOARD_SETTINGS_STALE (CONFLICT).
   */
  setBoardSettings: BoardSettingsPayload;
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
   * Set how many similar tickets within how many hours make a hot topic in a community (its staff, the street, the system admin); audited.
   *
   * Error reasons (`extensions.reason`): TRIAGE_BAD_RULE (BAD_USER_INPUT).
   */
  setHotTopicRule: HotTopicRulePayload;
  /** Leave (or rejoin) the leaderboards. */
  setLeaderboardOptOut: LeaderboardOptOutPayload;
  /**
   * Set a community's interval for one obligation of a kind of equipment (community staff, street and system administrators); statuses follow at once.
   *
   * Error reasons (`extensions.reason`): PROPERTY_RULE_UNKNOWN (BAD_USER_INPUT), PROPERTY_BAD_INTERVAL (BAD_USER_INPUT).
   */
  setMaintenanceRule: MaintenanceRulePayload;
  /**
   * Set the estates a property company serves.
   *
   * Error reasons (`extensions.reason`): ORG_NOT_A_PROPERTY_COMPANY (BAD_USER_INPUT).
   */
  setOrganisationEstates: OrganisationPayload;
  /**
   * Set a new password with a one-time code from an administrator; the code is used up and every earlier session ends. TOO_MANY_ATTEMPTS (wait `retryAfterSeconds`) after too many tries from one address. Public.
   *
   * Error reasons (`extensions.reason`): IDENTITY_RESET_CODE_INVALID (BAD_USER_INPUT), IDENTITY_RESET_CODE_EXPIRED (BAD_USER_INPUT).
   */
  setPasswordWithCode: SetPasswordWithCodePayload;
  /**
   * Set the rule of an event: makes the next version (staff); earlier awards keep theirs.
   *
   * Error reasons (`extensions.reason`): POINTS_BAD_RULE (BAD_USER_INPUT).
   */
  setPointsRule: PointsRulePayload;
  /**
   * Place a category under a parent (two levels) and set its default priority (audited).
   *
   * Error reasons (`extensions.reason`): TICKET_CATEGORY_PARENT_INVALID (BAD_USER_INPUT).
   */
  setTicketCategoryDefaults: TicketCategoryPayload;
  /** Set a community’s desk settings (community staff, street admins; audited). */
  setTicketDeskSetting: TicketDeskSetting;
  /** Decide who may raise matters in a community (community staff, street admins; audited). Others get FORBIDDEN with reason TICKET_BIND_HOUSEHOLD_FIRST from submitTicket. */
  setTicketIntake: TicketIntakeSetting;
  /**
   * Disable (ending every session) or enable an account.
   *
   * Error reasons (`extensions.reason`): IDENTITY_CANNOT_DISABLE_SELF (FORBIDDEN).
   */
  setUserDisabled: UserPayload;
  /**
   * Set a household's exclusive area and owner of record (audited; later votes' rolls).
   *
   * Error reasons (`extensions.reason`): VOTE_BAD_AREA (BAD_USER_INPUT).
   */
  setVoteUnit: VoteUnitPayload;
  /** Pause a webhook subscription (deliveries are held) or resume it (held deliveries are sent). */
  setWebhookSubscriptionPaused: WebhookSubscriptionPayload;
  /** End every own session but this one: their very next requests are refused. */
  signOutOtherSessions: SignOutOtherSessionsPayload;
  /**
   * Sign up: a seat while the capacity lasts, else the waiting list (a resident of the community).
   *
   * Error reasons (`extensions.reason`): VOLUNTEER_SIGNUP_CLOSED (CONFLICT).
   */
  signUpForActivity: VolunteerSignupPayload;
  /**
   * Raise a matter. Idempotent per `idempotencyKey`: a retry returns the first ticket.
   *
   * Error reasons (`extensions.reason`): TICKET_BIND_HOUSEHOLD_FIRST (FORBIDDEN), TICKET_UNKNOWN_CATEGORY (BAD_USER_INPUT), TICKET_UNKNOWN_PLACE (BAD_USER_INPUT), TICKET_CATEGORY_OF_ANOTHER_COMMUNITY (BAD_USER_INPUT), FILE_TOO_MANY (BAD_USER_INPUT), FILE_LISTED_TWICE (BAD_USER_INPUT), FILE_ALREADY_ATTACHED (BAD_USER_INPUT), FILE_ATTACHED_MEANWHILE (CONFLICT), BOARD_BLOCKED_WORD (BAD_USER_INPUT), BOARD_DAILY_TICKET_LIMIT (TOO_MANY_ATTEMPTS).
   */
  submitTicket: TicketPayload;
  /**
   * Issue a supervision notice (督办) on an overdue, unacknowledged or stalled assignment: a note and a new due date; on the timeline (staff only), its organisation told, counted in the assessment.
   *
   * Error reasons (`extensions.reason`): TICKET_ACTION_NOT_ALLOWED (FORBIDDEN), TICKET_WRONG_STATE (INVALID_TRANSITION), TICKET_VERSION_STALE (CONFLICT), TICKET_CHANGED_CONCURRENTLY (CONFLICT), TICKET_NOT_AN_OPEN_ASSIGNMENT (BAD_USER_INPUT), TICKET_SUPERVISION_NOT_DUE (INVALID_TRANSITION), TICKET_SUPERVISION_DATE_IN_PAST (BAD_USER_INPUT).
   */
  superviseAssignment: TicketPayload;
  /** Show a hidden text of a ticket in the public form again. */
  unhideTicketText: TicketPayload;
  /**
   * Report on an action item: done (with a note), cancelled or open again (organisers, or the owner organisation’s staff).
   *
   * Error reasons (`extensions.reason`): MEETING_ACTION_NOT_ALLOWED (FORBIDDEN).
   */
  updateActionItem: MeetingActionItemPayload;
  /**
   * Change an app’s name, allowed origins or budget.
   *
   * Error reasons (`extensions.reason`): API_CLIENT_BLANK_NAME (BAD_USER_INPUT), API_CLIENT_BAD_ORIGIN (BAD_USER_INPUT), API_CLIENT_REVOKED (CONFLICT), API_CLIENT_CHANGED (CONFLICT).
   */
  updateApiClient: ApiClientPayload;
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
  /** Change the own display name. */
  updateMyProfile: User;
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
   * Change a reply template.
   *
   * Error reasons (`extensions.reason`): BOARD_BLANK_TEXT (BAD_USER_INPUT), BOARD_TEMPLATE_STALE (CONFLICT), TICKET_UNKNOWN_CATEGORY (BAD_USER_INPUT).
   */
  updateReplyTemplate: ReplyTemplatePayload;
  /**
   * Change an entry of an open month (a closed month refuses).
   *
   * Error reasons (`extensions.reason`): PROPERTY_NOT_PUBLISHER (FORBIDDEN), PROPERTY_PERIOD_CLOSED (CONFLICT), PROPERTY_BAD_AMOUNT (BAD_USER_INPUT).
   */
  updateRevenueEntry: RevenueEntryPayload;
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
   * Change a venue’s settings; existing bookings keep their times.
   *
   * Error reasons (`extensions.reason`): VENUE_BLANK_NAME (BAD_USER_INPUT), VENUE_BAD_SETTINGS (BAD_USER_INPUT), VENUE_BOOKING_STATE (INVALID_TRANSITION).
   */
  updateVenue: VenuePayload;
  /** Change a volunteer's skills, availability or party-member flag (staff, audited). */
  updateVolunteer: VolunteerProfilePayload;
  /**
   * Edit a draft vote (replaces its matters).
   *
   * Error reasons (`extensions.reason`): VOTE_NOT_DRAFT (INVALID_TRANSITION), VOTE_BLANK_TITLE (BAD_USER_INPUT), VOTE_BAD_PERIOD (BAD_USER_INPUT).
   */
  updateVote: VotePayload;
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
export type MutationAcknowledgeAssignmentArgs = {
  input: AcknowledgeAssignmentInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationAcknowledgeTicketEscalationArgs = {
  input: AcknowledgeEscalationInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationAddActionItemArgs = {
  input: AddActionItemInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationAddAgendaItemArgs = {
  input: AddAgendaItemInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationAddCommitteeMemberArgs = {
  input: AddCommitteeMemberInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationAddRevenueEntryArgs = {
  input: AddRevenueEntryInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationAddTicketNoteArgs = {
  input: AddTicketNoteInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationAdjustPointsArgs = {
  input: AdjustPointsInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationAnswerTicketEscalationArgs = {
  input: AnswerEscalationInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationApproveBookingArgs = {
  input: ApproveBookingInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationApproveHouseholdBindingArgs = {
  input: ApproveHouseholdBindingInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationApproveVolunteerHoursArgs = {
  input: ApproveHoursInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationArchiveVenueArgs = {
  input: ArchiveVenueInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationBookVenueArgs = {
  input: BookVenueInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationBulkAcceptTicketsArgs = {
  input: BulkAcceptTicketsInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationBulkMergeTicketsArgs = {
  input: BulkMergeTicketsInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationBulkRejectTicketsArgs = {
  input: BulkRejectTicketsInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationCancelActivitySignupArgs = {
  input: CancelSignupInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationCancelBookingArgs = {
  input: CancelBookingInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationCancelMeetingArgs = {
  input: CancelMeetingInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationCancelRedemptionArgs = {
  input: CancelRedemptionInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationCastBallotArgs = {
  input: CastBallotInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationChangePasswordArgs = {
  input: ChangePasswordInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationChangeTicketPriorityArgs = {
  input: ChangeTicketPriorityInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationCheckInBookingArgs = {
  input: CheckInBookingInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationCheckInToMeetingArgs = {
  input: CheckInToMeetingInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationCheckInVolunteerArgs = {
  input: CheckInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationCheckOutVolunteerArgs = {
  input: CheckInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationClearCalendarDayArgs = {
  input: ClearCalendarDayInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationCloseRevenuePeriodArgs = {
  input: CloseRevenuePeriodInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationCompleteErasureArgs = {
  id: Scalars['ID']['input'];
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationCreateApiClientArgs = {
  input: CreateApiClientInput;
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
export type MutationCreateFeeStandardArgs = {
  input: CreateFeeStandardInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationCreateHouseholdArgs = {
  input: CreateHouseholdInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationCreateMeetingArgs = {
  input: CreateMeetingInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationCreateOrganisationArgs = {
  input: CreateOrganisationInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationCreatePropertyContractArgs = {
  input: CreatePropertyContractInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationCreatePublicationArgs = {
  input: CreatePublicationInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationCreateReplyTemplateArgs = {
  input: CreateReplyTemplateInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationCreateStaffAccountArgs = {
  input: CreateStaffAccountInput;
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
export type MutationCreateVenueArgs = {
  input: CreateVenueInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationCreateVolunteerActivityArgs = {
  input: CreateActivityInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationCreateVolunteerFromTicketArgs = {
  input: CreateVolunteerFromTicketInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationCreateVoteArgs = {
  input: CreateVoteInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationCreateWebhookSubscriptionArgs = {
  input: CreateWebhookSubscriptionInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationDeleteReplyTemplateArgs = {
  input: BoardRecordInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationDeleteTicketRoutingRuleArgs = {
  input: DeleteTicketRoutingRuleInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationDeleteWebhookSubscriptionArgs = {
  id: Scalars['ID']['input'];
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationDismissHotTopicArgs = {
  input: DismissHotTopicInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationEnterPaperBallotArgs = {
  input: EnterPaperBallotInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationEscalateTicketArgs = {
  input: EscalateTicketInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationFollowTicketArgs = {
  input: FollowTicketInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationGrantMembershipArgs = {
  input: GrantMembershipInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationHandOverRedemptionArgs = {
  input: HandOverRedemptionInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationHandleTicketReportArgs = {
  input: BoardRecordInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationHideTicketTextArgs = {
  input: HideTicketTextInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationHoldMeetingArgs = {
  input: HoldMeetingInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationImportMaintenanceRecordsArgs = {
  input: ImportMaintenanceInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationImportTicketsArgs = {
  input: ImportTicketsInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationImportVoteUnitsArgs = {
  input: ImportVoteUnitsInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationInviteMeetingPartyArgs = {
  input: InviteMeetingPartyInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationLinkWechatPhoneArgs = {
  input: LinkWechatPhoneInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationLoginArgs = {
  input: LoginInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationLoginWithSmsCodeArgs = {
  input: LoginWithSmsCodeInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationLoginWithWechatArgs = {
  input: LoginWithWechatInput;
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
export type MutationMeTooTicketArgs = {
  input: BoardTicketInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationMergeHotTopicArgs = {
  input: MergeHotTopicInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationMergeTicketArgs = {
  input: MergeTicketInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationOpenVoteArgs = {
  input: VoteRefInput;
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
export type MutationRaiseTicketOnBehalfArgs = {
  input: RaiseTicketOnBehalfInput;
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
export type MutationRecordAttendanceArgs = {
  input: RecordAttendanceInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationRecordCommitteeResolutionArgs = {
  input: RecordCommitteeResolutionInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationRecordMaintenanceArgs = {
  input: RecordMaintenanceInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationRecordPublicationViewArgs = {
  input: RecordPublicationViewInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationRecordResolutionArgs = {
  input: RecordResolutionInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationRecordTicketCallbackArgs = {
  input: RecordTicketCallbackInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationRedeemPointsRewardArgs = {
  input: RedeemPointsRewardInput;
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
export type MutationRegisterEquipmentArgs = {
  input: RegisterEquipmentInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationRegisterForMeetingArgs = {
  input: RegisterForMeetingInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationRegisterResidentArgs = {
  input: RegisterResidentInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationRejectBookingArgs = {
  input: RejectBookingInput;
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
export type MutationRemindVotersArgs = {
  input: VoteRefInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationReopenTicketArgs = {
  input: ReopenTicketInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationReorderAgendaArgs = {
  input: ReorderAgendaInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationReplyToTicketArgs = {
  input: ReplyToTicketInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationReportTicketArgs = {
  input: ReportTicketInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationRequestHouseholdBindingArgs = {
  input: RequestHouseholdBindingInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationRequestSmsCodeArgs = {
  input: RequestSmsCodeInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationResendWebhookDeliveryArgs = {
  id: Scalars['ID']['input'];
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationResetPasswordWithSmsCodeArgs = {
  input: ResetPasswordWithSmsCodeInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationResetStaffPasswordArgs = {
  input: ResetStaffPasswordInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationResolveTicketArgs = {
  input: ResolveTicketInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationRevealTicketContactArgs = {
  input: RevealTicketContactInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationRevealUserPhoneArgs = {
  input: RevealUserPhoneInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationRevokeApiClientArgs = {
  input: RevokeApiClientInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationRevokeMembershipArgs = {
  input: RevokeMembershipInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationRevokeSessionArgs = {
  input: RevokeSessionInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationRotateApiClientKeyArgs = {
  input: RotateApiClientKeyInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationSaveMeetingMinutesArgs = {
  input: SaveMeetingMinutesInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationSaveMyVolunteerProfileArgs = {
  input: SaveMyVolunteerProfileInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationSavePointsRewardArgs = {
  input: SavePointsRewardInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationSaveTicketRoutingRuleArgs = {
  input: SaveTicketRoutingRuleInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationSetAnalysisSettingsArgs = {
  input: SetAnalysisSettingsInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationSetBoardSettingsArgs = {
  input: SetBoardSettingsInput;
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
export type MutationSetHotTopicRuleArgs = {
  input: SetHotTopicRuleInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationSetLeaderboardOptOutArgs = {
  input: SetLeaderboardOptOutInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationSetMaintenanceRuleArgs = {
  input: SetMaintenanceRuleInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationSetOrganisationEstatesArgs = {
  input: SetOrganisationEstatesInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationSetPasswordWithCodeArgs = {
  input: SetPasswordWithCodeInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationSetPointsRuleArgs = {
  input: SetPointsRuleInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationSetTicketCategoryDefaultsArgs = {
  input: SetTicketCategoryDefaultsInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationSetTicketDeskSettingArgs = {
  input: SetTicketDeskSettingInput;
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
export type MutationSetVoteUnitArgs = {
  input: SetVoteUnitInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationSetWebhookSubscriptionPausedArgs = {
  input: SetWebhookSubscriptionPausedInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationSignUpForActivityArgs = {
  input: SignUpInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationSubmitTicketArgs = {
  input: SubmitTicketInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationSuperviseAssignmentArgs = {
  input: SuperviseAssignmentInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationUnhideTicketTextArgs = {
  input: UnhideTicketTextInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationUpdateActionItemArgs = {
  input: UpdateActionItemInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationUpdateApiClientArgs = {
  input: UpdateApiClientInput;
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
export type MutationUpdateMyProfileArgs = {
  input: UpdateMyProfileInput;
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
export type MutationUpdateReplyTemplateArgs = {
  input: UpdateReplyTemplateInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationUpdateRevenueEntryArgs = {
  input: UpdateRevenueEntryInput;
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
export type MutationUpdateVenueArgs = {
  input: UpdateVenueInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationUpdateVolunteerArgs = {
  input: UpdateVolunteerInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationUpdateVoteArgs = {
  input: UpdateVoteInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationWithdrawPublicationArgs = {
  input: WithdrawPublicationInput;
};


/** Write operations. Each takes one `input` and returns a payload. */
export type MutationWithdrawTicketArgs = {
  input: WithdrawTicketInput;
};

/** Everything the platform keeps about the signed-in account (个人数据导出). */
export type MyDataExport = {
  __typename?: 'MyDataExport';
  /** The data as one JSON document: profile, roles, bindings, tickets (with timelines and ratings), bookings, volunteering, points ledger, ballots. */
  data: Scalars['JSONObject']['output'];
  /** When the export was made. */
  generatedAt: Scalars['DateTimeISO']['output'];
  /** The same data as a readable, self-contained HTML page (UTF-8, no scripts). */
  html: Scalars['String']['output'];
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
  /** Number of items in the whole list (with the same filters), computed only when selected. Exact up to 10,000; above that, a list may answer the database's estimate (MariaDB/MySQL index statistics, never below 10,001) instead of counting every row. */
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

/** What a notification is about: a node of the schema, by type name and id. */
export type NotificationSubject = {
  __typename?: 'NotificationSubject';
  /** Id of the subject (for `Ticket`: use it with `ticket(id:)`). */
  id: Scalars['ID']['output'];
  /** GraphQL type name of the subject, e.g. `Ticket`. */
  type: Scalars['String']['output'];
};

/** A one-time code to set a password: shown once, to the administrator who issued it. */
export type OneTimeCode = {
  __typename?: 'OneTimeCode';
  /** The code (e.g. K7MQ-2XPA-9HTD). Shown only in this answer; the server keeps a hash. */
  code: Scalars['String']['output'];
  /** When the code stops working (it also stops once used). */
  expiresAt: Scalars['DateTimeISO']['output'];
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
  /** Number of items in the whole list (with the same filters), computed only when selected. Exact up to 10,000; above that, a list may answer the database's estimate (MariaDB/MySQL index statistics, never below 10,001) instead of counting every row. */
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

/** One line of the append-only points ledger (积分流水). */
export type PointsEntry = {
  __typename?: 'PointsEntry';
  /** The balance right after this entry. */
  balanceAfter: Scalars['Int']['output'];
  /** The community. */
  communityId: Scalars['ID']['output'];
  /** When. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Signed change of the balance. */
  delta: Scalars['Int']['output'];
  /** The estate of the resident at the time, if known. */
  estateId: Maybe<Scalars['ID']['output']>;
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** The idempotency key (one entry per key). */
  idempotencyKey: Scalars['String']['output'];
  /** Staff's reason for an adjustment, or a system note (cap reached). */
  note: Maybe<Scalars['String']['output']>;
  /** Why. */
  reason: PointsReason;
  /** Id of the record it is about. */
  referenceId: Maybe<Scalars['String']['output']>;
  /** Type of the record it is about (`Ticket`, `VolunteerSignup`, `PointsRedemption` …). */
  referenceType: Maybe<Scalars['String']['output']>;
  /** The rule version that priced it. */
  ruleVersion: Maybe<Scalars['Int']['output']>;
  /** The resident's display name. */
  userDisplayName: Scalars['String']['output'];
  /** The resident. */
  userId: Scalars['ID']['output'];
};

/** A page of ledger entrys. */
export type PointsEntryConnection = {
  __typename?: 'PointsEntryConnection';
  /** The items of this page. */
  edges: Array<PointsEntryEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items in the whole list (with the same filters), computed only when selected. Exact up to 10,000; above that, a list may answer the database's estimate (MariaDB/MySQL index statistics, never below 10,001) instead of counting every row. */
  totalCount: Scalars['Int']['output'];
};

/** One ledger entry in a page, with its cursor. */
export type PointsEntryEdge = {
  __typename?: 'PointsEntryEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The ledger entry. */
  node: PointsEntry;
};

/** Result of an adjustment. */
export type PointsEntryPayload = {
  __typename?: 'PointsEntryPayload';
  /** The ledger entry made. */
  entry: PointsEntry;
};

/** An event of another module that a community rule prices in points. */
export type PointsEvent =
  /** 预约未到 — a venue booking not shown up for (a penalty, negative). */
  | 'BOOKING_NO_SHOW'
  /** 参会 — attending a round-table meeting. */
  | 'MEETING_ATTENDANCE'
  /** 诉求受理 — a matter the resident raised was accepted as valid. */
  | 'TICKET_ACCEPTED'
  /** 志愿服务 — approved volunteer hours (points per hour). */
  | 'VOLUNTEER_HOURS';

/** Why a ledger entry exists. */
export type PointsReason =
  /** Penalty for a booking no-show. */
  | 'BOOKING_NO_SHOW'
  /** Staff adjustment with a reason. */
  | 'MANUAL'
  /** Award for attending a meeting. */
  | 'MEETING_ATTENDANCE'
  /** Points spent on a reward. */
  | 'REDEMPTION'
  /** Points given back for a cancelled redemption. */
  | 'REDEMPTION_REFUND'
  /** Award for a matter accepted as valid. */
  | 'TICKET_ACCEPTED'
  /** Award for approved volunteer hours. */
  | 'VOLUNTEER_HOURS';

/** A resident's redemption of a reward. */
export type PointsRedemption = {
  __typename?: 'PointsRedemption';
  /** When it was cancelled (points and stock refunded). */
  cancelledAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** The community. */
  communityId: Scalars['ID']['output'];
  /** Points it cost. */
  cost: Scalars['Int']['output'];
  /** When it was redeemed. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** When staff handed it over. */
  handedOverAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** Six-digit pick-up code: shown to the resident who redeemed only (staff ask for it). */
  pickupCode: Maybe<Scalars['String']['output']>;
  /** The reward. */
  rewardId: Scalars['ID']['output'];
  /** The reward's name. */
  rewardName: Scalars['String']['output'];
  /** Reserved, handed over or cancelled. */
  status: RedemptionStatus;
  /** The resident's display name. */
  userDisplayName: Scalars['String']['output'];
  /** The resident. */
  userId: Scalars['ID']['output'];
};

/** A page of redemptions. */
export type PointsRedemptionConnection = {
  __typename?: 'PointsRedemptionConnection';
  /** The items of this page. */
  edges: Array<PointsRedemptionEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items in the whole list (with the same filters), computed only when selected. Exact up to 10,000; above that, a list may answer the database's estimate (MariaDB/MySQL index statistics, never below 10,001) instead of counting every row. */
  totalCount: Scalars['Int']['output'];
};

/** One redemption in a page, with its cursor. */
export type PointsRedemptionEdge = {
  __typename?: 'PointsRedemptionEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The redemption. */
  node: PointsRedemption;
};

/** Result of a redemption change. */
export type PointsRedemptionPayload = {
  __typename?: 'PointsRedemptionPayload';
  /** The redemption as it is now. */
  redemption: PointsRedemption;
};

/** A reward of the community catalogue (积分兑换). */
export type PointsReward = {
  __typename?: 'PointsReward';
  /** Offered to residents. */
  active: Scalars['Boolean']['output'];
  /** The community. */
  communityId: Scalars['ID']['output'];
  /** Points it costs. */
  cost: Scalars['Int']['output'];
  /** When it was added. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Description. */
  description: Maybe<Scalars['String']['output']>;
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** Name. */
  name: Scalars['String']['output'];
  /** Open redemptions allowed per resident (null: no limit). */
  perPersonLimit: Maybe<Scalars['Int']['output']>;
  /** Items left. */
  stock: Scalars['Int']['output'];
};

/** A page of rewards. */
export type PointsRewardConnection = {
  __typename?: 'PointsRewardConnection';
  /** The items of this page. */
  edges: Array<PointsRewardEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items in the whole list (with the same filters), computed only when selected. Exact up to 10,000; above that, a list may answer the database's estimate (MariaDB/MySQL index statistics, never below 10,001) instead of counting every row. */
  totalCount: Scalars['Int']['output'];
};

/** One reward in a page, with its cursor. */
export type PointsRewardEdge = {
  __typename?: 'PointsRewardEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The reward. */
  node: PointsReward;
};

/** Result of saving a reward. */
export type PointsRewardPayload = {
  __typename?: 'PointsRewardPayload';
  /** The reward as saved. */
  reward: PointsReward;
};

/** One version of a community rule that prices an event in points (积分规则). */
export type PointsRule = {
  __typename?: 'PointsRule';
  /** The community. */
  communityId: Scalars['ID']['output'];
  /** When this version was made. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** True for the version in force. */
  current: Scalars['Boolean']['output'];
  /** At most this many points per resident per day (Asia/Shanghai). */
  dailyCap: Maybe<Scalars['Int']['output']>;
  /** False: the event awards nothing under this version. */
  enabled: Scalars['Boolean']['output'];
  /** The event it prices. */
  event: PointsEvent;
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** At most this many points per resident per month. */
  monthlyCap: Maybe<Scalars['Int']['output']>;
  /** Staff's note on the change. */
  note: Maybe<Scalars['String']['output']>;
  /** The rule in plain words, in the reader's language (shown to residents). */
  plainText: Scalars['String']['output'];
  /** Points per occurrence (per hour for volunteer hours); negative for a penalty. */
  points: Scalars['Int']['output'];
  /** When a newer version replaced it. */
  retiredAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Version, 1 upwards: a change inserts the next one. */
  version: Scalars['Int']['output'];
};

/** A page of points rules. */
export type PointsRuleConnection = {
  __typename?: 'PointsRuleConnection';
  /** The items of this page. */
  edges: Array<PointsRuleEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items in the whole list (with the same filters), computed only when selected. Exact up to 10,000; above that, a list may answer the database's estimate (MariaDB/MySQL index statistics, never below 10,001) instead of counting every row. */
  totalCount: Scalars['Int']['output'];
};

/** One points rule in a page, with its cursor. */
export type PointsRuleEdge = {
  __typename?: 'PointsRuleEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The points rule. */
  node: PointsRule;
};

/** Result of setting a rule. */
export type PointsRulePayload = {
  __typename?: 'PointsRulePayload';
  /** The new version. */
  rule: PointsRule;
};

/** A property service contract (物业服务合同) of an estate, published by its property company. */
export type PropertyContract = {
  __typename?: 'PropertyContract';
  /** The community of the estate. */
  communityId: Scalars['ID']['output'];
  /** Name of the property company. */
  companyName: Maybe<Scalars['String']['output']>;
  /** When it was published. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The estate it covers. */
  estateId: Scalars['ID']['output'];
  /** Property fee per m² of floor area per month, in fen (分). */
  feeFenPerSqmMonth: Scalars['Int']['output'];
  /** The contract file (PDF or image), if one was attached. */
  file: Maybe<FileRef>;
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** The property company (organisation). */
  organisationId: Scalars['ID']['output'];
  /** Service level as the contract names it (一级, 二级 …). */
  serviceLevel: Scalars['String']['output'];
  /** Last day of the term, `YYYY-MM-DD`. */
  termEnd: Scalars['String']['output'];
  /** First day of the term, `YYYY-MM-DD`. */
  termStart: Scalars['String']['output'];
  /** Title of the contract. */
  title: Scalars['String']['output'];
};

/** A page of property contracts. */
export type PropertyContractConnection = {
  __typename?: 'PropertyContractConnection';
  /** The items of this page. */
  edges: Array<PropertyContractEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items in the whole list (with the same filters), computed only when selected. Exact up to 10,000; above that, a list may answer the database's estimate (MariaDB/MySQL index statistics, never below 10,001) instead of counting every row. */
  totalCount: Scalars['Int']['output'];
};

/** One property contract in a page, with its cursor. */
export type PropertyContractEdge = {
  __typename?: 'PropertyContractEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The property contract. */
  node: PropertyContract;
};

/** Result of a mutation on a property contract. */
export type PropertyContractPayload = {
  __typename?: 'PropertyContractPayload';
  /** The property contract as it is after the mutation. */
  contract: PropertyContract;
};

/** A community's published figures of one month (readable by anyone when the community publishes them). */
export type PublicMonthFigures = {
  __typename?: 'PublicMonthFigures';
  /** The month, YYYY-MM (Asia/Shanghai). */
  month: Scalars['String']['output'];
  /** 按时答复率 — replied on time ÷ valid. */
  onTimeRate: Maybe<Scalars['Float']['output']>;
  /** 提出 — tickets submitted in the period (every state, merged and rejected included). */
  raised: Scalars['Int']['output'];
  /** 已答复 — valid tickets with an answer to residents (a reply, a resolution or an escalation answer). */
  replied: Scalars['Int']['output'];
  /** 响应率/答复率 — replied ÷ valid (null without valid tickets). */
  replyRate: Maybe<Scalars['Float']['output']>;
  /** 已完结 — valid tickets whose last resolve/reopen event is a resolution. */
  resolved: Scalars['Int']['output'];
  /** 满意率 — rated 4-5 ÷ rated. */
  satisfaction: Maybe<Scalars['Float']['output']>;
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
  /** Number of items in the whole list (with the same filters), computed only when selected. Exact up to 10,000; above that, a list may answer the database's estimate (MariaDB/MySQL index statistics, never below 10,001) instead of counting every row. */
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
  /** Number of items in the whole list (with the same filters), computed only when selected. Exact up to 10,000; above that, a list may answer the database's estimate (MariaDB/MySQL index statistics, never below 10,001) instead of counting every row. */
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
  /**
   * The assessment table of handling organisations (三率: reply, resolution and satisfaction rates, plus on-time rate and overdue count); ranked only from the community’s minimum sample.
   *
   * Error reasons (`extensions.reason`): ANALYSIS_BAD_PERIOD (BAD_USER_INPUT).
   */
  analysisAssessment: AssessmentTable;
  /**
   * The ticket figures of a period grouped by street, community, estate, handling organisation or category (one row per group with tickets; bounded by the number of places, organisations and categories in reach).
   *
   * Error reasons (`extensions.reason`): ANALYSIS_BAD_PERIOD (BAD_USER_INPUT).
   */
  analysisBreakdown: Array<FigureRow>;
  /**
   * The figures of a period in the viewer’s reach (narrowed by the optional street, community, estate, organisation, category). Each field’s description is its definition.
   *
   * Error reasons (`extensions.reason`): ANALYSIS_BAD_PERIOD (BAD_USER_INPUT).
   */
  analysisFigures: AnalysisFigures;
  /** A community's figures settings (its staff, street and system administrators). */
  analysisSettings: AnalysisSettings;
  /**
   * The ticket figures of a period per day, week or month (at most 366 points; periods without tickets are absent).
   *
   * Error reasons (`extensions.reason`): ANALYSIS_BAD_PERIOD (BAD_USER_INPUT).
   */
  analysisTrend: Array<FigureRow>;
  /**
   * Apps registered in the viewer’s streets, newest first (street and system administrators). Any operation of an app (`X-Api-Key`) or of anyone may be refused by the key checks and the request limits with the reasons below.
   *
   * Error reasons (`extensions.reason`): API_KEY_UNKNOWN (APP_KEY_INVALID), API_KEY_EXPIRED (APP_KEY_INVALID), API_KEY_REVOKED (APP_KEY_REVOKED), API_ORIGIN_NOT_ALLOWED (FORBIDDEN), API_PAGE_SIZE_OUT_OF_RANGE (BAD_USER_INPUT), API_QUERY_TOO_COSTLY (BAD_USER_INPUT), API_BUDGET_EXCEEDED (RATE_LIMITED).
   */
  apiClients: ApiClientConnection;
  /** Staff actions, newest first: street and system admins for their scope, community staff for their community. */
  auditLog: AuditLogConnection;
  /** Every operation the audit log may hold, as each module declares it (for an operation filter); same readers as `auditLog`. */
  auditOperations: Array<AuditOperationInfo>;
  /** A community’s board and moderation settings (staff who configure it). */
  boardSettings: BoardSettings;
  /** A community's bookings for staff of its place, newest first (PENDING: the approval queue). */
  bookings: VenueBookingConnection;
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
  /** How each street department answered the tickets escalated to it in a period: escalations, acknowledged, answered, median and longest hours to answer. */
  departmentAnswerTimes: Array<DepartmentAnswerTime>;
  /** One piece of equipment (NOT_FOUND out of reach). */
  equipment: Equipment;
  /**
   * The equipment register of an estate (or of every estate of a community the viewer reads), newest first, each with its maintenance status (staff in reach, the estate's residents).
   *
   * Error reasons (`extensions.reason`): PROPERTY_BLANK (BAD_USER_INPUT).
   */
  equipmentRegister: EquipmentConnection;
  /** Residents' erasure requests the viewer handles (staff of the resident's community, street and system administrators), oldest first. */
  erasureRequests: ErasureRequestConnection;
  /** Every error reason (`extensions.reason`) a mutation can raise, with its code. Public. */
  errorReasons: Array<ErrorReasonInfo>;
  /** One estate; NOT_FOUND outside the viewer’s scope. */
  estate: Estate;
  /** Every active estate, for a resident finding their home (names only are public). */
  estateDirectory: EstateConnection;
  /** Estates in the viewer’s scope. */
  estates: EstateConnection;
  /** An estate's fee standards, newest first (staff in reach, the estate's residents). */
  feeStandards: FeeStandardConnection;
  /** The reply templates for a ticket’s community and category (at most 50), filled for it: the reply dialog’s picker. */
  filledReplyTemplates: Array<FilledReplyTemplate>;
  /** One hot topic; NOT_FOUND outside the viewer’s reach. */
  hotTopic: HotTopic;
  /** A community’s hot-topic rule (its own, or the defaults 5 within 24 hours). */
  hotTopicRule: HotTopicRule;
  /** Hot topics in the viewer’s reach (or one community), newest first. */
  hotTopics: HotTopicConnection;
  /** One household; NOT_FOUND outside the viewer’s scope. */
  household: Household;
  /** Household bindings in the viewer’s scope; with status PENDING, the verification queue (oldest first). */
  householdBindings: HouseholdBindingConnection;
  /** Households in the viewer’s scope (staff). Rooms masked unless the role needs them. */
  households: HouseholdConnection;
  /** Maintenance records of a piece of equipment, newest first, with their signed sheets. */
  maintenanceRecords: MaintenanceRecordConnection;
  /** The maintenance intervals in force in a community: the defaults and the community’s own (its staff and residents, the companies and committees of its estates). */
  maintenanceRules: Array<MaintenanceRule>;
  /** The signed-in user (phone in full: it is their own). */
  me: User;
  /** One meeting: organisers, invited staff and people, registered residents, and residents of its community when it is open. NOT_FOUND otherwise. */
  meeting: Meeting;
  /** The action-item tracker: a community's action items (organisers; owner organisations see their own), newest first. */
  meetingActionItems: MeetingActionItemConnection;
  /** A community's meetings the viewer may read (organisers of its place; invited staff), newest first. */
  meetings: MeetingConnection;
  /** The viewer's own bookings, newest first. */
  myBookings: VenueBookingConnection;
  /** Everything the platform keeps about the signed-in account (JSON and HTML). */
  myDataExport: MyDataExport;
  /** The signed-in account's erasure request, if any. */
  myErasureRequest: Maybe<ErasureRequest>;
  /** The signed-in user’s household bindings, newest first (at most 50). */
  myHouseholdBindings: Array<HouseholdBinding>;
  /** Whether the viewer has left the leaderboards. */
  myLeaderboardOptOut: Scalars['Boolean']['output'];
  /** The viewer's points balance in a community (the sum of their ledger there). */
  myPointsBalance: Scalars['Int']['output'];
  /** The viewer's own ledger entries in a community, newest first. */
  myPointsEntries: PointsEntryConnection;
  /** The viewer's own redemptions, with pick-up codes. */
  myRedemptions: PointsRedemptionConnection;
  /** The viewer’s signed-in sessions (devices, browsers), most recently active first. */
  mySessions: SessionConnection;
  /** The viewer's own sign-ups, newest first. */
  mySignups: VolunteerSignupConnection;
  /** The signed-in resident’s own tickets, newest first. */
  myTickets: TicketConnection;
  /** The viewer's own volunteer profile in a community, if any. */
  myVolunteerProfile: Maybe<VolunteerProfile>;
  /** The viewer's volunteer record: approved hours per year (in a community, or everywhere). */
  myVolunteerRecord: VolunteerRecord;
  /** The signed-in user’s notifications, newest first. */
  notifications: NotificationConnection;
  /** Upcoming meetings open to residents of the viewer’s communities (residents register with `registerForMeeting`). */
  openMeetings: MeetingConnection;
  /** One organisation; NOT_FOUND outside the viewer’s scope. */
  organisation: Organisation;
  /** Organisations in the viewer’s scope. */
  organisations: OrganisationConnection;
  /** How many pieces of equipment of a community are overdue for maintenance today (the dashboard figure; counted over the estates the viewer reads). */
  overdueEquipmentCount: Scalars['Int']['output'];
  /** Points earned in a community (or one estate) over a month, a year or all time; display names only; residents who opted out are not listed. */
  pointsLeaderboard: LeaderboardConnection;
  /** The ledger browser: entries of a community with filters (staff). */
  pointsLedger: PointsEntryConnection;
  /** A community's redemptions (staff). */
  pointsRedemptions: PointsRedemptionConnection;
  /** A community's reward catalogue (residents and staff). */
  pointsRewards: PointsRewardConnection;
  /** A community's points rules (current versions, or the whole history), each in plain words. */
  pointsRules: PointsRuleConnection;
  /** An estate's property service contracts, newest first (staff in reach, the estate's residents). */
  propertyContracts: PropertyContractConnection;
  /**
   * A community's monthly figures (raised, replied, resolved, reply rate, on-time rate, satisfaction): anyone, signed in or not, when the community publishes them; its staff always.
   *
   * Error reasons (`extensions.reason`): ANALYSIS_NOT_PUBLISHED (FORBIDDEN).
   */
  publicFigures: Array<PublicMonthFigures>;
  /** One publication (NOT_FOUND when the viewer may not read it). */
  publication: Publication;
  /** Word-level diff (Chinese word segmentation) between two revisions; BAD_USER_INPUT on `from`/`to` when a number is not a revision of it. */
  publicationDiff: PublicationDiff;
  /** The immutable revisions of a publication the viewer may read, newest first. */
  publicationRevisions: PublicationRevisionConnection;
  /** Publications the viewer may read — published and withdrawn items of their street, community and estates; drafts and scheduled items of their own organisation — pinned first, then newest. */
  publications: PublicationConnection;
  /** A community’s reply templates (常用语), newest first. */
  replyTemplates: ReplyTemplateConnection;
  /** One month of an estate's public-revenue ledger, oldest entry first, correcting entries included. */
  revenueEntries: RevenueEntryConnection;
  /**
   * One month of an estate's public-revenue ledger: totals, balance, closed or not.
   *
   * Error reasons (`extensions.reason`): PROPERTY_BAD_PERIOD (BAD_USER_INPUT).
   */
  revenueLedger: RevenueLedger;
  /** Every role: the scope kinds it is granted on and the actions it counts for (the server’s rules). */
  roleDefinitions: Array<RoleDefinition>;
  /** Version and time of the API. Public. */
  serverInfo: ServerInfo;
  /** Open tickets of the same community most like this one, best first, with a score and the reason (staff who read the ticket in full; NOT_FOUND otherwise). Bounded: the 300 newest open tickets are compared. */
  similarTickets: SimilarTicketConnection;
  /** One street; NOT_FOUND outside the viewer’s scope. */
  street: Street;
  /** Streets the viewer can see. */
  streets: StreetConnection;
  /** One ticket: in full for staff in scope and its submitter, in the public form for other residents of the community; NOT_FOUND otherwise. */
  ticket: Ticket;
  /** The public board of a community: its accepted (and later) tickets in the public form — texts staff hid left out — for its residents and staff; newest, most 我也遇到, or resolved most recently, by estate and category. */
  ticketBoard: TicketConnection;
  /** Categories of a community, in order (active ones unless asked). */
  ticketCategories: Array<TicketCategory>;
  /** A community’s desk settings (emergency hours, acknowledgement hours). */
  ticketDeskSetting: TicketDeskSetting;
  /**
   * Valid, replied, on-time, resolved, escalated … for tickets submitted in a period, from the timelines.
   * @deprecated Use analysisFigures (the analysis module): the same counts with written definitions, plus residents, rates and first-reply times.
   */
  ticketFigures: TicketFigures;
  /** Residents’ reports of public tickets of a community, newest first. */
  ticketReports: TicketReportConnection;
  /** Routing rules (分派规则) of a community, oldest first (staff who read its tickets). */
  ticketRoutingRules: TicketRoutingRuleConnection;
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
  /** One venue (NOT_FOUND outside the viewer’s community or reach). */
  venue: Venue;
  /**
   * The slots of a venue in [from, to) (at most 14 days): taken or free, and why the viewer cannot book one.
   *
   * Error reasons (`extensions.reason`): VENUE_BAD_RANGE (BAD_USER_INPUT).
   */
  venueAvailability: Array<VenueSlot>;
  /** One booking (its requester, or staff of its place). */
  venueBooking: VenueBooking;
  /** Usage of each venue of a community in a month: bookings, no-show rate, hours used (staff). */
  venueUsage: Array<VenueUsage>;
  /** A community's venues, newest first (its residents and the staff of its place). */
  venues: VenueConnection;
  /** A community's volunteer activities, newest first (its residents and staff). */
  volunteerActivities: VolunteerActivityConnection;
  /** One activity (its community’s residents and staff). */
  volunteerActivity: VolunteerActivity;
  /** Hours awaiting approval (or approved) in a community, oldest first (staff). */
  volunteerHours: VolunteerSignupConnection;
  /** An activity's list in arrival order: seats, then the waiting list (staff). */
  volunteerSignups: VolunteerSignupConnection;
  /** A community's volunteers, with a skill filter (staff). */
  volunteers: VolunteerProfileConnection;
  /** One vote (NOT_FOUND when the viewer may not read it). A vote past its closing time is closed on reading. */
  vote: Vote;
  /** The frozen roll of a vote, in roll order, with who has voted (staff who read the vote; how each voted only for a vote declared open). */
  voteRoll: VoteVoterConnection;
  /** An estate's voting units (registered areas and owners of record), for staff of its places. */
  voteUnits: VoteUnitConnection;
  /** A community's owners' votes, newest first: staff of its places see all; an owner sees the votes whose frozen roll they are on. */
  votes: VoteConnection;
  /** The deliveries of a webhook subscription the viewer keeps, newest first, with their last answers. */
  webhookDeliveries: WebhookDeliveryConnection;
  /** The webhook subscriptions the viewer keeps (street and system administrators over their reach; staff of the owner organisation for its own), newest first. */
  webhookSubscriptions: WebhookSubscriptionConnection;
};


/** Read operations. Lists are Relay connections bounded to 100 items a page. */
export type QueryAnalysisAssessmentArgs = {
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  communityId?: InputMaybe<Scalars['ID']['input']>;
  estateId?: InputMaybe<Scalars['ID']['input']>;
  from: Scalars['DateTimeISO']['input'];
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  streetId?: InputMaybe<Scalars['ID']['input']>;
  to: Scalars['DateTimeISO']['input'];
};


/** Read operations. Lists are Relay connections bounded to 100 items a page. */
export type QueryAnalysisBreakdownArgs = {
  by: FigureDimension;
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  communityId?: InputMaybe<Scalars['ID']['input']>;
  estateId?: InputMaybe<Scalars['ID']['input']>;
  from: Scalars['DateTimeISO']['input'];
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  streetId?: InputMaybe<Scalars['ID']['input']>;
  to: Scalars['DateTimeISO']['input'];
};


/** Read operations. Lists are Relay connections bounded to 100 items a page. */
export type QueryAnalysisFiguresArgs = {
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  communityId?: InputMaybe<Scalars['ID']['input']>;
  estateId?: InputMaybe<Scalars['ID']['input']>;
  from: Scalars['DateTimeISO']['input'];
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  streetId?: InputMaybe<Scalars['ID']['input']>;
  to: Scalars['DateTimeISO']['input'];
};


/** Read operations. Lists are Relay connections bounded to 100 items a page. */
export type QueryAnalysisSettingsArgs = {
  communityId: Scalars['String']['input'];
};


/** Read operations. Lists are Relay connections bounded to 100 items a page. */
export type QueryAnalysisTrendArgs = {
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  communityId?: InputMaybe<Scalars['ID']['input']>;
  estateId?: InputMaybe<Scalars['ID']['input']>;
  from: Scalars['DateTimeISO']['input'];
  interval: FigureInterval;
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  streetId?: InputMaybe<Scalars['ID']['input']>;
  to: Scalars['DateTimeISO']['input'];
};


/** Read operations. Lists are Relay connections bounded to 100 items a page. */
export type QueryApiClientsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  includeRevoked?: Scalars['Boolean']['input'];
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
export type QueryBoardSettingsArgs = {
  communityId: Scalars['ID']['input'];
};


/** Read operations. Lists are Relay connections bounded to 100 items a page. */
export type QueryBookingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  communityId: Scalars['ID']['input'];
  first?: Scalars['Int']['input'];
  from?: InputMaybe<Scalars['DateTimeISO']['input']>;
  statuses?: InputMaybe<Array<VenueBookingStatus>>;
  to?: InputMaybe<Scalars['DateTimeISO']['input']>;
  venueId?: InputMaybe<Scalars['ID']['input']>;
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
export type QueryDepartmentAnswerTimesArgs = {
  from: Scalars['DateTimeISO']['input'];
  streetId?: InputMaybe<Scalars['ID']['input']>;
  to: Scalars['DateTimeISO']['input'];
};


/** Read operations. Lists are Relay connections bounded to 100 items a page. */
export type QueryEquipmentArgs = {
  id: Scalars['ID']['input'];
};


/** Read operations. Lists are Relay connections bounded to 100 items a page. */
export type QueryEquipmentRegisterArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  communityId?: InputMaybe<Scalars['ID']['input']>;
  estateId?: InputMaybe<Scalars['ID']['input']>;
  first?: Scalars['Int']['input'];
  kind?: InputMaybe<EquipmentKind>;
  status?: InputMaybe<MaintenanceStatus>;
};


/** Read operations. Lists are Relay connections bounded to 100 items a page. */
export type QueryErasureRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  communityId?: InputMaybe<Scalars['ID']['input']>;
  first?: Scalars['Int']['input'];
  status?: InputMaybe<ErasureStatus>;
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
export type QueryFeeStandardsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  estateId: Scalars['ID']['input'];
  first?: Scalars['Int']['input'];
};


/** Read operations. Lists are Relay connections bounded to 100 items a page. */
export type QueryFilledReplyTemplatesArgs = {
  ticketId: Scalars['ID']['input'];
};


/** Read operations. Lists are Relay connections bounded to 100 items a page. */
export type QueryHotTopicArgs = {
  id: Scalars['ID']['input'];
};


/** Read operations. Lists are Relay connections bounded to 100 items a page. */
export type QueryHotTopicRuleArgs = {
  communityId: Scalars['ID']['input'];
};


/** Read operations. Lists are Relay connections bounded to 100 items a page. */
export type QueryHotTopicsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  communityId?: InputMaybe<Scalars['ID']['input']>;
  first?: Scalars['Int']['input'];
  state?: InputMaybe<HotTopicState>;
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
export type QueryMaintenanceRecordsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  equipmentId: Scalars['ID']['input'];
  first?: Scalars['Int']['input'];
};


/** Read operations. Lists are Relay connections bounded to 100 items a page. */
export type QueryMaintenanceRulesArgs = {
  communityId: Scalars['ID']['input'];
};


/** Read operations. Lists are Relay connections bounded to 100 items a page. */
export type QueryMeetingArgs = {
  id: Scalars['ID']['input'];
};


/** Read operations. Lists are Relay connections bounded to 100 items a page. */
export type QueryMeetingActionItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  communityId: Scalars['ID']['input'];
  first?: Scalars['Int']['input'];
  overdueOnly?: Scalars['Boolean']['input'];
  state?: InputMaybe<MeetingActionItemState>;
};


/** Read operations. Lists are Relay connections bounded to 100 items a page. */
export type QueryMeetingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  communityId: Scalars['ID']['input'];
  first?: Scalars['Int']['input'];
  state?: InputMaybe<MeetingState>;
};


/** Read operations. Lists are Relay connections bounded to 100 items a page. */
export type QueryMyBookingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  statuses?: InputMaybe<Array<VenueBookingStatus>>;
};


/** Read operations. Lists are Relay connections bounded to 100 items a page. */
export type QueryMyPointsBalanceArgs = {
  communityId: Scalars['ID']['input'];
};


/** Read operations. Lists are Relay connections bounded to 100 items a page. */
export type QueryMyPointsEntriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  communityId: Scalars['ID']['input'];
  first?: Scalars['Int']['input'];
};


/** Read operations. Lists are Relay connections bounded to 100 items a page. */
export type QueryMyRedemptionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


/** Read operations. Lists are Relay connections bounded to 100 items a page. */
export type QueryMySessionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


/** Read operations. Lists are Relay connections bounded to 100 items a page. */
export type QueryMySignupsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


/** Read operations. Lists are Relay connections bounded to 100 items a page. */
export type QueryMyTicketsArgs = {
  acknowledged?: InputMaybe<Scalars['Boolean']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  communityId?: InputMaybe<Scalars['ID']['input']>;
  estateId?: InputMaybe<Scalars['ID']['input']>;
  first?: Scalars['Int']['input'];
  from?: InputMaybe<Scalars['DateTimeISO']['input']>;
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  priorities?: InputMaybe<Array<TicketPriority>>;
  search?: InputMaybe<Scalars['String']['input']>;
  sources?: InputMaybe<Array<TicketSource>>;
  states?: InputMaybe<Array<TicketState>>;
  supervised?: InputMaybe<Scalars['Boolean']['input']>;
  to?: InputMaybe<Scalars['DateTimeISO']['input']>;
};


/** Read operations. Lists are Relay connections bounded to 100 items a page. */
export type QueryMyVolunteerProfileArgs = {
  communityId: Scalars['ID']['input'];
};


/** Read operations. Lists are Relay connections bounded to 100 items a page. */
export type QueryMyVolunteerRecordArgs = {
  communityId?: InputMaybe<Scalars['ID']['input']>;
};


/** Read operations. Lists are Relay connections bounded to 100 items a page. */
export type QueryNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  unreadOnly?: Scalars['Boolean']['input'];
};


/** Read operations. Lists are Relay connections bounded to 100 items a page. */
export type QueryOpenMeetingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  communityId?: InputMaybe<Scalars['ID']['input']>;
  first?: Scalars['Int']['input'];
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
export type QueryOverdueEquipmentCountArgs = {
  communityId: Scalars['ID']['input'];
};


/** Read operations. Lists are Relay connections bounded to 100 items a page. */
export type QueryPointsLeaderboardArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  communityId: Scalars['ID']['input'];
  estateId?: InputMaybe<Scalars['ID']['input']>;
  first?: Scalars['Int']['input'];
  period?: LeaderboardPeriod;
};


/** Read operations. Lists are Relay connections bounded to 100 items a page. */
export type QueryPointsLedgerArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  communityId: Scalars['ID']['input'];
  first?: Scalars['Int']['input'];
  from?: InputMaybe<Scalars['DateTimeISO']['input']>;
  reason?: InputMaybe<PointsReason>;
  to?: InputMaybe<Scalars['DateTimeISO']['input']>;
  userId?: InputMaybe<Scalars['ID']['input']>;
};


/** Read operations. Lists are Relay connections bounded to 100 items a page. */
export type QueryPointsRedemptionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  communityId: Scalars['ID']['input'];
  first?: Scalars['Int']['input'];
  status?: InputMaybe<RedemptionStatus>;
};


/** Read operations. Lists are Relay connections bounded to 100 items a page. */
export type QueryPointsRewardsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  communityId: Scalars['ID']['input'];
  first?: Scalars['Int']['input'];
  includeInactive?: Scalars['Boolean']['input'];
};


/** Read operations. Lists are Relay connections bounded to 100 items a page. */
export type QueryPointsRulesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  communityId: Scalars['ID']['input'];
  first?: Scalars['Int']['input'];
  includeRetired?: Scalars['Boolean']['input'];
};


/** Read operations. Lists are Relay connections bounded to 100 items a page. */
export type QueryPropertyContractsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  estateId: Scalars['ID']['input'];
  first?: Scalars['Int']['input'];
};


/** Read operations. Lists are Relay connections bounded to 100 items a page. */
export type QueryPublicFiguresArgs = {
  communityId: Scalars['ID']['input'];
  months?: Scalars['Int']['input'];
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
export type QueryReplyTemplatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  communityId: Scalars['ID']['input'];
  first?: Scalars['Int']['input'];
};


/** Read operations. Lists are Relay connections bounded to 100 items a page. */
export type QueryRevenueEntriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  estateId: Scalars['ID']['input'];
  first?: Scalars['Int']['input'];
  period: Scalars['String']['input'];
};


/** Read operations. Lists are Relay connections bounded to 100 items a page. */
export type QueryRevenueLedgerArgs = {
  estateId: Scalars['ID']['input'];
  period: Scalars['String']['input'];
};


/** Read operations. Lists are Relay connections bounded to 100 items a page. */
export type QuerySimilarTicketsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  ticketId: Scalars['ID']['input'];
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
export type QueryTicketBoardArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  communityId: Scalars['ID']['input'];
  estateId?: InputMaybe<Scalars['ID']['input']>;
  first?: Scalars['Int']['input'];
  sort?: BoardSort;
};


/** Read operations. Lists are Relay connections bounded to 100 items a page. */
export type QueryTicketCategoriesArgs = {
  communityId: Scalars['ID']['input'];
  includeInactive?: Scalars['Boolean']['input'];
};


/** Read operations. Lists are Relay connections bounded to 100 items a page. */
export type QueryTicketDeskSettingArgs = {
  communityId: Scalars['ID']['input'];
};


/** Read operations. Lists are Relay connections bounded to 100 items a page. */
export type QueryTicketFiguresArgs = {
  communityId?: InputMaybe<Scalars['ID']['input']>;
  from: Scalars['DateTimeISO']['input'];
  to: Scalars['DateTimeISO']['input'];
};


/** Read operations. Lists are Relay connections bounded to 100 items a page. */
export type QueryTicketReportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  communityId: Scalars['ID']['input'];
  first?: Scalars['Int']['input'];
  state?: InputMaybe<TicketReportState>;
};


/** Read operations. Lists are Relay connections bounded to 100 items a page. */
export type QueryTicketRoutingRulesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  communityId: Scalars['ID']['input'];
  first?: Scalars['Int']['input'];
};


/** Read operations. Lists are Relay connections bounded to 100 items a page. */
export type QueryTicketsArgs = {
  acknowledged?: InputMaybe<Scalars['Boolean']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  communityId?: InputMaybe<Scalars['ID']['input']>;
  estateId?: InputMaybe<Scalars['ID']['input']>;
  first?: Scalars['Int']['input'];
  from?: InputMaybe<Scalars['DateTimeISO']['input']>;
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  priorities?: InputMaybe<Array<TicketPriority>>;
  search?: InputMaybe<Scalars['String']['input']>;
  sources?: InputMaybe<Array<TicketSource>>;
  states?: InputMaybe<Array<TicketState>>;
  supervised?: InputMaybe<Scalars['Boolean']['input']>;
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


/** Read operations. Lists are Relay connections bounded to 100 items a page. */
export type QueryVenueArgs = {
  id: Scalars['ID']['input'];
};


/** Read operations. Lists are Relay connections bounded to 100 items a page. */
export type QueryVenueAvailabilityArgs = {
  bookAs?: InputMaybe<VenueBookerKind>;
  from: Scalars['DateTimeISO']['input'];
  to: Scalars['DateTimeISO']['input'];
  venueId: Scalars['ID']['input'];
};


/** Read operations. Lists are Relay connections bounded to 100 items a page. */
export type QueryVenueBookingArgs = {
  id: Scalars['ID']['input'];
};


/** Read operations. Lists are Relay connections bounded to 100 items a page. */
export type QueryVenueUsageArgs = {
  communityId: Scalars['ID']['input'];
  month: Scalars['String']['input'];
};


/** Read operations. Lists are Relay connections bounded to 100 items a page. */
export type QueryVenuesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  communityId: Scalars['ID']['input'];
  first?: Scalars['Int']['input'];
  includeArchived?: Scalars['Boolean']['input'];
};


/** Read operations. Lists are Relay connections bounded to 100 items a page. */
export type QueryVolunteerActivitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  communityId: Scalars['ID']['input'];
  first?: Scalars['Int']['input'];
};


/** Read operations. Lists are Relay connections bounded to 100 items a page. */
export type QueryVolunteerActivityArgs = {
  id: Scalars['ID']['input'];
};


/** Read operations. Lists are Relay connections bounded to 100 items a page. */
export type QueryVolunteerHoursArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  communityId: Scalars['ID']['input'];
  first?: Scalars['Int']['input'];
  hoursStatus?: HoursStatus;
};


/** Read operations. Lists are Relay connections bounded to 100 items a page. */
export type QueryVolunteerSignupsArgs = {
  activityId: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  status?: InputMaybe<SignupStatus>;
};


/** Read operations. Lists are Relay connections bounded to 100 items a page. */
export type QueryVolunteersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  communityId: Scalars['ID']['input'];
  first?: Scalars['Int']['input'];
  includeInactive?: Scalars['Boolean']['input'];
  skill?: InputMaybe<Scalars['String']['input']>;
};


/** Read operations. Lists are Relay connections bounded to 100 items a page. */
export type QueryVoteArgs = {
  id: Scalars['String']['input'];
};


/** Read operations. Lists are Relay connections bounded to 100 items a page. */
export type QueryVoteRollArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: VoteRollFilter;
  first?: Scalars['Int']['input'];
  voteId: Scalars['ID']['input'];
};


/** Read operations. Lists are Relay connections bounded to 100 items a page. */
export type QueryVoteUnitsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  estateId: Scalars['ID']['input'];
  first?: Scalars['Int']['input'];
};


/** Read operations. Lists are Relay connections bounded to 100 items a page. */
export type QueryVotesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  communityId: Scalars['ID']['input'];
  estateId?: InputMaybe<Scalars['ID']['input']>;
  first?: Scalars['Int']['input'];
};


/** Read operations. Lists are Relay connections bounded to 100 items a page. */
export type QueryWebhookDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  status?: InputMaybe<WebhookDeliveryStatus>;
  subscriptionId: Scalars['ID']['input'];
};


/** Read operations. Lists are Relay connections bounded to 100 items a page. */
export type QueryWebhookSubscriptionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  organisationId?: InputMaybe<Scalars['ID']['input']>;
};

/** A matter staff take for a person (代为登记): by phone, at the counter, on patrol, from 12345, by letter. */
export type RaiseTicketOnBehalfInput = {
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
  /** The person’s name as they gave it, 1 to 50 characters. */
  contactName: Scalars['String']['input'];
  /** The person’s mobile number (11 digits): the ticket is theirs if it is registered, or when it registers later. */
  contactPhone: Scalars['String']['input'];
  /** Estate it concerns (defaults to nothing; needed for routing to a property company). */
  estateId?: InputMaybe<Scalars['ID']['input']>;
  /** The 12345 hotline’s number of the transfer (HOTLINE_12345 only), up to 40 characters. */
  externalRef?: InputMaybe<Scalars['String']['input']>;
  /** Client-chosen key (8-64 letters, digits, - or _): a retried submit with the same key returns the first ticket. */
  idempotencyKey: Scalars['String']['input'];
  /** Free-text place, e.g. 博学路与金城路交叉口. */
  locationText?: InputMaybe<Scalars['String']['input']>;
  /** Photos uploaded with `POST /files` (at most 9). */
  photoFileIds?: Array<Scalars['ID']['input']>;
  /** How it came in (not APP or IMPORT). */
  source: TicketSource;
  /** Title, 2 to 100 characters. */
  title: Scalars['String']['input'];
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

/** Record whether a party came. */
export type RecordAttendanceInput = {
  /** Present, absent or excused. */
  attendance: Attendance;
  /** The party. */
  partyId: Scalars['ID']['input'];
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

/** Record a maintenance visit of a piece of equipment. */
export type RecordMaintenanceInput = {
  /** Maintenance contractor (1-100 characters). */
  contractor: Scalars['String']['input'];
  /** Defects found (at most 500 characters). */
  defects?: InputMaybe<Scalars['String']['input']>;
  /** The equipment. */
  equipmentId: Scalars['ID']['input'];
  /** The signed sheet: up to 5 photos or PDFs uploaded with `POST /files`. */
  fileIds?: Array<Scalars['ID']['input']>;
  /** How they were fixed (at most 500 characters). */
  fix?: InputMaybe<Scalars['String']['input']>;
  /** What was done. */
  kind: MaintenanceKind;
  /** Next due date the contractor wrote, `YYYY-MM-DD`. */
  nextDueOn?: InputMaybe<Scalars['String']['input']>;
  /** Day of the visit, `YYYY-MM-DD`, not after today. */
  performedOn: Scalars['String']['input'];
  /** Outcome. */
  result: MaintenanceResult;
};

/** A reader opened an item (counts once per reader). */
export type RecordPublicationViewInput = {
  /** The publication. */
  id: Scalars['ID']['input'];
};

/** The resolution of an agenda item, and where its ticket goes. */
export type RecordResolutionInput = {
  /** The agenda item. */
  agendaItemId: Scalars['ID']['input'];
  /** Who agreed (up to 500 characters). */
  agreedBy?: InputMaybe<Scalars['String']['input']>;
  /** The street department (outcome ESCALATED). */
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  /** Where the ticket goes. */
  outcome?: ResolutionOutcome;
  /** New reply deadline in working days, 1-30 (outcome RETURNED). */
  replyDays?: InputMaybe<Scalars['Int']['input']>;
  /** What was decided (1-2000 characters); written on the ticket’s public timeline. */
  text: Scalars['String']['input'];
};

/** Record a follow-up call (回访) on a resolved ticket the resident did not rate. */
export type RecordTicketCallbackInput = {
  /** The version the viewer saw. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** Note of the call (0-500 characters). */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Whether the resident was reached. */
  reached: Scalars['Boolean']['input'];
  /** Reopen the ticket (dissatisfied only): its handlers owe a new reply. */
  reopen?: Scalars['Boolean']['input'];
  /** What they said (required when reached). */
  satisfaction?: InputMaybe<CallbackSatisfaction>;
  /** The ticket. */
  ticketId: Scalars['ID']['input'];
};

/** Redeem a reward. */
export type RedeemPointsRewardInput = {
  /** The reward. */
  rewardId: Scalars['ID']['input'];
};

/** Where a redemption stands. */
export type RedemptionStatus =
  /** Cancelled: points and stock refunded. */
  | 'CANCELLED'
  /** Staff handed the item over against the pick-up code. */
  | 'HANDED_OVER'
  /** Points and stock taken; waiting for pick-up. */
  | 'RESERVED';

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

/** Register a piece of equipment in an estate. */
export type RegisterEquipmentInput = {
  /** The building it stands in (of the estate). */
  buildingId?: InputMaybe<Scalars['ID']['input']>;
  /** The estate. */
  estateId: Scalars['ID']['input'];
  /** Installation date, `YYYY-MM-DD`. */
  installedOn: Scalars['String']['input'];
  /** Kind. */
  kind: EquipmentKind;
  /** Name (1-100 characters). */
  name: Scalars['String']['input'];
  /** Registration number (1-64 characters), unique within the estate. */
  registrationNo: Scalars['String']['input'];
};

/** Register to attend an open meeting (residents). */
export type RegisterForMeetingInput = {
  /** The meeting. */
  meetingId: Scalars['ID']['input'];
};

/** Self-registration of a resident. */
export type RegisterResidentInput = {
  /** Name to show, 1 to 30 characters. */
  displayName: Scalars['String']['input'];
  /** Password: at least 8 characters with a letter and a digit, at most 72. Optional: without one the account signs in by SMS code (or WeChat) until a password is set with `resetPasswordWithSmsCode`. */
  password?: InputMaybe<Scalars['String']['input']>;
  /** Mainland mobile number, 11 digits; the login. */
  phone: Scalars['String']['input'];
  /** The code sent by `requestSmsCode(phone, REGISTER)`: proves the phone is yours (6 digits, valid 5 minutes). */
  smsCode: Scalars['String']['input'];
};

/** Reject a pending booking. */
export type RejectBookingInput = {
  /** The booking. */
  id: Scalars['ID']['input'];
  /** Why, 2-200 characters (the requester is told). */
  reason: Scalars['String']['input'];
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

/** Result of remindVoters. */
export type RemindVotersPayload = {
  __typename?: 'RemindVotersPayload';
  /** Owners reminded (those with an account who have not voted). */
  notified: Scalars['Int']['output'];
};

/** Reopen a resolved ticket. */
export type ReopenTicketInput = {
  /** Why it is not resolved, 2 to 1000 characters. */
  reason: Scalars['String']['input'];
  /** The ticket. */
  ticketId: Scalars['ID']['input'];
};

/** A new order of the agenda. */
export type ReorderAgendaInput = {
  /** Every item of the agenda, in the new order. */
  itemIds: Array<Scalars['ID']['input']>;
  /** The meeting. */
  meetingId: Scalars['ID']['input'];
};

/** 常用语: a reply template of a community, for every category or one. */
export type ReplyTemplate = {
  __typename?: 'ReplyTemplate';
  /** The text with placeholders: {居民姓名} or {residentName}, {工单号} or {ticketNumber}, {答复期限} or {dueDate}. */
  body: Scalars['String']['output'];
  /** The category it is for; null: every category. */
  categoryId: Maybe<Scalars['ID']['output']>;
  /** The community. */
  communityId: Scalars['ID']['output'];
  /** When it was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** Short name shown in the picker. */
  title: Scalars['String']['output'];
  /** Changes with every update; send it back as `expectedVersion`. */
  version: Scalars['Int']['output'];
};

/** A page of reply templates. */
export type ReplyTemplateConnection = {
  __typename?: 'ReplyTemplateConnection';
  /** The items of this page. */
  edges: Array<ReplyTemplateEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items in the whole list (with the same filters), computed only when selected. Exact up to 10,000; above that, a list may answer the database's estimate (MariaDB/MySQL index statistics, never below 10,001) instead of counting every row. */
  totalCount: Scalars['Int']['output'];
};

/** One reply template in a page, with its cursor. */
export type ReplyTemplateEdge = {
  __typename?: 'ReplyTemplateEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The reply template. */
  node: ReplyTemplate;
};

/** Result of a mutation on a reply template. */
export type ReplyTemplatePayload = {
  __typename?: 'ReplyTemplatePayload';
  /** The reply template as it is after the mutation. */
  template: ReplyTemplate;
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

/** Report a public ticket to staff. */
export type ReportTicketInput = {
  /** What is wrong with it (1-500 characters). */
  reason: Scalars['String']['input'];
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

/** Ask for an SMS one-time code. */
export type RequestSmsCodeInput = {
  /** Mainland mobile number, 11 digits. */
  phone: Scalars['String']['input'];
  /** What the code will be used for; it works for nothing else. */
  purpose: SmsPurpose;
};

/** Set a new password with the code sent by `requestSmsCode(phone, RESET_PASSWORD)`; every session ends. */
export type ResetPasswordWithSmsCodeInput = {
  /** The new password: at least 8 characters with a letter and a digit, at most 72. */
  newPassword: Scalars['String']['input'];
  /** Mainland mobile number, 11 digits. */
  phone: Scalars['String']['input'];
  /** The 6-digit code. */
  smsCode: Scalars['String']['input'];
};

/** Issue a one-time code with which a staff member sets a new password. */
export type ResetStaffPasswordInput = {
  /** The staff member. */
  userId: Scalars['ID']['input'];
};

/** Result of `resetStaffPassword`. */
export type ResetStaffPasswordPayload = {
  __typename?: 'ResetStaffPasswordPayload';
  /** The code with which the staff member sets a new password. */
  resetCode: OneTimeCode;
  /** The staff member (phone masked). */
  user: User;
};

/** Where a resolution sends the ticket of its agenda item. */
export type ResolutionOutcome =
  /** Escalated to a street department. */
  | 'ESCALATED'
  /** Nowhere (a free topic, or the ticket stays in meeting). */
  | 'NONE'
  /** Resolved (完结) with the decision. */
  | 'RESOLVED'
  /** Back to its handlers with the decision and a new reply deadline. */
  | 'RETURNED';

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

/** The person’s phone of a ticket taken on behalf, shown in full once (audited). */
export type RevealTicketContactInput = {
  /** The ticket. */
  ticketId: Scalars['ID']['input'];
};

/** Show a user’s phone number in full (audited). */
export type RevealUserPhoneInput = {
  /** The user. */
  userId: Scalars['ID']['input'];
};

/** Whether a public-revenue ledger entry is income or expense. */
export type RevenueDirection =
  /** Expense 支出. */
  | 'EXPENSE'
  /** Income 收入 (advertising, parking, venue rent …). */
  | 'INCOME';

/** One line of an estate’s public-revenue ledger (公共收益). */
export type RevenueEntry = {
  __typename?: 'RevenueEntry';
  /** Amount in fen (分), always positive; `direction` gives the sign. */
  amountFen: Scalars['Int']['output'];
  /** The entry this one corrects (a correcting entry, visible to every reader of the ledger). */
  correctsId: Maybe<Scalars['ID']['output']>;
  /** When it was recorded. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Income or expense. */
  direction: RevenueDirection;
  /** The estate. */
  estateId: Scalars['ID']['output'];
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** Item (广告收入, 停车收入, 场地租金 …). */
  item: Scalars['String']['output'];
  /** Note. */
  note: Maybe<Scalars['String']['output']>;
  /** The month, `YYYY-MM`. */
  period: Scalars['String']['output'];
};

/** A page of ledger entrys. */
export type RevenueEntryConnection = {
  __typename?: 'RevenueEntryConnection';
  /** The items of this page. */
  edges: Array<RevenueEntryEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items in the whole list (with the same filters), computed only when selected. Exact up to 10,000; above that, a list may answer the database's estimate (MariaDB/MySQL index statistics, never below 10,001) instead of counting every row. */
  totalCount: Scalars['Int']['output'];
};

/** One ledger entry in a page, with its cursor. */
export type RevenueEntryEdge = {
  __typename?: 'RevenueEntryEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The ledger entry. */
  node: RevenueEntry;
};

/** Result of a mutation on a ledger entry. */
export type RevenueEntryPayload = {
  __typename?: 'RevenueEntryPayload';
  /** The ledger entry as it is after the mutation. */
  entry: RevenueEntry;
};

/** One month of an estate’s public-revenue ledger with its totals (entries: `revenueEntries`). */
export type RevenueLedger = {
  __typename?: 'RevenueLedger';
  /** Income minus expense, fen (negative when more was spent). */
  balanceFen: Scalars['Int']['output'];
  /** True once the period is closed: entries then never change. */
  closed: Scalars['Boolean']['output'];
  /** When it was closed. */
  closedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Number of entries, correcting entries included. */
  entryCount: Scalars['Int']['output'];
  /** The estate. */
  estateId: Scalars['ID']['output'];
  /** Sum of expense entries, fen. */
  expenseFen: Scalars['Int']['output'];
  /** Sum of income entries, fen. */
  incomeFen: Scalars['Int']['output'];
  /** The month, `YYYY-MM`. */
  period: Scalars['String']['output'];
  /** What the viewer may do with this period. */
  viewerCan: RevenuePeriodCan;
};

/** Result of a mutation on a ledger period. */
export type RevenueLedgerPayload = {
  __typename?: 'RevenueLedgerPayload';
  /** The ledger period as it is after the mutation. */
  ledger: RevenueLedger;
};

/** What the viewer may do with a ledger period (the same rules the server applies). */
export type RevenuePeriodCan = {
  __typename?: 'RevenuePeriodCan';
  /** Add or edit entries (the period is open and the viewer publishes for the estate). */
  addEntry: Scalars['Boolean']['output'];
  /** Close the period. */
  close: Scalars['Boolean']['output'];
  /** Add a correcting entry (the period is closed). */
  correct: Scalars['Boolean']['output'];
};

/** Revoke an app: its keys are refused from now on. */
export type RevokeApiClientInput = {
  /** The app. */
  id: Scalars['ID']['input'];
};

/** Revoke a membership. */
export type RevokeMembershipInput = {
  /** The membership. */
  membershipId: Scalars['ID']['input'];
};

/** End one of the own sessions. */
export type RevokeSessionInput = {
  /** The session (`Session.id`). */
  sessionId: Scalars['ID']['input'];
};

/** Result of `revokeSession`. */
export type RevokeSessionPayload = {
  __typename?: 'RevokeSessionPayload';
  /** False when it had already ended. */
  revoked: Scalars['Boolean']['output'];
  /** The session that ended. */
  sessionId: Scalars['ID']['output'];
};

/** A role a membership grants. */
export type Role =
  /** 业委会 — member of an estate's owners' committee. */
  | 'COMMITTEE_MEMBER'
  /** 社工 — staff of a community office, incl. the back-office keeper (专管员). */
  | 'COMMUNITY_STAFF'
  /** 街道部门 — staff of a street department: sees, acknowledges and answers the tickets escalated to it. */
  | 'DEPARTMENT_STAFF'
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

/** Issue a new key for an app; the old one keeps working for the overlap. */
export type RotateApiClientKeyInput = {
  /** The app. */
  id: Scalars['ID']['input'];
  /** Seconds the old key stays valid (0 to 604800, one week); 0 ends it at once. */
  overlapSeconds?: Scalars['Int']['input'];
};

/** Save the minutes (sanitised rich text), and publish them. */
export type SaveMeetingMinutesInput = {
  /** HTML, up to 15 000 characters (published minutes become a publication, whose body has the same limit); sanitised like publications. */
  html: Scalars['String']['input'];
  /** The meeting. */
  meetingId: Scalars['ID']['input'];
  /** Publish them (the meeting must be held): residents of the community may then read them. */
  publish?: Scalars['Boolean']['input'];
};

/** A resident's own volunteer profile in a community (opt in or out). */
export type SaveMyVolunteerProfileInput = {
  /** False to withdraw as a volunteer (default true). */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** When they are available, in words (0-300 characters). */
  availability?: InputMaybe<Scalars['String']['input']>;
  /** The community. */
  communityId: Scalars['ID']['input'];
  /** Skills as free tags (古筝, first aid …), at most 20, each 1-30 characters. */
  skills: Array<Scalars['String']['input']>;
};

/** Create (no id) or change a reward of the catalogue. */
export type SavePointsRewardInput = {
  /** Offered to residents (default true). */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** The community. */
  communityId: Scalars['ID']['input'];
  /** Points it costs (at least 1). */
  cost: Scalars['Int']['input'];
  /** Description (0-500 characters). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The reward to change; none to create. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Name (1-100 characters). */
  name: Scalars['String']['input'];
  /** Open redemptions per resident (at least 1), or no limit. */
  perPersonLimit?: InputMaybe<Scalars['Int']['input']>;
  /** Items in stock (0 or more). */
  stock: Scalars['Int']['input'];
};

/** Create or change a routing rule (分派规则) of a community. */
export type SaveTicketRoutingRuleInput = {
  /** Accept and route a new ticket at once (by the system, through the normal workflow). */
  autoRoute?: Scalars['Boolean']['input'];
  /** The category (a parent category’s rule covers its children without one). */
  categoryId: Scalars['ID']['input'];
  /** Only tickets of this estate; omit for the whole community. */
  estateId?: InputMaybe<Scalars['ID']['input']>;
  /** For a change: the `version` the author saw (CONFLICT if stale). */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The rule to change; omit to create one. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** The responsible organisations, 1 to 5 (as acceptTicket’s handlers). */
  organisationIds: Array<Scalars['ID']['input']>;
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

/** One signed-in device or browser of the viewer (a refresh-token family). */
export type Session = {
  __typename?: 'Session';
  /** True for the session this request is made with. */
  current: Scalars['Boolean']['output'];
  /** When the refresh token of the session expires. */
  expiresAt: Scalars['DateTimeISO']['output'];
  /** Opaque id (pass it to `revokeSession`). */
  id: Scalars['ID']['output'];
  /** Network address it last used, the last part masked. */
  ip: Maybe<Scalars['String']['output']>;
  /** When the session last signed in or refreshed its tokens. */
  lastActiveAt: Scalars['DateTimeISO']['output'];
  /** The browser or app that signed in (User-Agent, shortened). */
  userAgent: Maybe<Scalars['String']['output']>;
};

/** A page of sessions. */
export type SessionConnection = {
  __typename?: 'SessionConnection';
  /** The items of this page. */
  edges: Array<SessionEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items in the whole list (with the same filters), computed only when selected. Exact up to 10,000; above that, a list may answer the database's estimate (MariaDB/MySQL index statistics, never below 10,001) instead of counting every row. */
  totalCount: Scalars['Int']['output'];
};

/** One session in a page, with its cursor. */
export type SessionEdge = {
  __typename?: 'SessionEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The session. */
  node: Session;
};

/** Change a community's figures settings (audited). */
export type SetAnalysisSettingsInput = {
  /** The community. */
  communityId: Scalars['ID']['input'];
  /** Minimum sample before ranking, 1 to 1000. */
  minSample?: InputMaybe<Scalars['Int']['input']>;
  /** Publish the monthly figures. */
  publishFigures?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A community’s board and moderation settings. */
export type SetBoardSettingsInput = {
  /** Auto-close after this many days, 1-365; null: never. */
  autoCloseDays?: InputMaybe<Scalars['Int']['input']>;
  /** Blocked words (at most 200, each 1-30 characters). */
  blockedWords: Array<Scalars['String']['input']>;
  /** The community. */
  communityId: Scalars['ID']['input'];
  /** New tickets per person per day, 1-100; null: no limit. */
  dailyTicketLimit?: InputMaybe<Scalars['Int']['input']>;
  /** The version the viewer saw (0 when never set). */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
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

/** Set a community’s hot-topic rule. */
export type SetHotTopicRuleInput = {
  /** The community. */
  communityId: Scalars['ID']['input'];
  /** Similar tickets that make a hot topic, 2 to 50. */
  threshold: Scalars['Int']['input'];
  /** Within how many hours, 1 to 168. */
  windowHours: Scalars['Int']['input'];
};

/** The viewer's leaderboard setting. */
export type SetLeaderboardOptOutInput = {
  /** True: leave every leaderboard; false: be listed again. */
  optOut: Scalars['Boolean']['input'];
};

/** Set a community’s interval for one obligation of a kind of equipment. */
export type SetMaintenanceRuleInput = {
  /** The community. */
  communityId: Scalars['ID']['input'];
  /** Kind of equipment. */
  equipmentKind: EquipmentKind;
  /** Interval in days, 1 to 3,650. */
  intervalDays: Scalars['Int']['input'];
  /** The obligation (one the kind has). */
  requirement: MaintenanceRequirement;
};

/** The complete set of estates a property company serves. */
export type SetOrganisationEstatesInput = {
  /** Every estate it serves (replaces the previous set; at most 200). */
  estateIds: Array<Scalars['ID']['input']>;
  /** The property company. */
  organisationId: Scalars['ID']['input'];
};

/** Set a new password with a one-time code from an administrator (sign-in page). */
export type SetPasswordWithCodeInput = {
  /** The one-time code, as shown to the administrator (case and dashes ignored). */
  code: Scalars['String']['input'];
  /** The new password: at least 8 characters with a letter and a digit, at most 72. */
  newPassword: Scalars['String']['input'];
};

/** Result of `setPasswordWithCode`. */
export type SetPasswordWithCodePayload = {
  __typename?: 'SetPasswordWithCodePayload';
  /** True once the password is set; every earlier session has ended. */
  ok: Scalars['Boolean']['output'];
};

/** Set the rule of an event in a community: makes the next version. */
export type SetPointsRuleInput = {
  /** The community. */
  communityId: Scalars['ID']['input'];
  /** Daily cap per resident (positive), or none. */
  dailyCap?: InputMaybe<Scalars['Int']['input']>;
  /** False to stop awarding (default true). */
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** The event. */
  event: PointsEvent;
  /** Monthly cap per resident (positive), or none. */
  monthlyCap?: InputMaybe<Scalars['Int']['input']>;
  /** Why it changed (0-300 characters). */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Points per occurrence (per hour for volunteer hours); negative for BOOKING_NO_SHOW. */
  points: Scalars['Int']['input'];
};

/** Place a category under a parent (two levels) and set its default priority. */
export type SetTicketCategoryDefaultsInput = {
  /** The category. */
  categoryId: Scalars['ID']['input'];
  /** Priority of its new tickets; omit to inherit the parent's. */
  defaultPriority?: InputMaybe<TicketPriority>;
  /** The parent (a top-level category of the same community); omit for none. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
};

/** A community’s desk settings (emergency hours, acknowledgement hours). */
export type SetTicketDeskSettingInput = {
  /** Working hours an organisation has to acknowledge an assignment, 1 to 72 (default 4). */
  acknowledgeHours: Scalars['Int']['input'];
  /** The community. */
  communityId: Scalars['ID']['input'];
  /** Hours (wall clock) an emergency has for its answer, 1 to 72 (default 2). */
  emergencyHours: Scalars['Int']['input'];
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

/** A household’s voting data: exclusive area and owner of record. */
export type SetVoteUnitInput = {
  /** Exclusive floor area in m², at most two decimals, e.g. "89.50". */
  area: Scalars['String']['input'];
  /** Held by the developer (unsold or undelivered). */
  developerHeld?: Scalars['Boolean']['input'];
  /** The household. */
  householdId: Scalars['ID']['input'];
  /** The owner’s name as registered (at most 50 characters). */
  ownerName?: InputMaybe<Scalars['String']['input']>;
  /** A reference grouping one owner’s units (e.g. certificate number, at most 64 characters). */
  ownerRef?: InputMaybe<Scalars['String']['input']>;
  /** The owner’s account, if staff know it. */
  ownerUserId?: InputMaybe<Scalars['ID']['input']>;
};

/** Pause or resume a webhook subscription. */
export type SetWebhookSubscriptionPausedInput = {
  /** The subscription. */
  id: Scalars['ID']['input'];
  /** true: hold deliveries; false: resume (the failure count starts again, held deliveries are sent). */
  paused: Scalars['Boolean']['input'];
};

/** Result of `signOutOtherSessions`. */
export type SignOutOtherSessionsPayload = {
  __typename?: 'SignOutOtherSessionsPayload';
  /** How many other sessions were ended. */
  count: Scalars['Int']['output'];
};

/** Sign up for an activity (a resident of its community). */
export type SignUpInput = {
  /** The activity. */
  activityId: Scalars['ID']['input'];
};

/** A volunteer's place on an activity's list. */
export type SignupStatus =
  /** Cancelled. */
  | 'CANCELLED'
  /** Holds a seat. */
  | 'SIGNED_UP'
  /** On the waiting list; moves up when a seat is cancelled. */
  | 'WAITING';

/** A ticket found similar to another, with how alike they are and why. */
export type SimilarTicket = {
  __typename?: 'SimilarTicket';
  /** Why it was found: the place, the text, or both. */
  reason: SimilarityReason;
  /** Similarity 0-1: the text similarity (TF-IDF cosine over character bigrams, mixed with the overlap of the matters named) times the place factor (same building/estate/location up, another estate or location down). 0.3 or more: taken to be the same matter. */
  score: Scalars['Float']['output'];
  /** The similar ticket (open, in the same community). */
  ticket: Ticket;
};

/** A page of similar tickets. */
export type SimilarTicketConnection = {
  __typename?: 'SimilarTicketConnection';
  /** The items of this page. */
  edges: Array<SimilarTicketEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items in the whole list (with the same filters), computed only when selected. Exact up to 10,000; above that, a list may answer the database's estimate (MariaDB/MySQL index statistics, never below 10,001) instead of counting every row. */
  totalCount: Scalars['Int']['output'];
};

/** One similar ticket in a page, with its cursor. */
export type SimilarTicketEdge = {
  __typename?: 'SimilarTicketEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The similar ticket. */
  node: SimilarTicket;
};

/** Why a ticket was found similar to another. */
export type SimilarityReason =
  /** The same place and similar text. */
  | 'BOTH'
  /** Mainly the place: the same building, estate or location text. */
  | 'PLACE'
  /** The text: the same matter in other words, the place unknown or not the same. */
  | 'TEXT';

/** Answer of `requestSmsCode`: the same whether or not the phone has an account. */
export type SmsCodeRequestPayload = {
  __typename?: 'SmsCodeRequestPayload';
  /** Seconds the code stays valid. */
  expiresInSeconds: Scalars['Int']['output'];
  /** Seconds before another code may be requested for this phone. */
  resendAfterSeconds: Scalars['Int']['output'];
  /** Always true: a code is on its way. */
  sent: Scalars['Boolean']['output'];
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

/** A statutory holiday or make-up working day of the built-in State Council schedule. */
export type StatutoryDay = {
  __typename?: 'StatutoryDay';
  /** The date, 'YYYY-MM-DD' (Asia/Shanghai). */
  date: Scalars['String']['output'];
  /** Holiday (no work) or make-up working day (work). */
  kind: CalendarDayKind;
  /** Name, e.g. 国庆节 or 国庆节调休. */
  name: Scalars['String']['output'];
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
  /** Number of items in the whole list (with the same filters), computed only when selected. Exact up to 10,000; above that, a list may answer the database's estimate (MariaDB/MySQL index statistics, never below 10,001) instead of counting every row. */
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

/** A supervision notice (督办) on an overdue or stalled assignment. */
export type SuperviseAssignmentInput = {
  /** The `version` the actor saw; CONFLICT if the ticket changed since. Omit to act on the latest. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The new reply deadline (in the future). */
  newDueAt: Scalars['DateTimeISO']['input'];
  /** What is expected, 2 to 1000 characters. */
  note: Scalars['String']['input'];
  /** The responsible organisation supervised. */
  organisationId: Scalars['ID']['input'];
  /** The ticket. */
  ticketId: Scalars['ID']['input'];
};

/** A share compared with its statutory bound, computed exactly (integers, never floats). */
export type ThresholdCheck = {
  __typename?: 'ThresholdCheck';
  /** Area of the part, hundredths of m². */
  areaCentiM2: Scalars['Int']['output'];
  /** The area share meets the bound. */
  areaMet: Scalars['Boolean']['output'];
  /** Area share in tenths of a percent, rounded (display only: the decision is exact). */
  areaPermille: Scalars['Int']['output'];
  /** Area of the base, hundredths of m². */
  baseAreaCentiM2: Scalars['Int']['output'];
  /** Owners of the base. */
  baseOwners: Scalars['Int']['output'];
  /** The bound: "≥ 2/3", "≥ 3/4" or "> 1/2". */
  bound: Scalars['String']['output'];
  /** Both meet it. */
  met: Scalars['Boolean']['output'];
  /** Owners of the part (headcount). */
  owners: Scalars['Int']['output'];
  /** The headcount share meets the bound. */
  ownersMet: Scalars['Boolean']['output'];
  /** Headcount share in tenths of a percent, rounded (display only). */
  ownersPermille: Scalars['Int']['output'];
};

/** A matter a resident raised (我要说事). Other residents see a public, anonymised form: no submitter, photos or exact location. */
export type Ticket = {
  __typename?: 'Ticket';
  /** When staff accepted it. */
  acceptedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** When a responsible organisation first acknowledged it (签收); an emergency stays on top until then. */
  acknowledgedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Raised anonymously toward other residents. */
  anonymous: Scalars['Boolean']['output'];
  /** Responsible organisations and their reply obligations. */
  assignments: Array<TicketAssignment>;
  /** When it closed itself: resolved, not rated and not called back within the community’s days (counted as not rated). */
  autoClosedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Taken on behalf of a phone not registered yet: it becomes the person’s when they register. */
  awaitingLink: Scalars['Boolean']['output'];
  /** What the resident wrote. */
  body: Scalars['String']['output'];
  /** Building it concerns (hidden in the public form). */
  building: Maybe<Building>;
  /** Follow-up calls (回访), newest first (at most 20): staff who see the ticket in full; empty for others. */
  callbacks: Array<TicketCallback>;
  /** Category. */
  category: TicketCategory;
  /** Community it belongs to. */
  community: Community;
  /** Name of the person it was taken for (staff and the person). */
  contactName: Maybe<Scalars['String']['output']>;
  /** Phone of the person it was taken for: masked (138****1234) for staff, see `revealTicketContact`; in full for the person. */
  contactPhone: Maybe<Scalars['String']['output']>;
  /** When it was submitted. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** When it became an emergency: its hour clock runs from here. */
  emergencyAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** The street department it was last escalated to (staff only). */
  escalatedTo: Maybe<Organisation>;
  /** Estate it concerns. */
  estate: Maybe<Estate>;
  /** The 12345 hotline’s number of the transfer (staff only). */
  externalRef: Maybe<Scalars['String']['output']>;
  /** When the first reply was posted. */
  firstRepliedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Hidden texts with their reasons: staff who see the ticket in full; empty for others. */
  hiddenParts: Array<TicketHiddenPart>;
  /** Texts staff hid from the public form (in the public form they are empty strings). */
  hiddenTexts: Array<TicketTextPart>;
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** Written by an import of historical matters (backdated timeline). */
  imported: Scalars['Boolean']['output'];
  /** True when the viewer sees only the public, anonymised form. */
  isPublicView: Scalars['Boolean']['output'];
  /** Free-text location (hidden in the public form). */
  locationText: Maybe<Scalars['String']['output']>;
  /** 我也遇到: residents of the community who have the same matter. */
  meTooCount: Scalars['Int']['output'];
  /** Action items meetings gave about it (staff view; empty otherwise). */
  meetingActionItems: Array<MeetingActionItem>;
  /** Agenda items about it, newest first (staff view; empty otherwise). */
  meetingAgendaItems: Array<MeetingAgendaItem>;
  /** The primary ticket a duplicate was merged into (public form unless in scope). */
  mergedInto: Maybe<Ticket>;
  /** Its short number: the last 8 characters of its id, upper case (the {工单号} of reply templates). */
  number: Scalars['String']['output'];
  /** Photos (empty in the public form). */
  photos: Array<FileRef>;
  /** Pinned on top of the workbench: an open emergency nobody acknowledged yet. */
  pinned: Scalars['Boolean']['output'];
  /** NORMAL, URGENT or EMERGENCY. */
  priority: TicketPriority;
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
  /** How it came in: the app, or taken on behalf (phone, counter …), or imported. */
  source: TicketSource;
  /** Current state (a projection of the timeline). */
  state: TicketState;
  /** Who raised it (staff and the submitter; phone masked). Null in the public form, and for an anonymous ticket (匿名居民) to all but its submitter and community, street and system staff. */
  submitter: Maybe<User>;
  /** The handlers the routing rules suggest for this ticket (acceptance pre-fills them); empty without a rule or outside the staff view. */
  suggestedHandlers: Array<Organisation>;
  /** Supervision notices (督办), oldest first (staff view only). */
  supervisions: Array<TicketSupervision>;
  /** The timeline, oldest first, a page at a time, as the viewer may see it: staff everything; the submitter public and own events without staff texts; other residents the public events’ type and time and texts written for residents. */
  timeline: TicketEventConnection;
  /** Title. */
  title: Scalars['String']['output'];
  /** Version for optimistic concurrency: pass it as `expectedVersion` when acting. */
  version: Scalars['Int']['output'];
  /** Organisations whose open assignment on this ticket the viewer may acknowledge (签收) now: their own, and for community staff their community office; empty outside the staff view. */
  viewerAcknowledges: Array<Scalars['ID']['output']>;
  /** What the viewer may do now (role and state permitting). */
  viewerCan: TicketViewerCan;
  /** The viewer follows it (told of its replies and resolution). */
  viewerFollows: Scalars['Boolean']['output'];
  /** The viewer pressed 我也遇到 on it. */
  viewerMeToo: Scalars['Boolean']['output'];
};


/** A matter a resident raised (我要说事). Other residents see a public, anonymised form: no submitter, photos or exact location. */
export type TicketTimelineArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

/** One responsible organisation's obligation to reply, with its own clock. */
export type TicketAssignment = {
  __typename?: 'TicketAssignment';
  /** When the acknowledgement watch flagged it as not acknowledged within the community’s working hours (its staff were reminded then). */
  ackFlaggedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** When its staff acknowledged the assignment (签收); null while not. */
  acknowledgedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** When the organisation was (re)assigned: the acknowledgement clock runs from here. */
  assignedAt: Scalars['DateTimeISO']['output'];
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

/** A follow-up call (回访) to a resident who did not rate a resolved ticket. */
export type TicketCallback = {
  __typename?: 'TicketCallback';
  /** When it was recorded. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** Staff’s note of the call. */
  note: Maybe<Scalars['String']['output']>;
  /** Whether the resident was reached. */
  reached: Scalars['Boolean']['output'];
  /** The call-back reopened the ticket. */
  reopened: Scalars['Boolean']['output'];
  /** What the reached resident said. */
  satisfaction: Maybe<CallbackSatisfaction>;
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
  /** Priority of its new tickets; null: the parent's, else NORMAL (see effectivePriority). */
  defaultPriority: Maybe<TicketPriority>;
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** Name in English. */
  nameEn: Scalars['String']['output'];
  /** Name in Chinese. */
  nameZh: Scalars['String']['output'];
  /** The parent category (two levels); null for a top-level one. */
  parentId: Maybe<Scalars['ID']['output']>;
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
  /** Number of items in the whole list (with the same filters), computed only when selected. Exact up to 10,000; above that, a list may answer the database's estimate (MariaDB/MySQL index statistics, never below 10,001) instead of counting every row. */
  totalCount: Scalars['Int']['output'];
};

/** The phone of the person a ticket was taken for, shown in full once; the reveal is audited. */
export type TicketContactPayload = {
  __typename?: 'TicketContactPayload';
  /** The full phone number. */
  phone: Scalars['String']['output'];
  /** The ticket. */
  ticketId: Scalars['ID']['output'];
};

/** A community’s desk settings (the defaults when never set). */
export type TicketDeskSetting = {
  __typename?: 'TicketDeskSetting';
  /** Working hours (hours of working days, as the calendar marks them) an organisation has to acknowledge an assignment before it is flagged and its staff reminded. */
  acknowledgeHours: Scalars['Int']['output'];
  /** The community. */
  communityId: Scalars['ID']['output'];
  /** Hours (wall clock, day and night) an emergency has for its answer. */
  emergencyHours: Scalars['Int']['output'];
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
  /** Who reads this event’s text: every resident who may see the ticket (PUBLIC), its submitter and staff, or staff only. */
  noteVisibility: TicketEventVisibility;
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
  /** Number of items in the whole list (with the same filters), computed only when selected. Exact up to 10,000; above that, a list may answer the database's estimate (MariaDB/MySQL index statistics, never below 10,001) instead of counting every row. */
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

/** A text of a ticket hidden from the public form, with the reason (staff only). */
export type TicketHiddenPart = {
  __typename?: 'TicketHiddenPart';
  /** When it was hidden. */
  hiddenAt: Scalars['DateTimeISO']['output'];
  /** Which text. */
  part: TicketTextPart;
  /** Why it is hidden. */
  reason: Scalars['String']['output'];
};

/** File format of an import of historical tickets. */
export type TicketImportFormat =
  /** Comma-separated text, UTF-8 (a BOM is accepted). */
  | 'CSV'
  /** Excel workbook; the first sheet is read. */
  | 'XLSX';

/** One refused row of an import. */
export type TicketImportRowError = {
  __typename?: 'TicketImportRowError';
  /** The column at fault. */
  column: Scalars['String']['output'];
  /** What is wrong, in English. */
  message: Scalars['String']['output'];
  /** Machine-readable reason (BLANK, BAD_TIME, FUTURE_TIME, TIME_ORDER, UNKNOWN_CATEGORY, BAD_OUTCOME, BAD_SOURCE, TOO_LONG). */
  reason: Scalars['String']['output'];
  /** Row number in the file (the header is row 1). */
  row: Scalars['Int']['output'];
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

/** How urgent a ticket is (the desk). */
export type TicketPriority =
  /** A clock in hours (the community’s emergencyHours, day and night), every staff member of the community and the handlers told at once, on top of the workbench until acknowledged. */
  | 'EMERGENCY'
  /** The category’s working-day clock. */
  | 'NORMAL'
  /** Marked and filterable; the category’s working-day clock. */
  | 'URGENT';

/** A resident’s report of a public ticket, for staff. */
export type TicketReport = {
  __typename?: 'TicketReport';
  /** When it was reported. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** When staff handled it. */
  handledAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** What the resident says is wrong with it. */
  reason: Scalars['String']['output'];
  /** Open or handled. */
  state: TicketReportState;
  /** The reported ticket (in full: reports are read by its staff). */
  ticket: Ticket;
};

/** A page of ticket reports. */
export type TicketReportConnection = {
  __typename?: 'TicketReportConnection';
  /** The items of this page. */
  edges: Array<TicketReportEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items in the whole list (with the same filters), computed only when selected. Exact up to 10,000; above that, a list may answer the database's estimate (MariaDB/MySQL index statistics, never below 10,001) instead of counting every row. */
  totalCount: Scalars['Int']['output'];
};

/** One ticket report in a page, with its cursor. */
export type TicketReportEdge = {
  __typename?: 'TicketReportEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The ticket report. */
  node: TicketReport;
};

/** Result of a mutation on a ticket report. */
export type TicketReportPayload = {
  __typename?: 'TicketReportPayload';
  /** The ticket report as it is after the mutation. */
  report: TicketReport;
};

/** Where a resident's report of a public ticket stands. */
export type TicketReportState =
  /** Staff looked at it. */
  | 'HANDLED'
  /** Waiting for staff. */
  | 'OPEN';

/** A routing rule (分派规则) of a community: tickets of a category (and optionally one estate) go to these organisations; accepting pre-fills them, `autoRoute` accepts and routes new tickets at once. */
export type TicketRoutingRule = {
  __typename?: 'TicketRoutingRule';
  /** Whether new tickets are accepted and routed at once. */
  autoRoute: Scalars['Boolean']['output'];
  /** The category. */
  categoryId: Scalars['ID']['output'];
  /** The community. */
  communityId: Scalars['ID']['output'];
  /** When it was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The estate; null for the whole community. */
  estateId: Maybe<Scalars['ID']['output']>;
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** The responsible organisations. */
  organisationIds: Array<Scalars['ID']['output']>;
  /** The responsible organisations. */
  organisations: Array<Organisation>;
  /** Optimistic lock: pass as `expectedVersion` when changing it. */
  version: Scalars['Int']['output'];
};

/** A page of routing rules. */
export type TicketRoutingRuleConnection = {
  __typename?: 'TicketRoutingRuleConnection';
  /** The items of this page. */
  edges: Array<TicketRoutingRuleEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items in the whole list (with the same filters), computed only when selected. Exact up to 10,000; above that, a list may answer the database's estimate (MariaDB/MySQL index statistics, never below 10,001) instead of counting every row. */
  totalCount: Scalars['Int']['output'];
};

/** One routing rule in a page, with its cursor. */
export type TicketRoutingRuleEdge = {
  __typename?: 'TicketRoutingRuleEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The routing rule. */
  node: TicketRoutingRule;
};

/** Result of a mutation on a routing rule. */
export type TicketRoutingRulePayload = {
  __typename?: 'TicketRoutingRulePayload';
  /** The rule as it is after the mutation. */
  rule: TicketRoutingRule;
};

/** How a matter reached the office. */
export type TicketSource =
  /** 居民自报 — the resident raised it in the app. */
  | 'APP'
  /** 窗口 — at the office counter. */
  | 'COUNTER'
  /** 网格巡查 — seen by a grid worker on patrol. */
  | 'GRID_PATROL'
  /** 12345 转办 — transferred by the city hotline, with its number. */
  | 'HOTLINE_12345'
  /** 历史导入 — imported from the previous system or paper records. */
  | 'IMPORT'
  /** 来信 — by letter. */
  | 'LETTER'
  /** 电话 — taken by phone (代为登记). */
  | 'PHONE';

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

/** A supervision notice (督办) on an assignment. */
export type TicketSupervision = {
  __typename?: 'TicketSupervision';
  /** When it was issued. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** The new reply deadline. */
  newDueAt: Scalars['DateTimeISO']['output'];
  /** What is expected. */
  note: Scalars['String']['output'];
  /** The organisation supervised. */
  organisationId: Scalars['ID']['output'];
  /** The reply deadline before the notice. */
  previousDueAt: Scalars['DateTimeISO']['output'];
};

/** A text of a ticket that staff may hide from the public form (photos are never in the public form). */
export type TicketTextPart =
  /** What the resident wrote. */
  | 'BODY'
  /** The title. */
  | 'TITLE';

/** What the viewer may do with a ticket now (state and role permitting). */
export type TicketViewerCan = {
  __typename?: 'TicketViewerCan';
  /** Accept and route it. */
  accept: Scalars['Boolean']['output'];
  /** Acknowledge an assignment of the viewer’s organisation (签收). */
  acknowledge: Scalars['Boolean']['output'];
  /** Acknowledge an escalation to your own street department (签收). */
  acknowledgeEscalation: Scalars['Boolean']['output'];
  /** Post the department's answer. */
  answerEscalation: Scalars['Boolean']['output'];
  /** Record a follow-up call (回访) after resolution (staff). */
  callBack: Scalars['Boolean']['output'];
  /** Change its priority, with a reason (the desk). */
  changePriority: Scalars['Boolean']['output'];
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
  /** Record a meeting's decision on it (the meeting module does this). */
  recordMeetingDecision: Scalars['Boolean']['output'];
  /** Put it on a round-table meeting agenda. */
  referToMeeting: Scalars['Boolean']['output'];
  /** Reject it as invalid. */
  reject: Scalars['Boolean']['output'];
  /** Reopen it (the resident, within the allowed days). */
  reopen: Scalars['Boolean']['output'];
  /** Reopen it after a dissatisfied follow-up call (staff). */
  reopenAfterCallback: Scalars['Boolean']['output'];
  /** Post a public reply. */
  reply: Scalars['Boolean']['output'];
  /** Resolve it (完结). */
  resolve: Scalars['Boolean']['output'];
  /** Send it back to its handlers after a meeting (the meeting module does this). */
  returnFromMeeting: Scalars['Boolean']['output'];
  /** Put it on a meeting agenda (the meeting module does this). */
  scheduleInMeeting: Scalars['Boolean']['output'];
  /** Issue a supervision notice (督办) on an assignment. */
  supervise: Scalars['Boolean']['output'];
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

/** Show a hidden text of a ticket in the public form again. */
export type UnhideTicketTextInput = {
  /** Which text. */
  part: TicketTextPart;
  /** The ticket. */
  ticketId: Scalars['ID']['input'];
};

/** Report on an action item. */
export type UpdateActionItemInput = {
  /** The action item. */
  actionItemId: Scalars['ID']['input'];
  /** What was done (up to 1000 characters). */
  completionNote?: InputMaybe<Scalars['String']['input']>;
  /** Its new state. */
  state: MeetingActionItemState;
};

/** Change an app’s name, origins or budget. */
export type UpdateApiClientInput = {
  /** New allowed origins (replaces the list; at most 20). */
  allowedOrigins?: InputMaybe<Array<Scalars['String']['input']>>;
  /** New budget in cost points per minute (60 to 1,000,000). */
  budgetPerMinute?: InputMaybe<Scalars['Int']['input']>;
  /** The version the editor saw; a newer one refuses with CONFLICT. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The app. */
  id: Scalars['ID']['input'];
  /** New name (1-100 characters). */
  name?: InputMaybe<Scalars['String']['input']>;
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

/** Change the own display name. */
export type UpdateMyProfileInput = {
  /** Name to show, 1 to 30 characters. */
  displayName: Scalars['String']['input'];
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

/** Change a reply template. */
export type UpdateReplyTemplateInput = {
  /** Text with placeholders (1-2000 characters). */
  body: Scalars['String']['input'];
  /** The category it is for; null: every category. */
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  /** The version the viewer saw. */
  expectedVersion: Scalars['Int']['input'];
  /** The template. */
  id: Scalars['ID']['input'];
  /** Short name (1-100 characters). */
  title: Scalars['String']['input'];
};

/** Change an entry of an open ledger period. */
export type UpdateRevenueEntryInput = {
  /** Amount in fen, 1 to 2,000,000,000. */
  amountFen: Scalars['Int']['input'];
  /** Income or expense. */
  direction: RevenueDirection;
  /** The entry. */
  id: Scalars['ID']['input'];
  /** Item (1-100 characters). */
  item: Scalars['String']['input'];
  /** Note (at most 500 characters). */
  note?: InputMaybe<Scalars['String']['input']>;
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

/** Change a venue’s settings (fields not given are kept). */
export type UpdateVenueInput = {
  /** Bookings need staff approval (default false). */
  approvalRequired?: InputMaybe<Scalars['Boolean']['input']>;
  /** How many people it holds (1-2000; default 20). */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  /** Closed dates 'YYYY-MM-DD' (at most 366). */
  closedDates?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Closed on statutory holidays (default false). */
  closedOnHolidays?: InputMaybe<Scalars['Boolean']['input']>;
  /** Description, at most 2000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Only residents of these estates of the community (empty: all). */
  eligibleEstateIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The version the change applies to (CONFLICT when stale). */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** Facilities, at most 20 labels of up to 30 characters. */
  facilities?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Days ahead bookings open (1-365; default 14). */
  horizonDays?: InputMaybe<Scalars['Int']['input']>;
  /** The venue. */
  id: Scalars['ID']['input'];
  /** Lead time in minutes (0-10080; default 60). */
  leadMinutes?: InputMaybe<Scalars['Int']['input']>;
  /** Maximum duration in minutes (default 4 hours). */
  maxMinutes?: InputMaybe<Scalars['Int']['input']>;
  /** Minimum duration in minutes (default one slot). */
  minMinutes?: InputMaybe<Scalars['Int']['input']>;
  /** Bookings per household per month; 0 or absent: no limit. */
  monthlyQuota?: InputMaybe<Scalars['Int']['input']>;
  /** New name (1-100 characters). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** No-show grace period in minutes (0-240; default 15). */
  noShowGraceMinutes?: InputMaybe<Scalars['Int']['input']>;
  /** Opening hours of the weekdays it opens (others closed; default 08:00-21:00 every day). */
  openingHours?: InputMaybe<Array<VenueDayHoursInput>>;
  /** Organisations of the community may book (default false). */
  organisationsEligible?: InputMaybe<Scalars['Boolean']['input']>;
  /** Hours a pending booking holds its slots (1-168; default 48). */
  pendingHoldHours?: InputMaybe<Scalars['Int']['input']>;
  /** Photo file ids uploaded with `POST /files` (at most 9). */
  photoFileIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Verified residents may book (default true). */
  residentsEligible?: InputMaybe<Scalars['Boolean']['input']>;
  /** Slot size in minutes: a multiple of 15 dividing a day (default 60). */
  slotMinutes?: InputMaybe<Scalars['Int']['input']>;
  /** Community staff may book (default true). */
  staffEligible?: InputMaybe<Scalars['Boolean']['input']>;
  /** Bookings per household per week; 0 or absent: no limit. */
  weeklyQuota?: InputMaybe<Scalars['Int']['input']>;
};

/** Staff change a volunteer's profile. */
export type UpdateVolunteerInput = {
  /** Active volunteer. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Availability (0-300 characters). */
  availability?: InputMaybe<Scalars['String']['input']>;
  /** Party member (shown to staff only). */
  partyMember?: InputMaybe<Scalars['Boolean']['input']>;
  /** The profile. */
  profileId: Scalars['ID']['input'];
  /** New skills (replace the old), at most 20, each 1-30 characters. */
  skills?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Replace a draft vote’s title, period, openness and matters. */
export type UpdateVoteInput = {
  /** When the vote closes. */
  closesAt: Scalars['DateTimeISO']['input'];
  /** The matters, 1-20, in order (replacing the old ones). */
  matters: Array<VoteMatterInput>;
  /** 实名公开. */
  openBallots: Scalars['Boolean']['input'];
  /** When ballots start to be accepted. */
  opensAt: Scalars['DateTimeISO']['input'];
  /** Title (1-100 characters). */
  title: Scalars['String']['input'];
  /** The draft vote. */
  voteId: Scalars['ID']['input'];
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
  /** Number of items in the whole list (with the same filters), computed only when selected. Exact up to 10,000; above that, a list may answer the database's estimate (MariaDB/MySQL index statistics, never below 10,001) instead of counting every row. */
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

/** 场地 — a bookable venue of a community, with its booking rules. */
export type Venue = {
  __typename?: 'Venue';
  /** Bookings of residents and organisations wait for staff approval. */
  approvalRequired: Scalars['Boolean']['output'];
  /** When it was archived (no more bookings). */
  archivedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** How many people it holds. */
  capacity: Scalars['Int']['output'];
  /** Dates ('YYYY-MM-DD') on which it is closed. */
  closedDates: Array<Scalars['String']['output']>;
  /** Closed on statutory holidays (the working-day calendar). */
  closedOnHolidays: Scalars['Boolean']['output'];
  /** The community it belongs to. */
  communityId: Scalars['ID']['output'];
  /** When it was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** What it is, where it is. */
  description: Maybe<Scalars['String']['output']>;
  /** When not empty: only residents of these estates may book. */
  eligibleEstateIds: Array<Scalars['ID']['output']>;
  /** Facilities (projector, piano …). */
  facilities: Array<Scalars['String']['output']>;
  /** How many days ahead bookings open. */
  horizonDays: Scalars['Int']['output'];
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** Minutes before the start by which a booking must be made. */
  leadMinutes: Scalars['Int']['output'];
  /** Maximum duration in minutes. */
  maxMinutes: Scalars['Int']['output'];
  /** Minimum duration in minutes. */
  minMinutes: Scalars['Int']['output'];
  /** Bookings per household per calendar month (Asia/Shanghai); null: no limit. */
  monthlyQuota: Maybe<Scalars['Int']['output']>;
  /** Its name. */
  name: Scalars['String']['output'];
  /** Minutes after the start without check-in before a booking is a no-show. */
  noShowGraceMinutes: Scalars['Int']['output'];
  /** Opening hours, Monday first (Asia/Shanghai). */
  openingHours: Array<VenueDayHours>;
  /** Organisations of the community may book (also weekly series). */
  organisationsEligible: Scalars['Boolean']['output'];
  /** Hours a pending booking holds its slots (at most until its start). */
  pendingHoldHours: Scalars['Int']['output'];
  /** Photo file ids (download through /files/:id). */
  photoFileIds: Array<Scalars['ID']['output']>;
  /** Verified residents may book. */
  residentsEligible: Scalars['Boolean']['output'];
  /** Slot size in minutes: bookings start and last whole slots. */
  slotMinutes: Scalars['Int']['output'];
  /** Community staff may book for the community. */
  staffEligible: Scalars['Boolean']['output'];
  /** Version, for `expectedVersion` of updates. */
  version: Scalars['Int']['output'];
  /** What the viewer may do with it. */
  viewerCan: VenueViewerCan;
  /** The viewer manages its bookings (approval queue, check-in). */
  viewerManages: Scalars['Boolean']['output'];
  /** Bookings per household per week (Monday-Sunday, Asia/Shanghai); null: no limit. */
  weeklyQuota: Maybe<Scalars['Int']['output']>;
};

/** On whose behalf a venue booking is made. */
export type VenueBookerKind =
  /** A member, for an organisation of the community (may book weekly series). */
  | 'ORGANISATION'
  /** A verified resident, for their household (quota per household). */
  | 'RESIDENT'
  /** Community staff, for the community's own use (no approval, no quota). */
  | 'STAFF';

/** 场地预约 — a booking of a venue. */
export type VenueBooking = {
  __typename?: 'VenueBooking';
  /** Expected attendees. */
  attendees: Scalars['Int']['output'];
  /** On whose behalf it was made. */
  bookerKind: VenueBookerKind;
  /** The six-digit code to show at the door for check-in (the requester only). */
  checkInCode: Maybe<Scalars['String']['output']>;
  /** When it was checked in. */
  checkedInAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** The community of the venue. */
  communityId: Scalars['ID']['output'];
  /** When it was made. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** End (exclusive). */
  endsAt: Scalars['DateTimeISO']['output'];
  /** When a pending booking expires unless decided. */
  expiresAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** The organisation it was made for. */
  organisation: Maybe<Organisation>;
  /** The organisation, for an organisation’s booking. */
  organisationId: Maybe<Scalars['ID']['output']>;
  /** What it is for. */
  purpose: Scalars['String']['output'];
  /** Why staff rejected or cancelled it. */
  reason: Maybe<Scalars['String']['output']>;
  /** Who asked (staff of its place and the requester; phone masked). */
  requester: Maybe<User>;
  /** The weekly series it belongs to. */
  seriesId: Maybe<Scalars['ID']['output']>;
  /** Start. */
  startsAt: Scalars['DateTimeISO']['output'];
  /** Where it is in its life. */
  status: VenueBookingStatus;
  /** The venue. */
  venue: Venue;
  /** The venue. */
  venueId: Scalars['ID']['output'];
  /** What the viewer may do with it now. */
  viewerCan: VenueBookingViewerCan;
};

/** A page of bookings. */
export type VenueBookingConnection = {
  __typename?: 'VenueBookingConnection';
  /** The items of this page. */
  edges: Array<VenueBookingEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items in the whole list (with the same filters), computed only when selected. Exact up to 10,000; above that, a list may answer the database's estimate (MariaDB/MySQL index statistics, never below 10,001) instead of counting every row. */
  totalCount: Scalars['Int']['output'];
};

/** One booking in a page, with its cursor. */
export type VenueBookingEdge = {
  __typename?: 'VenueBookingEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The booking. */
  node: VenueBooking;
};

/** One occurrence of a booking request (one for a single booking, N for a weekly series). */
export type VenueBookingOccurrence = {
  __typename?: 'VenueBookingOccurrence';
  /** The booking made, or null when this occurrence failed. */
  booking: Maybe<VenueBooking>;
  /** End of this occurrence. */
  endsAt: Scalars['DateTimeISO']['output'];
  /** Why it failed (an error reason such as VENUE_SLOT_TAKEN). */
  failureReason: Maybe<Scalars['String']['output']>;
  /** Start of this occurrence. */
  startsAt: Scalars['DateTimeISO']['output'];
};

/** Result of a mutation on a booking. */
export type VenueBookingPayload = {
  __typename?: 'VenueBookingPayload';
  /** The booking as it is after the mutation. */
  booking: VenueBooking;
};

/** Where a venue booking is in its life. */
export type VenueBookingStatus =
  /** 已通过 — confirmed. */
  | 'APPROVED'
  /** 已取消 — by the requester before the start, or by staff with a reason. */
  | 'CANCELLED'
  /** 已签到 — checked in at the door. */
  | 'CHECKED_IN'
  /** 已过期 — pending and not decided in time; its slots were released. */
  | 'EXPIRED'
  /** 爽约 — not checked in within the grace period; counts against the quota. */
  | 'NO_SHOW'
  /** 待审批 — waiting for staff; holds its slots until decided or until it expires. */
  | 'PENDING'
  /** 未通过 — refused by staff, with a reason. */
  | 'REJECTED';

/** What the viewer may do with a booking now (state and role permitting). */
export type VenueBookingViewerCan = {
  __typename?: 'VenueBookingViewerCan';
  /** Approve it (staff, pending). */
  approve: Scalars['Boolean']['output'];
  /** Cancel it (the requester before the start; staff with a reason). */
  cancel: Scalars['Boolean']['output'];
  /** Check it in (staff, approved). */
  checkIn: Scalars['Boolean']['output'];
  /** Reject it (staff, pending). */
  reject: Scalars['Boolean']['output'];
};

/** A page of venues. */
export type VenueConnection = {
  __typename?: 'VenueConnection';
  /** The items of this page. */
  edges: Array<VenueEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items in the whole list (with the same filters), computed only when selected. Exact up to 10,000; above that, a list may answer the database's estimate (MariaDB/MySQL index statistics, never below 10,001) instead of counting every row. */
  totalCount: Scalars['Int']['output'];
};

/** Opening hours of one weekday. */
export type VenueDayHours = {
  __typename?: 'VenueDayHours';
  /** Closing time 'HH:MM' (24:00 allowed); null: closed that day. */
  close: Maybe<Scalars['String']['output']>;
  /** Opening time 'HH:MM' (Asia/Shanghai); null: closed that day. */
  open: Maybe<Scalars['String']['output']>;
  /** Weekday: 1 Monday … 7 Sunday. */
  weekday: Scalars['Int']['output'];
};

/** Opening hours of one weekday. */
export type VenueDayHoursInput = {
  /** Closing time 'HH:MM' (24:00 allowed), on the slot grid. */
  close: Scalars['String']['input'];
  /** Opening time 'HH:MM' (Asia/Shanghai), on the slot grid. */
  open: Scalars['String']['input'];
  /** Weekday: 1 Monday … 7 Sunday. */
  weekday: Scalars['Int']['input'];
};

/** One venue in a page, with its cursor. */
export type VenueEdge = {
  __typename?: 'VenueEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The venue. */
  node: Venue;
};

/** Result of a mutation on a venue. */
export type VenuePayload = {
  __typename?: 'VenuePayload';
  /** The venue as it is after the mutation. */
  venue: Venue;
};

/** How the occurrences of a weekly series are decided. */
export type VenueRecurrenceMode =
  /** Every occurrence is booked, or none is (the first refusal is the error). */
  | 'ALL_OR_NOTHING'
  /** Each occurrence is booked if it can be; the result says which were and why not. */
  | 'EACH';

/** One slot of a venue’s availability. */
export type VenueSlot = {
  __typename?: 'VenueSlot';
  /** The viewer could book it now. */
  bookable: Scalars['Boolean']['output'];
  /** End. */
  endsAt: Scalars['DateTimeISO']['output'];
  /** Why the viewer cannot book it (null when bookable). */
  reason: Maybe<VenueSlotReason>;
  /** Start. */
  startsAt: Scalars['DateTimeISO']['output'];
  /** A live booking holds it. */
  taken: Scalars['Boolean']['output'];
};

/** Why a slot cannot be booked by the viewer. */
export type VenueSlotReason =
  /** The venue takes no more bookings. */
  | 'ARCHIVED'
  /** It lies beyond how far ahead bookings open. */
  | 'BEYOND_HORIZON'
  /** The venue is closed that day. */
  | 'CLOSED_DATE'
  /** A statutory holiday, and the venue closes on them. */
  | 'HOLIDAY'
  /** It starts sooner than the lead time allows. */
  | 'LEAD_TIME'
  /** The viewer may not book this venue. */
  | 'NOT_ELIGIBLE'
  /** The venue is not open then. */
  | 'OUTSIDE_HOURS'
  /** It has started already. */
  | 'PAST'
  /** The household's quota of the month is used up. */
  | 'QUOTA_MONTH'
  /** The household's quota of the week is used up. */
  | 'QUOTA_WEEK'
  /** A live booking (pending or approved) holds it. */
  | 'TAKEN';

/** Usage of one venue in one month (Asia/Shanghai). */
export type VenueUsage = {
  __typename?: 'VenueUsage';
  /** Bookings that started this month (approved, checked in or no-show). */
  bookings: Scalars['Int']['output'];
  /** Hours booked (approved, checked in, no-show). */
  hoursUsed: Scalars['Float']['output'];
  /** The month, 'YYYY-MM'. */
  month: Scalars['String']['output'];
  /** No-shows ÷ decided past bookings (checked in + no-show); 0 when none. */
  noShowRate: Scalars['Float']['output'];
  /** Of which no-shows. */
  noShows: Scalars['Int']['output'];
  /** The venue. */
  venueId: Scalars['ID']['output'];
  /** The venue’s name. */
  venueName: Scalars['String']['output'];
};

/** What the viewer may do with a venue. */
export type VenueViewerCan = {
  __typename?: 'VenueViewerCan';
  /** Archive it. */
  archive: Scalars['Boolean']['output'];
  /** Change its settings. */
  update: Scalars['Boolean']['output'];
};

/** A volunteer activity (志愿活动). */
export type VolunteerActivity = {
  __typename?: 'VolunteerActivity';
  /** Places. */
  capacity: Scalars['Int']['output'];
  /** The check-in code to show at the place: staff who manage it only. */
  checkCode: Maybe<Scalars['String']['output']>;
  /** The community. */
  communityId: Scalars['ID']['output'];
  /** When it was made. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Description. */
  description: Maybe<Scalars['String']['output']>;
  /** End. */
  endsAt: Scalars['DateTimeISO']['output'];
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** The organising organisation. */
  organiserOrganisationId: Maybe<Scalars['ID']['output']>;
  /** Where. */
  place: Scalars['String']['output'];
  /** Points per approved hour. */
  pointsPerHour: Scalars['Int']['output'];
  /** Places taken. */
  signedUpCount: Scalars['Int']['output'];
  /** Sign-up deadline. */
  signupDeadline: Scalars['DateTimeISO']['output'];
  /** Skills wanted. */
  skillsWanted: Array<Scalars['String']['output']>;
  /** Start. */
  startsAt: Scalars['DateTimeISO']['output'];
  /** Title. */
  title: Scalars['String']['output'];
};

/** A page of activitys. */
export type VolunteerActivityConnection = {
  __typename?: 'VolunteerActivityConnection';
  /** The items of this page. */
  edges: Array<VolunteerActivityEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items in the whole list (with the same filters), computed only when selected. Exact up to 10,000; above that, a list may answer the database's estimate (MariaDB/MySQL index statistics, never below 10,001) instead of counting every row. */
  totalCount: Scalars['Int']['output'];
};

/** One activity in a page, with its cursor. */
export type VolunteerActivityEdge = {
  __typename?: 'VolunteerActivityEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The activity. */
  node: VolunteerActivity;
};

/** Result of creating an activity. */
export type VolunteerActivityPayload = {
  __typename?: 'VolunteerActivityPayload';
  /** The activity. */
  activity: VolunteerActivity;
};

/** A volunteer of a community (志愿者). */
export type VolunteerProfile = {
  __typename?: 'VolunteerProfile';
  /** Opted in (false once withdrawn). */
  active: Scalars['Boolean']['output'];
  /** Availability in words. */
  availability: Maybe<Scalars['String']['output']>;
  /** The community. */
  communityId: Scalars['ID']['output'];
  /** When it was made. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The volunteer's display name. */
  displayName: Scalars['String']['output'];
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** Party member (党员): staff only; null for anyone else. */
  partyMember: Maybe<Scalars['Boolean']['output']>;
  /** Skills (free tags). */
  skills: Array<Scalars['String']['output']>;
  /** The volunteer-offer ticket it was made from (staff only). */
  sourceTicketId: Maybe<Scalars['ID']['output']>;
  /** The resident. */
  userId: Scalars['ID']['output'];
};

/** A page of volunteers. */
export type VolunteerProfileConnection = {
  __typename?: 'VolunteerProfileConnection';
  /** The items of this page. */
  edges: Array<VolunteerProfileEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items in the whole list (with the same filters), computed only when selected. Exact up to 10,000; above that, a list may answer the database's estimate (MariaDB/MySQL index statistics, never below 10,001) instead of counting every row. */
  totalCount: Scalars['Int']['output'];
};

/** One volunteer in a page, with its cursor. */
export type VolunteerProfileEdge = {
  __typename?: 'VolunteerProfileEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The volunteer. */
  node: VolunteerProfile;
};

/** Result of a change to a volunteer profile. */
export type VolunteerProfilePayload = {
  __typename?: 'VolunteerProfilePayload';
  /** The profile. */
  profile: VolunteerProfile;
};

/** A resident's volunteer record: approved hours per year. */
export type VolunteerRecord = {
  __typename?: 'VolunteerRecord';
  /** Activities with approved hours. */
  activities: Scalars['Int']['output'];
  /** All approved minutes. */
  totalMinutes: Scalars['Int']['output'];
  /** Per year, newest first. */
  years: Array<VolunteerYear>;
};

/** A resident's place on an activity's list, with check-in/out and hours. */
export type VolunteerSignup = {
  __typename?: 'VolunteerSignup';
  /** The activity. */
  activityId: Scalars['ID']['output'];
  /** The activity's title. */
  activityTitle: Scalars['String']['output'];
  /** Minutes approved by staff (these count). */
  approvedMinutes: Maybe<Scalars['Int']['output']>;
  /** Checked in at. */
  checkedInAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Checked out at. */
  checkedOutAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Why staff corrected the hours. */
  correctionReason: Maybe<Scalars['String']['output']>;
  /** When they signed up. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The volunteer's display name. */
  displayName: Scalars['String']['output'];
  /** None, recorded (awaiting approval) or approved. */
  hoursStatus: HoursStatus;
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** Arrival order on the list (1 upwards). */
  position: Scalars['Int']['output'];
  /** Minutes recorded between check-in and check-out. */
  recordedMinutes: Maybe<Scalars['Int']['output']>;
  /** Signed up, waiting or cancelled. */
  status: SignupStatus;
  /** The resident. */
  userId: Scalars['ID']['output'];
};

/** A page of sign-ups. */
export type VolunteerSignupConnection = {
  __typename?: 'VolunteerSignupConnection';
  /** The items of this page. */
  edges: Array<VolunteerSignupEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items in the whole list (with the same filters), computed only when selected. Exact up to 10,000; above that, a list may answer the database's estimate (MariaDB/MySQL index statistics, never below 10,001) instead of counting every row. */
  totalCount: Scalars['Int']['output'];
};

/** One sign-up in a page, with its cursor. */
export type VolunteerSignupEdge = {
  __typename?: 'VolunteerSignupEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The sign-up. */
  node: VolunteerSignup;
};

/** Result of a change to a sign-up. */
export type VolunteerSignupPayload = {
  __typename?: 'VolunteerSignupPayload';
  /** The sign-up as it is now. */
  signup: VolunteerSignup;
};

/** Approved volunteer hours of one year. */
export type VolunteerYear = {
  __typename?: 'VolunteerYear';
  /** Activities with approved hours. */
  activities: Scalars['Int']['output'];
  /** Approved minutes. */
  minutes: Scalars['Int']['output'];
  /** The year (of the activity, Asia/Shanghai). */
  year: Scalars['Int']['output'];
};

/** An owners’ vote (业主表决) of an estate. */
export type Vote = {
  __typename?: 'Vote';
  /** When its result was frozen. */
  closedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** When it closes. */
  closesAt: Scalars['DateTimeISO']['output'];
  /** The community. */
  communityId: Scalars['ID']['output'];
  /** When it was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The estate. */
  estate: Estate;
  /** The estate whose owners vote. */
  estateId: Scalars['ID']['output'];
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** The matters, in order. */
  matters: Array<VoteMatter>;
  /** The viewer’s own current ballot (owners of the roll). */
  myBallot: Maybe<Ballot>;
  /** The viewer is an owner on the frozen roll of this vote. */
  onRoll: Scalars['Boolean']['output'];
  /** 实名公开: staff see how each owner voted. */
  openBallots: Scalars['Boolean']['output'];
  /** When it was opened (the roll frozen). */
  openedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** When ballots start to be accepted. */
  opensAt: Scalars['DateTimeISO']['output'];
  /** Who organises it. */
  organiser: VoteOrganiser;
  /** When the frozen result was published to the committee’s disclosure channel (null: not yet, or no channel). */
  publishedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** DRAFT, OPEN or CLOSED. */
  status: VoteStatus;
  /** The tally: live while open, frozen once closed, null for a draft. */
  tally: Maybe<VoteTally>;
  /** Title. */
  title: Scalars['String']['output'];
  /** Total exclusive area of the frozen roll, hundredths of m². */
  totalAreaCentiM2: Maybe<Scalars['Int']['output']>;
  /** Total owners of the frozen roll (headcount, 解释第九条). */
  totalOwners: Maybe<Scalars['Int']['output']>;
  /** What the viewer may do with it. */
  viewerCan: VoteViewerCan;
};

/** A page of votes. */
export type VoteConnection = {
  __typename?: 'VoteConnection';
  /** The items of this page. */
  edges: Array<VoteEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items in the whole list (with the same filters), computed only when selected. Exact up to 10,000; above that, a list may answer the database's estimate (MariaDB/MySQL index statistics, never below 10,001) instead of counting every row. */
  totalCount: Scalars['Int']['output'];
};

/** One vote in a page, with its cursor. */
export type VoteEdge = {
  __typename?: 'VoteEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The vote. */
  node: Vote;
};

/** A matter put to the vote. */
export type VoteMatter = {
  __typename?: 'VoteMatter';
  /** Attached files (PDF or images). */
  attachments: Array<FileRef>;
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** ORDINARY or MAJOR: which majority it needs. */
  kind: VoteMatterKind;
  /** Its position, from 0. */
  position: Scalars['Int']['output'];
  /** The full text put to the owners. */
  text: Scalars['String']['output'];
  /** Short title. */
  title: Scalars['String']['output'];
};

/** A matter put to the vote. */
export type VoteMatterInput = {
  /** Uploaded files (PDF or images) to attach, at most 5. */
  attachmentFileIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** ORDINARY (more than half) or MAJOR (three quarters), 民法典 278. */
  kind: VoteMatterKind;
  /** The full text put to the owners (1-10000 characters). */
  text: Scalars['String']['input'];
  /** Short title (1-100 characters). */
  title: Scalars['String']['input'];
};

/** Which majority a matter needs (民法典 278). */
export type VoteMatterKind =
  /** 重大事项 (raising the maintenance fund, rebuilding, changing the use of common parts) — three quarters of the participating area and owners. */
  | 'MAJOR'
  /** 普通事项 — more than half of the participating area and owners. */
  | 'ORDINARY';

/** Who organises a vote. */
export type VoteOrganiser =
  /** 社区 — for a first assembly (首次业主大会). */
  | 'COMMUNITY'
  /** 业主委员会. */
  | 'OWNERS_COMMITTEE';

/** Result of a mutation on a vote. */
export type VotePayload = {
  __typename?: 'VotePayload';
  /** The vote as it is after the mutation. */
  vote: Vote;
};

/** Names a vote. */
export type VoteRefInput = {
  /** The vote. */
  voteId: Scalars['ID']['input'];
};

/** Which owners of a roll to list. */
export type VoteRollFilter =
  /** Everyone. */
  | 'ALL'
  /** Those without. */
  | 'NOT_VOTED'
  /** Those with a ballot. */
  | 'VOTED';

/** Where a vote is. */
export type VoteStatus =
  /** Result frozen. */
  | 'CLOSED'
  /** Being prepared; editable. */
  | 'DRAFT'
  /** Roll frozen; ballots accepted between opensAt and closesAt. */
  | 'OPEN';

/** The tally: live while open, frozen at closing (民法典 278; 解释 8-9). */
export type VoteTally = {
  __typename?: 'VoteTally';
  /** True once the vote has closed: the result no longer changes. */
  frozen: Scalars['Boolean']['output'];
  /** Each matter, in order. */
  matters: Array<MatterTally>;
  /** Participation against the roll’s total area and owners (≥ 2/3 each). */
  participation: ThresholdCheck;
};

/** A household’s voting data: exclusive area and owner of record. */
export type VoteUnit = {
  __typename?: 'VoteUnit';
  /** Exclusive area, hundredths of m². */
  areaCentiM2: Scalars['Int']['output'];
  /** When it was first registered. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Held by the developer. */
  developerHeld: Scalars['Boolean']['output'];
  /** The household. */
  householdId: Scalars['ID']['output'];
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** The unit, "1幢 1单元 502". */
  label: Scalars['String']['output'];
  /** Owner’s name as registered. */
  ownerName: Maybe<Scalars['String']['output']>;
  /** Reference grouping one owner’s units. */
  ownerRef: Maybe<Scalars['String']['output']>;
};

/** A page of voting units. */
export type VoteUnitConnection = {
  __typename?: 'VoteUnitConnection';
  /** The items of this page. */
  edges: Array<VoteUnitEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items in the whole list (with the same filters), computed only when selected. Exact up to 10,000; above that, a list may answer the database's estimate (MariaDB/MySQL index statistics, never below 10,001) instead of counting every row. */
  totalCount: Scalars['Int']['output'];
};

/** One voting unit in a page, with its cursor. */
export type VoteUnitEdge = {
  __typename?: 'VoteUnitEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The voting unit. */
  node: VoteUnit;
};

/** Spreadsheet formats of an area import. */
export type VoteUnitFileFormat =
  /** CSV, UTF-8. */
  | 'CSV'
  /** Excel workbook (first sheet). */
  | 'XLSX';

/** Result of a mutation on a voting unit. */
export type VoteUnitPayload = {
  __typename?: 'VoteUnitPayload';
  /** The voting unit as it is after the mutation. */
  voteUnit: VoteUnit;
};

/** What the viewer may do with this vote (the server’s checks, as booleans). */
export type VoteViewerCan = {
  __typename?: 'VoteViewerCan';
  /** Cast or change one’s own ballot online (castBallot). */
  cast: Scalars['Boolean']['output'];
  /** Edit the draft (updateVote). */
  edit: Scalars['Boolean']['output'];
  /** Enter a signed paper ballot (enterPaperBallot). */
  enterPaperBallot: Scalars['Boolean']['output'];
  /** Open it, freezing the roll (openVote). */
  open: Scalars['Boolean']['output'];
  /** See how each owner voted (only for a vote declared open, 实名公开). */
  readChoices: Scalars['Boolean']['output'];
  /** Read the roll and who has voted (voteRoll). */
  readRoll: Scalars['Boolean']['output'];
  /** Remind the owners who have not voted (remindVoters). */
  remind: Scalars['Boolean']['output'];
};

/** One owner of a vote’s frozen roll (one buyer of several units, or the developer, is one owner). */
export type VoteVoter = {
  __typename?: 'VoteVoter';
  /** Exclusive area of all the owner’s units, hundredths of m². */
  areaCentiM2: Scalars['Int']['output'];
  /** The current ballot (its choices only for a vote declared open). */
  ballot: Maybe<Ballot>;
  /** The developer’s unsold or undelivered units (one owner). */
  developer: Scalars['Boolean']['output'];
  /** Has a ballot. */
  hasVoted: Scalars['Boolean']['output'];
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** Has an account on the platform (may vote online). */
  online: Scalars['Boolean']['output'];
  /** The owner’s name (masked for viewers who do not manage the vote). */
  ownerName: Maybe<Scalars['String']['output']>;
  /** Number of units. */
  unitCount: Scalars['Int']['output'];
  /** The owner’s units, "1幢 1单元 502" (rooms masked for viewers who do not manage the vote). */
  units: Array<Scalars['String']['output']>;
};

/** A page of owner of a rolls. */
export type VoteVoterConnection = {
  __typename?: 'VoteVoterConnection';
  /** The items of this page. */
  edges: Array<VoteVoterEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items in the whole list (with the same filters), computed only when selected. Exact up to 10,000; above that, a list may answer the database's estimate (MariaDB/MySQL index statistics, never below 10,001) instead of counting every row. */
  totalCount: Scalars['Int']['output'];
};

/** One owner of a roll in a page, with its cursor. */
export type VoteVoterEdge = {
  __typename?: 'VoteVoterEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The owner of a roll. */
  node: VoteVoter;
};

/** One event sent (or to be sent) to one webhook subscription, with its last answer. */
export type WebhookDelivery = {
  __typename?: 'WebhookDelivery';
  /** Attempts made so far. */
  attempts: Scalars['Int']['output'];
  /** When the event happened (the delivery was created). */
  createdAt: Scalars['DateTimeISO']['output'];
  /** When it was delivered (a 2xx answer). */
  deliveredAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** The event. */
  eventType: WebhookEventType;
  /** Opaque id; sent as `X-Roundtable-Delivery`. */
  id: Scalars['ID']['output'];
  /** When the last attempt was made. */
  lastAttemptAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** The first 500 characters of the last answer, or the network error. */
  lastResponse: Maybe<Scalars['String']['output']>;
  /** The HTTP status of the last answer (null: no answer). */
  lastStatusCode: Maybe<Scalars['Int']['output']>;
  /** When the next attempt is due (PENDING only). */
  nextAttemptAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** The JSON body sent. */
  payload: Scalars['String']['output'];
  /** Where it stands. */
  status: WebhookDeliveryStatus;
  /** The subscription. */
  subscriptionId: Scalars['ID']['output'];
};

/** A page of webhook deliverys. */
export type WebhookDeliveryConnection = {
  __typename?: 'WebhookDeliveryConnection';
  /** The items of this page. */
  edges: Array<WebhookDeliveryEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items in the whole list (with the same filters), computed only when selected. Exact up to 10,000; above that, a list may answer the database's estimate (MariaDB/MySQL index statistics, never below 10,001) instead of counting every row. */
  totalCount: Scalars['Int']['output'];
};

/** One webhook delivery in a page, with its cursor. */
export type WebhookDeliveryEdge = {
  __typename?: 'WebhookDeliveryEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The webhook delivery. */
  node: WebhookDelivery;
};

/** Result of a mutation on a webhook delivery. */
export type WebhookDeliveryPayload = {
  __typename?: 'WebhookDeliveryPayload';
  /** The webhook delivery as it is after the mutation. */
  delivery: WebhookDelivery;
};

/** Where a webhook delivery stands. */
export type WebhookDeliveryStatus =
  /** The receiver answered 2xx. */
  | 'DELIVERED'
  /** Gave up after a day of retries (or the subscription was removed); can be re-sent. */
  | 'FAILED'
  /** Not yet answered with 2xx; another attempt is scheduled (`nextAttemptAt`). */
  | 'PENDING';

/** An event a webhook subscription can hear; delivered only within the owner organisation’s scope. */
export type WebhookEventType =
  /** A venue booking was approved or rejected: `bookingId`, `venueId`, `decision`. */
  | 'BOOKING_DECIDED'
  /** A piece of equipment became overdue for maintenance: `equipmentId`, `estateId`. */
  | 'MAINTENANCE_OVERDUE'
  /** A reply was posted on a ticket: `ticketId` (the reply text is not sent). */
  | 'TICKET_REPLIED'
  /** A ticket moved to another state (submitted, accepted, resolved, closed …): `ticketId`, `fromState`, `toState`. */
  | 'TICKET_STATE_CHANGED';

/** Why a webhook subscription is paused. */
export type WebhookPauseReason =
  /** Paused by the server: the receiver kept failing (its owner was told). */
  | 'FAILING'
  /** Paused by one of its keepers. */
  | 'MANUAL';

/** A webhook subscription of an organisation: a receiver URL and the events it hears, delivered signed (`X-Roundtable-Signature`, see docs/api.md) within the organisation’s scope. The secret is shown once, by `createWebhookSubscription`. */
export type WebhookSubscription = {
  __typename?: 'WebhookSubscription';
  /** The app (API client) it belongs to: id, name and whether it is revoked; null for a staff-made one. */
  apiClient: Maybe<WebhookSubscriptionApp>;
  /** The app (API client) it belongs to, if any. */
  apiClientId: Maybe<Scalars['ID']['output']>;
  /** Failed attempts in a row (0 after a success). */
  consecutiveFailures: Scalars['Int']['output'];
  /** When it was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The events it hears. */
  events: Array<WebhookEventType>;
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** Its name. */
  name: Scalars['String']['output'];
  /** The owner organisation. */
  organisationId: Scalars['ID']['output'];
  /** Whether deliveries are held (they resume when it is resumed). */
  paused: Scalars['Boolean']['output'];
  /** Why it is paused. */
  pausedReason: Maybe<WebhookPauseReason>;
  /** The receiver URL (https). */
  url: Scalars['String']['output'];
};

/** The app (API client) a webhook subscription belongs to. */
export type WebhookSubscriptionApp = {
  __typename?: 'WebhookSubscriptionApp';
  /** The app’s id. */
  id: Scalars['ID']['output'];
  /** The app’s name. */
  name: Scalars['String']['output'];
  /** Whether the app is revoked (its subscriptions receive no deliveries). */
  revoked: Scalars['Boolean']['output'];
};

/** A page of webhook subscriptions. */
export type WebhookSubscriptionConnection = {
  __typename?: 'WebhookSubscriptionConnection';
  /** The items of this page. */
  edges: Array<WebhookSubscriptionEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items in the whole list (with the same filters), computed only when selected. Exact up to 10,000; above that, a list may answer the database's estimate (MariaDB/MySQL index statistics, never below 10,001) instead of counting every row. */
  totalCount: Scalars['Int']['output'];
};

/** One webhook subscription in a page, with its cursor. */
export type WebhookSubscriptionEdge = {
  __typename?: 'WebhookSubscriptionEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The webhook subscription. */
  node: WebhookSubscription;
};

/** Result of a mutation on a webhook subscription. */
export type WebhookSubscriptionPayload = {
  __typename?: 'WebhookSubscriptionPayload';
  /** The webhook subscription as it is after the mutation. */
  subscription: WebhookSubscription;
};

/** Answer of `loginWithWechat`: a session when the WeChat user is linked to an account; otherwise a link token for `linkWechatPhone`. */
export type WechatLoginPayload = {
  __typename?: 'WechatLoginPayload';
  /** When not linked: pass it to `linkWechatPhone` with the phone proof (short-lived, single use). */
  linkToken: Maybe<Scalars['String']['output']>;
  /** When the link token expires. */
  linkTokenExpiresAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** The session, when the WeChat user is linked. */
  session: Maybe<AuthPayload>;
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
