import type { DataSource, EntityManager } from 'typeorm';
import { can } from '../../auth/policy.js';
import { scoped, unscoped } from '../../auth/scoped.js';
import type { Viewer } from '../../auth/viewer.js';
import { notFound } from '../../common/errors.js';
import { TicketEntity } from './ticket.entity.js';
import { TicketState } from './ticket.enums.js';
import { type TicketAccess, ticketInStaffReachByRow, ticketStaffRead } from './ticket.policy.js';

/** States other residents may see a ticket in (the public board). */
export const PUBLIC_STATES: readonly TicketState[] = [
  TicketState.ACCEPTED,
  TicketState.REPLIED,
  TicketState.ESCALATED,
  TicketState.IN_MEETING,
  TicketState.RESOLVED,
];

/**
 * How the viewer may see one ticket: in full as staff (one scoped query), as its submitter or a
 * follower of a merged duplicate, or in the public form as a resident of its community.
 * NOT_FOUND when none applies.
 */
export async function loadTicketWithAccess(
  ds: DataSource | EntityManager,
  viewer: Viewer | null,
  id: string,
): Promise<{ ticket: TicketEntity; access: TicketAccess }> {
  const ticket = await unscoped(ds, 'the ticket is judged by accessOf below before anything of it is returned')
    .repo(TicketEntity)
    .findOneBy({ id });
  if (!ticket || !viewer) throw notFound('Ticket');
  const access = await accessOf(ds, viewer, ticket);
  if (!access.staff && !access.owner && !access.publicOnly) throw notFound('Ticket');
  return { ticket, access };
}

export async function accessOf(
  ds: DataSource | EntityManager,
  viewer: Viewer,
  ticket: TicketEntity,
): Promise<TicketAccess> {
  const owner = ticket.submitterId === viewer.userId;
  let staff = false;
  if (viewer.isStaff) {
    // The row in hand answers place and department (no statement); only routed organisations need the query.
    staff =
      ticketInStaffReachByRow(viewer, ticket) ||
      (await scoped(ds, viewer).query(ticketStaffRead, 't').andWhere('t.id = :id', { id: ticket.id }).getExists());
  }
  let publicOnly = false;
  if (!staff && !owner) {
    const follower = await unscoped(ds, 'does the viewer follow this ticket through a merged duplicate of their own')
      .repo(TicketEntity)
      .existsBy({ mergedIntoId: ticket.id, submitterId: viewer.userId });
    publicOnly = follower || (PUBLIC_STATES.includes(ticket.state) && can(viewer, 'ticket.publicRead', ticket));
  }
  return { staff, owner, publicOnly };
}
