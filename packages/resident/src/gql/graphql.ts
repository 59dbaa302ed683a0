/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** The kind of a 三务公开 (COMMUNITY_AFFAIRS) publication. */
export type AffairsKind =
  /** 财务公开 — finance. */
  | 'FINANCE'
  /** 政务公开 — government affairs. */
  | 'GOVERNMENT_AFFAIRS'
  /** 党务公开 — party affairs. */
  | 'PARTY_AFFAIRS';

/** One choice of a ballot. */
export type BallotChoiceInput = {
  /** For, against or abstain. */
  choice: BallotChoiceValue;
  /** The matter. */
  matterId: string | number;
};

/** A choice on a matter. */
export type BallotChoiceValue =
  /** 弃权 (participates, does not agree). */
  | 'ABSTAIN'
  /** 反对. */
  | 'AGAINST'
  /** 同意. */
  | 'FOR';

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
  ticketId: string | number;
};

/** Book a venue (or, for an organisation, a weekly series). */
export type BookVenueInput = {
  /** Expected attendees (1 to the venue’s capacity). */
  attendees: number;
  /** On whose behalf (default: ORGANISATION with organisationId, else RESIDENT when bound, else STAFF). */
  bookAs?: VenueBookerKind | null | undefined;
  /** End, a whole number of slots later. */
  endsAt: string;
  /** For a resident bound to several households: which one. */
  householdId?: string | number | null | undefined;
  /** A key the client picks per request (8-64 characters): a retry with the same key returns the same booking. */
  idempotencyKey: string;
  /** How the occurrences of a series are decided. */
  mode?: VenueRecurrenceMode;
  /** For an organisation’s booking: the organisation. */
  organisationId?: string | number | null | undefined;
  /** What it is for, 2-200 characters. */
  purpose: string;
  /** Start, on the venue’s slot grid. */
  startsAt: string;
  /** The venue. */
  venueId: string | number;
  /** Weekly series: how many weeks (1-26; more than 1: organisations only). */
  weeks?: number;
};

/** Cancel a booking. */
export type CancelBookingInput = {
  /** The booking. */
  id: string | number;
  /** Why (required from staff; 2-200 characters). */
  reason?: string | null | undefined;
};

/** Cancel a sign-up (its resident, or staff); the waiting list moves up. */
export type CancelSignupInput = {
  /** The sign-up. */
  signupId: string | number;
};

/** An owner’s own ballot, cast online (it replaces their earlier ballot until closing). */
export type CastBallotInput = {
  /** One choice per matter of the vote. */
  choices: Array<BallotChoiceInput>;
  /** The vote. */
  voteId: string | number;
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

/** State of an erasure request. */
export type ErasureStatus =
  /** The account is anonymised. */
  | 'COMPLETED'
  /** Waiting for staff to complete it. */
  | 'PENDING';

/** Follow a ticket, or stop following it. */
export type FollowTicketInput = {
  /** True to follow, false to stop. */
  follow?: boolean;
  /** The ticket. */
  ticketId: string | number;
};

/** Where the hours of a sign-up stand. */
export type HoursStatus =
  /** Approved (or corrected with a reason): they count, and the points are awarded. */
  | 'APPROVED'
  /** Not checked out yet. */
  | 'NONE'
  /** Recorded at check-out; awaiting approval (they do not count yet). */
  | 'RECORDED';

/** How a resident relates to a household. */
export type HouseholdRelation =
  /** 家庭成员 — family member of the owner or tenant. */
  | 'FAMILY'
  /** 业主 — owner. */
  | 'OWNER'
  /** 租户 — tenant. */
  | 'TENANT';

/** The period of a leaderboard (Asia/Shanghai calendar). */
export type LeaderboardPeriod =
  /** Since the beginning. */
  | 'ALL_TIME'
  /** This calendar month. */
  | 'MONTH'
  /** This calendar year. */
  | 'YEAR';

/** Link a WeChat sign-in to a phone number: with the code of the mini program’s `getPhoneNumber` button (`phoneCode`), or with `phone` and an SMS code of purpose LINK_PHONE. */
export type LinkWechatPhoneInput = {
  /** Name to show when this creates a new account (1 to 30 characters); default 居民 and the last 4 digits. */
  displayName?: string | null | undefined;
  /** The link token `loginWithWechat` returned. */
  linkToken: string;
  /** Instead of `phoneCode`: the phone number … */
  phone?: string | null | undefined;
  /** The code of `<button open-type="getPhoneNumber">` (`e.detail.code`). */
  phoneCode?: string | null | undefined;
  /** … and its SMS code of purpose LINK_PHONE. */
  smsCode?: string | null | undefined;
};

/** Sign in with a phone and the code sent by `requestSmsCode(phone, LOGIN)`. */
export type LoginWithSmsCodeInput = {
  /** Mainland mobile number, 11 digits. */
  phone: string;
  /** The 6-digit code. */
  smsCode: string;
};

/** Sign in from the WeChat mini program. */
export type LoginWithWechatInput = {
  /** The code `wx.login()` gave the mini program (valid 5 minutes, single use). */
  code: string;
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

/** Which notifications to mark read. */
export type MarkNotificationsReadInput = {
  /** These notifications (at most 100); omit to mark all read. */
  ids?: Array<string | number> | null | undefined;
};

/** Kinds of meeting. */
export type MeetingKind =
  /** 专题会 — a meeting called for one matter. */
  | 'AD_HOC'
  /** 听证会 — a public hearing. */
  | 'HEARING'
  /** 月度圆桌会 — the monthly round table. */
  | 'MONTHLY_ROUND_TABLE';

/** Where a meeting stands. */
export type MeetingState =
  /** Cancelled, with a reason. */
  | 'CANCELLED'
  /** Held: resolutions, action items and minutes are recorded. */
  | 'HELD'
  /** Planned: parties, agenda and registrations can change. */
  | 'PLANNED';

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

/** The level of the tenancy tree a publication is addressed to. */
export type PublicationScope =
  /** Everyone of a community. */
  | 'COMMUNITY'
  /** An estate's residents (and the staff over it). */
  | 'ESTATE'
  /** Everyone of a street. */
  | 'STREET';

/** Rate the outcome of a resolved ticket. */
export type RateTicketInput = {
  /** Comment, up to 500 characters. */
  comment?: string | null | undefined;
  /** Score, 1 to 5. */
  score: number;
  /** The ticket. */
  ticketId: string | number;
};

/** Redeem a reward. */
export type RedeemPointsRewardInput = {
  /** The reward. */
  rewardId: string | number;
};

/** Where a redemption stands. */
export type RedemptionStatus =
  /** Cancelled: points and stock refunded. */
  | 'CANCELLED'
  /** Staff handed the item over against the pick-up code. */
  | 'HANDED_OVER'
  /** Points and stock taken; waiting for pick-up. */
  | 'RESERVED';

/** Exchange a refresh token for new tokens. */
export type RefreshSessionInput = {
  /** The latest refresh token of the session. */
  refreshToken: string;
};

/** Register to attend an open meeting (residents). */
export type RegisterForMeetingInput = {
  /** The meeting. */
  meetingId: string | number;
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

/** Whether a public-revenue ledger entry is income or expense. */
export type RevenueDirection =
  /** Expense 支出. */
  | 'EXPENSE'
  /** Income 收入 (advertising, parking, venue rent …). */
  | 'INCOME';

/** Sign up for an activity (a resident of its community). */
export type SignUpInput = {
  /** The activity. */
  activityId: string | number;
};

/** A volunteer's place on an activity's list. */
export type SignupStatus =
  /** Cancelled. */
  | 'CANCELLED'
  /** Holds a seat. */
  | 'SIGNED_UP'
  /** On the waiting list; moves up when a seat is cancelled. */
  | 'WAITING';

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

/** On whose behalf a venue booking is made. */
export type VenueBookerKind =
  /** A member, for an organisation of the community (may book weekly series). */
  | 'ORGANISATION'
  /** A verified resident, for their household (quota per household). */
  | 'RESIDENT'
  /** Community staff, for the community's own use (no approval, no quota). */
  | 'STAFF';

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

/** How the occurrences of a weekly series are decided. */
export type VenueRecurrenceMode =
  /** Every occurrence is booked, or none is (the first refusal is the error). */
  | 'ALL_OR_NOTHING'
  /** Each occurrence is booked if it can be; the result says which were and why not. */
  | 'EACH';

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

/** Where a vote is. */
export type VoteStatus =
  /** Result frozen. */
  | 'CLOSED'
  /** Being prepared; editable. */
  | 'DRAFT'
  /** Roll frozen; ballots accepted between opensAt and closesAt. */
  | 'OPEN';

/** Withdraw an own ticket. */
export type WithdrawTicketInput = {
  /** Why, optional. */
  reason?: string | null | undefined;
  /** The ticket. */
  ticketId: string | number;
};

export type ResidentLoginWithWechatMutationVariables = Exact<{
  input: LoginWithWechatInput;
}>;


export type ResidentLoginWithWechatMutation = { loginWithWechat: { linkToken: string | null, linkTokenExpiresAt: string | null, session: { accessToken: string, refreshToken: string, user: { id: string, displayName: string } } | null } };

export type ResidentLinkWechatPhoneMutationVariables = Exact<{
  input: LinkWechatPhoneInput;
}>;


export type ResidentLinkWechatPhoneMutation = { linkWechatPhone: { accessToken: string, refreshToken: string, user: { id: string, displayName: string } } };

export type ResidentTicketBoardQueryVariables = Exact<{
  communityId: string | number;
  sort: BoardSort;
  first: number;
}>;


export type ResidentTicketBoardQuery = { ticketBoard: { pageInfo: { hasNextPage: boolean }, edges: Array<{ node: { id: string, number: string, title: string, body: string, state: TicketState, createdAt: string, meTooCount: number, viewerMeToo: boolean, viewerFollows: boolean, category: { id: string, nameZh: string, nameEn: string }, estate: { id: string, name: string } | null } }> } };

export type ResidentMeTooTicketMutationVariables = Exact<{
  input: BoardTicketInput;
}>;


export type ResidentMeTooTicketMutation = { meTooTicket: { ticket: { id: string, meTooCount: number, viewerMeToo: boolean } } };

export type ResidentFollowTicketMutationVariables = Exact<{
  input: FollowTicketInput;
}>;


export type ResidentFollowTicketMutation = { followTicket: { ticket: { id: string, viewerFollows: boolean } } };

export type ResidentNotificationsQueryVariables = Exact<{
  first: number;
  locale?: string | null | undefined;
}>;


export type ResidentNotificationsQuery = { unreadNotificationCount: number, notifications: { pageInfo: { hasNextPage: boolean }, edges: Array<{ node: { id: string, kind: NotificationKind, title: string, body: string | null, createdAt: string, readAt: string | null, subject: { type: string, id: string } | null } }> } };

export type ResidentMarkNotificationsReadMutationVariables = Exact<{
  input: MarkNotificationsReadInput;
}>;


export type ResidentMarkNotificationsReadMutation = { markNotificationsRead: { updated: number, unreadCount: number } };

export type ResidentPublicationsQueryVariables = Exact<{
  first: number;
  channel?: PublicationChannel | null | undefined;
}>;


export type ResidentPublicationsQuery = { publications: { pageInfo: { hasNextPage: boolean }, edges: Array<{ node: { id: string, title: string, body: string, channel: PublicationChannel, kind: AffairsKind | null, scope: PublicationScope, placeName: string, publisherName: string, pinned: boolean, isNew: boolean, publishedAt: string | null, revisionNumber: number, attachments: Array<{ id: string, originalName: string, url: string }> } }> } };

export type ResidentRevenueLedgerQueryVariables = Exact<{
  estateId: string | number;
  period: string;
  first: number;
}>;


export type ResidentRevenueLedgerQuery = { revenueLedger: { period: string, incomeFen: number, expenseFen: number, balanceFen: number, closed: boolean, entryCount: number }, revenueEntries: { pageInfo: { hasNextPage: boolean }, edges: Array<{ node: { id: string, item: string, direction: RevenueDirection, amountFen: number, note: string | null, correctsId: string | null, createdAt: string } }> } };

export type ResidentOpenMeetingsQueryVariables = Exact<{
  first: number;
}>;


export type ResidentOpenMeetingsQuery = { openMeetings: { pageInfo: { hasNextPage: boolean }, edges: Array<{ node: { id: string, title: string, kind: MeetingKind, state: MeetingState, startsAt: string, endsAt: string, place: string | null, onlineUrl: string | null, registeredCount: number, residentCapacity: number, viewerCan: { register: boolean } } }> } };

export type ResidentRegisterForMeetingMutationVariables = Exact<{
  input: RegisterForMeetingInput;
}>;


export type ResidentRegisterForMeetingMutation = { registerForMeeting: { meeting: { id: string, registeredCount: number, viewerCan: { register: boolean } } } };

export type ResidentVolunteerActivitiesQueryVariables = Exact<{
  communityId: string | number;
  first: number;
}>;


export type ResidentVolunteerActivitiesQuery = { volunteerActivities: { pageInfo: { hasNextPage: boolean }, edges: Array<{ node: { id: string, title: string, description: string | null, place: string, startsAt: string, endsAt: string, signupDeadline: string, capacity: number, signedUpCount: number, pointsPerHour: number, skillsWanted: Array<string> } }> }, myVolunteerRecord: { activities: number, totalMinutes: number, years: Array<{ year: number, minutes: number, activities: number }> } };

export type ResidentMySignupsQueryVariables = Exact<{
  first: number;
}>;


export type ResidentMySignupsQuery = { mySignups: { pageInfo: { hasNextPage: boolean }, edges: Array<{ node: { id: string, activityId: string, activityTitle: string, status: SignupStatus, position: number, hoursStatus: HoursStatus, recordedMinutes: number | null, approvedMinutes: number | null, createdAt: string } }> } };

export type ResidentSignUpForActivityMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type ResidentSignUpForActivityMutation = { signUpForActivity: { signup: { id: string, status: SignupStatus, position: number } } };

export type ResidentCancelActivitySignupMutationVariables = Exact<{
  input: CancelSignupInput;
}>;


export type ResidentCancelActivitySignupMutation = { cancelActivitySignup: { signup: { id: string, status: SignupStatus } } };

export type ResidentMyPointsQueryVariables = Exact<{
  communityId: string | number;
  first: number;
}>;


export type ResidentMyPointsQuery = { myPointsBalance: number, myPointsEntries: { pageInfo: { hasNextPage: boolean }, edges: Array<{ node: { id: string, delta: number, balanceAfter: number, reason: PointsReason, note: string | null, createdAt: string } }> } };

export type ResidentPointsLeaderboardQueryVariables = Exact<{
  communityId: string | number;
  period: LeaderboardPeriod;
  first: number;
}>;


export type ResidentPointsLeaderboardQuery = { pointsLeaderboard: { pageInfo: { hasNextPage: boolean }, edges: Array<{ node: { rank: number, displayName: string, points: number, isViewer: boolean } }> } };

export type ResidentPointsRewardsQueryVariables = Exact<{
  communityId: string | number;
  first: number;
}>;


export type ResidentPointsRewardsQuery = { pointsRewards: { pageInfo: { hasNextPage: boolean }, edges: Array<{ node: { id: string, name: string, description: string | null, cost: number, stock: number, perPersonLimit: number | null } }> }, myRedemptions: { edges: Array<{ node: { id: string, rewardName: string, cost: number, status: RedemptionStatus, pickupCode: string | null, createdAt: string } }> } };

export type ResidentRedeemPointsRewardMutationVariables = Exact<{
  input: RedeemPointsRewardInput;
}>;


export type ResidentRedeemPointsRewardMutation = { redeemPointsReward: { redemption: { id: string, status: RedemptionStatus, pickupCode: string | null } } };

export type ResidentVotesQueryVariables = Exact<{
  communityId: string | number;
  first: number;
}>;


export type ResidentVotesQuery = { votes: { pageInfo: { hasNextPage: boolean }, edges: Array<{ node: { id: string, title: string, status: VoteStatus, opensAt: string, closesAt: string, onRoll: boolean, estate: { id: string, name: string }, matters: Array<{ id: string, position: number, title: string, text: string }>, myBallot: { id: string, revision: number, updatedAt: string, choices: Array<{ matterId: string, choice: BallotChoiceValue }> | null } | null, viewerCan: { cast: boolean } } }> } };

export type ResidentCastBallotMutationVariables = Exact<{
  input: CastBallotInput;
}>;


export type ResidentCastBallotMutation = { castBallot: { vote: { id: string, myBallot: { id: string, revision: number, choices: Array<{ matterId: string, choice: BallotChoiceValue }> | null } | null } } };

export type ResidentMyErasureRequestQueryVariables = Exact<{ [key: string]: never; }>;


export type ResidentMyErasureRequestQuery = { myErasureRequest: { id: string, status: ErasureStatus, createdAt: string, dueAt: string, completedAt: string | null } | null };

export type ResidentMyDataExportQueryVariables = Exact<{ [key: string]: never; }>;


export type ResidentMyDataExportQuery = { myDataExport: { generatedAt: string, html: string } };

export type ResidentRequestErasureMutationVariables = Exact<{ [key: string]: never; }>;


export type ResidentRequestErasureMutation = { requestErasure: { request: { id: string, status: ErasureStatus, createdAt: string, dueAt: string } } };

export type ResidentVenuesQueryVariables = Exact<{
  communityId: string | number;
  first: number;
}>;


export type ResidentVenuesQuery = { venues: { pageInfo: { hasNextPage: boolean }, edges: Array<{ node: { id: string, name: string, description: string | null, capacity: number, facilities: Array<string>, approvalRequired: boolean, weeklyQuota: number | null, monthlyQuota: number | null } }> } };

export type ResidentVenueQueryVariables = Exact<{
  id: string | number;
  from: string;
  to: string;
}>;


export type ResidentVenueQuery = { venue: { id: string, name: string, description: string | null, capacity: number, facilities: Array<string>, approvalRequired: boolean, slotMinutes: number, minMinutes: number, maxMinutes: number, horizonDays: number, weeklyQuota: number | null, monthlyQuota: number | null, openingHours: Array<{ weekday: number, open: string | null, close: string | null }> }, venueAvailability: Array<{ startsAt: string, endsAt: string, taken: boolean, bookable: boolean, reason: VenueSlotReason | null }> };

export type ResidentBookVenueMutationVariables = Exact<{
  input: BookVenueInput;
}>;


export type ResidentBookVenueMutation = { bookVenue: { booking: { id: string, status: VenueBookingStatus, startsAt: string, endsAt: string, checkInCode: string | null } | null } };

export type ResidentMyBookingsQueryVariables = Exact<{
  first: number;
}>;


export type ResidentMyBookingsQuery = { myBookings: { pageInfo: { hasNextPage: boolean }, edges: Array<{ node: { id: string, status: VenueBookingStatus, startsAt: string, endsAt: string, purpose: string, attendees: number, checkInCode: string | null, expiresAt: string | null, reason: string | null, venue: { id: string, name: string }, viewerCan: { cancel: boolean } } }> } };

export type ResidentCancelBookingMutationVariables = Exact<{
  input: CancelBookingInput;
}>;


export type ResidentCancelBookingMutation = { cancelBooking: { booking: { id: string, status: VenueBookingStatus } } };

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

export const ResidentLoginWithWechatDocument = new TypedDocumentString(`
    mutation ResidentLoginWithWechat($input: LoginWithWechatInput!) {
  loginWithWechat(input: $input) {
    linkToken
    linkTokenExpiresAt
    session {
      accessToken
      refreshToken
      user {
        id
        displayName
      }
    }
  }
}
    `, {"hash":"sha256:9ef14dc049b2f3f0133535d970e14f6deacebaf4d6286eee734d851be1865493"}) as unknown as TypedDocumentString<ResidentLoginWithWechatMutation, ResidentLoginWithWechatMutationVariables>;
export const ResidentLinkWechatPhoneDocument = new TypedDocumentString(`
    mutation ResidentLinkWechatPhone($input: LinkWechatPhoneInput!) {
  linkWechatPhone(input: $input) {
    accessToken
    refreshToken
    user {
      id
      displayName
    }
  }
}
    `, {"hash":"sha256:b7de982f5b7d71d4deef4a654310ad7d1836f009c5a0948865176023b5c575fa"}) as unknown as TypedDocumentString<ResidentLinkWechatPhoneMutation, ResidentLinkWechatPhoneMutationVariables>;
export const ResidentTicketBoardDocument = new TypedDocumentString(`
    query ResidentTicketBoard($communityId: ID!, $sort: BoardSort!, $first: Int!) {
  ticketBoard(communityId: $communityId, sort: $sort, first: $first) {
    pageInfo {
      hasNextPage
    }
    edges {
      node {
        id
        number
        title
        body
        state
        createdAt
        meTooCount
        viewerMeToo
        viewerFollows
        category {
          id
          nameZh
          nameEn
        }
        estate {
          id
          name
        }
      }
    }
  }
}
    `, {"hash":"sha256:06492afe2707283e40414c3bfa603368172cadcea7baa42aba14fd088f7be2dd"}) as unknown as TypedDocumentString<ResidentTicketBoardQuery, ResidentTicketBoardQueryVariables>;
export const ResidentMeTooTicketDocument = new TypedDocumentString(`
    mutation ResidentMeTooTicket($input: BoardTicketInput!) {
  meTooTicket(input: $input) {
    ticket {
      id
      meTooCount
      viewerMeToo
    }
  }
}
    `, {"hash":"sha256:941340b226919fd307db75e7af34590668ada843962534929a7922dd88f4b86f"}) as unknown as TypedDocumentString<ResidentMeTooTicketMutation, ResidentMeTooTicketMutationVariables>;
export const ResidentFollowTicketDocument = new TypedDocumentString(`
    mutation ResidentFollowTicket($input: FollowTicketInput!) {
  followTicket(input: $input) {
    ticket {
      id
      viewerFollows
    }
  }
}
    `, {"hash":"sha256:e784aa8b8d6ae214c6f193c5e2e7246650797633c6eb764f8092d3b39443250b"}) as unknown as TypedDocumentString<ResidentFollowTicketMutation, ResidentFollowTicketMutationVariables>;
export const ResidentNotificationsDocument = new TypedDocumentString(`
    query ResidentNotifications($first: Int!, $locale: String) {
  unreadNotificationCount
  notifications(first: $first) {
    pageInfo {
      hasNextPage
    }
    edges {
      node {
        id
        kind
        title(locale: $locale)
        body(locale: $locale)
        createdAt
        readAt
        subject {
          type
          id
        }
      }
    }
  }
}
    `, {"hash":"sha256:fbf14930451525b0b79ead0c9b58f8335e99c3f0947751f2f19206c95c1b5086"}) as unknown as TypedDocumentString<ResidentNotificationsQuery, ResidentNotificationsQueryVariables>;
export const ResidentMarkNotificationsReadDocument = new TypedDocumentString(`
    mutation ResidentMarkNotificationsRead($input: MarkNotificationsReadInput!) {
  markNotificationsRead(input: $input) {
    updated
    unreadCount
  }
}
    `, {"hash":"sha256:cad7081b14d82b846146e25ebd702a7266ae850255d95e6b8a8b0c916a0b6b59"}) as unknown as TypedDocumentString<ResidentMarkNotificationsReadMutation, ResidentMarkNotificationsReadMutationVariables>;
export const ResidentPublicationsDocument = new TypedDocumentString(`
    query ResidentPublications($first: Int!, $channel: PublicationChannel) {
  publications(first: $first, channel: $channel, statuses: [PUBLISHED]) {
    pageInfo {
      hasNextPage
    }
    edges {
      node {
        id
        title
        body
        channel
        kind
        scope
        placeName
        publisherName
        pinned
        isNew
        publishedAt
        revisionNumber
        attachments {
          id
          originalName
          url
        }
      }
    }
  }
}
    `, {"hash":"sha256:c05bc3d412fc547edaf09fed9dce6e5552109a4eebec6acf8fff32cf52406164"}) as unknown as TypedDocumentString<ResidentPublicationsQuery, ResidentPublicationsQueryVariables>;
export const ResidentRevenueLedgerDocument = new TypedDocumentString(`
    query ResidentRevenueLedger($estateId: ID!, $period: String!, $first: Int!) {
  revenueLedger(estateId: $estateId, period: $period) {
    period
    incomeFen
    expenseFen
    balanceFen
    closed
    entryCount
  }
  revenueEntries(estateId: $estateId, period: $period, first: $first) {
    pageInfo {
      hasNextPage
    }
    edges {
      node {
        id
        item
        direction
        amountFen
        note
        correctsId
        createdAt
      }
    }
  }
}
    `, {"hash":"sha256:2838be25eb2f90cccd4031ab7c81b891bcdf75899231b55d3bc2b1ffed7ac39b"}) as unknown as TypedDocumentString<ResidentRevenueLedgerQuery, ResidentRevenueLedgerQueryVariables>;
export const ResidentOpenMeetingsDocument = new TypedDocumentString(`
    query ResidentOpenMeetings($first: Int!) {
  openMeetings(first: $first) {
    pageInfo {
      hasNextPage
    }
    edges {
      node {
        id
        title
        kind
        state
        startsAt
        endsAt
        place
        onlineUrl
        registeredCount
        residentCapacity
        viewerCan {
          register
        }
      }
    }
  }
}
    `, {"hash":"sha256:3af791dcebe61949d1007db598b24c39ab050f1650489a8e2d3d0af3a177252b"}) as unknown as TypedDocumentString<ResidentOpenMeetingsQuery, ResidentOpenMeetingsQueryVariables>;
export const ResidentRegisterForMeetingDocument = new TypedDocumentString(`
    mutation ResidentRegisterForMeeting($input: RegisterForMeetingInput!) {
  registerForMeeting(input: $input) {
    meeting {
      id
      registeredCount
      viewerCan {
        register
      }
    }
  }
}
    `, {"hash":"sha256:8c30fdb07b603cdb18a7e7ba62c876c68f9d2317ee687b5aa0a599d0a19fd342"}) as unknown as TypedDocumentString<ResidentRegisterForMeetingMutation, ResidentRegisterForMeetingMutationVariables>;
export const ResidentVolunteerActivitiesDocument = new TypedDocumentString(`
    query ResidentVolunteerActivities($communityId: ID!, $first: Int!) {
  volunteerActivities(communityId: $communityId, first: $first) {
    pageInfo {
      hasNextPage
    }
    edges {
      node {
        id
        title
        description
        place
        startsAt
        endsAt
        signupDeadline
        capacity
        signedUpCount
        pointsPerHour
        skillsWanted
      }
    }
  }
  myVolunteerRecord(communityId: $communityId) {
    activities
    totalMinutes
    years {
      year
      minutes
      activities
    }
  }
}
    `, {"hash":"sha256:b3d9d16af305108884e8a9943c53d41665ab07875a007d184fd5c39e402ccf87"}) as unknown as TypedDocumentString<ResidentVolunteerActivitiesQuery, ResidentVolunteerActivitiesQueryVariables>;
export const ResidentMySignupsDocument = new TypedDocumentString(`
    query ResidentMySignups($first: Int!) {
  mySignups(first: $first) {
    pageInfo {
      hasNextPage
    }
    edges {
      node {
        id
        activityId
        activityTitle
        status
        position
        hoursStatus
        recordedMinutes
        approvedMinutes
        createdAt
      }
    }
  }
}
    `, {"hash":"sha256:67749d0e49fccda653c68ee7452bd9117215464c592cfe775919ddf1b14994f6"}) as unknown as TypedDocumentString<ResidentMySignupsQuery, ResidentMySignupsQueryVariables>;
export const ResidentSignUpForActivityDocument = new TypedDocumentString(`
    mutation ResidentSignUpForActivity($input: SignUpInput!) {
  signUpForActivity(input: $input) {
    signup {
      id
      status
      position
    }
  }
}
    `, {"hash":"sha256:e1fdd03753e81d61620a8b5d76e707e3ca532a4e64593d9c0c991a0f92493cbd"}) as unknown as TypedDocumentString<ResidentSignUpForActivityMutation, ResidentSignUpForActivityMutationVariables>;
export const ResidentCancelActivitySignupDocument = new TypedDocumentString(`
    mutation ResidentCancelActivitySignup($input: CancelSignupInput!) {
  cancelActivitySignup(input: $input) {
    signup {
      id
      status
    }
  }
}
    `, {"hash":"sha256:bf03eb6c50512f5cd709f94dd9f6a6ad26b8a02f3a12e6f25275e59c69939db5"}) as unknown as TypedDocumentString<ResidentCancelActivitySignupMutation, ResidentCancelActivitySignupMutationVariables>;
export const ResidentMyPointsDocument = new TypedDocumentString(`
    query ResidentMyPoints($communityId: ID!, $first: Int!) {
  myPointsBalance(communityId: $communityId)
  myPointsEntries(communityId: $communityId, first: $first) {
    pageInfo {
      hasNextPage
    }
    edges {
      node {
        id
        delta
        balanceAfter
        reason
        note
        createdAt
      }
    }
  }
}
    `, {"hash":"sha256:17749141b1336d1e43a306e4ade1641236d0fee5c26457229d60e125b595fe91"}) as unknown as TypedDocumentString<ResidentMyPointsQuery, ResidentMyPointsQueryVariables>;
export const ResidentPointsLeaderboardDocument = new TypedDocumentString(`
    query ResidentPointsLeaderboard($communityId: ID!, $period: LeaderboardPeriod!, $first: Int!) {
  pointsLeaderboard(communityId: $communityId, period: $period, first: $first) {
    pageInfo {
      hasNextPage
    }
    edges {
      node {
        rank
        displayName
        points
        isViewer
      }
    }
  }
}
    `, {"hash":"sha256:209274d6bc067df9138e037b85402932f965fd225247184d6ad05becb567def9"}) as unknown as TypedDocumentString<ResidentPointsLeaderboardQuery, ResidentPointsLeaderboardQueryVariables>;
export const ResidentPointsRewardsDocument = new TypedDocumentString(`
    query ResidentPointsRewards($communityId: ID!, $first: Int!) {
  pointsRewards(communityId: $communityId, first: $first) {
    pageInfo {
      hasNextPage
    }
    edges {
      node {
        id
        name
        description
        cost
        stock
        perPersonLimit
      }
    }
  }
  myRedemptions(first: 20) {
    edges {
      node {
        id
        rewardName
        cost
        status
        pickupCode
        createdAt
      }
    }
  }
}
    `, {"hash":"sha256:70d57eacd3632d3677555ac64914a3783bedc4509e26fc368aaef2bc226a1ad0"}) as unknown as TypedDocumentString<ResidentPointsRewardsQuery, ResidentPointsRewardsQueryVariables>;
export const ResidentRedeemPointsRewardDocument = new TypedDocumentString(`
    mutation ResidentRedeemPointsReward($input: RedeemPointsRewardInput!) {
  redeemPointsReward(input: $input) {
    redemption {
      id
      status
      pickupCode
    }
  }
}
    `, {"hash":"sha256:c3b8a48c37ca7fc1e57e87eaa01dac741270a65432b49cc6c19dc5389a9cd70b"}) as unknown as TypedDocumentString<ResidentRedeemPointsRewardMutation, ResidentRedeemPointsRewardMutationVariables>;
export const ResidentVotesDocument = new TypedDocumentString(`
    query ResidentVotes($communityId: ID!, $first: Int!) {
  votes(communityId: $communityId, first: $first) {
    pageInfo {
      hasNextPage
    }
    edges {
      node {
        id
        title
        status
        opensAt
        closesAt
        onRoll
        estate {
          id
          name
        }
        matters {
          id
          position
          title
          text
        }
        myBallot {
          id
          revision
          updatedAt
          choices {
            matterId
            choice
          }
        }
        viewerCan {
          cast
        }
      }
    }
  }
}
    `, {"hash":"sha256:d75f1a867f290672e451b24e186ba8eecad9302e9602bc76e0059a1c59f58e84"}) as unknown as TypedDocumentString<ResidentVotesQuery, ResidentVotesQueryVariables>;
export const ResidentCastBallotDocument = new TypedDocumentString(`
    mutation ResidentCastBallot($input: CastBallotInput!) {
  castBallot(input: $input) {
    vote {
      id
      myBallot {
        id
        revision
        choices {
          matterId
          choice
        }
      }
    }
  }
}
    `, {"hash":"sha256:cccd15ebe01b28a9f441db9a63a90c84139715380686cf473adfcf814c28600f"}) as unknown as TypedDocumentString<ResidentCastBallotMutation, ResidentCastBallotMutationVariables>;
export const ResidentMyErasureRequestDocument = new TypedDocumentString(`
    query ResidentMyErasureRequest {
  myErasureRequest {
    id
    status
    createdAt
    dueAt
    completedAt
  }
}
    `, {"hash":"sha256:b8de15c16ab2ef8bfa1c2e18bfadc1c775197b52955ab4b01ef2821c2d3857b2"}) as unknown as TypedDocumentString<ResidentMyErasureRequestQuery, ResidentMyErasureRequestQueryVariables>;
export const ResidentMyDataExportDocument = new TypedDocumentString(`
    query ResidentMyDataExport {
  myDataExport {
    generatedAt
    html
  }
}
    `, {"hash":"sha256:ee9de3025e40bf8b26ce1f999db74f6c13bca135106a0f38024425d82bf86305"}) as unknown as TypedDocumentString<ResidentMyDataExportQuery, ResidentMyDataExportQueryVariables>;
export const ResidentRequestErasureDocument = new TypedDocumentString(`
    mutation ResidentRequestErasure {
  requestErasure {
    request {
      id
      status
      createdAt
      dueAt
    }
  }
}
    `, {"hash":"sha256:1d022a4fe14fce31c8f0bbf77cb98e49f165592f704b0808a55c4c1eb01a7533"}) as unknown as TypedDocumentString<ResidentRequestErasureMutation, ResidentRequestErasureMutationVariables>;
export const ResidentVenuesDocument = new TypedDocumentString(`
    query ResidentVenues($communityId: ID!, $first: Int!) {
  venues(communityId: $communityId, first: $first) {
    pageInfo {
      hasNextPage
    }
    edges {
      node {
        id
        name
        description
        capacity
        facilities
        approvalRequired
        weeklyQuota
        monthlyQuota
      }
    }
  }
}
    `, {"hash":"sha256:b3790443ef14f4e690910580d7555d003edfbc3699592638d5b6a8a48907b217"}) as unknown as TypedDocumentString<ResidentVenuesQuery, ResidentVenuesQueryVariables>;
export const ResidentVenueDocument = new TypedDocumentString(`
    query ResidentVenue($id: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {
  venue(id: $id) {
    id
    name
    description
    capacity
    facilities
    approvalRequired
    slotMinutes
    minMinutes
    maxMinutes
    horizonDays
    weeklyQuota
    monthlyQuota
    openingHours {
      weekday
      open
      close
    }
  }
  venueAvailability(venueId: $id, from: $from, to: $to, bookAs: RESIDENT) {
    startsAt
    endsAt
    taken
    bookable
    reason
  }
}
    `, {"hash":"sha256:e9ddeca1588d004f76cc0510a02c9c7e748e47340e48f4cd83b45ac2c06a5f18"}) as unknown as TypedDocumentString<ResidentVenueQuery, ResidentVenueQueryVariables>;
export const ResidentBookVenueDocument = new TypedDocumentString(`
    mutation ResidentBookVenue($input: BookVenueInput!) {
  bookVenue(input: $input) {
    booking {
      id
      status
      startsAt
      endsAt
      checkInCode
    }
  }
}
    `, {"hash":"sha256:132670b3a2444413dfd0713fc48bf988450c954f7bda3b18de4267a100a299da"}) as unknown as TypedDocumentString<ResidentBookVenueMutation, ResidentBookVenueMutationVariables>;
export const ResidentMyBookingsDocument = new TypedDocumentString(`
    query ResidentMyBookings($first: Int!) {
  myBookings(first: $first) {
    pageInfo {
      hasNextPage
    }
    edges {
      node {
        id
        status
        startsAt
        endsAt
        purpose
        attendees
        checkInCode
        expiresAt
        reason
        venue {
          id
          name
        }
        viewerCan {
          cancel
        }
      }
    }
  }
}
    `, {"hash":"sha256:51744ddf1e877d65191c8887667eefdd74e790e071b0faa61c2216fe4d823177"}) as unknown as TypedDocumentString<ResidentMyBookingsQuery, ResidentMyBookingsQueryVariables>;
export const ResidentCancelBookingDocument = new TypedDocumentString(`
    mutation ResidentCancelBooking($input: CancelBookingInput!) {
  cancelBooking(input: $input) {
    booking {
      id
      status
    }
  }
}
    `, {"hash":"sha256:feb7161f1ab04e3d76fe92e4c9969d3a47ec711769f7b890f8853d9689342968"}) as unknown as TypedDocumentString<ResidentCancelBookingMutation, ResidentCancelBookingMutationVariables>;
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