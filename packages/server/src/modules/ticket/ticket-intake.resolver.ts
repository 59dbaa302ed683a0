import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { withReasons } from '../../common/errors.js';
import { actorOf, type RequestContext } from '../../graphql/context.js';
import { FILE_ATTACH_REASONS } from '../file/file.errors.js';
import { Role, STAFF_ROLES } from '../identity/identity.enums.js';
import type { TicketEntity } from './ticket.entity.js';
import { TicketReasons as R, TICKET_ACTION_REASONS } from './ticket.errors.js';
import { toTicket } from './ticket.mappers.js';
import { STAFF_ACCESS } from './ticket.policy.js';
import { TicketPayload } from './ticket.types.js';
import type { BulkOutcome } from './ticket-bulk.service.js';
import { TicketIntakeReasons as D } from './ticket-intake.errors.js';
import { departmentAnswerTimes } from './ticket-intake.figures.js';
import * as I from './ticket-intake.inputs.js';
import {
  BulkTicketsPayload,
  DepartmentAnswerTime,
  ImportTicketsPayload,
  TicketContactPayload,
} from './ticket-intake.types.js';

const TRIAGE_ROLES = [Role.SYSTEM_ADMIN, Role.STREET_ADMIN, Role.COMMUNITY_STAFF];
const BULK_REASONS = [D.TICKET_BULK_TOO_MANY];

const bulkPayload = (r: { succeeded: number; results: BulkOutcome[] }) => ({
  succeeded: r.succeeded,
  results: r.results.map((o) => ({ ...o, ticket: o.ticket ? toTicket(o.ticket, STAFF_ACCESS) : null })),
});

/** The ticket desk: intake on behalf, department answers, imports of historical matters, bulk work. */
@Resolver()
export class TicketIntakeResolver {
  @Mutation(() => TicketPayload, {
    description: withReasons(
      'Take a matter for a person (代为登记: phone, counter, grid patrol, 12345 transfer, letter). The ticket is theirs if their phone is registered, otherwise it becomes theirs when that phone registers. Idempotent per recorder and `idempotencyKey`.',
      [
        R.TICKET_ACTION_NOT_ALLOWED,
        R.TICKET_UNKNOWN_CATEGORY,
        R.TICKET_UNKNOWN_PLACE,
        R.TICKET_CATEGORY_OF_ANOTHER_COMMUNITY,
        D.TICKET_SOURCE_NOT_ON_BEHALF,
        D.TICKET_EXTERNAL_REF_REQUIRED,
        ...FILE_ATTACH_REASONS,
      ],
    ),
  })
  @Authorized(TRIAGE_ROLES)
  async raiseTicketOnBehalf(
    @Arg('input', () => I.RaiseTicketOnBehalfInput, { description: 'The matter and the person.' })
    input: I.RaiseTicketOnBehalfInput,
    @Ctx() ctx: RequestContext,
  ) {
    return this.payload(await ctx.services.ticketIntake.raiseOnBehalf(actorOf(ctx), input));
  }

  @Mutation(() => TicketContactPayload, {
    description: withReasons(
      'Show the phone of the person a ticket was taken for, in full. Each reveal is written to the audit log.',
      [R.TICKET_ACTION_NOT_ALLOWED],
    ),
  })
  @Authorized(TRIAGE_ROLES)
  async revealTicketContact(
    @Arg('input', () => I.RevealTicketContactInput, { description: 'The ticket.' }) input: I.RevealTicketContactInput,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.services.ticketIntake.revealContact(actorOf(ctx), input);
  }

  @Mutation(() => TicketPayload, {
    description: withReasons(
      'A street department’s staff acknowledge a ticket escalated to their own department (签收).',
      TICKET_ACTION_REASONS,
    ),
  })
  @Authorized([Role.DEPARTMENT_STAFF])
  async acknowledgeTicketEscalation(
    @Arg('input', () => I.AcknowledgeEscalationInput, { description: 'The ticket.' })
    input: I.AcknowledgeEscalationInput,
    @Ctx() ctx: RequestContext,
  ) {
    return this.payload(await ctx.services.ticketWorkflow.acknowledgeEscalation(actorOf(ctx), input));
  }

  @Mutation(() => ImportTicketsPayload, {
    description: withReasons(
      'Import historical matters of a community (CSV or XLSX) as tickets with backdated timelines, marked imported: every row is checked; if any is refused nothing is written and `errors` lists the refused rows {row, column, reason}.',
      [R.TICKET_ACTION_NOT_ALLOWED, D.TICKET_IMPORT_UNREADABLE],
    ),
  })
  @Authorized(TRIAGE_ROLES)
  importTickets(
    @Arg('input', () => I.ImportTicketsInput, { description: 'The file.' }) input: I.ImportTicketsInput,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.services.ticketImport.import(actorOf(ctx), input);
  }

  @Mutation(() => BulkTicketsPayload, {
    description: withReasons(
      'Accept and route several tickets: each goes through `acceptTicket` on its own (version check, event, audit row); the result lists per ticket success or why it failed.',
      BULK_REASONS,
    ),
  })
  @Authorized(TRIAGE_ROLES)
  async bulkAcceptTickets(
    @Arg('input', () => I.BulkAcceptTicketsInput, { description: 'Tickets and routing.' })
    input: I.BulkAcceptTicketsInput,
    @Ctx() ctx: RequestContext,
  ) {
    return bulkPayload(await ctx.services.ticketBulk.accept(actorOf(ctx), input));
  }

  @Mutation(() => BulkTicketsPayload, {
    description: withReasons(
      'Reject several tickets with one reason: each goes through `rejectTicket` on its own; the result lists per ticket success or why it failed.',
      BULK_REASONS,
    ),
  })
  @Authorized(TRIAGE_ROLES)
  async bulkRejectTickets(
    @Arg('input', () => I.BulkRejectTicketsInput, { description: 'Tickets and reason.' })
    input: I.BulkRejectTicketsInput,
    @Ctx() ctx: RequestContext,
  ) {
    return bulkPayload(await ctx.services.ticketBulk.reject(actorOf(ctx), input));
  }

  @Mutation(() => BulkTicketsPayload, {
    description: withReasons(
      'Merge several duplicates into one primary: each goes through `mergeTicket` on its own; the result lists per ticket success or why it failed.',
      BULK_REASONS,
    ),
  })
  @Authorized(TRIAGE_ROLES)
  async bulkMergeTickets(
    @Arg('input', () => I.BulkMergeTicketsInput, { description: 'Tickets and the primary.' })
    input: I.BulkMergeTicketsInput,
    @Ctx() ctx: RequestContext,
  ) {
    return bulkPayload(await ctx.services.ticketBulk.merge(actorOf(ctx), input));
  }

  @Query(() => [DepartmentAnswerTime], {
    description:
      'How each street department answered the tickets escalated to it in a period: escalations, acknowledged, answered, median and longest hours to answer.',
  })
  @Authorized(STAFF_ROLES)
  async departmentAnswerTimes(
    @Args(() => I.DepartmentAnswerArgs) args: I.DepartmentAnswerArgs,
    @Ctx() ctx: RequestContext,
  ) {
    return departmentAnswerTimes(ctx.services.dataSource, ctx.viewer, args);
  }

  private payload(t: TicketEntity) {
    return { ticket: toTicket(t, STAFF_ACCESS) };
  }
}
