import type { TicketEntity } from './ticket.entity.js';
import type { TicketAccess } from './ticket.policy.js';
import { EventVisibility, sees, type TimelineAudience, visibilityOf } from './ticket.transitions.js';
import type { Ticket, TicketAssignment, TicketCategory, TicketEvent } from './ticket.types.js';
import type { TicketAssignmentEntity } from './ticket-assignment.entity.js';
import type { TicketCategoryEntity } from './ticket-category.entity.js';
import type { TicketEventEntity } from './ticket-event.entity.js';
import { deskView } from './ticket-intake.view.js';

/** Staff and the submitter see a ticket in full; other residents the public form. */
export function toTicket(e: TicketEntity, access: TicketAccess): Ticket {
  const full = access.staff || access.owner;
  return {
    id: e.id,
    title: e.title,
    body: e.body,
    state: e.state,
    version: e.version,
    anonymous: e.anonymous,
    locationText: full ? e.locationText : null,
    createdAt: e.createdAt,
    acceptedAt: e.acceptedAt,
    firstRepliedAt: e.firstRepliedAt,
    resolvedAt: e.resolvedAt,
    rating: full ? e.rating : null,
    ratingComment: full ? e.ratingComment : null,
    isPublicView: !full,
    streetId: e.streetId,
    communityId: e.communityId,
    estateId: e.estateId,
    buildingId: full ? e.buildingId : null,
    categoryId: e.categoryId,
    submitterId: e.submitterId,
    mergedIntoId: e.mergedIntoId,
    replyDueAt: e.replyDueAt,
    resolveDueAt: e.resolveDueAt,
    dueCovered: e.dueCovered,
    ownerView: access.owner,
    staffView: access.staff,
    // The desk (ticket-desk.*).
    priority: e.priority,
    emergencyAt: e.emergencyAt,
    acknowledgedAt: full ? e.acknowledgedAt : null,
    desk: deskView(e, access),
  };
}

export const toCategory = (e: TicketCategoryEntity): TicketCategory => ({
  id: e.id,
  version: e.version,
  code: e.code,
  nameZh: e.nameZh,
  nameEn: e.nameEn,
  defaultOrgKind: e.defaultOrgKind,
  replyDays: e.replyDays,
  resolveDays: e.resolveDays,
  active: e.active,
  sortOrder: e.sortOrder,
  communityId: e.communityId,
  // The desk (ticket-desk.*).
  parentId: e.parentId,
  defaultPriority: e.defaultPriority,
});

export const toAssignment = (e: TicketAssignmentEntity): TicketAssignment => ({
  id: e.id,
  state: e.state,
  repliedAt: e.repliedAt,
  organisationId: e.organisationId,
  replyDueAt: e.replyDueAt,
  dueCovered: e.dueCovered,
  // The desk (ticket-desk.*).
  assignedAt: e.assignedAt ?? e.createdAt,
  acknowledgedAt: e.acknowledgedAt,
  ackFlaggedAt: e.ackFlaggedAt,
});

/**
 * An event as `audience` may see it (CONVENTIONS 4a): the public form carries the type, the time
 * and a text written for residents, nothing else; the owner's form leaves out staff-only texts.
 * `hideActor`: the actor's identity is withheld (an anonymous resident, for handling organisations).
 */
export function toEvent(e: TicketEventEntity, audience: TimelineAudience, hideActor = false): TicketEvent {
  const v = visibilityOf(e.type);
  const note = sees(audience, v.note) ? e.note : null;
  const isPublic = v.event === EventVisibility.PUBLIC;
  if (audience === 'PUBLIC') {
    return {
      id: e.id,
      type: e.type,
      fromState: null,
      toState: null,
      note,
      isPublic,
      visibility: v.event,
      actorRole: null,
      createdAt: e.createdAt,
      actorId: null,
      organisationId: null,
      relatedTicketId: null,
    };
  }
  return {
    id: e.id,
    type: e.type,
    fromState: e.fromState,
    toState: e.toState,
    note,
    isPublic,
    visibility: v.event,
    actorRole: e.actorRole,
    createdAt: e.createdAt,
    actorId: hideActor ? null : e.actorId,
    organisationId: e.organisationId,
    relatedTicketId: e.relatedTicketId,
  };
}
