import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { toTicket } from '../ticket/ticket.mappers.js';
import { Ticket } from '../ticket/ticket.types.js';
import { TicketTextPart } from './board.enums.js';
import { toCallback, toHiddenPart } from './board.mappers.js';
import { TicketCallback, TicketHiddenPart, TicketReport } from './board.types.js';
import { ticketNumberOf } from './board-template.service.js';

/** The three figures of a ticket's engagement come from one loader (one statement for all three). */
const engagementOf = (t: Ticket, ctx: RequestContext) =>
  ctx.loaders.ticketEngagement.load(`${ctx.viewer?.userId ?? ''}|${t.id}`);

/** The board's fields of a ticket: every one through a DataLoader. */
@Resolver(() => Ticket)
export class BoardTicketFieldsResolver {
  @FieldResolver(() => Int, { description: '我也遇到: residents of the community who have the same matter.' })
  async meTooCount(@Root() t: Ticket, @Ctx() ctx: RequestContext) {
    return (await engagementOf(t, ctx)).meTooCount;
  }

  @FieldResolver(() => Boolean, { description: 'The viewer pressed 我也遇到 on it.' })
  async viewerMeToo(@Root() t: Ticket, @Ctx() ctx: RequestContext) {
    return (await engagementOf(t, ctx)).viewerMeToo;
  }

  @FieldResolver(() => Boolean, { description: 'The viewer follows it (told of its replies and resolution).' })
  async viewerFollows(@Root() t: Ticket, @Ctx() ctx: RequestContext) {
    return (await engagementOf(t, ctx)).viewerFollows;
  }

  @FieldResolver(() => String, {
    description: 'Its short number: the last 8 characters of its id, upper case (the {工单号} of reply templates).',
  })
  number(@Root() t: Ticket) {
    return ticketNumberOf(t.id);
  }

  @FieldResolver(() => [TicketTextPart], {
    description: 'Texts staff hid from the public form (in the public form they are empty strings).',
  })
  async hiddenTexts(@Root() t: Ticket, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.hiddenParts.load(t.id)).map((h) => h.part);
  }

  @FieldResolver(() => [TicketHiddenPart], {
    description: 'Hidden texts with their reasons: staff who see the ticket in full; empty for others.',
  })
  async hiddenParts(@Root() t: Ticket, @Ctx() ctx: RequestContext) {
    if (!t.staffView) return [];
    return (await ctx.loaders.hiddenParts.load(t.id)).map(toHiddenPart);
  }

  @FieldResolver(() => [TicketCallback], {
    description:
      'Follow-up calls (回访), newest first (at most 20): staff who see the ticket in full; empty for others.',
  })
  async callbacks(@Root() t: Ticket, @Ctx() ctx: RequestContext) {
    if (!t.staffView) return [];
    return (await ctx.loaders.ticketCallbacks.load(t.id)).map(toCallback);
  }

  @FieldResolver(() => Date, {
    nullable: true,
    description:
      'When it closed itself: resolved, not rated and not called back within the community’s days (counted as not rated).',
  })
  autoClosedAt(@Root() t: Ticket, @Ctx() ctx: RequestContext) {
    return ctx.loaders.ticketClosure.load(t.id);
  }
}

/** The ticket a report is about. */
@Resolver(() => TicketReport)
export class TicketReportFieldsResolver {
  @FieldResolver(() => Ticket, { description: 'The reported ticket (in full: reports are read by its staff).' })
  async ticket(@Root() r: TicketReport, @Ctx() ctx: RequestContext) {
    const t = await ctx.loaders.ticket.load(r.ticketId);
    if (!t) throw new Error('dangling ticket');
    return toTicket(t, { staff: true, owner: false, publicOnly: false });
  }
}
