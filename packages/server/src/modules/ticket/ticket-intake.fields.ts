import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { maskPhone } from '../../common/mask.js';
import type { RequestContext } from '../../graphql/context.js';
import { toOrganisation } from '../org/org.mappers.js';
import { Organisation } from '../org/org.types.js';
import { TicketSource } from './ticket.enums.js';
import { Ticket } from './ticket.types.js';
import { DepartmentAnswerTime } from './ticket-intake.types.js';

/** The ticket desk's fields of a ticket (ticket-intake.view.ts decides what the viewer may see). */
@Resolver(() => Ticket)
export class TicketIntakeFieldsResolver {
  @FieldResolver(() => TicketSource, {
    description: 'How it came in: the app, or taken on behalf (phone, counter …), or imported.',
  })
  source(@Root() t: Ticket) {
    return t.desk?.source ?? TicketSource.APP;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The 12345 hotline’s number of the transfer (staff only).',
  })
  externalRef(@Root() t: Ticket) {
    return t.desk?.externalRef ?? null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Name of the person it was taken for (staff and the person).',
  })
  contactName(@Root() t: Ticket) {
    return t.desk?.contactName ?? null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Phone of the person it was taken for: masked (138****1234) for staff, see `revealTicketContact`; in full for the person.',
  })
  contactPhone(@Root() t: Ticket) {
    const phone = t.desk?.contactPhone;
    if (!phone) return null;
    return t.desk?.personView ? phone : maskPhone(phone);
  }

  @FieldResolver(() => Boolean, {
    description: 'Taken on behalf of a phone not registered yet: it becomes the person’s when they register.',
  })
  awaitingLink(@Root() t: Ticket) {
    return t.staffView && !!t.desk?.awaitingLink;
  }

  @FieldResolver(() => Boolean, { description: 'Written by an import of historical matters (backdated timeline).' })
  imported(@Root() t: Ticket) {
    return !!t.desk?.imported;
  }

  @FieldResolver(() => Organisation, {
    nullable: true,
    description: 'The street department it was last escalated to (staff only).',
  })
  async escalatedTo(@Root() t: Ticket, @Ctx() ctx: RequestContext) {
    const id = t.staffView ? t.desk?.escalatedToId : null;
    const o = id ? await ctx.loaders.organisation.load(id) : null;
    return o ? toOrganisation(o) : null;
  }
}

@Resolver(() => DepartmentAnswerTime)
export class DepartmentAnswerTimeFieldsResolver {
  @FieldResolver(() => Organisation, { description: 'The department.' })
  async organisation(@Root() r: DepartmentAnswerTime, @Ctx() ctx: RequestContext) {
    const o = await ctx.loaders.organisation.load(r.organisationId);
    if (!o) throw new Error('dangling organisation');
    return toOrganisation(o);
  }
}
