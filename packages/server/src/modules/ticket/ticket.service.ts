import { type DataSource, type EntityManager, IsNull, type SelectQueryBuilder } from 'typeorm';
import { actingGrant, authorize, reachFor, requireViewer } from '../../auth/policy.js';
import { isEmptyReach } from '../../auth/reach.js';
import { scoped, unscoped } from '../../auth/scoped.js';
import type { Viewer } from '../../auth/viewer.js';
import type { Actor } from '../../common/actor.js';
import { fail, notFound } from '../../common/errors.js';
import { insertRows } from '../../db/insert.js';
import { contains, sqlDate } from '../../db/sql.js';
import { paginate } from '../../graphql/pagination.js';
import type { AuditService } from '../audit/audit.service.js';
import { Role } from '../identity/identity.enums.js';
import type { NotificationService } from '../notification/notification.service.js';
import { BuildingEntity } from '../org/building.entity.js';
import { CommunityEntity } from '../org/community.entity.js';
import { EstateEntity } from '../org/estate.entity.js';
import { loadTicketWithAccess } from './ticket.access.js';
import { TicketEntity } from './ticket.entity.js';
import { TicketEventType, TicketIntake, TicketState } from './ticket.enums.js';
import { TicketReasons as R } from './ticket.errors.js';
import type * as I from './ticket.inputs.js';
import { TicketNoticeKind, ticketNotice } from './ticket.notices.js';
import { ticketOwnRead, ticketStaffRead } from './ticket.policy.js';
import type { AttachmentPort, DeadlineCalendar } from './ticket.ports.js';
import { communityStaff } from './ticket.routing.js';
import type { Ticket } from './ticket.types.js';
import { TicketCategoryEntity } from './ticket-category.entity.js';
import { applyDeskFilters, PINNED_FIRST } from './ticket-desk.list.js';
import { TicketEventEntity } from './ticket-event.entity.js';

/**
 * Told of every new ticket inside the submission's transaction (modules listed later register one,
 * e.g. triage's hot-topic detection); returns the notifications it added, published after commit.
 */
export type TicketSubmittedListener = (
  ticket: TicketEntity,
  m: EntityManager,
  /** What the submission already read (listeners need not read it again). */
  known: { category: TicketCategoryEntity },
) => Promise<Awaited<ReturnType<NotificationService['add']>>>;

/**
 * Asked before a new ticket is written (the board module: blocked words, the daily limit); throws
 * to refuse the submission with its reason.
 */
export type TicketSubmissionCheck = (
  viewer: Viewer,
  draft: { communityId: string; title: string; body: string },
) => Promise<void>;

/**
 * Applied to tickets shown in the public form (the board module blanks texts staff hid); mutates
 * them in place, one statement for the whole list.
 */
export type TicketPublicFormFilter = (tickets: Ticket[]) => Promise<void>;

/** A ticket staff record for a person (ticket-intake.service.ts). */
export interface OnBehalf {
  submitterId: string;
  columns: Partial<TicketEntity>;
  /** Checks the recorder may raise tickets at the place (instead of the resident's intake rule). */
  authorize(place: { streetId: string; communityId: string; estateId: string | null }): Promise<void>;
  /** Inside the transaction, after the ticket is written (the audit row). */
  written(ticket: TicketEntity, m: EntityManager): Promise<void>;
}

/** Intake and reading of tickets. Actions that move a ticket live in TicketWorkflowService. */
export class TicketService {
  private readonly submittedListeners: TicketSubmittedListener[] = [];
  private readonly submissionChecks: TicketSubmissionCheck[] = [];

  private readonly publicFormFilters: TicketPublicFormFilter[] = [];

  /** Registers a filter of the public form (see TicketPublicFormFilter). */
  filterPublicForm(filter: TicketPublicFormFilter): void {
    this.publicFormFilters.push(filter);
  }

  /** Applies the public-form filters to the tickets shown in the public form (the others are left as they are). */
  async publicForm<T extends Ticket>(tickets: T[]): Promise<T[]> {
    const shown = tickets.filter((t) => t.isPublicView);
    if (shown.length) for (const f of this.publicFormFilters) await f(shown);
    return tickets;
  }

  /** Registers a check of new submissions (see TicketSubmissionCheck). */
  checkSubmissions(check: TicketSubmissionCheck): void {
    this.submissionChecks.push(check);
  }

  /** Registers a listener of new tickets (see TicketSubmittedListener). */
  onSubmitted(listener: TicketSubmittedListener): void {
    this.submittedListeners.push(listener);
  }

  constructor(
    private readonly ds: DataSource,
    private readonly notifications: NotificationService,
    private readonly files: AttachmentPort,
    private readonly calendar: () => DeadlineCalendar,
    private readonly audit: AuditService,
  ) {}

  /**
   * A resident raises a matter. Idempotent per (submitter, idempotencyKey): a retry returns the
   * first ticket, also when two retries race (the unique key decides, the loser reads the winner).
   */
  async submit(actor: Actor, input: I.SubmitTicketInput): Promise<TicketEntity> {
    const viewer = requireViewer(actor.viewer);
    const repo = unscoped(this.ds, "the actor's own earlier submission with this key").repo(TicketEntity);
    const firstTicket = () => repo.findOneBy({ submitterId: viewer.userId, idempotencyKey: input.idempotencyKey });
    const existing = await firstTicket();
    if (existing) return existing;
    try {
      return await this.create(viewer, input);
    } catch (err) {
      // A concurrent retry with the same key may have won at any step (the unique key, or the photo
      // it attached first): the retry returns the first ticket, as the contract says.
      const winner = await firstTicket();
      if (winner) return winner;
      throw err;
    }
  }

  /**
   * Writes a new ticket, its SUBMITTED event, photos and notices. `onBehalf` (ticket-intake.service):
   * staff record it for a person — no intake check, the given submitter and desk columns, and the
   * caller's audit row in the same transaction.
   */
  async create(viewer: Viewer, input: I.SubmitTicketInput, onBehalf?: OnBehalf): Promise<TicketEntity> {
    const category = await unscoped(this.ds, 'active categories are public: every resident picks one')
      .repo(TicketCategoryEntity)
      .findOneBy({ id: input.categoryId, active: true });
    if (!category) throw fail(R.TICKET_UNKNOWN_CATEGORY, 'Unknown category', { field: 'categoryId' });
    const place = await this.placeOf(input, category);
    if (onBehalf) await onBehalf.authorize(place);
    else await this.assertMayRaise(viewer, place.communityId);
    for (const check of this.submissionChecks) {
      await check(viewer, { communityId: place.communityId, title: input.title, body: input.body });
    }
    await this.files.assertAttachable(viewer, input.photoFileIds);
    // The triage clock runs from submission: a ticket nobody accepts goes overdue too.
    const triageDue = this.calendar().dueAt(new Date(), category.replyDays);

    const created = await this.ds.transaction(async (m) => {
      // insertRows: one INSERT each, no SELECT of the defaults after it (db/insert.ts).
      const [ticket] = await insertRows(m, TicketEntity, [
        m.create(TicketEntity, {
          ...place,
          categoryId: category.id,
          submitterId: onBehalf?.submitterId ?? viewer.userId,
          title: input.title.trim(),
          body: input.body.trim(),
          locationText: input.locationText?.trim() || null,
          anonymous: input.anonymous,
          state: TicketState.SUBMITTED,
          version: 1,
          idempotencyKey: input.idempotencyKey,
          mergedIntoId: null,
          acceptedAt: null,
          firstRepliedAt: null,
          resolvedAt: null,
          replyDueAt: triageDue.dueAt,
          triageOverdueNotifiedAt: null,
          resolveDueAt: null,
          dueCovered: triageDue.covered,
          rating: null,
          ratingComment: null,
          reopenCount: 0,
          ...onBehalf?.columns,
        }),
      ]);
      if (!ticket) throw new Error('insertRows returned no ticket');
      await insertRows(m, TicketEventEntity, [
        m.create(TicketEventEntity, {
          ticketId: ticket.id,
          communityId: ticket.communityId,
          type: TicketEventType.SUBMITTED,
          fromState: null,
          toState: TicketState.SUBMITTED,
          actorId: viewer.userId,
          actorRole: null,
          organisationId: null,
          note: null,
          relatedTicketId: null,
        }),
      ]);
      await this.files.attach(m, input.photoFileIds, 'Ticket', ticket.id);
      await onBehalf?.written(ticket, m);
      const notice = ticketNotice(TicketNoticeKind.TICKET_NEW, ticket, {
        title: ticket.title,
        categoryZh: category.nameZh,
        categoryEn: category.nameEn,
      });
      const staff = await communityStaff(m, ticket.communityId);
      const notices = await this.notifications.add(
        m,
        staff.map((userId) => ({ userId, ...notice })),
      );
      for (const listener of this.submittedListeners) notices.push(...(await listener(ticket, m, { category })));
      return { ticket, notices };
    });
    this.notifications.publish(created.notices);
    return created.ticket;
  }

  /**
   * Who may raise a matter in a community (its `ticketIntake` setting): verified residents of the
   * community (the default), or any registered resident. Others are told to bind a household.
   */
  private async assertMayRaise(viewer: Viewer, communityId: string): Promise<void> {
    // A verified resident of the community may always: its intake setting is read only otherwise.
    const residentHere = viewer.grants.some((g) => g.role === Role.RESIDENT && g.communityId === communityId);
    if (residentHere) return;
    const community = await unscoped(this.ds, "the new ticket's own community, for its intake setting")
      .repo(CommunityEntity)
      .findOneByOrFail({ id: communityId });
    const resident = viewer.grants.length === 0 || viewer.grants.some((g) => g.role === Role.RESIDENT);
    if (community.ticketIntake === TicketIntake.REGISTERED_RESIDENTS && resident) return;
    throw fail(
      R.TICKET_BIND_HOUSEHOLD_FIRST,
      community.ticketIntake === TicketIntake.REGISTERED_RESIDENTS
        ? 'Only residents raise matters here'
        : 'Only verified residents of this community raise matters here: bind a household first',
    );
  }

  /** Community staff and street admins decide who may raise matters in a community (audited). */
  async setIntake(actor: Actor, input: I.SetTicketIntakeInput): Promise<CommunityEntity> {
    const repo = unscoped(this.ds, 'authorize below answers NOT_FOUND outside the tree.read reach').repo(
      CommunityEntity,
    );
    const community = await repo.findOneBy({ id: input.communityId, archivedAt: IsNull() });
    if (!community) throw notFound('Community');
    const place = { streetId: community.streetId, communityId: community.id, estateId: null };
    const viewer = authorize(actor.viewer, 'ticket.configure', place, 'Community', 'tree.read');
    await this.ds.transaction(async (m) => {
      await m.update(CommunityEntity, { id: community.id }, { ticketIntake: input.intake });
      await this.audit.record(
        actor.meta,
        {
          operation: 'ticket.setIntake',
          targetType: 'Community',
          targetId: community.id,
          grant: actingGrant(viewer, 'ticket.configure', place),
          streetId: community.streetId,
          communityId: community.id,
          summary: { from: community.ticketIntake, to: input.intake },
        },
        m,
      );
    });
    return repo.findOneByOrFail({ id: community.id });
  }

  /** The place columns of a new ticket, from the most precise place given. */
  private async placeOf(input: I.SubmitTicketInput, category: TicketCategoryEntity) {
    // A resident raises a matter anywhere in the category's community: its places are public (the directory).
    const places = unscoped(this.ds, "a new ticket's place, checked against the category's community");
    if (input.buildingId) {
      const b = await places.repo(BuildingEntity).findOneBy({ id: input.buildingId, archivedAt: IsNull() });
      if (!b || (input.estateId && b.estateId !== input.estateId))
        throw fail(R.TICKET_UNKNOWN_PLACE, 'Unknown building', { field: 'buildingId' });
      if (b.communityId !== category.communityId)
        throw fail(R.TICKET_CATEGORY_OF_ANOTHER_COMMUNITY, 'The category belongs to another community', {
          field: 'categoryId',
        });
      return { streetId: b.streetId, communityId: b.communityId, estateId: b.estateId, buildingId: b.id };
    }
    if (input.estateId) {
      const e = await places.repo(EstateEntity).findOneBy({ id: input.estateId, archivedAt: IsNull() });
      if (!e) throw fail(R.TICKET_UNKNOWN_PLACE, 'Unknown estate', { field: 'estateId' });
      if (e.communityId !== category.communityId)
        throw fail(R.TICKET_CATEGORY_OF_ANOTHER_COMMUNITY, 'The category belongs to another community', {
          field: 'categoryId',
        });
      return { streetId: e.streetId, communityId: e.communityId, estateId: e.id, buildingId: null };
    }
    const communityId = input.communityId ?? category.communityId;
    const c = await places.repo(CommunityEntity).findOneBy({ id: communityId, archivedAt: IsNull() });
    if (!c) throw fail(R.TICKET_UNKNOWN_PLACE, 'Unknown community', { field: 'communityId' });
    if (c.id !== category.communityId)
      throw fail(R.TICKET_CATEGORY_OF_ANOTHER_COMMUNITY, 'The category belongs to another community', {
        field: 'categoryId',
      });
    return { streetId: c.streetId, communityId: c.id, estateId: null, buildingId: null };
  }

  /** One ticket and how the viewer sees it (in full, as its owner, or the public form); NOT_FOUND otherwise. */
  get(viewer: Viewer | null, id: string) {
    return loadTicketWithAccess(this.ds, viewer, id);
  }

  /** The staff workbench: tickets in the viewer's scope with filters, newest first. */
  listForStaff(viewer: Viewer | null, args: I.TicketListArgs, now = new Date()) {
    const qb = scoped(this.ds, requireViewer(viewer)).query(ticketStaffRead, 't');
    this.applyFilters(qb, args, now);
    // Open emergencies nobody acknowledged stay on top (the desk).
    return paginate(qb, args, (r) => r, 'DESC', [], PINNED_FIRST);
  }

  /** The staff workbench's query with its filters, unpaged: exports (analysis module) read it in keyset pages. */
  staffQuery(viewer: Viewer | null, args: Omit<I.TicketListArgs, 'first' | 'after'>, now = new Date()) {
    const qb = scoped(this.ds, requireViewer(viewer)).query(ticketStaffRead, 't');
    this.applyFilters(qb, args as I.TicketListArgs, now);
    return qb;
  }

  /** A resident's own tickets, newest first, with the same filters. */
  listMine(viewer: Viewer | null, args: I.TicketListArgs, now = new Date()) {
    const qb = scoped(this.ds, requireViewer(viewer)).query(ticketOwnRead, 't');
    this.applyFilters(qb, args, now);
    return paginate(qb, args, (r) => r);
  }

  private applyFilters(qb: SelectQueryBuilder<TicketEntity>, args: I.TicketListArgs, now: Date) {
    if (args.states?.length) qb.andWhere('t.state IN (:...states)', { states: args.states });
    if (args.communityId) qb.andWhere('t.communityId = :communityId', { communityId: args.communityId });
    if (args.categoryId) qb.andWhere('t.categoryId = :categoryId', { categoryId: args.categoryId });
    if (args.estateId) qb.andWhere('t.estateId = :estateId', { estateId: args.estateId });
    if (args.sources?.length) qb.andWhere('t.source IN (:...sources)', { sources: args.sources });
    if (args.organisationId) {
      qb.andWhere(
        "EXISTS (SELECT 1 FROM ticket_assignment fa WHERE fa.ticketId = t.id AND fa.organisationId = :fOrg AND fa.state <> 'REMOVED')",
        { fOrg: args.organisationId },
      );
    }
    if (args.overdue !== undefined && args.overdue !== null) {
      // The same rule as Ticket.replyDeadline.isOverdue: waiting for triage past the triage
      // deadline, or an open obligation past its reply deadline.
      const overdueSql =
        "((t.state = 'SUBMITTED' AND t.replyDueAt < :now) OR EXISTS (SELECT 1 FROM ticket_assignment oa WHERE oa.ticketId = t.id AND oa.state = 'OPEN' AND oa.replyDueAt < :now))";
      qb.andWhere(args.overdue ? overdueSql : `NOT ${overdueSql}`, { now: sqlDate(this.ds, now) });
    }
    if (args.from) qb.andWhere('t.createdAt >= :from', { from: sqlDate(this.ds, args.from) });
    if (args.to) qb.andWhere('t.createdAt < :to', { to: sqlDate(this.ds, args.to) });
    if (args.search) {
      const [a, pa] = contains('t.title', args.search);
      const [b, pb] = contains('t.body', args.search);
      qb.andWhere(`(${a} OR ${b})`, { ...pa, ...pb });
    }
    // The desk's filters: priority, acknowledged (签收), supervised (督办).
    applyDeskFilters(qb, args);
  }

  // ---- categories -------------------------------------------------------------------------

  /** Categories are public; inactive ones only for staff who configure them. */
  listCategories(viewer: Viewer | null, communityId: string, includeInactive: boolean) {
    const withInactive = includeInactive && !isEmptyReach(reachFor(viewer, 'ticket.configure'));
    return unscoped(this.ds, 'categories are public; inactive ones only for staff who configure them (above)')
      .repo(TicketCategoryEntity)
      .find({
        where: { communityId, ...(withInactive ? {} : { active: true }) },
        order: { sortOrder: 'ASC', id: 'ASC' },
        take: 100,
      });
  }
}
