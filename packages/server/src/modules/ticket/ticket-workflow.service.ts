import { type DataSource, type EntityManager, In, Not } from 'typeorm';
import { authorize } from '../../auth/abilities.js';
import { actingGrant } from '../../auth/policy.js';
import type { Grant, Viewer } from '../../auth/viewer.js';
import type { Actor } from '../../common/actor.js';
import { badInput, conflict, notFound } from '../../common/errors.js';
import type { Config } from '../../config.js';
import type { AuditService } from '../audit/audit.service.js';
import type { NewNotification, NotificationService } from '../notification/notification.service.js';
import { OrganisationKind } from '../org/org.enums.js';
import { OrganisationEntity } from '../org/organisation.entity.js';
import { OrganisationEstateEntity } from '../org/organisation-estate.entity.js';
import { loadTicketWithAccess } from './ticket.access.js';
import { TicketEntity } from './ticket.entity.js';
import { AssignmentState, TicketEventType, TicketState } from './ticket.enums.js';
import type * as I from './ticket.inputs.js';
import { handlerOrgIds, ticketPolicy } from './ticket.policy.js';
import type { DeadlineCalendar } from './ticket.ports.js';
import { type TicketAction, transition, transitionRefusal } from './ticket.transitions.js';
import { TicketAssignmentEntity } from './ticket-assignment.entity.js';
import { TicketCategoryEntity } from './ticket-category.entity.js';
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
}

/** Deadlocks and lock timeouts between two writers mean the same as a lost version race. */
function isLockFailure(err: unknown): boolean {
  const code =
    (err as { driverError?: { code?: string }; code?: string })?.driverError?.code ?? (err as { code?: string })?.code;
  return code === 'ER_LOCK_DEADLOCK' || code === 'ER_LOCK_WAIT_TIMEOUT' || code === 'SQLITE_BUSY';
}

/**
 * Every action that moves a ticket. One pipeline: check the viewer may act (policy), the version
 * they saw, the transition table; then in one transaction a conditional update of the ticket
 * (`WHERE version = ?` — of two staff acting at once one succeeds, the other gets CONFLICT), the
 * immutable event, the action's own changes, notifications and the audit row.
 */
export class TicketWorkflowService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationService,
    private readonly calendar: () => DeadlineCalendar,
    private readonly config: Config,
  ) {}

  private async run(
    actor: Actor,
    ticketId: string,
    action: TicketAction,
    expectedVersion: number | null | undefined,
    work: (s: Step) => Promise<void>,
  ): Promise<TicketEntity> {
    const { ticket, access } = await loadTicketWithAccess(this.ds, actor.viewer, ticketId);
    const assigned = await this.assignedOrgIds(ticket.id);
    const viewer = authorize(actor.viewer, ticketPolicy, action, { ticket, access, assignedOrgIds: assigned });
    if (expectedVersion != null && expectedVersion !== ticket.version) {
      throw conflict('The ticket changed since you loaded it');
    }
    const now = new Date();
    const refusal = transitionRefusal(action, ticket, this.config.ticketReopenDays, now);
    if (refusal) throw refusal;
    const t = transition(action, ticket.state);
    const grant = access.staff ? this.grantFor(viewer, ticket, assigned) : null;
    const published: Awaited<ReturnType<NotificationService['add']>> = [];
    const updated = await this.ds
      .transaction(async (m) => {
        // Claim the version first: the row lock makes a concurrent action on the same version wait
        // here and then find nothing to update (CONFLICT) before it writes anything.
        const claimed = await m.update(
          TicketEntity,
          { id: ticket.id, version: ticket.version },
          { version: ticket.version + 1 },
        );
        if (!claimed.affected) throw conflict('Someone else acted on this ticket first');
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
                ...(step.event.organisationId ? { organisationId: step.event.organisationId } : {}),
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
        return m.findOneByOrFail(TicketEntity, { id: ticket.id });
      })
      .catch((err: unknown) => {
        if (isLockFailure(err)) throw conflict('Someone else acted on this ticket first');
        throw err;
      });
    this.notifications.publish(published);
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

  private async assignedOrgIds(ticketId: string, m: EntityManager = this.ds.manager): Promise<string[]> {
    const rows = await m.find(TicketAssignmentEntity, {
      where: { ticketId, state: Not(AssignmentState.REMOVED) },
      select: { organisationId: true },
    });
    return rows.map((r) => r.organisationId);
  }

  /** Submitter and followers (submitters of duplicates merged into this ticket). */
  private async residentsOf(m: EntityManager, ticket: TicketEntity): Promise<string[]> {
    const followers = await m.find(TicketEntity, { where: { mergedIntoId: ticket.id }, select: { submitterId: true } });
    return [...new Set([ticket.submitterId, ...followers.map((f) => f.submitterId)])];
  }

  private async tellResidents(s: Step, type: string, title: string, body: string | null) {
    for (const userId of await this.residentsOf(s.m, s.ticket)) {
      s.notify.push({ userId, type, title, body, ticketId: s.ticket.id, communityId: s.ticket.communityId });
    }
  }

  private async tellHandlers(s: Step, type: string, title: string) {
    const orgIds = await this.assignedOrgIds(s.ticket.id, s.m);
    const users = [
      ...(await this.notifications.communityStaff(s.m, s.ticket.communityId)),
      ...(await this.notifications.organisationStaff(s.m, orgIds)),
    ];
    for (const userId of new Set(users)) {
      s.notify.push({ userId, type, title, body: null, ticketId: s.ticket.id, communityId: s.ticket.communityId });
    }
  }

  /** Organisations that may be made responsible for a ticket at its place. */
  private async validateHandlers(m: EntityManager, ticket: TicketEntity, ids: string[]): Promise<OrganisationEntity[]> {
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
      if (!ok) throw badInput('organisationIds', 'An organisation cannot handle tickets of this place');
    }
    return orgs;
  }

  private async setAssignments(s: Step, orgIds: string[], replyDays: number, from: Date): Promise<Date> {
    const due = this.calendar().dueAt(from, replyDays);
    const existing = await s.m.findBy(TicketAssignmentEntity, { ticketId: s.ticket.id });
    for (const a of existing) {
      if (!orgIds.includes(a.organisationId) && a.state !== AssignmentState.REMOVED) {
        await s.m.update(TicketAssignmentEntity, { id: a.id }, { state: AssignmentState.REMOVED });
      }
    }
    for (const orgId of orgIds) {
      const a = existing.find((x) => x.organisationId === orgId);
      if (a && a.state !== AssignmentState.REMOVED) continue;
      if (a) {
        await s.m.update(
          TicketAssignmentEntity,
          { id: a.id },
          { state: AssignmentState.OPEN, replyDueAt: due.dueAt, dueCovered: due.covered, repliedAt: null },
        );
      } else {
        await s.m.save(
          s.m.create(TicketAssignmentEntity, {
            ticketId: s.ticket.id,
            organisationId: orgId,
            communityId: s.ticket.communityId,
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

  // ---- triage -----------------------------------------------------------------------------

  accept(actor: Actor, input: I.AcceptTicketInput) {
    return this.run(actor, input.ticketId, 'accept', input.expectedVersion, async (s) => {
      const category = await s.m.findOneBy(TicketCategoryEntity, { id: input.categoryId ?? s.ticket.categoryId });
      if (!category || category.communityId !== s.ticket.communityId) throw badInput('categoryId', 'Unknown category');
      const orgs = await this.validateHandlers(s.m, s.ticket, input.organisationIds);
      // The clock runs from the day of submission, whatever day staff accept.
      const reply = this.calendar().dueAt(s.ticket.createdAt, category.replyDays);
      const resolve = this.calendar().dueAt(s.ticket.createdAt, category.resolveDays);
      await this.setAssignments(
        s,
        orgs.map((o) => o.id),
        category.replyDays,
        s.ticket.createdAt,
      );
      s.patch = {
        categoryId: category.id,
        acceptedAt: s.now,
        replyDueAt: reply.dueAt,
        resolveDueAt: resolve.dueAt,
        dueCovered: reply.covered && resolve.covered,
      };
      s.event = { note: input.note ?? null };
      for (const userId of await this.notifications.organisationStaff(
        s.m,
        orgs.map((o) => o.id),
      )) {
        s.notify.push({
          userId,
          type: 'TICKET_ASSIGNED',
          title: `新分派诉求：${s.ticket.title}`,
          ticketId: s.ticket.id,
          communityId: s.ticket.communityId,
        });
      }
    });
  }

  reject(actor: Actor, input: I.RejectTicketInput) {
    return this.run(actor, input.ticketId, 'reject', input.expectedVersion, async (s) => {
      s.event = { note: input.reason };
      await this.tellResidents(s, 'TICKET_REJECTED', `您的诉求未予受理：${s.ticket.title}`, input.reason);
    });
  }

  merge(actor: Actor, input: I.MergeTicketInput) {
    return this.run(actor, input.ticketId, 'merge', input.expectedVersion, async (s) => {
      if (input.primaryTicketId === s.ticket.id)
        throw badInput('primaryTicketId', 'A ticket cannot be merged into itself');
      const primary = await s.m.findOneBy(TicketEntity, { id: input.primaryTicketId });
      if (!primary || primary.communityId !== s.ticket.communityId) throw notFound('Primary ticket');
      if ([TicketState.REJECTED, TicketState.MERGED, TicketState.WITHDRAWN].includes(primary.state)) {
        throw badInput('primaryTicketId', `The primary ticket is ${primary.state}`);
      }
      await s.m.update(
        TicketAssignmentEntity,
        { ticketId: s.ticket.id, state: Not(AssignmentState.REMOVED) },
        { state: AssignmentState.REMOVED },
      );
      s.patch = { mergedIntoId: primary.id };
      s.event = { note: input.note ?? null, relatedTicketId: primary.id };
      s.notify.push({
        userId: s.ticket.submitterId,
        type: 'TICKET_MERGED',
        title: `您的诉求已与同类诉求合并处理：${primary.title}`,
        body: input.note ?? null,
        ticketId: primary.id,
        communityId: s.ticket.communityId,
      });
    });
  }

  reassign(actor: Actor, input: I.ReassignTicketInput) {
    return this.run(actor, input.ticketId, 'reassign', input.expectedVersion, async (s) => {
      const category = await s.m.findOneByOrFail(TicketCategoryEntity, { id: s.ticket.categoryId });
      const orgs = await this.validateHandlers(s.m, s.ticket, input.organisationIds);
      await this.setAssignments(
        s,
        orgs.map((o) => o.id),
        category.replyDays,
        s.now,
      );
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
        throw badInput('organisationId', 'You do not reply for this organisation on this ticket');
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
      await this.tellResidents(s, 'TICKET_REPLIED', `您的诉求有了答复：${s.ticket.title}`, input.body.slice(0, 200));
    });
  }

  note(actor: Actor, input: I.AddTicketNoteInput) {
    return this.run(actor, input.ticketId, 'note', input.expectedVersion, async (s) => {
      s.event = { note: input.body };
    });
  }

  resolve(actor: Actor, input: I.ResolveTicketInput) {
    return this.run(actor, input.ticketId, 'resolve', input.expectedVersion, async (s) => {
      const orgId = await this.replyingOrg(s, undefined);
      // A resolution is an answer too: it meets the resolver's obligation and, if none came before, is the first reply.
      await this.markReplied(s, orgId);
      s.patch.resolvedAt = s.now;
      s.event = { note: input.resolution, organisationId: orgId };
      await this.tellResidents(
        s,
        'TICKET_RESOLVED',
        `您的诉求已办结：${s.ticket.title}`,
        input.resolution.slice(0, 200),
      );
    });
  }

  escalate(actor: Actor, input: I.EscalateTicketInput) {
    return this.run(actor, input.ticketId, 'escalate', input.expectedVersion, async (s) => {
      const dept = await s.m.findOneBy(OrganisationEntity, { id: input.departmentId });
      if (
        !dept ||
        dept.kind !== OrganisationKind.DEPARTMENT ||
        dept.streetId !== s.ticket.streetId ||
        dept.archivedAt
      ) {
        throw badInput('departmentId', 'Not a department of this street');
      }
      s.event = { note: input.reason, organisationId: dept.id };
      await this.tellResidents(s, 'TICKET_ESCALATED', `您的诉求已上报${dept.name}：${s.ticket.title}`, null);
    });
  }

  answerEscalation(actor: Actor, input: I.AnswerEscalationInput) {
    return this.run(actor, input.ticketId, 'answerEscalation', input.expectedVersion, async (s) => {
      const last = await s.m.findOne(TicketEventEntity, {
        where: { ticketId: s.ticket.id, type: TicketEventType.ESCALATED },
        order: { id: 'DESC' },
      });
      await this.markReplied(s, null);
      s.event = { note: input.answer, organisationId: last?.organisationId ?? null };
      await this.tellResidents(
        s,
        'TICKET_ESCALATION_ANSWERED',
        `上报事项有了答复：${s.ticket.title}`,
        input.answer.slice(0, 200),
      );
    });
  }

  referToMeeting(actor: Actor, input: I.ReferTicketToMeetingInput) {
    return this.run(actor, input.ticketId, 'referToMeeting', input.expectedVersion, async (s) => {
      s.event = { note: input.note ?? null };
      await this.tellResidents(
        s,
        'TICKET_IN_MEETING',
        `您的诉求将提交圆桌会协商：${s.ticket.title}`,
        input.note ?? null,
      );
    });
  }

  // ---- the resident -----------------------------------------------------------------------

  rate(actor: Actor, input: I.RateTicketInput) {
    return this.run(actor, input.ticketId, 'rate', null, async (s) => {
      s.patch = { rating: input.score, ratingComment: input.comment ?? null };
      s.event = { note: `${input.score}${input.comment ? ` ${input.comment}` : ''}` };
      await this.tellHandlers(s, 'TICKET_RATED', `居民评价 ${input.score} 星：${s.ticket.title}`);
    });
  }

  reopen(actor: Actor, input: I.ReopenTicketInput) {
    return this.run(actor, input.ticketId, 'reopen', null, async (s) => {
      // The reopen window is checked with the transition table (transitionRefusal), before this runs.
      const category = await s.m.findOneByOrFail(TicketCategoryEntity, { id: s.ticket.categoryId });
      const orgIds = await this.assignedOrgIds(s.ticket.id, s.m);
      await this.setAssignments(s, [], category.replyDays, s.now);
      await this.setAssignments(s, orgIds, category.replyDays, s.now);
      s.patch = { resolvedAt: null, reopenCount: s.ticket.reopenCount + 1, rating: null, ratingComment: null };
      s.event = { note: input.reason };
      await this.tellHandlers(s, 'TICKET_REOPENED', `居民重新打开了诉求：${s.ticket.title}`);
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
