import { type EntityManager, In, IsNull, Not } from 'typeorm';
import { fail } from '../../common/errors.js';
import { Role } from '../identity/identity.enums.js';
import { MembershipEntity } from '../identity/membership.entity.js';
import { OrganisationKind } from '../org/org.enums.js';
import { OrganisationEntity } from '../org/organisation.entity.js';
import { OrganisationEstateEntity } from '../org/organisation-estate.entity.js';
import { TicketEntity } from './ticket.entity.js';
import { AssignmentState } from './ticket.enums.js';
import { TicketReasons as R } from './ticket.errors.js';
import { TicketAssignmentEntity } from './ticket-assignment.entity.js';

/**
 * Routing of tickets: which organisations may be made responsible for a ticket at its place, and
 * who is told of what happens to it (residents: the submitter and followers; handlers: the
 * community's staff and the staff of the assigned organisations).
 */

/** Active community staff of a community (who triage its tickets). */
export async function communityStaff(m: EntityManager, communityId: string): Promise<string[]> {
  const rows = await m.find(MembershipEntity, {
    where: { role: Role.COMMUNITY_STAFF, communityId, revokedAt: IsNull() },
    select: { userId: true },
  });
  return [...new Set(rows.map((r) => r.userId))];
}

/** Active members (property staff, committee members) of organisations. */
export async function organisationStaff(m: EntityManager, organisationIds: string[]): Promise<string[]> {
  if (organisationIds.length === 0) return [];
  const rows = await m.find(MembershipEntity, {
    where: {
      organisationId: In(organisationIds),
      role: In([Role.PROPERTY_STAFF, Role.COMMITTEE_MEMBER]),
      revokedAt: IsNull(),
    },
    select: { userId: true },
  });
  return [...new Set(rows.map((r) => r.userId))];
}

/** Organisations currently responsible for a ticket (assignments not removed). */
export async function assignedOrgIds(m: EntityManager, ticketId: string): Promise<string[]> {
  const rows = await m.find(TicketAssignmentEntity, {
    where: { ticketId, state: Not(AssignmentState.REMOVED) },
    select: { organisationId: true },
  });
  return rows.map((r) => r.organisationId);
}

/** Residents told of a ticket: its submitter and followers (submitters of duplicates merged into it). */
export async function residentsOf(m: EntityManager, ticket: TicketEntity): Promise<string[]> {
  const followers = await m.find(TicketEntity, { where: { mergedIntoId: ticket.id }, select: { submitterId: true } });
  return [...new Set([ticket.submitterId, ...followers.map((f) => f.submitterId)])];
}

/** Handlers told of a ticket: the community's staff and the staff of the assigned organisations. */
export async function handlersOf(m: EntityManager, ticket: TicketEntity): Promise<string[]> {
  const orgIds = await assignedOrgIds(m, ticket.id);
  return [...new Set([...(await communityStaff(m, ticket.communityId)), ...(await organisationStaff(m, orgIds))])];
}

/**
 * Organisations that may be made responsible for a ticket at its place: the community's own
 * office, party branch and social organisations; the owners' committee of its estate; a property
 * company serving its estate (or community, for a ticket without an estate). Archived ones never.
 */
export async function validateHandlers(
  m: EntityManager,
  ticket: TicketEntity,
  ids: string[],
): Promise<OrganisationEntity[]> {
  const unique = [...new Set(ids)];
  const orgs = await m.findBy(OrganisationEntity, { id: In(unique) });
  const served = await m.findBy(OrganisationEstateEntity, { organisationId: In(unique) });
  for (const id of unique) {
    const o = orgs.find((x) => x.id === id);
    const ok =
      !!o &&
      !o.archivedAt &&
      (((o.kind === OrganisationKind.COMMUNITY_OFFICE ||
        o.kind === OrganisationKind.PARTY_BRANCH ||
        o.kind === OrganisationKind.SOCIAL_ORGANISATION) &&
        o.communityId === ticket.communityId) ||
        (o.kind === OrganisationKind.OWNERS_COMMITTEE &&
          o.communityId === ticket.communityId &&
          (!ticket.estateId || o.estateId === ticket.estateId)) ||
        (o.kind === OrganisationKind.PROPERTY_COMPANY &&
          served.some(
            (l) =>
              l.organisationId === id &&
              (ticket.estateId ? l.estateId === ticket.estateId : l.communityId === ticket.communityId),
          )));
    if (!ok)
      throw fail(R.TICKET_HANDLER_NOT_SERVING_PLACE, 'An organisation cannot handle tickets of this place', {
        field: 'organisationIds',
      });
  }
  return orgs;
}

/**
 * Makes exactly `orgIds` responsible for a ticket: other open obligations are removed; a new or
 * re-added organisation owes a reply by `due`; one already responsible keeps its deadline.
 */
export async function assignHandlers(
  m: EntityManager,
  ticket: TicketEntity,
  orgIds: string[],
  due: { dueAt: Date; covered: boolean },
): Promise<Date> {
  const existing = await m.findBy(TicketAssignmentEntity, { ticketId: ticket.id });
  for (const a of existing) {
    if (!orgIds.includes(a.organisationId) && a.state !== AssignmentState.REMOVED) {
      await m.update(TicketAssignmentEntity, { id: a.id }, { state: AssignmentState.REMOVED });
    }
  }
  for (const orgId of orgIds) {
    const a = existing.find((x) => x.organisationId === orgId);
    if (a && a.state !== AssignmentState.REMOVED) continue;
    if (a) {
      await m.update(
        TicketAssignmentEntity,
        { id: a.id },
        {
          state: AssignmentState.OPEN,
          replyDueAt: due.dueAt,
          dueCovered: due.covered,
          repliedAt: null,
          // Re-added: it acknowledges (签收) afresh (the desk).
          assignedAt: new Date(),
          acknowledgedAt: null,
          acknowledgedById: null,
          ackFlaggedAt: null,
        },
      );
    } else {
      await m.save(
        m.create(TicketAssignmentEntity, {
          ticketId: ticket.id,
          organisationId: orgId,
          communityId: ticket.communityId,
          state: AssignmentState.OPEN,
          replyDueAt: due.dueAt,
          dueCovered: due.covered,
          repliedAt: null,
          nearDueNotifiedAt: null,
          overdueNotifiedAt: null,
        }),
      );
    }
  }
  return due.dueAt;
}
