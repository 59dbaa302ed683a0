import { type DataSource, type EntityManager, Not } from 'typeorm';
import { authorize } from '../../auth/abilities.js';
import { actingGrant } from '../../auth/policy.js';
import type { Grant, Viewer } from '../../auth/viewer.js';
import type { Actor } from '../../common/actor.js';
import { fail } from '../../common/errors.js';
import type { Config } from '../../config.js';
import { isLockFailure } from '../../db/errors.js';
import type { AuditService } from '../audit/audit.service.js';
import type { NewNotification, NotificationService } from '../notification/notification.service.js';
import { OrganisationKind } from '../org/org.enums.js';
import { OrganisationEntity } from '../org/organisation.entity.js';
import { loadTicketWithAccess } from './ticket.access.js';
import { TicketEntity } from './ticket.entity.js';
import { AssignmentState, TicketEventType, TicketState } from './ticket.enums.js';
import { TicketReasons as R } from './ticket.errors.js';
import type * as I from './ticket.inputs.js';
import { excerpt, TicketNoticeKind as K, type TicketNoticeParams, ticketNotice } from './ticket.notices.js';
import { handlerOrgIds, ticketPolicy } from './ticket.policy.js';
import type { DeadlineCalendar } from './ticket.ports.js';
import {
  assignedOrgIds,
  assignHandlers,
  handlersOf,
  organisationStaff,
  residentsOf,
  validateHandlers,
} from './ticket.routing.js';
import { type TicketAction, transition, transitionRefusal } from './ticket.transitions.js';
import { TicketAssignmentEntity } from './ticket-assignment.entity.js';
import { TicketCategoryEntity } from './ticket-category.entity.js';
import { emergencyClock } from './ticket-desk.clock.js';
import { emergencyNotice } from './ticket-desk.notices.js';
import { TicketEventEntity } from './ticket-event.entity.js';

interface Step {
  m: EntityManager;
  ticket: TicketEntity;
  viewer: Viewer;
  grant: Grant | null;
  now: Date;
  /** Changes to the ticket row besides state and version. */
  patch: Partial<TicketEntity>;
  /** The event's text and links; who sees it is declared per type (EVENT_VISIBILITY). */
  event: { note?: string | null; organisationId?: string | null; relatedTicketId?: string | null };
  notify: NewNotification[];
  /** Facts for the audit summary besides the states (names, so the log reads without lookups). */
  audit?: Record<string, unknown>;
  /** What the audit row says besides the states (the desk: a priority change's from and to). */
  summary?: Record<string, unknown>;
}

/**
 * A caller's transaction a step joins (the meeting module moves tickets in the same transaction
 * as its own rows); the notifications are left for the caller to publish after it commits.
 */
export interface OuterTransaction {
  m: EntityManager;
  published: Awaited<ReturnType<NotificationService['add']>>;
}

/** Where a round-table meeting sends a ticket it decided on (meeting module). */
export type MeetingOutcome =
  | { kind: 'RESOLVED' }
  | { kind: 'ESCALATED'; departmentId: string }
  | { kind: 'RETURNED'; replyDays: number };

/**
 * Told of every event a workflow step writes, inside its transaction (modules listed later register
 * one, e.g. the board module tells a ticket's followers of replies); returns the notifications it added.
 */
export type TicketEventListener = (
  event: { ticket: TicketEntity; type: TicketEventType; note: string | null; actorId: string },
  m: EntityManager,
) => Promise<Awaited<ReturnType<NotificationService['add']>>>;

/** Asked before an action runs (e.g. the board module refuses rating a ticket that closed itself); throws to refuse. */
export type TicketActionGuard = (action: TicketAction, ticket: TicketEntity, m: EntityManager) => Promise<void>;

/** A step's work, optionally preceded by the caller's transaction it joins. */
type Work =
  | [work: (s: Step) => Promise<void>]
  | [outer: OuterTransaction | undefined, work: (s: Step) => Promise<void>];

/**
 * Every action that moves a ticket. One pipeline: check the viewer may act (policy), the version
 * they saw, the transition table; then in one transaction a conditional update of the ticket
 * (`WHERE version = ?` — of two staff acting at once one succeeds, the other gets CONFLICT), the
 * immutable event, the action's own changes, notifications and the audit row.
 */
export class TicketWorkflowService {
  private readonly eventListeners: TicketEventListener[] = [];
  private readonly guards: TicketActionGuard[] = [];

  /** Registers a listener of timeline events (see TicketEventListener). */
  onEvent(listener: TicketEventListener): void {
    this.eventListeners.push(listener);
  }

  /** Registers a guard of actions (see TicketActionGuard). */
  guard(guard: TicketActionGuard): void {
    this.guards.push(guard);
  }

  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationService,
    private readonly calendar: () => DeadlineCalendar,
    private readonly config: Config,
  ) {}

  /** The pipeline; the desk (ticket-desk.service.ts) runs its actions through it too. */
  async run(
    actor: Actor,
    ticketId: string,
    action: TicketAction,
    expectedVersion: number | null | undefined,
    ...args: Work
  ): Promise<TicketEntity> {
    const [outer, work] = args.length === 1 ? [undefined, args[0]] : args;
    const { ticket, access } = await loadTicketWithAccess(outer?.m ?? this.ds, actor.viewer, ticketId);
    const assigned = await assignedOrgIds(outer?.m ?? this.ds.manager, ticket.id);
    const viewer = authorize(actor.viewer, ticketPolicy, action, {
      ticket,
      access,
      assignedOrgIds: assigned,
      escalatedToId: ticket.escalatedToId,
    });
    if (expectedVersion != null && expectedVersion !== ticket.version) {
      throw fail(R.TICKET_VERSION_STALE, 'The ticket changed since you loaded it');
    }
    const now = new Date();
    const refusal = transitionRefusal(action, ticket, this.config.ticketReopenDays, now);
    if (refusal) throw refusal;
    for (const g of this.guards) await g(action, ticket, outer?.m ?? this.ds.manager);
    const t = transition(action, ticket.state);
    const grant = access.staff ? this.grantFor(viewer, ticket, assigned) : null;
    const published: Awaited<ReturnType<NotificationService['add']>> = [];
    // Inside a caller's transaction (meeting module) the step joins it instead of opening its own.
    const database = outer ? { transaction: <T>(fn: (m: EntityManager) => Promise<T>) => fn(outer.m) } : this.ds;
    const updated = await database
      .transaction(async (m) => {
        // Claim the version first: the row lock makes a concurrent action on the same version wait
        // here and then find nothing to update (CONFLICT) before it writes anything.
        const claimed = await m.update(
          TicketEntity,
          { id: ticket.id, version: ticket.version },
          { version: ticket.version + 1 },
        );
        if (!claimed.affected) throw fail(R.TICKET_CHANGED_CONCURRENTLY, 'Someone else acted on this ticket first');
        const step: Step = { m, ticket, viewer, grant, now, patch: {}, event: {}, notify: [] };
        await work(step);
        await m.update(TicketEntity, { id: ticket.id }, { ...step.patch, state: t.next });
        await m.save(
          m.create(TicketEventEntity, {
            ticketId: ticket.id,
            communityId: ticket.communityId,
            type: t.event,
            fromState: t.to ? ticket.state : null,
            toState: t.to ? t.next : null,
            actorId: viewer.userId,
            actorRole: grant?.role ?? null,
            organisationId: step.event.organisationId ?? null,
            note: step.event.note ?? null,
            relatedTicketId: step.event.relatedTicketId ?? null,
          }),
        );
        if (access.staff) {
          await this.audit.record(
            actor.meta,
            {
              operation: `ticket.${action}`,
              targetType: 'Ticket',
              targetId: ticket.id,
              grant,
              streetId: ticket.streetId,
              communityId: ticket.communityId,
              summary: {
                from: ticket.state,
                to: t.next,
                ...(step.event.organisationId
                  ? {
                      organisationId: step.event.organisationId,
                      // Its name too, so the log reads without a lookup ("单位 萧山交警北干中队").
                      organisation: (await m.findOneBy(OrganisationEntity, { id: step.event.organisationId }))?.name,
                    }
                  : {}),
                ...step.audit,
                ...step.summary,
              },
            },
            m,
          );
        }
        published.push(
          ...(await this.notifications.add(
            m,
            step.notify.filter((n) => n.userId !== viewer.userId),
          )),
        );
        for (const listener of this.eventListeners) {
          published.push(
            ...(await listener({ ticket, type: t.event, note: step.event.note ?? null, actorId: viewer.userId }, m)),
          );
        }
        return m.findOneByOrFail(TicketEntity, { id: ticket.id });
      })
      .catch((err: unknown) => {
        if (isLockFailure(err)) throw fail(R.TICKET_CHANGED_CONCURRENTLY, 'Someone else acted on this ticket first');
        throw err;
      });
    if (outer) outer.published.push(...published);
    else this.notifications.publish(published);
    return updated;
  }

  private grantFor(viewer: Viewer, ticket: TicketEntity, assigned: string[]): Grant | null {
    return (
      actingGrant(viewer, 'ticket.triage', ticket) ??
      viewer.grants.find((g) => g.organisationId && assigned.includes(g.organisationId)) ??
      viewer.grants.find((g) => g.role !== 'RESIDENT') ??
      null
    );
  }

  /** Tells the ticket's residents (submitter, followers) or handlers (community and assigned staff). */
  private async tell<Kind extends K>(
    s: Step,
    who: 'residents' | 'handlers',
    kind: Kind,
    params: TicketNoticeParams[Kind],
  ) {
    const users = who === 'residents' ? await residentsOf(s.m, s.ticket) : await handlersOf(s.m, s.ticket);
    const notice = ticketNotice(kind, s.ticket, params);
    for (const userId of users) s.notify.push({ userId, ...notice });
  }

  /**
   * Makes exactly these organisations responsible, each owing a reply `replyDays` working days
   * from `from` — or, for an emergency, within the community's emergency hours (ticket-desk.clock.ts).
   */
  private async setAssignments(s: Step, orgIds: string[], replyDays: number, from: Date) {
    const due = (await emergencyClock(s.m, s.ticket, from)) ?? this.calendar().dueAt(from, replyDays);
    return assignHandlers(s.m, s.ticket, orgIds, due);
  }

  // ---- triage -----------------------------------------------------------------------------

  accept(actor: Actor, input: I.AcceptTicketInput, outer?: OuterTransaction) {
    return this.run(actor, input.ticketId, 'accept', input.expectedVersion, outer, async (s) => {
      const category = await s.m.findOneBy(TicketCategoryEntity, { id: input.categoryId ?? s.ticket.categoryId });
      if (!category || category.communityId !== s.ticket.communityId)
        throw fail(R.TICKET_UNKNOWN_CATEGORY, 'Unknown category', { field: 'categoryId' });
      const orgs = await validateHandlers(s.m, s.ticket, input.organisationIds);
      // The clock runs from the day of submission, whatever day staff accept. The reply deadline the
      // ticket was given at submission stays: a later change of the category's reply days is for
      // tickets raised after it (a corrected category brings its own days; a deadline computed without
      // holiday data is computed again, the calendar may have been completed since). An emergency's
      // reply clock is in hours (ticket-desk.clock.ts).
      const given =
        category.id === s.ticket.categoryId && s.ticket.replyDueAt && s.ticket.dueCovered
          ? { dueAt: s.ticket.replyDueAt, covered: true }
          : null;
      const reply =
        (await emergencyClock(s.m, s.ticket, s.ticket.createdAt)) ??
        given ??
        this.calendar().dueAt(s.ticket.createdAt, category.replyDays);
      const resolve = this.calendar().dueAt(s.ticket.createdAt, category.resolveDays);
      await assignHandlers(
        s.m,
        s.ticket,
        orgs.map((o) => o.id),
        reply,
      );
      s.audit = { organisations: orgs.map((o) => o.name) };
      s.patch = {
        categoryId: category.id,
        acceptedAt: s.now,
        replyDueAt: reply.dueAt,
        resolveDueAt: resolve.dueAt,
        dueCovered: reply.covered && resolve.covered,
      };
      s.event = { note: input.note ?? null };
      const assigned = ticketNotice(K.TICKET_ASSIGNED, s.ticket, { title: s.ticket.title });
      // An emergency's handlers are told it is one, at once (the desk).
      const emergency = await emergencyNotice(s.m, s.ticket);
      for (const userId of await organisationStaff(
        s.m,
        orgs.map((o) => o.id),
      )) {
        s.notify.push({ userId, ...assigned });
        if (emergency) s.notify.push({ userId, ...emergency });
      }
    });
  }

  reject(actor: Actor, input: I.RejectTicketInput) {
    return this.run(actor, input.ticketId, 'reject', input.expectedVersion, async (s) => {
      s.event = { note: input.reason };
      await this.tell(s, 'residents', K.TICKET_REJECTED, { title: s.ticket.title, excerpt: excerpt(input.reason) });
    });
  }

  merge(actor: Actor, input: I.MergeTicketInput) {
    return this.run(actor, input.ticketId, 'merge', input.expectedVersion, async (s) => {
      if (input.primaryTicketId === s.ticket.id)
        throw fail(R.TICKET_MERGE_INTO_ITSELF, 'A ticket cannot be merged into itself', { field: 'primaryTicketId' });
      const primary = await s.m.findOneBy(TicketEntity, { id: input.primaryTicketId });
      if (!primary || primary.communityId !== s.ticket.communityId)
        throw fail(R.TICKET_PRIMARY_NOT_FOUND, 'Primary ticket not found');
      if ([TicketState.REJECTED, TicketState.MERGED, TicketState.WITHDRAWN].includes(primary.state)) {
        throw fail(R.TICKET_PRIMARY_CLOSED, `The primary ticket is ${primary.state}`, { field: 'primaryTicketId' });
      }
      await s.m.update(
        TicketAssignmentEntity,
        { ticketId: s.ticket.id, state: Not(AssignmentState.REMOVED) },
        { state: AssignmentState.REMOVED },
      );
      s.patch = { mergedIntoId: primary.id };
      s.event = { note: input.note ?? null, relatedTicketId: primary.id };
      // About the primary ticket: the one the submitter now follows.
      s.notify.push({
        userId: s.ticket.submitterId,
        ...ticketNotice(K.TICKET_MERGED, primary, {
          title: primary.title,
          excerpt: input.note ? excerpt(input.note) : null,
        }),
      });
    });
  }

  reassign(actor: Actor, input: I.ReassignTicketInput) {
    return this.run(actor, input.ticketId, 'reassign', input.expectedVersion, async (s) => {
      const category = await s.m.findOneByOrFail(TicketCategoryEntity, { id: s.ticket.categoryId });
      const orgs = await validateHandlers(s.m, s.ticket, input.organisationIds);
      await this.setAssignments(
        s,
        orgs.map((o) => o.id),
        category.replyDays,
        s.now,
      );
      s.audit = { organisations: orgs.map((o) => o.name) };
      s.event = { note: input.note ?? null };
    });
  }

  // ---- handling ---------------------------------------------------------------------------

  /** Which open obligation a reply by this viewer meets. */
  private async replyingOrg(s: Step, requested: string | undefined): Promise<string | null> {
    const assignments = await s.m.findBy(TicketAssignmentEntity, {
      ticketId: s.ticket.id,
      state: Not(AssignmentState.REMOVED),
    });
    const mine = handlerOrgIds(s.viewer);
    const office = await s.m.findOneBy(OrganisationEntity, {
      kind: OrganisationKind.COMMUNITY_OFFICE,
      communityId: s.ticket.communityId,
    });
    // Staff speak for their own organisation; community staff also for their community office.
    // Street and system admins meet an obligation only when they name the organisation.
    const speaksFor = (orgId: string) =>
      mine.includes(orgId) || (s.grant?.role === 'COMMUNITY_STAFF' && orgId === office?.id);
    const admin = s.grant?.role === 'STREET_ADMIN' || s.grant?.role === 'SYSTEM_ADMIN';
    if (requested) {
      if (!assignments.some((a) => a.organisationId === requested) || !(speaksFor(requested) || admin)) {
        throw fail(R.TICKET_NOT_REPLYING_ORGANISATION, 'You do not reply for this organisation on this ticket', {
          field: 'organisationId',
        });
      }
      return requested;
    }
    return assignments.find((a) => speaksFor(a.organisationId))?.organisationId ?? null;
  }

  private async markReplied(s: Step, orgId: string | null) {
    if (orgId) {
      await s.m.update(
        TicketAssignmentEntity,
        { ticketId: s.ticket.id, organisationId: orgId, state: AssignmentState.OPEN },
        { state: AssignmentState.REPLIED, repliedAt: s.now },
      );
    }
    if (!s.ticket.firstRepliedAt) s.patch.firstRepliedAt = s.now;
  }

  reply(actor: Actor, input: I.ReplyToTicketInput) {
    return this.run(actor, input.ticketId, 'reply', input.expectedVersion, async (s) => {
      const orgId = await this.replyingOrg(s, input.organisationId);
      await this.markReplied(s, orgId);
      s.event = { note: input.body, organisationId: orgId };
      await this.tell(s, 'residents', K.TICKET_REPLIED, { title: s.ticket.title, excerpt: excerpt(input.body) });
    });
  }

  note(actor: Actor, input: I.AddTicketNoteInput) {
    return this.run(actor, input.ticketId, 'note', input.expectedVersion, async (s) => {
      s.event = { note: input.body };
    });
  }

  resolve(actor: Actor, input: I.ResolveTicketInput, outer?: OuterTransaction) {
    return this.run(actor, input.ticketId, 'resolve', input.expectedVersion, outer, async (s) => {
      const orgId = await this.replyingOrg(s, undefined);
      // A resolution is an answer too: it meets the resolver's obligation and, if none came before, is the first reply.
      await this.markReplied(s, orgId);
      s.patch.resolvedAt = s.now;
      s.event = { note: input.resolution, organisationId: orgId };
      await this.tell(s, 'residents', K.TICKET_RESOLVED, { title: s.ticket.title, excerpt: excerpt(input.resolution) });
    });
  }

  escalate(actor: Actor, input: I.EscalateTicketInput, outer?: OuterTransaction) {
    return this.run(actor, input.ticketId, 'escalate', input.expectedVersion, outer, async (s) => {
      const dept = await s.m.findOneBy(OrganisationEntity, { id: input.departmentId });
      if (
        !dept ||
        dept.kind !== OrganisationKind.DEPARTMENT ||
        dept.streetId !== s.ticket.streetId ||
        dept.archivedAt
      ) {
        throw fail(R.TICKET_NOT_A_STREET_DEPARTMENT, 'Not a department of this street', { field: 'departmentId' });
      }
      s.event = { note: input.reason, organisationId: dept.id };
      s.patch = { escalatedToId: dept.id };
      await this.tell(s, 'residents', K.TICKET_ESCALATED, { title: s.ticket.title, department: dept.name });
    });
  }

  answerEscalation(actor: Actor, input: I.AnswerEscalationInput) {
    return this.run(actor, input.ticketId, 'answerEscalation', input.expectedVersion, async (s) => {
      const last = await s.m.findOne(TicketEventEntity, {
        where: { ticketId: s.ticket.id, type: TicketEventType.ESCALATED },
        order: { id: 'DESC' },
      });
      await this.markReplied(s, null);
      s.event = { note: input.answer, organisationId: last?.organisationId ?? s.ticket.escalatedToId };
      await this.tell(s, 'residents', K.TICKET_ESCALATION_ANSWERED, {
        title: s.ticket.title,
        excerpt: excerpt(input.answer),
      });
    });
  }

  /** A street department's staff acknowledge a ticket escalated to their department (签收). */
  acknowledgeEscalation(actor: Actor, input: I.TicketActionInput & { note?: string | null }) {
    return this.run(actor, input.ticketId, 'acknowledgeEscalation', input.expectedVersion, async (s) => {
      s.event = { note: input.note ?? null, organisationId: s.ticket.escalatedToId };
    });
  }

  referToMeeting(actor: Actor, input: I.ReferTicketToMeetingInput, outer?: OuterTransaction) {
    return this.run(actor, input.ticketId, 'referToMeeting', input.expectedVersion, outer, async (s) => {
      s.event = { note: input.note ?? null };
      await this.tell(s, 'residents', K.TICKET_IN_MEETING, {
        title: s.ticket.title,
        excerpt: input.note ? excerpt(input.note) : null,
      });
    });
  }

  // ---- round-table meetings (called by the meeting module, inside its transaction) -----------

  /**
   * Puts a ticket on a meeting's agenda: an open ticket is referred first (`referToMeeting`), then
   * the agenda item is written on its public timeline (`note`: the meeting and its time).
   */
  async scheduleInMeeting(actor: Actor, outer: OuterTransaction, ticketId: string, note: string) {
    const { ticket } = await loadTicketWithAccess(outer.m, actor.viewer, ticketId);
    if (ticket.state === TicketState.ACCEPTED || ticket.state === TicketState.REPLIED) {
      await this.referToMeeting(actor, { ticketId, note }, outer);
    }
    return this.run(actor, ticketId, 'scheduleInMeeting', null, outer, async (s) => {
      s.event = { note };
    });
  }

  /** A meeting's decision on a ticket, on its public timeline, and where it goes next (null: it stays in meeting). */
  async concludeInMeeting(
    actor: Actor,
    outer: OuterTransaction,
    ticketId: string,
    decision: string,
    outcome: MeetingOutcome | null,
  ) {
    await this.run(actor, ticketId, 'recordMeetingDecision', null, outer, async (s) => {
      s.event = { note: decision };
    });
    switch (outcome?.kind) {
      case undefined:
        return null;
      case 'RESOLVED':
        return this.resolve(actor, { ticketId, resolution: decision }, outer);
      case 'ESCALATED':
        return this.escalate(actor, { ticketId, departmentId: outcome.departmentId, reason: decision }, outer);
      case 'RETURNED':
        return this.run(actor, ticketId, 'returnFromMeeting', null, outer, async (s) => {
          const orgIds = await assignedOrgIds(s.m, s.ticket.id);
          const due = this.calendar().dueAt(s.now, outcome.replyDays);
          // Cleared and routed again, as on reopening: each handler owes a new reply by the new date.
          await this.setAssignments(s, [], outcome.replyDays, s.now);
          await this.setAssignments(s, orgIds, outcome.replyDays, s.now);
          s.patch = { replyDueAt: due.dueAt, dueCovered: due.covered };
          s.event = { note: decision };
          await this.tell(s, 'handlers', K.TICKET_ASSIGNED, { title: s.ticket.title });
        });
    }
  }

  // ---- the resident -----------------------------------------------------------------------

  rate(actor: Actor, input: I.RateTicketInput) {
    return this.run(actor, input.ticketId, 'rate', null, async (s) => {
      s.patch = { rating: input.score, ratingComment: input.comment ?? null };
      s.event = { note: `${input.score}${input.comment ? ` ${input.comment}` : ''}` };
      await this.tell(s, 'handlers', K.TICKET_RATED, { title: s.ticket.title, score: input.score });
    });
  }

  reopen(actor: Actor, input: I.ReopenTicketInput) {
    return this.run(actor, input.ticketId, 'reopen', null, async (s) => {
      // The reopen window is checked with the transition table (transitionRefusal), before this runs.
      const category = await s.m.findOneByOrFail(TicketCategoryEntity, { id: s.ticket.categoryId });
      const orgIds = await assignedOrgIds(s.m, s.ticket.id);
      await this.setAssignments(s, [], category.replyDays, s.now);
      await this.setAssignments(s, orgIds, category.replyDays, s.now);
      s.patch = { resolvedAt: null, reopenCount: s.ticket.reopenCount + 1, rating: null, ratingComment: null };
      s.event = { note: input.reason };
      await this.tell(s, 'handlers', K.TICKET_REOPENED, { title: s.ticket.title });
    });
  }

  // ---- follow-up visits (board module, inside its transaction) -------------------------------

  /** A follow-up call (回访) on the timeline of a resolved ticket; `note` is staff's. */
  callBack(actor: Actor, outer: OuterTransaction, ticketId: string, expectedVersion: number | null, note: string) {
    return this.run(actor, ticketId, 'callBack', expectedVersion, outer, async (s) => {
      s.event = { note };
    });
  }

  /** A dissatisfied call-back reopens the ticket, as a resident's reopening does: handlers owe a new reply. */
  reopenAfterCallback(actor: Actor, outer: OuterTransaction, ticketId: string, reason: string) {
    return this.run(actor, ticketId, 'reopenAfterCallback', null, outer, async (s) => {
      const category = await s.m.findOneByOrFail(TicketCategoryEntity, { id: s.ticket.categoryId });
      const orgIds = await assignedOrgIds(s.m, s.ticket.id);
      await this.setAssignments(s, [], category.replyDays, s.now);
      await this.setAssignments(s, orgIds, category.replyDays, s.now);
      s.patch = { resolvedAt: null, reopenCount: s.ticket.reopenCount + 1 };
      s.event = { note: reason };
      await this.tell(s, 'handlers', K.TICKET_REOPENED, { title: s.ticket.title });
    });
  }

  withdraw(actor: Actor, input: I.WithdrawTicketInput) {
    return this.run(actor, input.ticketId, 'withdraw', null, async (s) => {
      await s.m.update(
        TicketAssignmentEntity,
        { ticketId: s.ticket.id, state: Not(AssignmentState.REMOVED) },
        { state: AssignmentState.REMOVED },
      );
      s.event = { note: input.reason ?? null };
    });
  }
}
