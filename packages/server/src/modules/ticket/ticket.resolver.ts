import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { withReasons } from '../../common/errors.js';
import { actorOf, type RequestContext } from '../../graphql/context.js';
import { mapConnection } from '../../graphql/pagination.js';
import { BoardReasons } from '../board/board.errors.js';
import { FILE_ATTACH_REASONS } from '../file/file.errors.js';
import { STAFF_ROLES } from '../identity/identity.enums.js';
import type { TicketEntity } from './ticket.entity.js';
import { TicketReasons as R, TICKET_ACTION_REASONS } from './ticket.errors.js';
import { ticketFigures } from './ticket.figures.js';
import * as I from './ticket.inputs.js';
import { toCategory, toTicket } from './ticket.mappers.js';
import { OWNER_ACCESS, STAFF_ACCESS, type TicketAccess } from './ticket.policy.js';
import {
  Ticket,
  TicketCategory,
  TicketCategoryPayload,
  TicketConnection,
  TicketFigures,
  TicketIntakeSetting,
  TicketPayload,
} from './ticket.types.js';

// The workbench and staff actions show staff the ticket in full (the read rule and the staff
// abilities already placed it in their reach); a resident's own list and actions, as its owner.
const STAFF = STAFF_ACCESS;
const OWNER = OWNER_ACCESS;

/** 我要说事: intake, the staff workbench, every action on a ticket. */
@Authorized()
@Resolver()
export class TicketResolver {
  @Query(() => TicketConnection, {
    description: 'The staff workbench: tickets in the viewer’s scope, newest first, with filters.',
  })
  @Authorized(STAFF_ROLES)
  async tickets(@Args(() => I.TicketListArgs) args: I.TicketListArgs, @Ctx() ctx: RequestContext) {
    const conn = await ctx.services.tickets.listForStaff(ctx.viewer, args);
    return mapConnection(conn, (t) => toTicket(t, STAFF));
  }

  @Query(() => TicketConnection, { description: 'The signed-in resident’s own tickets, newest first.' })
  async myTickets(@Args(() => I.TicketListArgs) args: I.TicketListArgs, @Ctx() ctx: RequestContext) {
    const conn = await ctx.services.tickets.listMine(ctx.viewer, args);
    return mapConnection(conn, (t) => toTicket(t, OWNER));
  }

  @Query(() => Ticket, {
    description:
      'One ticket: in full for staff in scope and its submitter, in the public form for other residents of the community; NOT_FOUND otherwise.',
  })
  async ticket(@Arg('id', () => ID, { description: 'Ticket id.' }) id: string, @Ctx() ctx: RequestContext) {
    const { ticket, access } = await ctx.services.tickets.get(ctx.viewer, id);
    // The public form leaves out what staff hid from it (board module).
    const [shown] = await ctx.services.tickets.publicForm([toTicket(ticket, access)]);
    return shown;
  }

  @Query(() => [TicketCategory], { description: 'Categories of a community, in order (active ones unless asked).' })
  async ticketCategories(@Args(() => I.CategoryListArgs) args: I.CategoryListArgs, @Ctx() ctx: RequestContext) {
    return (await ctx.services.tickets.listCategories(ctx.viewer, args.communityId, args.includeInactive)).map(
      toCategory,
    );
  }

  @Query(() => TicketFigures, {
    description:
      'Valid, replied, on-time, resolved, escalated … for tickets submitted in a period, from the timelines.',
    deprecationReason:
      'Use analysisFigures (the analysis module): the same counts with written definitions, plus residents, rates and first-reply times.',
  })
  @Authorized(STAFF_ROLES)
  async ticketFigures(@Args(() => I.FiguresArgs) args: I.FiguresArgs, @Ctx() ctx: RequestContext) {
    return ticketFigures(ctx.services.dataSource, ctx.viewer, args);
  }

  @Mutation(() => TicketPayload, {
    description: withReasons('Raise a matter. Idempotent per `idempotencyKey`: a retry returns the first ticket.', [
      R.TICKET_BIND_HOUSEHOLD_FIRST,
      R.TICKET_UNKNOWN_CATEGORY,
      R.TICKET_UNKNOWN_PLACE,
      R.TICKET_CATEGORY_OF_ANOTHER_COMMUNITY,
      ...FILE_ATTACH_REASONS,
      // The community's moderation settings (board module): blocked words, the daily limit.
      BoardReasons.BOARD_BLOCKED_WORD,
      BoardReasons.BOARD_DAILY_TICKET_LIMIT,
    ]),
  })
  async submitTicket(
    @Arg('input', () => I.SubmitTicketInput, { description: 'The matter.' }) input: I.SubmitTicketInput,
    @Ctx() ctx: RequestContext,
  ) {
    return this.payload(await ctx.services.tickets.submit(actorOf(ctx), input), OWNER);
  }

  @Mutation(() => TicketPayload, {
    description: withReasons('Accept as valid and route to responsible organisations (each gets its reply clock).', [
      ...TICKET_ACTION_REASONS,
      R.TICKET_UNKNOWN_CATEGORY,
      R.TICKET_HANDLER_NOT_SERVING_PLACE,
    ]),
  })
  async acceptTicket(
    @Arg('input', () => I.AcceptTicketInput, { description: 'Routing.' }) input: I.AcceptTicketInput,
    @Ctx() ctx: RequestContext,
  ) {
    return this.payload(await ctx.services.ticketWorkflow.accept(actorOf(ctx), input), STAFF);
  }

  @Mutation(() => TicketPayload, {
    description: withReasons('Reject as invalid, with a reason (not counted as valid).', TICKET_ACTION_REASONS),
  })
  async rejectTicket(
    @Arg('input', () => I.RejectTicketInput, { description: 'Reason.' }) input: I.RejectTicketInput,
    @Ctx() ctx: RequestContext,
  ) {
    return this.payload(await ctx.services.ticketWorkflow.reject(actorOf(ctx), input), STAFF);
  }

  @Mutation(() => TicketPayload, {
    description: withReasons(
      'Merge a duplicate into a primary ticket; the submitter is told and follows the primary.',
      [...TICKET_ACTION_REASONS, R.TICKET_MERGE_INTO_ITSELF, R.TICKET_PRIMARY_NOT_FOUND, R.TICKET_PRIMARY_CLOSED],
    ),
  })
  async mergeTicket(
    @Arg('input', () => I.MergeTicketInput, { description: 'The primary.' }) input: I.MergeTicketInput,
    @Ctx() ctx: RequestContext,
  ) {
    return this.payload(await ctx.services.ticketWorkflow.merge(actorOf(ctx), input), STAFF);
  }

  @Mutation(() => TicketPayload, {
    description: withReasons('Change the responsible organisations (new ones get a fresh reply clock).', [
      ...TICKET_ACTION_REASONS,
      R.TICKET_HANDLER_NOT_SERVING_PLACE,
    ]),
  })
  async reassignTicket(
    @Arg('input', () => I.ReassignTicketInput, { description: 'The organisations.' }) input: I.ReassignTicketInput,
    @Ctx() ctx: RequestContext,
  ) {
    return this.payload(await ctx.services.ticketWorkflow.reassign(actorOf(ctx), input), STAFF);
  }

  @Mutation(() => TicketPayload, {
    description: withReasons('Post a public answer; meets the replying organisation’s obligation.', [
      ...TICKET_ACTION_REASONS,
      R.TICKET_NOT_REPLYING_ORGANISATION,
    ]),
  })
  async replyToTicket(
    @Arg('input', () => I.ReplyToTicketInput, { description: 'The answer.' }) input: I.ReplyToTicketInput,
    @Ctx() ctx: RequestContext,
  ) {
    return this.payload(await ctx.services.ticketWorkflow.reply(actorOf(ctx), input), STAFF);
  }

  @Mutation(() => TicketPayload, {
    description: withReasons('Add an internal note (staff only).', TICKET_ACTION_REASONS),
  })
  async addTicketNote(
    @Arg('input', () => I.AddTicketNoteInput, { description: 'The note.' }) input: I.AddTicketNoteInput,
    @Ctx() ctx: RequestContext,
  ) {
    return this.payload(await ctx.services.ticketWorkflow.note(actorOf(ctx), input), STAFF);
  }

  @Mutation(() => TicketPayload, {
    description: withReasons('Resolve (完结) with the resolution.', TICKET_ACTION_REASONS),
  })
  async resolveTicket(
    @Arg('input', () => I.ResolveTicketInput, { description: 'The resolution.' }) input: I.ResolveTicketInput,
    @Ctx() ctx: RequestContext,
  ) {
    return this.payload(await ctx.services.ticketWorkflow.resolve(actorOf(ctx), input), STAFF);
  }

  @Mutation(() => TicketPayload, {
    description: withReasons('Report up (上报) to a street department; tracked until its answer is posted.', [
      ...TICKET_ACTION_REASONS,
      R.TICKET_NOT_A_STREET_DEPARTMENT,
    ]),
  })
  async escalateTicket(
    @Arg('input', () => I.EscalateTicketInput, { description: 'Department and reason.' }) input: I.EscalateTicketInput,
    @Ctx() ctx: RequestContext,
  ) {
    return this.payload(await ctx.services.ticketWorkflow.escalate(actorOf(ctx), input), STAFF);
  }

  @Mutation(() => TicketPayload, {
    description: withReasons(
      "Post the street department's answer to an escalated ticket: street admins, or that department's own staff (DEPARTMENT_STAFF).",
      TICKET_ACTION_REASONS,
    ),
  })
  async answerTicketEscalation(
    @Arg('input', () => I.AnswerEscalationInput, { description: 'The answer.' }) input: I.AnswerEscalationInput,
    @Ctx() ctx: RequestContext,
  ) {
    return this.payload(await ctx.services.ticketWorkflow.answerEscalation(actorOf(ctx), input), STAFF);
  }

  @Mutation(() => TicketPayload, {
    description: withReasons('Put on a round-table meeting agenda (state IN_MEETING).', TICKET_ACTION_REASONS),
  })
  async referTicketToMeeting(
    @Arg('input', () => I.ReferTicketToMeetingInput, { description: 'Note.' }) input: I.ReferTicketToMeetingInput,
    @Ctx() ctx: RequestContext,
  ) {
    return this.payload(await ctx.services.ticketWorkflow.referToMeeting(actorOf(ctx), input), STAFF);
  }

  @Mutation(() => TicketPayload, {
    description: withReasons('Rate the outcome of an own resolved ticket, 1-5.', TICKET_ACTION_REASONS),
  })
  async rateTicket(
    @Arg('input', () => I.RateTicketInput, { description: 'Score and comment.' }) input: I.RateTicketInput,
    @Ctx() ctx: RequestContext,
  ) {
    return this.payload(await ctx.services.ticketWorkflow.rate(actorOf(ctx), input), OWNER);
  }

  @Mutation(() => TicketPayload, {
    description: withReasons('Reopen an own resolved ticket within the allowed days (TICKET_REOPEN_DAYS).', [
      ...TICKET_ACTION_REASONS,
      R.TICKET_REOPEN_PERIOD_OVER,
    ]),
  })
  async reopenTicket(
    @Arg('input', () => I.ReopenTicketInput, { description: 'Why.' }) input: I.ReopenTicketInput,
    @Ctx() ctx: RequestContext,
  ) {
    return this.payload(await ctx.services.ticketWorkflow.reopen(actorOf(ctx), input), OWNER);
  }

  @Mutation(() => TicketPayload, {
    description: withReasons('Withdraw an own ticket that is not resolved yet.', TICKET_ACTION_REASONS),
  })
  async withdrawTicket(
    @Arg('input', () => I.WithdrawTicketInput, { description: 'Why.' }) input: I.WithdrawTicketInput,
    @Ctx() ctx: RequestContext,
  ) {
    return this.payload(await ctx.services.ticketWorkflow.withdraw(actorOf(ctx), input), OWNER);
  }

  @Mutation(() => TicketCategoryPayload, {
    description: withReasons('Create a category for a community.', [R.TICKET_CATEGORY_CODE_TAKEN]),
  })
  @Authorized(STAFF_ROLES)
  async createTicketCategory(
    @Arg('input', () => I.CreateTicketCategoryInput, { description: 'The category.' })
    input: I.CreateTicketCategoryInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { category: toCategory(await ctx.services.ticketCategories.create(actorOf(ctx), input)) };
  }

  @Mutation(() => TicketCategoryPayload, {
    description: withReasons('Change a category: names, default handler, deadlines, active.', [
      R.TICKET_CATEGORY_VERSION_STALE,
    ]),
  })
  @Authorized(STAFF_ROLES)
  async updateTicketCategory(
    @Arg('input', () => I.UpdateTicketCategoryInput, { description: 'The changes.' })
    input: I.UpdateTicketCategoryInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { category: toCategory(await ctx.services.ticketCategories.update(actorOf(ctx), input)) };
  }

  @Mutation(() => TicketIntakeSetting, {
    description:
      'Decide who may raise matters in a community (community staff, street admins; audited). Others get FORBIDDEN with reason TICKET_BIND_HOUSEHOLD_FIRST from submitTicket.',
  })
  @Authorized(STAFF_ROLES)
  async setTicketIntake(
    @Arg('input', () => I.SetTicketIntakeInput, { description: 'Community and setting.' })
    input: I.SetTicketIntakeInput,
    @Ctx() ctx: RequestContext,
  ) {
    const c = await ctx.services.tickets.setIntake(actorOf(ctx), input);
    return { communityId: c.id, intake: c.ticketIntake };
  }

  private payload(t: TicketEntity, access: TicketAccess) {
    return { ticket: toTicket(t, access) };
  }
}
