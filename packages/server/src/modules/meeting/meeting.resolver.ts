import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { STAFF_ROLES } from '../../auth/roles.js';
import { withReasons } from '../../common/errors.js';
import { actorOf, type RequestContext } from '../../graphql/context.js';
import { type Connection, mapConnection } from '../../graphql/pagination.js';
import { Role } from '../identity/identity.enums.js';
import type { MeetingEntity } from './meeting.entity.js';
import { MeetingReasons as R } from './meeting.errors.js';
import * as I from './meeting.inputs.js';
import { toActionItem, toAgendaItem, toMeeting, toParty } from './meeting.mappers.js';
import {
  CheckInPayload,
  Meeting,
  MeetingActionItemConnection,
  MeetingActionItemPayload,
  MeetingAgendaItem,
  MeetingConnection,
  MeetingParty,
  MeetingPayload,
} from './meeting.types.js';

const { SYSTEM_ADMIN, STREET_ADMIN, COMMUNITY_STAFF, RESIDENT } = Role;
const ORGANISERS = [SYSTEM_ADMIN, STREET_ADMIN, COMMUNITY_STAFF];
const STATE = [R.MEETING_WRONG_STATE, R.MEETING_ACTION_NOT_ALLOWED];

/** A page's meetings go to the request's meeting loader: their action items name them (`meetingTitle`). */
function primed<C extends Connection<MeetingEntity>>(ctx: RequestContext, page: C): C {
  for (const { node } of page.edges) ctx.loaders.meeting.prime(node.id, node);
  return page;
}

/** Round-table meetings (圆桌会): thin — each operation hands the actor to a service. */
@Authorized()
@Resolver(() => Meeting)
export class MeetingResolver {
  @Authorized(STAFF_ROLES)
  @Query(() => MeetingConnection, {
    description: "A community's meetings the viewer may read (organisers of its place; invited staff), newest first.",
  })
  async meetings(@Args(() => I.MeetingListArgs) args: I.MeetingListArgs, @Ctx() ctx: RequestContext) {
    return mapConnection(primed(ctx, await ctx.services.meeting.list(actorOf(ctx), args)), toMeeting);
  }

  @Query(() => MeetingConnection, {
    description:
      'Upcoming meetings open to residents of the viewer’s communities (residents register with `registerForMeeting`).',
  })
  async openMeetings(@Args(() => I.OpenMeetingListArgs) args: I.OpenMeetingListArgs, @Ctx() ctx: RequestContext) {
    return mapConnection(primed(ctx, await ctx.services.meeting.openMeetings(actorOf(ctx), args)), toMeeting);
  }

  @Query(() => Meeting, {
    description:
      'One meeting: organisers, invited staff and people, registered residents, and residents of its community when it is open. NOT_FOUND otherwise.',
  })
  async meeting(@Arg('id', () => ID, { description: 'The meeting.' }) id: string, @Ctx() ctx: RequestContext) {
    return toMeeting(await ctx.services.meeting.get(ctx.viewer, id));
  }

  @Authorized(STAFF_ROLES)
  @Query(() => MeetingActionItemConnection, {
    description:
      "The action-item tracker: a community's action items (organisers; owner organisations see their own), newest first.",
  })
  async meetingActionItems(@Args(() => I.ActionItemListArgs) args: I.ActionItemListArgs, @Ctx() ctx: RequestContext) {
    return mapConnection(await ctx.services.meetingActions.list(actorOf(ctx), args), (e) => toActionItem(e));
  }

  @Authorized(ORGANISERS)
  @Mutation(() => MeetingPayload, {
    description: withReasons('Plan a meeting in a community (its staff, street and system administrators).', [
      R.MEETING_BLANK_TITLE,
      R.MEETING_BAD_TIME,
      R.MEETING_NO_PLACE,
      R.MEETING_UNKNOWN_PARTY,
    ]),
  })
  async createMeeting(
    @Arg('input', () => I.CreateMeetingInput, { description: 'The meeting.' }) input: I.CreateMeetingInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { meeting: toMeeting(await ctx.services.meeting.create(actorOf(ctx), input)) };
  }

  @Authorized(ORGANISERS)
  @Mutation(() => MeetingPayload, {
    description: withReasons('Cancel a planned meeting with a reason; the parties are told.', STATE),
  })
  async cancelMeeting(
    @Arg('input', () => I.CancelMeetingInput, { description: 'Which and why.' }) input: I.CancelMeetingInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { meeting: toMeeting(await ctx.services.meeting.cancel(actorOf(ctx), input)) };
  }

  @Authorized(ORGANISERS)
  @Mutation(() => MeetingPayload, {
    description: withReasons('Mark a planned meeting held (on or after its day).', STATE),
  })
  async holdMeeting(
    @Arg('input', () => I.HoldMeetingInput, { description: 'The meeting.' }) input: I.HoldMeetingInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { meeting: toMeeting(await ctx.services.meeting.hold(actorOf(ctx), input)) };
  }

  @Authorized(ORGANISERS)
  @Mutation(() => MeetingPayload, {
    description: withReasons('Invite an organisation, a person or a resident representative; they are told.', [
      ...STATE,
      R.MEETING_UNKNOWN_PARTY,
      R.MEETING_ALREADY_INVITED,
    ]),
  })
  async inviteMeetingParty(
    @Arg('input', () => I.InviteMeetingPartyInput, { description: 'Who.' }) input: I.InviteMeetingPartyInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { meeting: toMeeting(await ctx.services.meeting.invite(actorOf(ctx), input)) };
  }

  @Authorized(ORGANISERS)
  @Mutation(() => MeetingPayload, {
    description: withReasons(
      'Add a ticket (referred to the meeting now if accepted or replied; the item shows on its public timeline) or a free topic to the end of the agenda.',
      [...STATE, R.MEETING_TICKET_NOT_WAITING, R.MEETING_TICKET_ON_AGENDA, R.MEETING_BLANK_TITLE],
    ),
  })
  async addAgendaItem(
    @Arg('input', () => I.AddAgendaItemInput, { description: 'The item.' }) input: I.AddAgendaItemInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { meeting: toMeeting(await ctx.services.meeting.addAgendaItem(actorOf(ctx), input)) };
  }

  @Authorized(ORGANISERS)
  @Mutation(() => MeetingPayload, {
    description: withReasons('Put the agenda in a new order.', [...STATE, R.MEETING_AGENDA_MISMATCH]),
  })
  async reorderAgenda(
    @Arg('input', () => I.ReorderAgendaInput, { description: 'The order.' }) input: I.ReorderAgendaInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { meeting: toMeeting(await ctx.services.meeting.reorderAgenda(actorOf(ctx), input)) };
  }

  @Authorized(ORGANISERS)
  @Mutation(() => MeetingParty, {
    description: withReasons('Record whether a party came (present, absent, excused).', STATE),
  })
  async recordAttendance(
    @Arg('input', () => I.RecordAttendanceInput, { description: 'Who and how.' }) input: I.RecordAttendanceInput,
    @Ctx() ctx: RequestContext,
  ) {
    return toParty(await ctx.services.meeting.recordAttendance(actorOf(ctx), input));
  }

  @Mutation(() => CheckInPayload, {
    description: withReasons(
      'Check in at the door with the meeting’s code (its QR link carries the meeting and the code): invited people, staff of invited organisations, registered residents; on the meeting’s day (Asia/Shanghai) only.',
      [R.MEETING_CHECK_IN_INVALID, R.MEETING_CHECK_IN_NOT_TODAY, R.MEETING_NOT_A_PARTY, R.MEETING_WRONG_STATE],
    ),
  })
  async checkInToMeeting(
    @Arg('input', () => I.CheckInToMeetingInput, { description: 'Meeting and code.' }) input: I.CheckInToMeetingInput,
    @Ctx() ctx: RequestContext,
  ) {
    const r = await ctx.services.meeting.checkIn(actorOf(ctx), input);
    return { meeting: toMeeting(r.meeting), party: toParty(r.party) };
  }

  @Authorized([RESIDENT])
  @Mutation(() => MeetingPayload, {
    description: withReasons('Register to attend an open meeting of your community (residents), within its capacity.', [
      R.MEETING_ACTION_NOT_ALLOWED,
      R.MEETING_NOT_OPEN,
      R.MEETING_FULL,
      R.MEETING_ALREADY_REGISTERED,
    ]),
  })
  async registerForMeeting(
    @Arg('input', () => I.RegisterForMeetingInput, { description: 'The meeting.' }) input: I.RegisterForMeetingInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { meeting: toMeeting(await ctx.services.meeting.register(actorOf(ctx), input)) };
  }

  @Authorized(ORGANISERS)
  @Mutation(() => MeetingPayload, {
    description: withReasons(
      'Save the minutes (sanitised rich text); `publish` makes them readable by the community’s residents (held meetings).',
      STATE,
    ),
  })
  async saveMeetingMinutes(
    @Arg('input', () => I.SaveMeetingMinutesInput, { description: 'The minutes.' }) input: I.SaveMeetingMinutesInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { meeting: toMeeting(await ctx.services.meeting.saveMinutes(actorOf(ctx), input)) };
  }

  @Authorized(ORGANISERS)
  @Mutation(() => MeetingAgendaItem, {
    description: withReasons(
      'Record the resolution of an agenda item of a held meeting. On a ticket’s item the decision goes onto the ticket’s public timeline and the ticket moves: RESOLVED, ESCALATED (to `departmentId`) or RETURNED to its handlers with a reply deadline of `replyDays` working days.',
      [...STATE, R.MEETING_ALREADY_RESOLVED, R.MEETING_OUTCOME_NEEDS_TICKET, R.MEETING_OUTCOME_NEEDS_DEPARTMENT],
    ),
  })
  async recordResolution(
    @Arg('input', () => I.RecordResolutionInput, { description: 'The resolution.' }) input: I.RecordResolutionInput,
    @Ctx() ctx: RequestContext,
  ) {
    return toAgendaItem(await ctx.services.meeting.recordResolution(actorOf(ctx), input));
  }

  @Authorized(ORGANISERS)
  @Mutation(() => MeetingActionItemPayload, {
    description: withReasons(
      'Give an organisation an action item of a held meeting, due in working days; its staff are told.',
      [...STATE, R.MEETING_UNKNOWN_OWNER, R.MEETING_UNKNOWN_AGENDA_ITEM, R.MEETING_BLANK_TITLE],
    ),
  })
  async addActionItem(
    @Arg('input', () => I.AddActionItemInput, { description: 'The item.' }) input: I.AddActionItemInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { actionItem: toActionItem(await ctx.services.meetingActions.add(actorOf(ctx), input)) };
  }

  @Authorized(STAFF_ROLES)
  @Mutation(() => MeetingActionItemPayload, {
    description: withReasons(
      'Report on an action item: done (with a note), cancelled or open again (organisers, or the owner organisation’s staff).',
      [R.MEETING_ACTION_NOT_ALLOWED],
    ),
  })
  async updateActionItem(
    @Arg('input', () => I.UpdateActionItemInput, { description: 'The report.' }) input: I.UpdateActionItemInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { actionItem: toActionItem(await ctx.services.meetingActions.update(actorOf(ctx), input)) };
  }
}
