import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { decodeCursor, encodeCursor, PageArgs } from '../../graphql/pagination.js';
import { FileRef, toFileRef } from '../file/file.types.js';
import { toUser } from '../identity/identity.mappers.js';
import { User } from '../identity/identity.types.js';
import { toBuilding, toCommunity, toEstate, toOrganisation } from '../org/org.mappers.js';
import { Building, Community, Estate, Organisation } from '../org/org.types.js';
import { AssignmentState, TicketIntake, TicketState } from './ticket.enums.js';
import { toAssignment, toCategory, toEvent, toTicket } from './ticket.mappers.js';
import {
  audienceOf,
  hidesSubmitter,
  primaryAccess,
  showsActorName,
  showsPhotos,
  showsSubmitter,
  ticketViewerCan,
} from './ticket.policy.js';
import { typesSeenBy } from './ticket.transitions.js';
import {
  Deadline,
  Ticket,
  TicketAssignment,
  TicketCategory,
  TicketEvent,
  TicketEventConnection,
  TicketViewerCan,
} from './ticket.types.js';

function deadline(ctx: RequestContext, dueAt: Date, covered: boolean, met: boolean): Deadline {
  const now = new Date();
  return {
    dueAt,
    isOverdue: !met && now > dueAt,
    workingDaysLeft: ctx.services.calendar.calendar().workingDaysLeft(now, dueAt),
    calendarCovered: covered,
  };
}

/**
 * Fields of a ticket: every relation through a DataLoader. What a field shows (anonymity, the
 * public form, viewerCan) is decided in ticket.policy.ts.
 */
@Resolver(() => Ticket)
export class TicketFieldsResolver {
  @FieldResolver(() => TicketCategory, { description: 'Category.' })
  async category(@Root() t: Ticket, @Ctx() ctx: RequestContext) {
    const c = await ctx.loaders.ticketCategory.load(t.categoryId);
    if (!c) throw new Error('dangling category');
    return toCategory(c);
  }

  @FieldResolver(() => Community, { description: 'Community it belongs to.' })
  async community(@Root() t: Ticket, @Ctx() ctx: RequestContext) {
    const c = await ctx.loaders.community.load(t.communityId);
    if (!c) throw new Error('dangling community');
    return toCommunity(c);
  }

  @FieldResolver(() => Estate, { nullable: true, description: 'Estate it concerns.' })
  async estate(@Root() t: Ticket, @Ctx() ctx: RequestContext) {
    const e = t.estateId ? await ctx.loaders.estate.load(t.estateId) : null;
    return e ? toEstate(e) : null;
  }

  @FieldResolver(() => Building, { nullable: true, description: 'Building it concerns (hidden in the public form).' })
  async building(@Root() t: Ticket, @Ctx() ctx: RequestContext) {
    const b = t.buildingId ? await ctx.loaders.building.load(t.buildingId) : null;
    return b ? toBuilding(b) : null;
  }

  @FieldResolver(() => User, {
    nullable: true,
    description:
      'Who raised it (staff and the submitter; phone masked). Null in the public form, and for an anonymous ticket (匿名居民) to all but its submitter and community, street and system staff.',
  })
  async submitter(@Root() t: Ticket, @Ctx() ctx: RequestContext) {
    if (!showsSubmitter(ctx.viewer, t)) return null;
    const u = await ctx.loaders.user.load(t.submitterId);
    return u ? toUser(u, ctx.viewer?.userId) : null;
  }

  @FieldResolver(() => [FileRef], { description: 'Photos (empty in the public form).' })
  async photos(@Root() t: Ticket, @Ctx() ctx: RequestContext) {
    if (!showsPhotos(t)) return [];
    return (await ctx.loaders.filesByAttachment.load({ type: 'Ticket', id: t.id })).map(toFileRef);
  }

  @FieldResolver(() => [TicketAssignment], { description: 'Responsible organisations and their reply obligations.' })
  async assignments(@Root() t: Ticket, @Ctx() ctx: RequestContext) {
    const rows = await ctx.loaders.assignmentsByTicket.load(t.id);
    return rows.filter((a) => a.state !== AssignmentState.REMOVED).map(toAssignment);
  }

  @FieldResolver(() => Deadline, {
    nullable: true,
    description:
      'The first-reply deadline now running: from submission while waiting for triage, then the earliest open obligation; null when no reply is owed.',
  })
  async replyDeadline(@Root() t: Ticket, @Ctx() ctx: RequestContext) {
    if (t.state === TicketState.SUBMITTED) {
      // Stored at submission (the same value the overdue filter and watch use); computed for
      // tickets submitted before it was stored.
      if (t.replyDueAt) return deadline(ctx, t.replyDueAt, t.dueCovered, false);
      const c = await ctx.loaders.ticketCategory.load(t.categoryId);
      const due = ctx.services.calendar.calendar().dueAt(t.createdAt, c?.replyDays ?? 3);
      return deadline(ctx, due.dueAt, due.covered, false);
    }
    const open = (await ctx.loaders.assignmentsByTicket.load(t.id)).filter((a) => a.state === AssignmentState.OPEN);
    if (
      open.length === 0 ||
      [TicketState.RESOLVED, TicketState.REJECTED, TicketState.MERGED, TicketState.WITHDRAWN].includes(t.state)
    ) {
      return null;
    }
    const first = open.reduce((a, b) => (a.replyDueAt <= b.replyDueAt ? a : b));
    return deadline(ctx, first.replyDueAt, first.dueCovered, false);
  }

  @FieldResolver(() => Deadline, {
    nullable: true,
    description: 'The resolution deadline while the ticket is accepted and not resolved.',
  })
  resolveDeadline(@Root() t: Ticket, @Ctx() ctx: RequestContext) {
    if (
      !t.resolveDueAt ||
      t.resolvedAt ||
      [TicketState.REJECTED, TicketState.MERGED, TicketState.WITHDRAWN].includes(t.state)
    ) {
      return null;
    }
    return deadline(ctx, t.resolveDueAt, t.dueCovered, t.state === TicketState.RESOLVED);
  }

  @FieldResolver(() => TicketEventConnection, {
    description:
      'The timeline, oldest first, a page at a time, as the viewer may see it: staff everything; the submitter public and own events without staff texts; other residents the public events’ type and time and texts written for residents.',
  })
  async timeline(@Root() t: Ticket, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: RequestContext) {
    const audience = audienceOf(t);
    const hideActor = hidesSubmitter(ctx.viewer, t);
    const page = await ctx.loaders.timelinePage.load({
      ticketId: t.id,
      types: typesSeenBy(audience),
      first: args.first,
      // Events are only ever appended by the server, so their time-ordered ids follow creation time.
      afterId: args.after ? decodeCursor(args.after).id : null,
    });
    const edges = page.rows.map((e) => ({
      cursor: encodeCursor({ createdAt: e.createdAt, id: e.id }),
      node: { ...toEvent(e, audience, hideActor && e.actorId === t.submitterId), staffView: t.staffView },
    }));
    return {
      edges,
      totalCount: page.totalCount,
      pageInfo: {
        hasNextPage: page.hasNextPage,
        hasPreviousPage: Boolean(args.after),
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }

  @FieldResolver(() => Ticket, {
    nullable: true,
    description: 'The primary ticket a duplicate was merged into (public form unless in scope).',
  })
  async mergedInto(@Root() t: Ticket, @Ctx() ctx: RequestContext) {
    if (!t.mergedIntoId) return null;
    const primary = await ctx.loaders.ticket.load(t.mergedIntoId);
    if (!primary) return null;
    const [shown] = await ctx.services.tickets.publicForm([
      toTicket(primary, primaryAccess(ctx.viewer, t, primary.submitterId)),
    ]);
    return shown;
  }

  @FieldResolver(() => TicketViewerCan, { description: 'What the viewer may do now (role and state permitting).' })
  async viewerCan(@Root() t: Ticket, @Ctx() ctx: RequestContext) {
    const assigned = (await ctx.loaders.assignmentsByTicket.load(t.id))
      .filter((a) => a.state !== AssignmentState.REMOVED)
      .map((a) => a.organisationId);
    const access = { staff: t.staffView, owner: t.ownerView, publicOnly: t.isPublicView };
    return ticketViewerCan(
      ctx.viewer,
      { ticket: t, access, assignedOrgIds: assigned, escalatedToId: t.desk?.escalatedToId ?? null },
      t,
      ctx.services.config.ticketReopenDays,
    );
  }
}

@Resolver(() => TicketAssignment)
export class TicketAssignmentFieldsResolver {
  @FieldResolver(() => Organisation, { description: 'The responsible organisation.' })
  async organisation(@Root() a: TicketAssignment, @Ctx() ctx: RequestContext) {
    const o = await ctx.loaders.organisation.load(a.organisationId);
    if (!o) throw new Error('dangling organisation');
    return toOrganisation(o);
  }

  @FieldResolver(() => Deadline, { description: "This organisation's reply deadline." })
  deadline(@Root() a: TicketAssignment, @Ctx() ctx: RequestContext) {
    return deadline(ctx, a.replyDueAt, a.dueCovered, a.state !== AssignmentState.OPEN);
  }
}

@Resolver(() => TicketEvent)
export class TicketEventFieldsResolver {
  @FieldResolver(() => Organisation, {
    nullable: true,
    description: 'Organisation acted for (the replier, the department escalated to).',
  })
  async organisation(@Root() e: TicketEvent, @Ctx() ctx: RequestContext) {
    const o = e.organisationId ? await ctx.loaders.organisation.load(e.organisationId) : null;
    return o ? toOrganisation(o) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Name of the staff member who acted (staff view only).' })
  async actorName(@Root() e: TicketEvent & { staffView?: boolean }, @Ctx() ctx: RequestContext) {
    if (!showsActorName(e) || !e.actorId) return null;
    return (await ctx.loaders.user.load(e.actorId))?.displayName ?? null;
  }
}

@Resolver(() => Community)
export class CommunityTicketFieldsResolver {
  @FieldResolver(() => TicketIntake, { description: 'Who may raise matters (我要说事) in this community.' })
  async ticketIntake(@Root() c: Community, @Ctx() ctx: RequestContext) {
    return ((await ctx.loaders.community.load(c.id))?.ticketIntake ?? TicketIntake.VERIFIED_RESIDENTS) as TicketIntake;
  }
}
