import { type DataSource, type EntityManager, In, IsNull } from 'typeorm';
import { actingGrant, authorize } from '../../auth/policy.js';
import { Role, ScopeKind } from '../../auth/roles.js';
import { scoped } from '../../auth/scoped.js';
import { Viewer } from '../../auth/viewer.js';
import type { Actor } from '../../common/actor.js';
import { DomainError, fail, notFound } from '../../common/errors.js';
import { paginate } from '../../graphql/pagination.js';
import type { AuditService } from '../audit/audit.service.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { NewNotification, NotificationService } from '../notification/notification.service.js';
import { CommunityEntity } from '../org/community.entity.js';
import { EstateEntity } from '../org/estate.entity.js';
import { OrganisationKind } from '../org/org.enums.js';
import { OrganisationEntity } from '../org/organisation.entity.js';
import { TicketEntity } from './ticket.entity.js';
import { AssignmentState, TicketState } from './ticket.enums.js';
import { TicketReasons } from './ticket.errors.js';
import { handlerOrgIds, ticketStaffRead } from './ticket.policy.js';
import { communityStaff, organisationStaff, validateHandlers } from './ticket.routing.js';
import type { TicketService } from './ticket.service.js';
import { TicketAssignmentEntity } from './ticket-assignment.entity.js';
import { TicketCategoryEntity } from './ticket-category.entity.js';
import { addWorkingHours, type DeskSetting, deskSettingOf, emergencyClock } from './ticket-desk.clock.js';
import { TicketDeskSettingEntity, TicketRoutingRuleEntity, TicketSupervisionEntity } from './ticket-desk.entities.js';
import { TicketPriority } from './ticket-desk.enums.js';
import { DeskReasons as R } from './ticket-desk.errors.js';
import type * as I from './ticket-desk.inputs.js';
import { DeskNoticeKind, deskNotice, emergencyNotice } from './ticket-desk.notices.js';
import type { TicketWorkflowService } from './ticket-workflow.service.js';

/**
 * The system as an actor: what it does on its own (auto-routing by a rule) goes through the same
 * workflow as staff actions — the event names no person (actor `system`), the audit row has no
 * actor id and the SYSTEM_ADMIN role.
 */
export const SYSTEM_USER_ID = 'system';
export function systemActor(): Actor {
  const viewer = new Viewer(SYSTEM_USER_ID, '系统', SYSTEM_USER_ID, [
    {
      membershipId: SYSTEM_USER_ID,
      role: Role.SYSTEM_ADMIN,
      scopeKind: ScopeKind.SYSTEM,
      scopeId: null,
      streetId: null,
      communityId: null,
      organisationId: null,
      estateIds: [],
      estateCommunityIds: [],
    },
  ]);
  return { viewer, meta: { actorId: null, requestId: null, ip: null }, userAgent: null };
}

/** A supervision may be issued on an assignment open without a reply for this many working days. */
export const STALLED_WORKING_DAYS = 2;

const OPEN_STATES: readonly TicketState[] = [
  TicketState.ACCEPTED,
  TicketState.REPLIED,
  TicketState.ESCALATED,
  TicketState.IN_MEETING,
];

/**
 * The ticket desk a community office works at: urgency (priority with an hour clock for
 * emergencies), routing rules (pre-filled and automatic routing, two-level categories),
 * acknowledgement (签收) and supervision (督办). Actions on a ticket go through the workflow's
 * pipeline (version check, event, audit, notifications).
 */
export class TicketDeskService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationService,
    private readonly workflow: TicketWorkflowService,
    private readonly calendar: () => WorkingCalendar,
  ) {}

  /** Hooks the desk into intake: the category's priority, the emergency clock and notices, auto-routing. */
  listen(tickets: TicketService): void {
    tickets.onSubmitted((ticket, m, known) => this.onSubmitted(ticket, m, known.category));
  }

  // ---- categories (two levels) ------------------------------------------------------------

  /** A category's priority for new tickets: its own, else its parent's, else NORMAL. */
  async effectivePriority(
    m: DataSource | EntityManager,
    categoryId: string,
    known?: TicketCategoryEntity,
  ): Promise<TicketPriority> {
    const c =
      known?.id === categoryId ? known : await m.getRepository(TicketCategoryEntity).findOneBy({ id: categoryId });
    if (c?.defaultPriority) return c.defaultPriority;
    if (c?.parentId) {
      const p = await m.getRepository(TicketCategoryEntity).findOneBy({ id: c.parentId });
      if (p?.defaultPriority) return p.defaultPriority;
    }
    return TicketPriority.NORMAL;
  }

  async setCategoryDefaults(actor: Actor, input: I.SetTicketCategoryDefaultsInput): Promise<TicketCategoryEntity> {
    const row = await this.ds.getRepository(TicketCategoryEntity).findOneBy({ id: input.categoryId });
    if (!row) throw notFound('TicketCategory');
    const place = { streetId: row.streetId, communityId: row.communityId, estateId: null };
    const viewer = authorize(actor.viewer, 'ticket.configure', place, 'TicketCategory', 'tree.read');
    const parentId = input.parentId ?? null;
    if (parentId) {
      const parent = await this.ds.getRepository(TicketCategoryEntity).findOneBy({ id: parentId });
      const hasChildren = await this.ds.getRepository(TicketCategoryEntity).existsBy({ parentId: row.id });
      if (!parent || parent.id === row.id || parent.communityId !== row.communityId || parent.parentId || hasChildren) {
        throw fail(R.TICKET_CATEGORY_PARENT_INVALID, 'Not a valid parent category', { field: 'parentId' });
      }
    }
    return this.ds.transaction(async (m) => {
      await m.update(
        TicketCategoryEntity,
        { id: row.id },
        { parentId, defaultPriority: input.defaultPriority ?? null, version: row.version + 1 },
      );
      await this.audit.record(
        actor.meta,
        {
          operation: 'ticket.category.setDefaults',
          targetType: 'TicketCategory',
          targetId: row.id,
          grant: actingGrant(viewer, 'ticket.configure', place),
          streetId: row.streetId,
          communityId: row.communityId,
          summary: { parentId, defaultPriority: input.defaultPriority ?? null },
        },
        m,
      );
      return m.findOneByOrFail(TicketCategoryEntity, { id: row.id });
    });
  }

  // ---- settings ---------------------------------------------------------------------------

  private async communityPlace(actor: Actor, communityId: string, action: 'ticket.read' | 'ticket.configure') {
    const community = await this.ds.getRepository(CommunityEntity).findOneBy({ id: communityId, archivedAt: IsNull() });
    if (!community) throw notFound('Community');
    const place = { streetId: community.streetId, communityId: community.id, estateId: null };
    const viewer = authorize(actor.viewer, action, place, 'Community', 'tree.read');
    return { community, place, viewer };
  }

  async setting(actor: Actor, communityId: string): Promise<DeskSetting> {
    await this.communityPlace(actor, communityId, 'ticket.read');
    return deskSettingOf(this.ds, communityId);
  }

  async setSetting(actor: Actor, input: I.SetTicketDeskSettingInput): Promise<DeskSetting> {
    const { community, place, viewer } = await this.communityPlace(actor, input.communityId, 'ticket.configure');
    const before = await deskSettingOf(this.ds, community.id);
    await this.ds.transaction(async (m) => {
      await m
        .getRepository(TicketDeskSettingEntity)
        .upsert(
          { communityId: community.id, emergencyHours: input.emergencyHours, acknowledgeHours: input.acknowledgeHours },
          ['communityId'],
        );
      await this.audit.record(
        actor.meta,
        {
          operation: 'ticket.desk.setSetting',
          targetType: 'Community',
          targetId: community.id,
          grant: actingGrant(viewer, 'ticket.configure', place),
          streetId: community.streetId,
          communityId: community.id,
          summary: {
            from: { emergencyHours: before.emergencyHours, acknowledgeHours: before.acknowledgeHours },
            to: { emergencyHours: input.emergencyHours, acknowledgeHours: input.acknowledgeHours },
          },
        },
        m,
      );
    });
    return deskSettingOf(this.ds, community.id);
  }

  // ---- routing rules ----------------------------------------------------------------------

  async listRules(actor: Actor, args: I.TicketRoutingRuleListArgs) {
    await this.communityPlace(actor, args.communityId, 'ticket.read');
    const qb = this.ds
      .getRepository(TicketRoutingRuleEntity)
      .createQueryBuilder('r')
      .where('r.communityId = :c', { c: args.communityId });
    if (args.categoryId) qb.andWhere('r.categoryId = :cat', { cat: args.categoryId });
    return paginate(qb, args, (r) => r, 'ASC');
  }

  async saveRule(actor: Actor, input: I.SaveTicketRoutingRuleInput): Promise<TicketRoutingRuleEntity> {
    const category = await this.ds.getRepository(TicketCategoryEntity).findOneBy({ id: input.categoryId });
    if (!category) throw fail(TicketReasons.TICKET_UNKNOWN_CATEGORY, 'Unknown category', { field: 'categoryId' });
    const { community, place, viewer } = await this.communityPlace(actor, category.communityId, 'ticket.configure');
    const estateId = input.estateId ?? null;
    if (estateId) {
      const e = await this.ds.getRepository(EstateEntity).findOneBy({ id: estateId, archivedAt: IsNull() });
      if (!e || e.communityId !== community.id)
        throw fail(TicketReasons.TICKET_UNKNOWN_PLACE, 'Unknown estate', { field: 'estateId' });
    }
    // The handlers must be able to serve tickets of the rule's place (as acceptTicket checks).
    await validateHandlers(
      this.ds.manager,
      { communityId: community.id, estateId } as TicketEntity,
      input.organisationIds,
    );
    const organisationIds = [...new Set(input.organisationIds)];
    return this.ds.transaction(async (m) => {
      const repo = m.getRepository(TicketRoutingRuleEntity);
      const same = await repo.findBy({ communityId: community.id, categoryId: category.id });
      const clash = same.find((r) => (r.estateId ?? null) === estateId && r.id !== input.id);
      if (clash) throw fail(R.TICKET_ROUTING_RULE_TAKEN, 'A rule for this category and estate exists');
      let row: TicketRoutingRuleEntity;
      if (input.id) {
        const existing = await repo.findOneBy({ id: input.id, communityId: community.id });
        if (!existing) throw notFound('TicketRoutingRule');
        const claimed = await repo.update(
          { id: existing.id, version: input.expectedVersion ?? existing.version },
          {
            categoryId: category.id,
            estateId,
            organisationIds,
            autoRoute: input.autoRoute,
            version: existing.version + 1,
          },
        );
        if (!claimed.affected) throw fail(R.TICKET_ROUTING_RULE_VERSION_STALE, 'The rule changed since you loaded it');
        row = await repo.findOneByOrFail({ id: existing.id });
      } else {
        row = await repo.save(
          repo.create({
            streetId: community.streetId,
            communityId: community.id,
            categoryId: category.id,
            estateId,
            organisationIds,
            autoRoute: input.autoRoute,
            version: 1,
          }),
        );
      }
      await this.audit.record(
        actor.meta,
        {
          operation: input.id ? 'ticket.routingRule.update' : 'ticket.routingRule.create',
          targetType: 'TicketRoutingRule',
          targetId: row.id,
          grant: actingGrant(viewer, 'ticket.configure', place),
          streetId: community.streetId,
          communityId: community.id,
          summary: { categoryId: category.id, estateId, organisationIds, autoRoute: input.autoRoute },
        },
        m,
      );
      return row;
    });
  }

  async deleteRule(actor: Actor, id: string): Promise<string> {
    const row = await this.ds.getRepository(TicketRoutingRuleEntity).findOneBy({ id });
    if (!row) throw notFound('TicketRoutingRule');
    const { place, viewer } = await this.communityPlace(actor, row.communityId, 'ticket.configure');
    await this.ds.transaction(async (m) => {
      await m.delete(TicketRoutingRuleEntity, { id: row.id });
      await this.audit.record(
        actor.meta,
        {
          operation: 'ticket.routingRule.delete',
          targetType: 'TicketRoutingRule',
          targetId: row.id,
          grant: actingGrant(viewer, 'ticket.configure', place),
          streetId: row.streetId,
          communityId: row.communityId,
          summary: { categoryId: row.categoryId, estateId: row.estateId },
        },
        m,
      );
    });
    return row.id;
  }

  /**
   * The rule that applies to a ticket: of its category and estate, else of its category for the
   * whole community, else the same two of its parent category; null when none.
   */
  async ruleFor(
    m: DataSource | EntityManager,
    t: Pick<TicketEntity, 'communityId' | 'categoryId' | 'estateId'>,
    known?: TicketCategoryEntity,
  ): Promise<TicketRoutingRuleEntity | null> {
    const category =
      known?.id === t.categoryId ? known : await m.getRepository(TicketCategoryEntity).findOneBy({ id: t.categoryId });
    const categories = [t.categoryId, ...(category?.parentId ? [category.parentId] : [])];
    const rules = await m
      .getRepository(TicketRoutingRuleEntity)
      .findBy({ communityId: t.communityId, categoryId: In(categories) });
    return TicketDeskService.pickRule(rules, t, category?.parentId ?? null);
  }

  /** The rule of a ticket among its community's rules (the same order as ruleFor). */
  static pickRule(
    rules: readonly TicketRoutingRuleEntity[],
    t: Pick<TicketEntity, 'categoryId' | 'estateId'>,
    parentId: string | null,
  ): TicketRoutingRuleEntity | null {
    for (const c of [t.categoryId, ...(parentId ? [parentId] : [])]) {
      const estate = t.estateId ? rules.find((r) => r.categoryId === c && r.estateId === t.estateId) : undefined;
      const whole = rules.find((r) => r.categoryId === c && !r.estateId);
      if (estate ?? whole) return (estate ?? whole) as TicketRoutingRuleEntity;
    }
    return null;
  }

  // ---- intake -----------------------------------------------------------------------------

  /**
   * A new ticket, inside its submission's transaction: it takes its category's priority; an
   * emergency gets its hour clock and every staff member of the community is told at once; a
   * rule with `autoRoute` accepts and routes it by the system (the normal workflow: event, audit,
   * the handlers told — an emergency's handlers as one).
   */
  private async onSubmitted(ticket: TicketEntity, m: EntityManager, category: TicketCategoryEntity) {
    const published: Awaited<ReturnType<NotificationService['add']>> = [];
    const priority = await this.effectivePriority(m, ticket.categoryId, category);
    if (priority !== TicketPriority.NORMAL) {
      const patch: Partial<TicketEntity> = { priority };
      if (priority === TicketPriority.EMERGENCY) {
        patch.emergencyAt = ticket.createdAt;
        const clock = await emergencyClock(m, { ...ticket, ...patch }, ticket.createdAt);
        if (clock) patch.replyDueAt = clock.dueAt;
      }
      await m.update(TicketEntity, { id: ticket.id }, patch);
      Object.assign(ticket, patch);
      const notice = await emergencyNotice(m, ticket);
      if (notice) {
        const staff = await communityStaff(m, ticket.communityId);
        published.push(
          ...(await this.notifications.add(
            m,
            staff.map((userId) => ({ userId, ...notice })),
          )),
        );
      }
    }
    const rule = await this.ruleFor(m, ticket, category);
    if (rule?.autoRoute) {
      const outer = { m, published };
      try {
        await this.workflow.accept(
          systemActor(),
          { ticketId: ticket.id, organisationIds: rule.organisationIds, note: '按分派规则自动受理并分派' },
          outer,
        );
      } catch (err) {
        // A rule whose handlers no longer serve the place leaves the ticket for staff to triage.
        if (!(err instanceof DomainError)) throw err;
      }
    }
    return published;
  }

  // ---- actions on a ticket ----------------------------------------------------------------

  changePriority(actor: Actor, input: I.ChangeTicketPriorityInput) {
    return this.workflow.run(actor, input.ticketId, 'changePriority', input.expectedVersion, async (s) => {
      const from = s.ticket.priority;
      if (from === input.priority)
        throw fail(R.TICKET_PRIORITY_UNCHANGED, `The ticket is already ${from}`, { field: 'priority' });
      s.patch.priority = input.priority;
      s.event = { note: `${from} → ${input.priority}: ${input.reason}` };
      s.summary = { priority: { from, to: input.priority } };
      if (input.priority !== TicketPriority.EMERGENCY) return;
      // An emergency from now: the hour clock runs from the change; every open obligation is
      // due within it (an earlier deadline stays); nobody has acknowledged it as one yet.
      s.patch.emergencyAt = s.now;
      s.patch.acknowledgedAt = null;
      const now = { ...s.ticket, priority: input.priority, emergencyAt: s.now };
      const clock = await emergencyClock(s.m, now, s.now);
      if (!clock) return;
      if (s.ticket.state === TicketState.SUBMITTED || !s.ticket.replyDueAt || s.ticket.replyDueAt > clock.dueAt) {
        s.patch.replyDueAt = clock.dueAt;
      }
      const open = await s.m.findBy(TicketAssignmentEntity, { ticketId: s.ticket.id, state: AssignmentState.OPEN });
      for (const a of open) {
        if (a.replyDueAt > clock.dueAt) {
          await s.m.update(
            TicketAssignmentEntity,
            { id: a.id },
            { replyDueAt: clock.dueAt, nearDueNotifiedAt: null, overdueNotifiedAt: null },
          );
        }
      }
      const notice = await emergencyNotice(s.m, now);
      const users = new Set([
        ...(await communityStaff(s.m, s.ticket.communityId)),
        ...(await organisationStaff(
          s.m,
          open.map((a) => a.organisationId),
        )),
      ]);
      if (notice) for (const userId of users) s.notify.push({ userId, ...notice });
    });
  }

  /** Organisations the viewer acknowledges or replies for: their own; community staff also their community office. */
  private async speaksFor(m: EntityManager, viewer: Viewer, communityId: string): Promise<string[]> {
    const mine = handlerOrgIds(viewer);
    if (viewer.grants.some((g) => g.role === Role.COMMUNITY_STAFF && g.communityId === communityId)) {
      const office = await m.findOneBy(OrganisationEntity, { kind: OrganisationKind.COMMUNITY_OFFICE, communityId });
      if (office) mine.push(office.id);
    }
    return mine;
  }

  acknowledge(actor: Actor, input: I.AcknowledgeAssignmentInput) {
    return this.workflow.run(actor, input.ticketId, 'acknowledge', input.expectedVersion, async (s) => {
      const open = await s.m.findBy(TicketAssignmentEntity, {
        ticketId: s.ticket.id,
        state: AssignmentState.OPEN,
        acknowledgedAt: IsNull(),
      });
      const mine = await this.speaksFor(s.m, s.viewer, s.ticket.communityId);
      const a = open.find((x) =>
        input.organisationId
          ? x.organisationId === input.organisationId && mine.includes(x.organisationId)
          : mine.includes(x.organisationId),
      );
      if (!a) throw fail(R.TICKET_NOTHING_TO_ACKNOWLEDGE, 'Nothing of yours to acknowledge on this ticket');
      await s.m.update(
        TicketAssignmentEntity,
        { id: a.id },
        { acknowledgedAt: s.now, acknowledgedById: s.viewer.userId },
      );
      if (!s.ticket.acknowledgedAt) s.patch.acknowledgedAt = s.now;
      s.event = { organisationId: a.organisationId };
    });
  }

  /** Whether an open assignment may be supervised now: overdue, flagged as not acknowledged, or stalled. */
  private supervisable(a: TicketAssignmentEntity, now: Date): boolean {
    if (a.replyDueAt < now || a.ackFlaggedAt) return true;
    const since = a.assignedAt ?? a.createdAt;
    return this.calendar().workingDaysLeft(since, now) >= STALLED_WORKING_DAYS;
  }

  supervise(actor: Actor, input: I.SuperviseAssignmentInput) {
    return this.workflow.run(actor, input.ticketId, 'supervise', input.expectedVersion, async (s) => {
      const a = await s.m.findOneBy(TicketAssignmentEntity, {
        ticketId: s.ticket.id,
        organisationId: input.organisationId,
        state: AssignmentState.OPEN,
      });
      if (!a)
        throw fail(R.TICKET_NOT_AN_OPEN_ASSIGNMENT, 'No open assignment of this organisation', {
          field: 'organisationId',
        });
      if (!this.supervisable(a, s.now)) throw fail(R.TICKET_SUPERVISION_NOT_DUE, 'The assignment is on track');
      if (input.newDueAt <= s.now)
        throw fail(R.TICKET_SUPERVISION_DATE_IN_PAST, 'The new due date must lie in the future', { field: 'newDueAt' });
      await s.m.save(
        s.m.create(TicketSupervisionEntity, {
          ticketId: s.ticket.id,
          assignmentId: a.id,
          organisationId: a.organisationId,
          streetId: s.ticket.streetId,
          communityId: s.ticket.communityId,
          issuedById: s.viewer.userId,
          note: input.note,
          previousDueAt: a.replyDueAt,
          newDueAt: input.newDueAt,
        }),
      );
      await s.m.update(
        TicketAssignmentEntity,
        { id: a.id },
        { replyDueAt: input.newDueAt, dueCovered: true, nearDueNotifiedAt: null, overdueNotifiedAt: null },
      );
      s.event = { note: `${input.note} (→ ${shanghaiDay(input.newDueAt)})`, organisationId: a.organisationId };
      s.summary = { organisationId: a.organisationId, newDueAt: input.newDueAt.toISOString() };
      const notice = deskNotice(DeskNoticeKind.TICKET_SUPERVISED, s.ticket, {
        title: s.ticket.title,
        excerpt: input.note.slice(0, 200),
        due: shanghaiDay(input.newDueAt),
      });
      for (const userId of await organisationStaff(s.m, [a.organisationId])) s.notify.push({ userId, ...notice });
    });
  }

  // ---- the acknowledgement watch (job ticket.ack-watch) -----------------------------------

  /**
   * Flags open assignments not acknowledged within their community's working hours (from when
   * they were assigned) and reminds the organisation's staff — once per assignment (the flag is
   * claimed with a conditional UPDATE). `now` is the clock (tests move it).
   */
  async ackWatch(now = new Date()): Promise<{ flagged: number }> {
    const cal = this.calendar();
    const settings = new Map<string, Promise<DeskSetting>>();
    const settingOf = (id: string) => {
      if (!settings.has(id)) settings.set(id, deskSettingOf(this.ds, id));
      return settings.get(id) as Promise<DeskSetting>;
    };
    let flagged = 0;
    let after = '';
    for (;;) {
      const rows = await this.ds
        .getRepository(TicketAssignmentEntity)
        .createQueryBuilder('a')
        .innerJoin(TicketEntity, 't', 't.id = a.ticketId')
        .where("a.state = 'OPEN' AND a.acknowledgedAt IS NULL AND a.ackFlaggedAt IS NULL")
        .andWhere('t.state IN (:...open)', { open: OPEN_STATES })
        .andWhere('a.id > :after', { after })
        .orderBy('a.id', 'ASC')
        .take(200)
        .getMany();
      if (rows.length === 0) break;
      after = rows[rows.length - 1]?.id as string;
      const due: { a: TicketAssignmentEntity; hours: number }[] = [];
      for (const a of rows) {
        const { acknowledgeHours } = await settingOf(a.communityId);
        if (addWorkingHours(cal, a.assignedAt ?? a.createdAt, acknowledgeHours) <= now)
          due.push({ a, hours: acknowledgeHours });
      }
      if (due.length === 0) continue;
      const tickets = await this.ds.getRepository(TicketEntity).findBy({ id: In(due.map((d) => d.a.ticketId)) });
      const notes: NewNotification[] = [];
      for (const { a, hours } of due) {
        const t = tickets.find((x) => x.id === a.ticketId);
        if (!t) continue;
        const notice = deskNotice(DeskNoticeKind.TICKET_ACK_OVERDUE, t, { title: t.title, hours });
        for (const userId of await organisationStaff(this.ds.manager, [a.organisationId]))
          notes.push({ userId, ...notice });
      }
      const published = await this.ds.transaction(async (m) => {
        await m.update(
          TicketAssignmentEntity,
          { id: In(due.map((d) => d.a.id)), ackFlaggedAt: IsNull(), acknowledgedAt: IsNull() },
          { ackFlaggedAt: now },
        );
        return this.notifications.add(m, notes);
      });
      this.notifications.publish(published);
      flagged += due.length;
    }
    return { flagged };
  }

  /** Whether the viewer sees a ticket in full (for the desk's fields on it). */
  async staffSees(viewer: Viewer, ticketId: string): Promise<boolean> {
    return scoped(this.ds, viewer).query(ticketStaffRead, 't').andWhere('t.id = :id', { id: ticketId }).getExists();
  }
}

/** A date as staff read it (Asia/Shanghai), e.g. 2026-12-07. */
function shanghaiDay(d: Date): string {
  return new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}
