import { Brackets, type SelectQueryBuilder } from 'typeorm';
import { allow, serialize } from '../../auth/abilities.js';
import { can, reachFor } from '../../auth/policy.js';
import { applyReach, inReach, isEmptyReach, type Place } from '../../auth/reach.js';
import type { ReadRule } from '../../auth/scoped.js';
import type { Viewer } from '../../auth/viewer.js';
import { Role } from '../identity/identity.enums.js';
import { TicketEntity } from './ticket.entity.js';
import type { TicketState } from './ticket.enums.js';
import { TicketReasons } from './ticket.errors.js';
import { type TicketAction, type TimelineAudience, TRANSITIONS, transitionRefusal } from './ticket.transitions.js';

/**
 * Who may do what with a ticket — the one table. The workflow service calls `authorize` with
 * `ticketPolicy`; `Ticket.viewerCan` is `ticketViewerCan`, the same map joined with the
 * transition table, so the console's buttons and the server's checks cannot disagree.
 */

/** Organisations the viewer works for as property staff or committee member. */
export function handlerOrgIds(viewer: Viewer | null): string[] {
  return (viewer?.grantsFor([Role.PROPERTY_STAFF, Role.COMMITTEE_MEMBER]) ?? [])
    .map((g) => g.organisationId)
    .filter((x): x is string => !!x);
}

/** Street departments the viewer works for (DEPARTMENT_STAFF): they see and answer what is escalated to them. */
export function departmentOrgIds(viewer: Viewer | null): string[] {
  return (viewer?.grantsFor([Role.DEPARTMENT_STAFF]) ?? [])
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
  const depts = departmentOrgIds(viewer);
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
      if (depts.length > 0) w.orWhere(`${qb.alias}.escalatedToId IN (:...depts${n})`, { [`depts${n}`]: depts });
    }),
  );
}

/**
 * The part of the staff read rule that a loaded ticket row answers by itself: its place in the
 * viewer's reach, or its escalation to the viewer's department. True means `applyTicketStaffReach`
 * would match the row; false leaves only the routed-organisation branch, which needs the
 * assignments (the database).
 */
export function ticketInStaffReachByRow(viewer: Viewer | null, t: Place & { escalatedToId: string | null }): boolean {
  if (inReach(reachFor(viewer, 'ticket.read'), t)) return true;
  return !!t.escalatedToId && departmentOrgIds(viewer).includes(t.escalatedToId);
}

/** Tickets staff see in full (the workbench). */
export const ticketStaffRead: ReadRule<TicketEntity> = {
  entity: TicketEntity,
  what: 'Ticket',
  filter: applyTicketStaffReach,
};

/** A resident's own tickets. */
export const ticketOwnRead: ReadRule<TicketEntity> = {
  entity: TicketEntity,
  what: 'Ticket',
  filter: (qb, viewer) => {
    qb.andWhere(`${qb.alias}.submitterId = :ownerId`, { ownerId: viewer?.userId ?? '' });
  },
};

export interface TicketAccess {
  /** Staff who see the ticket in full. */
  staff: boolean;
  /** The resident who raised it. */
  owner: boolean;
  /** Another resident of the community: the public, anonymised form only. */
  publicOnly: boolean;
}

/** Staff see tickets of their workbench, and those they just acted on, in full. */
export const STAFF_ACCESS: TicketAccess = { staff: true, owner: false, publicOnly: false };
/** A resident sees their own tickets, and those they just acted on, as their owner. */
export const OWNER_ACCESS: TicketAccess = { staff: false, owner: true, publicOnly: false };

/** A ticket as the policy judges it: where it sits, how the viewer sees it, who handles it. */
export interface TicketSubject {
  ticket: Place;
  access: TicketAccess;
  /** Organisations routed to the ticket (assignments not removed). */
  assignedOrgIds: readonly string[];
  /** The street department it was last escalated to (ticket.escalatedToId). */
  escalatedToId?: string | null;
}

const triage = (v: Viewer, s: TicketSubject) => can(v, 'ticket.triage', s.ticket);
// Triage staff reply and resolve any ticket of their place; others only for a routed organisation.
const handles = (v: Viewer, s: TicketSubject) =>
  triage(v, s) || handlerOrgIds(v).some((o) => s.assignedOrgIds.includes(o));
const staff = (_v: Viewer, s: TicketSubject) => s.access.staff;
// A department's staff answer (and acknowledge) what is escalated to their own department only.
const department = (v: Viewer, s: TicketSubject) => !!s.escalatedToId && departmentOrgIds(v).includes(s.escalatedToId);
const owner = (_v: Viewer, s: TicketSubject) => s.access.owner;

/**
 * Staff rights come from the permission table; residents' from ownership. Reading, for acting,
 * means the full view: a resident who sees only the public form is told NOT_FOUND.
 */
export const ticketPolicy = allow<TicketSubject, TicketAction>({
  what: 'Ticket',
  forbidden: TicketReasons.TICKET_ACTION_NOT_ALLOWED,
  read: (_v, s) => s.access.staff || s.access.owner,
  abilities: {
    accept: triage,
    reject: triage,
    merge: triage,
    reassign: triage,
    reply: handles,
    note: staff,
    escalate: triage,
    answerEscalation: (v, s) => triage(v, s) || department(v, s),
    acknowledgeEscalation: department,
    referToMeeting: triage,
    scheduleInMeeting: triage,
    recordMeetingDecision: triage,
    returnFromMeeting: triage,
    resolve: handles,
    rate: owner,
    reopen: owner,
    withdraw: owner,
    callBack: triage,
    reopenAfterCallback: triage,
    // The desk (ticket-desk.service.ts checks which assignment the viewer acknowledges for).
    changePriority: triage,
    acknowledge: handles,
    supervise: triage,
  },
});

/** The ticket's own facts the transition table looks at. */
export interface TicketNow {
  state: TicketState;
  resolvedAt: Date | null;
}

/** `Ticket.viewerCan`: what the viewer may do now — the ability map and the transition table together. */
export function ticketViewerCan(
  viewer: Viewer | null,
  subject: TicketSubject,
  t: TicketNow,
  reopenDays: number,
  now = new Date(),
): Record<TicketAction, boolean> {
  const may = serialize(viewer, ticketPolicy, subject);
  for (const a of Object.keys(TRANSITIONS) as TicketAction[]) {
    may[a] = may[a] && transitionRefusal(a, t, reopenDays, now) === null;
  }
  return may;
}

// ---- what a field shows ---------------------------------------------------------------------

/** How a ticket is being looked at (the API type carries these from the read). */
export interface TicketView extends Place {
  anonymous: boolean;
  staffView: boolean;
  ownerView: boolean;
  isPublicView: boolean;
}

export const audienceOf = (t: TicketView): TimelineAudience =>
  t.staffView ? 'STAFF' : t.ownerView ? 'OWNER' : 'PUBLIC';

/**
 * Anonymity: an anonymous resident is hidden from everyone but themselves and the staff who hold
 * the community's tickets (community, street, system staff, for call-backs); property and
 * committee staff — whom a complaint may be about — see 匿名居民.
 */
export function hidesSubmitter(viewer: Viewer | null, t: TicketView): boolean {
  return t.anonymous && !t.ownerView && !can(viewer, 'ticket.read', t);
}

/** Whether the submitter is shown at all (never in the public form). */
export const showsSubmitter = (viewer: Viewer | null, t: TicketView): boolean =>
  !t.isPublicView && !hidesSubmitter(viewer, t);

/** Staff names on timeline events are for staff only. */
export const showsActorName = (e: { staffView?: boolean }): boolean => Boolean(e.staffView);

/** Photos are personal: never in the public form. */
export const showsPhotos = (t: TicketView): boolean => !t.isPublicView;

/**
 * How the primary of a merged duplicate is shown: it is in the same community, so staff who see
 * the duplicate see it in full; the duplicate's submitter follows it in the public form.
 */
export function primaryAccess(viewer: Viewer | null, duplicate: TicketView, primarySubmitterId: string): TicketAccess {
  return duplicate.staffView
    ? { staff: true, owner: false, publicOnly: false }
    : { staff: false, owner: primarySubmitterId === viewer?.userId, publicOnly: true };
}
