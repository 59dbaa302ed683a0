import { Brackets, type SelectQueryBuilder } from 'typeorm';
import { can, reachFor } from '../../auth/policy.js';
import { applyReach, isEmptyReach, type Place } from '../../auth/reach.js';
import type { Viewer } from '../../auth/viewer.js';
import { Role } from '../identity/identity.enums.js';
import type { TicketEntity } from './ticket.entity.js';
import type { TicketAction } from './ticket.transitions.js';

/** Organisations the viewer works for as property staff or committee member. */
export function handlerOrgIds(viewer: Viewer | null): string[] {
  return (viewer?.grantsFor([Role.PROPERTY_STAFF, Role.COMMITTEE_MEMBER]) ?? [])
    .map((g) => g.organisationId)
    .filter((x): x is string => !!x);
}

let seq = 0;

/**
 * Read rule of tickets as a query filter for staff: community, street and system staff by place;
 * property staff and committee members only tickets routed to their organisation.
 */
export function applyTicketStaffReach(qb: SelectQueryBuilder<TicketEntity>, viewer: Viewer | null): void {
  const reach = reachFor(viewer, 'ticket.read');
  const orgIds = handlerOrgIds(viewer);
  if (reach.all) return;
  const n = ++seq;
  qb.andWhere(
    new Brackets((w) => {
      w.where('1 = 0');
      if (!isEmptyReach(reach)) w.orWhere(new Brackets((p) => applyReach(p, qb.alias, reach)));
      if (orgIds.length > 0) {
        w.orWhere(
          `EXISTS (SELECT 1 FROM ticket_assignment ta${n} WHERE ta${n}.ticketId = ${qb.alias}.id AND ta${n}.organisationId IN (:...orgs${n}) AND ta${n}.state <> 'REMOVED')`,
          { [`orgs${n}`]: orgIds },
        );
      }
    }),
  );
}

export interface TicketAccess {
  /** Staff who see the ticket in full. */
  staff: boolean;
  /** The resident who raised it. */
  owner: boolean;
  /** Another resident of the community: the public, anonymised form only. */
  publicOnly: boolean;
}

/**
 * What the viewer may do with a ticket they can see, given the organisations routed to it.
 * Staff rights come from the permission table; residents' from ownership.
 */
export function ticketCan(
  viewer: Viewer | null,
  t: Place,
  access: TicketAccess,
  assignedOrgIds: readonly string[],
): Record<TicketAction, boolean> {
  const triage = can(viewer, 'ticket.triage', t);
  // Triage staff reply and resolve any ticket of their place; others only for a routed organisation.
  const handles = triage || handlerOrgIds(viewer).some((o) => assignedOrgIds.includes(o));
  return {
    accept: triage,
    reject: triage,
    merge: triage,
    reassign: triage,
    reply: handles,
    note: access.staff,
    escalate: triage,
    answerEscalation: triage,
    referToMeeting: triage,
    resolve: handles,
    rate: access.owner,
    reopen: access.owner,
    withdraw: access.owner,
  };
}
