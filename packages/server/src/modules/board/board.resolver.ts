import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { withReasons } from '../../common/errors.js';
import { actorOf, type RequestContext } from '../../graphql/context.js';
import { mapConnection } from '../../graphql/pagination.js';
import { Role, STAFF_ROLES } from '../identity/identity.enums.js';
import type { TicketEntity } from '../ticket/ticket.entity.js';
import { TICKET_ACTION_REASONS, TicketReasons } from '../ticket/ticket.errors.js';
import { toTicket } from '../ticket/ticket.mappers.js';
import type { TicketAccess } from '../ticket/ticket.policy.js';
import { TicketConnection, TicketPayload } from '../ticket/ticket.types.js';
import { BoardReasons as R } from './board.errors.js';
import * as I from './board.inputs.js';
import { toReport, toSettings, toTemplate } from './board.mappers.js';
import {
  BoardSettings,
  BoardSettingsPayload,
  DeleteReplyTemplatePayload,
  FilledReplyTemplate,
  ReplyTemplateConnection,
  ReplyTemplatePayload,
  TicketReportConnection,
  TicketReportPayload,
} from './board.types.js';

/**
 * The public board (residents: list, 我也遇到, follow, report) and the desk's moderation, follow-up
 * calls and reply templates (staff). Thin: each operation hands the actor to a service.
 */
/** The desk: community, street and system staff (property staff and committees see only what is routed to them). */
const DESK = [Role.SYSTEM_ADMIN, Role.STREET_ADMIN, Role.COMMUNITY_STAFF];

@Authorized()
@Resolver()
export class BoardResolver {
  private async shown(ctx: RequestContext, r: { ticket: TicketEntity; access: TicketAccess }) {
    const [ticket] = await ctx.services.tickets.publicForm([toTicket(r.ticket, r.access)]);
    return { ticket };
  }

  @Query(() => TicketConnection, {
    description:
      'The public board of a community: its accepted (and later) tickets in the public form — texts staff hid left out — for its residents and staff; newest, most 我也遇到, or resolved most recently, by estate and category.',
  })
  async ticketBoard(@Args(() => I.TicketBoardArgs) args: I.TicketBoardArgs, @Ctx() ctx: RequestContext) {
    const conn = await ctx.services.board.board(ctx.viewer, args);
    const userId = ctx.viewer?.userId;
    const mapped = mapConnection(conn, (t) =>
      toTicket(t, { staff: false, owner: t.submitterId === userId, publicOnly: t.submitterId !== userId }),
    );
    await ctx.services.tickets.publicForm(mapped.edges.map((e) => e.node));
    return mapped;
  }

  @Mutation(() => TicketPayload, {
    description: withReasons(
      '我也遇到: a resident of the community has the same matter — once per person (a second press changes nothing); counts toward hot topics.',
      [R.BOARD_NOT_A_RESIDENT_HERE, R.BOARD_OWN_TICKET],
    ),
  })
  async meTooTicket(
    @Arg('input', () => I.BoardTicketInput, { description: 'The ticket.' }) input: I.BoardTicketInput,
    @Ctx() ctx: RequestContext,
  ) {
    return this.shown(ctx, await ctx.services.board.meToo(actorOf(ctx), input.ticketId));
  }

  @Mutation(() => TicketPayload, {
    description: withReasons('Follow a public ticket (told of its replies and resolution), or stop following it.', [
      R.BOARD_NOT_A_RESIDENT_HERE,
    ]),
  })
  async followTicket(
    @Arg('input', () => I.FollowTicketInput, { description: 'The ticket.' }) input: I.FollowTicketInput,
    @Ctx() ctx: RequestContext,
  ) {
    return this.shown(ctx, await ctx.services.board.follow(actorOf(ctx), input.ticketId, input.follow));
  }

  @Mutation(() => TicketPayload, {
    description: withReasons('Report a public ticket to staff (once per person).', [
      R.BOARD_NOT_A_RESIDENT_HERE,
      R.BOARD_ALREADY_REPORTED,
      R.BOARD_BLANK_TEXT,
    ]),
  })
  async reportTicket(
    @Arg('input', () => I.ReportTicketInput, { description: 'The report.' }) input: I.ReportTicketInput,
    @Ctx() ctx: RequestContext,
  ) {
    return this.shown(ctx, await ctx.services.board.report(actorOf(ctx), input));
  }

  // ---- staff ----------------------------------------------------------------------------------

  @Query(() => BoardSettings, { description: 'A community’s board and moderation settings (staff who configure it).' })
  @Authorized(DESK)
  async boardSettings(
    @Arg('communityId', () => ID, { description: 'The community.' }) communityId: string,
    @Ctx() ctx: RequestContext,
  ) {
    return toSettings(await ctx.services.board.settings(ctx.viewer, communityId));
  }

  @Mutation(() => BoardSettingsPayload, {
    description: withReasons('Set a community’s blocked words, daily limit of new tickets and auto-close days.', [
      R.BOARD_BAD_SETTING,
      R.BOARD_SETTINGS_STALE,
    ]),
  })
  @Authorized(DESK)
  async setBoardSettings(
    @Arg('input', () => I.SetBoardSettingsInput, { description: 'The settings.' }) input: I.SetBoardSettingsInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { settings: toSettings(await ctx.services.board.setSettings(actorOf(ctx), input)) };
  }

  @Query(() => TicketReportConnection, {
    description: 'Residents’ reports of public tickets of a community, newest first.',
  })
  @Authorized(DESK)
  async ticketReports(@Args(() => I.TicketReportListArgs) args: I.TicketReportListArgs, @Ctx() ctx: RequestContext) {
    return mapConnection(await ctx.services.board.reports(ctx.viewer, args), toReport);
  }

  @Mutation(() => TicketReportPayload, { description: 'Mark a resident’s report handled.' })
  @Authorized(DESK)
  async handleTicketReport(
    @Arg('input', () => I.BoardRecordInput, { description: 'The report.' }) input: I.BoardRecordInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { report: toReport(await ctx.services.board.handleReport(actorOf(ctx), input.id)) };
  }

  @Mutation(() => TicketPayload, {
    description: withReasons(
      'Hide a text of a ticket from the public form, with a reason (staff still see it, and the reason).',
      [R.BOARD_BLANK_TEXT],
    ),
  })
  @Authorized(DESK)
  async hideTicketText(
    @Arg('input', () => I.HideTicketTextInput, { description: 'What and why.' }) input: I.HideTicketTextInput,
    @Ctx() ctx: RequestContext,
  ) {
    const r = await ctx.services.board.setHidden(actorOf(ctx), input.ticketId, input.part, input.reason);
    return { ticket: toTicket(r.ticket, r.access) };
  }

  @Mutation(() => TicketPayload, { description: 'Show a hidden text of a ticket in the public form again.' })
  @Authorized(DESK)
  async unhideTicketText(
    @Arg('input', () => I.UnhideTicketTextInput, { description: 'Which text.' }) input: I.UnhideTicketTextInput,
    @Ctx() ctx: RequestContext,
  ) {
    const r = await ctx.services.board.setHidden(actorOf(ctx), input.ticketId, input.part, null);
    return { ticket: toTicket(r.ticket, r.access) };
  }

  @Mutation(() => TicketPayload, {
    description: withReasons(
      'Record a follow-up call (回访) to a resident who did not rate a resolved ticket; a dissatisfied one may reopen it.',
      [...TICKET_ACTION_REASONS, R.BOARD_CALLBACK_RATED, R.BOARD_CALLBACK_SATISFACTION, R.BOARD_TICKET_CLOSED],
    ),
  })
  @Authorized(DESK)
  async recordTicketCallback(
    @Arg('input', () => I.RecordTicketCallbackInput, { description: 'The call.' }) input: I.RecordTicketCallbackInput,
    @Ctx() ctx: RequestContext,
  ) {
    const r = await ctx.services.boardCallbacks.record(actorOf(ctx), input);
    return { ticket: toTicket(r.ticket, r.access) };
  }

  @Query(() => ReplyTemplateConnection, { description: 'A community’s reply templates (常用语), newest first.' })
  @Authorized(DESK)
  async replyTemplates(@Args(() => I.ReplyTemplateListArgs) args: I.ReplyTemplateListArgs, @Ctx() ctx: RequestContext) {
    return mapConnection(await ctx.services.boardTemplates.list(ctx.viewer, args), toTemplate);
  }

  @Query(() => [FilledReplyTemplate], {
    description:
      'The reply templates for a ticket’s community and category (at most 50), filled for it: the reply dialog’s picker.',
  })
  @Authorized(STAFF_ROLES)
  async filledReplyTemplates(
    @Arg('ticketId', () => ID, { description: 'The ticket.' }) ticketId: string,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.services.boardTemplates.filled(ctx.viewer, ticketId);
  }

  @Mutation(() => ReplyTemplatePayload, {
    description: withReasons('Add a reply template to a community (optionally for one category).', [
      R.BOARD_BLANK_TEXT,
      TicketReasons.TICKET_UNKNOWN_CATEGORY,
    ]),
  })
  @Authorized(DESK)
  async createReplyTemplate(
    @Arg('input', () => I.CreateReplyTemplateInput, { description: 'The template.' }) input: I.CreateReplyTemplateInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { template: toTemplate(await ctx.services.boardTemplates.create(actorOf(ctx), input)) };
  }

  @Mutation(() => ReplyTemplatePayload, {
    description: withReasons('Change a reply template.', [
      R.BOARD_BLANK_TEXT,
      R.BOARD_TEMPLATE_STALE,
      TicketReasons.TICKET_UNKNOWN_CATEGORY,
    ]),
  })
  @Authorized(DESK)
  async updateReplyTemplate(
    @Arg('input', () => I.UpdateReplyTemplateInput, { description: 'The change.' }) input: I.UpdateReplyTemplateInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { template: toTemplate(await ctx.services.boardTemplates.update(actorOf(ctx), input)) };
  }

  @Mutation(() => DeleteReplyTemplatePayload, { description: 'Delete a reply template.' })
  @Authorized(DESK)
  async deleteReplyTemplate(
    @Arg('input', () => I.BoardRecordInput, { description: 'The template.' }) input: I.BoardRecordInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { id: await ctx.services.boardTemplates.remove(actorOf(ctx), input.id) };
  }
}
