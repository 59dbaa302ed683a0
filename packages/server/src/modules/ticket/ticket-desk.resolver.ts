import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../../auth/roles.js';
import { withReasons } from '../../common/errors.js';
import { actorOf, type RequestContext } from '../../graphql/context.js';
import { mapConnection } from '../../graphql/pagination.js';
import { STAFF_ROLES } from '../identity/identity.enums.js';
import { OrganisationKind } from '../org/org.enums.js';
import { toOrganisation } from '../org/org.mappers.js';
import { Organisation } from '../org/org.types.js';
import { AssignmentState } from './ticket.enums.js';
import { TICKET_ACTION_REASONS, TicketReasons } from './ticket.errors.js';
import { toCategory, toTicket } from './ticket.mappers.js';
import { handlerOrgIds, STAFF_ACCESS } from './ticket.policy.js';
import { Ticket, TicketCategoryPayload, TicketPayload } from './ticket.types.js';
import type { TicketRoutingRuleEntity } from './ticket-desk.entities.js';
import { DeskReasons as R } from './ticket-desk.errors.js';
import * as I from './ticket-desk.inputs.js';
import { isPinned } from './ticket-desk.list.js';
import { TicketDeskService } from './ticket-desk.service.js';
import {
  DeleteTicketRoutingRulePayload,
  TicketDeskSetting,
  TicketRoutingRule,
  TicketRoutingRuleConnection,
  TicketRoutingRulePayload,
  TicketSupervision,
} from './ticket-desk.types.js';

const toRule = (r: TicketRoutingRuleEntity): TicketRoutingRule => ({
  id: r.id,
  version: r.version,
  communityId: r.communityId,
  streetId: r.streetId,
  categoryId: r.categoryId,
  estateId: r.estateId,
  organisationIds: r.organisationIds,
  autoRoute: r.autoRoute,
  createdAt: r.createdAt,
});

/** The ticket desk: urgency, routing rules, acknowledgement (签收), supervision (督办). */
@Authorized()
@Resolver()
export class TicketDeskResolver {
  @Query(() => TicketRoutingRuleConnection, {
    description: 'Routing rules (分派规则) of a community, oldest first (staff who read its tickets).',
  })
  @Authorized(STAFF_ROLES)
  async ticketRoutingRules(
    @Args(() => I.TicketRoutingRuleListArgs) args: I.TicketRoutingRuleListArgs,
    @Ctx() ctx: RequestContext,
  ) {
    return mapConnection(await ctx.services.ticketDesk.listRules(actorOf(ctx), args), toRule);
  }

  @Query(() => TicketDeskSetting, {
    description: 'A community’s desk settings (emergency hours, acknowledgement hours).',
  })
  @Authorized(STAFF_ROLES)
  ticketDeskSetting(
    @Arg('communityId', () => ID, { description: 'The community.' }) communityId: string,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.services.ticketDesk.setting(actorOf(ctx), communityId);
  }

  @Mutation(() => TicketDeskSetting, {
    description: 'Set a community’s desk settings (community staff, street admins; audited).',
  })
  @Authorized(STAFF_ROLES)
  setTicketDeskSetting(
    @Arg('input', () => I.SetTicketDeskSettingInput, { description: 'The settings.' })
    input: I.SetTicketDeskSettingInput,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.services.ticketDesk.setSetting(actorOf(ctx), input);
  }

  @Mutation(() => TicketRoutingRulePayload, {
    description: withReasons('Create or change a routing rule of a community (audited).', [
      TicketReasons.TICKET_UNKNOWN_CATEGORY,
      TicketReasons.TICKET_UNKNOWN_PLACE,
      TicketReasons.TICKET_HANDLER_NOT_SERVING_PLACE,
      R.TICKET_ROUTING_RULE_TAKEN,
      R.TICKET_ROUTING_RULE_VERSION_STALE,
    ]),
  })
  @Authorized(STAFF_ROLES)
  async saveTicketRoutingRule(
    @Arg('input', () => I.SaveTicketRoutingRuleInput, { description: 'The rule.' }) input: I.SaveTicketRoutingRuleInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { rule: toRule(await ctx.services.ticketDesk.saveRule(actorOf(ctx), input)) };
  }

  @Mutation(() => DeleteTicketRoutingRulePayload, { description: 'Delete a routing rule (audited).' })
  @Authorized(STAFF_ROLES)
  async deleteTicketRoutingRule(
    @Arg('input', () => I.DeleteTicketRoutingRuleInput, { description: 'The rule.' })
    input: I.DeleteTicketRoutingRuleInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { deletedId: await ctx.services.ticketDesk.deleteRule(actorOf(ctx), input.id) };
  }

  @Mutation(() => TicketCategoryPayload, {
    description: withReasons('Place a category under a parent (two levels) and set its default priority (audited).', [
      R.TICKET_CATEGORY_PARENT_INVALID,
    ]),
  })
  @Authorized(STAFF_ROLES)
  async setTicketCategoryDefaults(
    @Arg('input', () => I.SetTicketCategoryDefaultsInput, { description: 'Parent and priority.' })
    input: I.SetTicketCategoryDefaultsInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { category: toCategory(await ctx.services.ticketDesk.setCategoryDefaults(actorOf(ctx), input)) };
  }

  @Mutation(() => TicketPayload, {
    description: withReasons(
      'Change the priority with a reason (staff-only event). To EMERGENCY: the hour clock runs from now, the community’s staff and the handlers are told at once, and it is pinned on top of the workbench until acknowledged.',
      [...TICKET_ACTION_REASONS, R.TICKET_PRIORITY_UNCHANGED],
    ),
  })
  @Authorized(STAFF_ROLES)
  async changeTicketPriority(
    @Arg('input', () => I.ChangeTicketPriorityInput, { description: 'Priority and reason.' })
    input: I.ChangeTicketPriorityInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { ticket: toTicket(await ctx.services.ticketDesk.changePriority(actorOf(ctx), input), STAFF_ACCESS) };
  }

  @Mutation(() => TicketPayload, {
    description: withReasons('Acknowledge (签收) the assignment of the viewer’s organisation (staff-only event).', [
      ...TICKET_ACTION_REASONS,
      R.TICKET_NOTHING_TO_ACKNOWLEDGE,
    ]),
  })
  @Authorized(STAFF_ROLES)
  async acknowledgeAssignment(
    @Arg('input', () => I.AcknowledgeAssignmentInput, { description: 'The ticket.' })
    input: I.AcknowledgeAssignmentInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { ticket: toTicket(await ctx.services.ticketDesk.acknowledge(actorOf(ctx), input), STAFF_ACCESS) };
  }

  @Mutation(() => TicketPayload, {
    description: withReasons(
      'Issue a supervision notice (督办) on an overdue, unacknowledged or stalled assignment: a note and a new due date; on the timeline (staff only), its organisation told, counted in the assessment.',
      [
        ...TICKET_ACTION_REASONS,
        R.TICKET_NOT_AN_OPEN_ASSIGNMENT,
        R.TICKET_SUPERVISION_NOT_DUE,
        R.TICKET_SUPERVISION_DATE_IN_PAST,
      ],
    ),
  })
  @Authorized(STAFF_ROLES)
  async superviseAssignment(
    @Arg('input', () => I.SuperviseAssignmentInput, { description: 'Organisation, note and new due date.' })
    input: I.SuperviseAssignmentInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { ticket: toTicket(await ctx.services.ticketDesk.supervise(actorOf(ctx), input), STAFF_ACCESS) };
  }
}

/** The desk's fields on a ticket. */
@Resolver(() => Ticket)
export class TicketDeskFieldsResolver {
  @FieldResolver(() => Boolean, {
    description: 'Pinned on top of the workbench: an open emergency nobody acknowledged yet.',
  })
  pinned(@Root() t: Ticket) {
    return isPinned(t);
  }

  @FieldResolver(() => [Organisation], {
    description:
      'The handlers the routing rules suggest for this ticket (acceptance pre-fills them); empty without a rule or outside the staff view.',
  })
  async suggestedHandlers(@Root() t: Ticket, @Ctx() ctx: RequestContext) {
    if (!t.staffView) return [];
    const [rules, category] = await Promise.all([
      ctx.loaders.ticketRoutingRules.load(t.communityId),
      ctx.loaders.ticketCategory.load(t.categoryId),
    ]);
    const rule = TicketDeskService.pickRule(rules, t, category?.parentId ?? null);
    const orgs = await Promise.all((rule?.organisationIds ?? []).map((id) => ctx.loaders.organisation.load(id)));
    // Archived organisations are no longer suggested.
    return orgs.filter((o) => !!o && !o.archivedAt).map((o) => toOrganisation(o as NonNullable<typeof o>));
  }

  @FieldResolver(() => [ID], {
    description:
      'Organisations whose open assignment on this ticket the viewer may acknowledge (签收) now: their own, and for community staff their community office; empty outside the staff view.',
  })
  async viewerAcknowledges(@Root() t: Ticket, @Ctx() ctx: RequestContext) {
    const viewer = ctx.viewer;
    if (!t.staffView || !viewer) return [];
    const waiting = (await ctx.loaders.assignmentsByTicket.load(t.id)).filter(
      (a) => a.state === AssignmentState.OPEN && !a.acknowledgedAt,
    );
    const mine = handlerOrgIds(viewer);
    const communityStaff = viewer.grants.some(
      (g) => g.role === Role.COMMUNITY_STAFF && g.communityId === t.communityId,
    );
    const ids: string[] = [];
    for (const a of waiting) {
      if (mine.includes(a.organisationId)) ids.push(a.organisationId);
      else if (communityStaff) {
        const o = await ctx.loaders.organisation.load(a.organisationId);
        if (o?.kind === OrganisationKind.COMMUNITY_OFFICE && o.communityId === t.communityId) ids.push(o.id);
      }
    }
    return ids;
  }

  @FieldResolver(() => [TicketSupervision], {
    description: 'Supervision notices (督办), oldest first (staff view only).',
  })
  async supervisions(@Root() t: Ticket, @Ctx() ctx: RequestContext) {
    if (!t.staffView) return [];
    return ctx.loaders.ticketSupervisions.load(t.id);
  }
}

/** The desk's fields on a routing rule. */
@Resolver(() => TicketRoutingRule)
export class TicketRoutingRuleFieldsResolver {
  @FieldResolver(() => [Organisation], { description: 'The responsible organisations.' })
  async organisations(@Root() r: TicketRoutingRule, @Ctx() ctx: RequestContext) {
    const orgs = await Promise.all(r.organisationIds.map((id) => ctx.loaders.organisation.load(id)));
    return orgs.filter((o) => !!o).map((o) => toOrganisation(o as NonNullable<typeof o>));
  }
}
