import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { can } from '../../auth/policy.js';
import type { Viewer } from '../../auth/viewer.js';
import type { RequestContext } from '../../graphql/context.js';
import { toUser } from '../identity/identity.mappers.js';
import { User } from '../identity/identity.types.js';
import { toOrganisation } from '../org/org.mappers.js';
import { Organisation } from '../org/org.types.js';
import { Ticket } from '../ticket/ticket.types.js';
import { MinutesState } from './meeting.enums.js';
import { toActionItem, toAgendaItem, toParty } from './meeting.mappers.js';
import { meetingViewerCan, orgIdsOf, placeOfMeeting } from './meeting.policy.js';
import { Meeting, MeetingActionItem, MeetingAgendaItem, MeetingParty, MeetingViewerCan } from './meeting.types.js';

/** Organisers of the meeting's place. */
const organises = (v: Viewer | null, m: { streetId: string; communityId: string }) =>
  can(v, 'meeting.manage', placeOfMeeting(m));
/** Staff who read the meeting (organisers or invited): the parties and action items are for them. */
const staffReader = (v: Viewer | null) => Boolean(v?.isStaff);

/** Fields of a meeting: what each reader sees is decided here (residents: no parties, published minutes only). */
@Resolver(() => Meeting)
export class MeetingFieldsResolver {
  @FieldResolver(() => MeetingViewerCan, { description: 'What the viewer may do now.' })
  viewerCan(@Root() m: Meeting, @Ctx() ctx: RequestContext) {
    return meetingViewerCan(ctx.viewer, m);
  }

  @FieldResolver(() => [MeetingAgendaItem], { description: 'The agenda, in order.' })
  async agenda(@Root() m: Meeting, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.meetingAgenda.load(m.id)).map(toAgendaItem);
  }

  @FieldResolver(() => [MeetingParty], {
    description: 'Invited parties and registered residents with their attendance (staff only; empty for residents).',
  })
  async parties(@Root() m: Meeting, @Ctx() ctx: RequestContext) {
    if (!staffReader(ctx.viewer)) return [];
    return (await ctx.loaders.meetingParties.load(m.id)).map(toParty);
  }

  @FieldResolver(() => [MeetingActionItem], { description: 'Action items it gave (staff only; empty for residents).' })
  async actionItems(@Root() m: Meeting, @Ctx() ctx: RequestContext) {
    if (!staffReader(ctx.viewer)) return [];
    return (await ctx.loaders.meetingActionItems.load(m.id)).map((e) => toActionItem(e));
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The minutes (sanitised HTML): staff who read the meeting always; residents once published.',
  })
  minutesHtml(@Root() m: Meeting, @Ctx() ctx: RequestContext) {
    if (staffReader(ctx.viewer) || m.minutesState === MinutesState.PUBLISHED) return m.minutesHtml;
    return null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The door code (organisers only).' })
  checkInCode(@Root() m: Meeting, @Ctx() ctx: RequestContext) {
    return organises(ctx.viewer, m) ? m.checkInCode : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'The QR link a resident front end opens: `roundtable://meeting-check-in?meetingId=…&code=…` (organisers only).',
  })
  checkInLink(@Root() m: Meeting, @Ctx() ctx: RequestContext) {
    return organises(ctx.viewer, m) ? `roundtable://meeting-check-in?meetingId=${m.id}&code=${m.checkInCode}` : null;
  }

  @FieldResolver(() => String, { description: 'Path of its iCalendar file (`GET` with the Bearer token).' })
  icsPath(@Root() m: Meeting) {
    return `/meetings/${m.id}/ics`;
  }
}

@Resolver(() => MeetingParty)
export class MeetingPartyFieldsResolver {
  @FieldResolver(() => Organisation, { nullable: true, description: 'The organisation.' })
  async organisation(@Root() p: MeetingParty, @Ctx() ctx: RequestContext) {
    const o = p.organisationId ? await ctx.loaders.organisation.load(p.organisationId) : null;
    return o ? toOrganisation(o) : null;
  }

  @FieldResolver(() => User, { nullable: true, description: 'The person (phone masked).' })
  async user(@Root() p: MeetingParty, @Ctx() ctx: RequestContext) {
    const u = p.userId ? await ctx.loaders.user.load(p.userId) : null;
    return u ? toUser(u, ctx.viewer?.userId) : null;
  }
}

@Resolver(() => MeetingActionItem)
export class MeetingActionItemFieldsResolver {
  @FieldResolver(() => Organisation, { description: 'The owner organisation.' })
  async ownerOrganisation(@Root() a: MeetingActionItem, @Ctx() ctx: RequestContext) {
    const o = await ctx.loaders.organisation.load(a.ownerOrganisationId);
    if (!o) throw new Error('dangling organisation');
    return toOrganisation(o);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer may report on it (organisers, the owner’s staff).' })
  viewerCanUpdate(@Root() a: MeetingActionItem, @Ctx() ctx: RequestContext) {
    return organises(ctx.viewer, a) || orgIdsOf(ctx.viewer).includes(a.ownerOrganisationId);
  }

  @FieldResolver(() => String, { description: 'Title of its meeting.' })
  async meetingTitle(@Root() a: MeetingActionItem, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.meeting.load(a.meetingId))?.title ?? '';
  }
}

@Resolver(() => MeetingAgendaItem)
export class MeetingAgendaItemFieldsResolver {
  @FieldResolver(() => String, { description: 'Title of its meeting.' })
  async meetingTitle(@Root() a: MeetingAgendaItem, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.meeting.load(a.meetingId))?.title ?? '';
  }

  @FieldResolver(() => Date, { description: 'When its meeting starts.' })
  async meetingStartsAt(@Root() a: MeetingAgendaItem, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.meeting.load(a.meetingId))?.startsAt ?? new Date(0);
  }
}

/** A ticket's meetings and action items (the ticket drawer): staff who see the ticket in full. */
@Resolver(() => Ticket)
export class TicketMeetingFieldsResolver {
  @FieldResolver(() => [MeetingAgendaItem], {
    description: 'Agenda items about it, newest first (staff view; empty otherwise).',
  })
  async meetingAgendaItems(@Root() t: Ticket, @Ctx() ctx: RequestContext) {
    if (!t.staffView) return [];
    return (await ctx.loaders.agendaItemsByTicket.load(t.id)).map(toAgendaItem);
  }

  @FieldResolver(() => [MeetingActionItem], {
    description: 'Action items meetings gave about it (staff view; empty otherwise).',
  })
  async meetingActionItems(@Root() t: Ticket, @Ctx() ctx: RequestContext) {
    if (!t.staffView) return [];
    return (await ctx.loaders.actionItemsByTicket.load(t.id)).map((e) => toActionItem(e));
  }
}
