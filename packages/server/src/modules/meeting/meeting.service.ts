import { randomBytes } from 'node:crypto';
import { type DataSource, type EntityManager, In, IsNull } from 'typeorm';
import { authorize } from '../../auth/abilities.js';
import { actingGrant, can } from '../../auth/policy.js';
import { scoped, unscoped } from '../../auth/scoped.js';
import type { Viewer } from '../../auth/viewer.js';
import type { Actor } from '../../common/actor.js';
import { fail, notFound } from '../../common/errors.js';
import { isUniqueViolation } from '../../db/errors.js';
import { sqlDate } from '../../db/sql.js';
import { paginate } from '../../graphql/pagination.js';
import type { AuditService } from '../audit/audit.service.js';
import { shanghaiDate } from '../calendar/calendar-date.js';
import { MembershipEntity } from '../identity/membership.entity.js';
import { UserEntity } from '../identity/user.entity.js';
import type { NewNotification, NotificationService } from '../notification/notification.service.js';
import { CommunityEntity } from '../org/community.entity.js';
import { OrganisationEntity } from '../org/organisation.entity.js';
import { AffairsKind, PublicationChannel, PublicationScope } from '../publication/publication.enums.js';
import type { PublicationService } from '../publication/publication.service.js';
import { sanitizeBody } from '../publication/publication.text.js';
import { TicketEntity } from '../ticket/ticket.entity.js';
import { TicketState } from '../ticket/ticket.enums.js';
import type { OuterTransaction, TicketWorkflowService } from '../ticket/ticket-workflow.service.js';
import { MeetingAgendaItemEntity, MeetingEntity, MeetingPartyEntity } from './meeting.entity.js';
import { Attendance, MeetingPartyKind, MeetingState, MinutesState, ResolutionOutcome } from './meeting.enums.js';
import { MeetingReasons as R } from './meeting.errors.js';
import type * as I from './meeting.inputs.js';
import { MeetingNoticeKind as K } from './meeting.notices.js';
import { meetingPolicy, meetingRead, openMeetingRead, orgIdsOf, placeOfMeeting } from './meeting.policy.js';
import { partyRecipients, shanghaiMinute } from './meeting.recipients.js';

const WAITING: readonly TicketState[] = [TicketState.ACCEPTED, TicketState.REPLIED, TicketState.IN_MEETING];

/**
 * Round-table meetings: planning, parties, the agenda (tickets and free topics), attendance and
 * check-in, registration, minutes and resolutions. Every staff change is audited in its transaction;
 * tickets move through the ticket workflow in the same transaction.
 */
export class MeetingService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationService,
    private readonly workflow: TicketWorkflowService,
    private readonly publications: PublicationService,
  ) {}

  // ---- reads ------------------------------------------------------------------------------

  /** A community's meetings the viewer may read, newest first. */
  list(actor: Actor, args: I.MeetingListArgs) {
    const qb = scoped(this.ds, actor.viewer)
      .query(meetingRead, 'mt')
      .andWhere('mt.communityId = :communityId', { communityId: args.communityId });
    if (args.state) qb.andWhere('mt.state = :state', { state: args.state });
    return paginate(qb, args, (e) => e);
  }

  /** Upcoming meetings open to residents of the viewer's communities, soonest created first. */
  openMeetings(actor: Actor, page: I.OpenMeetingListArgs, now = new Date()) {
    const qb = scoped(this.ds, actor.viewer)
      .query(openMeetingRead, 'mt')
      .andWhere('mt.endsAt > :now', { now: sqlDate(this.ds, now) });
    if (page.communityId) qb.andWhere('mt.communityId = :communityId', { communityId: page.communityId });
    return paginate(qb, page, (e) => e, 'ASC');
  }

  /** One meeting the viewer may read, or NOT_FOUND. */
  async get(viewer: Viewer | null, id: string, m: DataSource | EntityManager = this.ds): Promise<MeetingEntity> {
    const row = await scoped(m, viewer).query(meetingRead, 'mt').andWhere('mt.id = :id', { id }).getOne();
    if (!row) throw notFound('Meeting');
    return row;
  }

  /** A meeting the viewer organises: NOT_FOUND out of reach, FORBIDDEN for invited staff and residents. */
  private async managed(actor: Actor, id: string, states?: readonly MeetingState[]) {
    const meeting = await this.get(actor.viewer, id);
    const viewer = authorize(actor.viewer, meetingPolicy, 'manage', meeting);
    if (states && !states.includes(meeting.state)) {
      throw fail(R.MEETING_WRONG_STATE, `Not possible for a ${meeting.state.toLowerCase()} meeting`, {
        details: { state: meeting.state },
      });
    }
    return { meeting, viewer, grant: actingGrant(viewer, 'meeting.manage', placeOfMeeting(meeting)) };
  }

  /** Writes, audits and notifies in one transaction; publishes the notifications after it commits. */
  private async change<T>(
    actor: Actor,
    ctx: { meeting: MeetingEntity; grant: ReturnType<typeof actingGrant> },
    operation: string,
    summary: Record<string, unknown>,
    work: (m: EntityManager, notify: NewNotification[], outer: OuterTransaction) => Promise<T>,
    targetId = ctx.meeting.id,
  ): Promise<T> {
    const outer: OuterTransaction = { m: this.ds.manager, published: [] };
    const result = await this.ds.transaction(async (m) => {
      outer.m = m;
      const notify: NewNotification[] = [];
      const out = await work(m, notify, outer);
      await this.audit.record(
        actor.meta,
        {
          operation,
          targetType: operation.startsWith('meeting.action') ? 'MeetingActionItem' : 'Meeting',
          targetId,
          grant: ctx.grant,
          streetId: ctx.meeting.streetId,
          communityId: ctx.meeting.communityId,
          summary,
        },
        m,
      );
      outer.published.push(
        ...(await this.notifications.add(
          m,
          notify.filter((n) => n.userId !== actor.viewer?.userId),
        )),
      );
      return out;
    });
    this.notifications.publish(outer.published);
    return result;
  }

  // ---- planning ---------------------------------------------------------------------------

  async create(actor: Actor, input: I.CreateMeetingInput): Promise<MeetingEntity> {
    const community = await unscoped(this.ds, 'the place of the new meeting, checked by the policy next')
      .repo(CommunityEntity)
      .findOneBy({ id: input.communityId });
    if (!community) throw notFound('Community');
    const draft = {
      streetId: community.streetId,
      communityId: community.id,
      openToResidents: input.openToResidents,
      state: MeetingState.PLANNED,
    };
    // Out of the viewer's reach the community is not revealed (NOT_FOUND), as for a meeting there.
    if (actor.viewer && !can(actor.viewer, 'meeting.read', placeOfMeeting(draft))) throw notFound('Community');
    const viewer = authorize(actor.viewer, meetingPolicy, 'manage', draft);
    const title = input.title.trim();
    if (!title) throw fail(R.MEETING_BLANK_TITLE, 'The title is blank', { field: 'title' });
    if (input.endsAt.getTime() <= input.startsAt.getTime())
      throw fail(R.MEETING_BAD_TIME, 'The meeting ends before it starts', { field: 'endsAt' });
    const place = input.place?.trim() || null;
    const onlineUrl = input.onlineUrl?.trim() || null;
    if (!place && !onlineUrl) throw fail(R.MEETING_NO_PLACE, 'Give a place or an online link', { field: 'place' });
    if (input.hostOrganisationId)
      await this.organisationOfStreet(input.hostOrganisationId, community.streetId, 'hostOrganisationId');
    const grant = actingGrant(viewer, 'meeting.manage', placeOfMeeting(draft));
    const meeting = await this.ds.transaction(async (m) => {
      const row = await m.getRepository(MeetingEntity).save({
        ...draft,
        title,
        kind: input.kind,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        place,
        onlineUrl,
        cancelReason: null,
        hostOrganisationId: input.hostOrganisationId ?? null,
        hostUserId: viewer.userId,
        residentCapacity: input.openToResidents ? input.residentCapacity : 0,
        registeredCount: 0,
        checkInCode: randomBytes(6).toString('base64url').toUpperCase().slice(0, 8),
        minutesHtml: null,
        minutesState: MinutesState.NONE,
        minutesPublishedAt: null,
        heldAt: null,
        remindedAt: null,
        createdById: viewer.userId,
      } as MeetingEntity);
      if (input.hostOrganisationId) {
        await m.save(
          m.create(
            MeetingPartyEntity,
            this.partyRow(row, MeetingPartyKind.ORGANISATION, input.hostOrganisationId, null),
          ),
        );
      }
      await this.audit.record(
        actor.meta,
        {
          operation: 'meeting.create',
          targetType: 'Meeting',
          targetId: row.id,
          grant,
          streetId: row.streetId,
          communityId: row.communityId,
          summary: { title, kind: input.kind },
        },
        m,
      );
      return row;
    });
    return meeting;
  }

  private partyRow(
    meeting: MeetingEntity,
    kind: MeetingPartyKind,
    organisationId: string | null,
    userId: string | null,
  ) {
    return {
      meetingId: meeting.id,
      communityId: meeting.communityId,
      kind,
      partyKey: organisationId ? `org:${organisationId}` : `user:${userId}`,
      organisationId,
      userId,
      attendance: Attendance.UNKNOWN,
      checkedInAt: null,
      checkedInById: null,
    };
  }

  private async organisationOfStreet(id: string, streetId: string, field: string) {
    const org = await unscoped(this.ds, 'an organisation named in a meeting input, checked against its street')
      .repo(OrganisationEntity)
      .findOneBy({ id });
    if (!org || org.streetId !== streetId || org.archivedAt)
      throw fail(
        field === 'ownerOrganisationId' ? R.MEETING_UNKNOWN_OWNER : R.MEETING_UNKNOWN_PARTY,
        'Not an organisation of this street',
        { field },
      );
    return org;
  }

  async cancel(actor: Actor, input: I.CancelMeetingInput) {
    const ctx = await this.managed(actor, input.meetingId, [MeetingState.PLANNED]);
    return this.change(actor, ctx, 'meeting.cancel', { reason: input.reason }, async (m, notify) => {
      await m.update(
        MeetingEntity,
        { id: ctx.meeting.id, state: MeetingState.PLANNED },
        { state: MeetingState.CANCELLED, cancelReason: input.reason },
      );
      const parties = await m.findBy(MeetingPartyEntity, { meetingId: ctx.meeting.id });
      for (const userId of await partyRecipients(m, parties)) {
        notify.push({
          userId,
          kind: K.MEETING_CANCELLED,
          subject: { type: 'Meeting', id: ctx.meeting.id },
          params: { title: ctx.meeting.title, reason: input.reason },
          communityId: ctx.meeting.communityId,
        });
      }
      return m.findOneByOrFail(MeetingEntity, { id: ctx.meeting.id });
    });
  }

  async hold(actor: Actor, input: I.HoldMeetingInput, now = new Date()) {
    const ctx = await this.managed(actor, input.meetingId, [MeetingState.PLANNED]);
    if (shanghaiDate(now) < shanghaiDate(ctx.meeting.startsAt))
      throw fail(R.MEETING_WRONG_STATE, 'A meeting is held on or after its day', {
        details: { state: ctx.meeting.state },
      });
    return this.change(actor, ctx, 'meeting.hold', {}, async (m) => {
      await m.update(
        MeetingEntity,
        { id: ctx.meeting.id, state: MeetingState.PLANNED },
        { state: MeetingState.HELD, heldAt: now },
      );
      return m.findOneByOrFail(MeetingEntity, { id: ctx.meeting.id });
    });
  }

  async invite(actor: Actor, input: I.InviteMeetingPartyInput) {
    const ctx = await this.managed(actor, input.meetingId, [MeetingState.PLANNED]);
    const { meeting } = ctx;
    let orgId: string | null = null;
    let userId: string | null = null;
    if (input.kind === MeetingPartyKind.ORGANISATION) {
      if (!input.organisationId)
        throw fail(R.MEETING_UNKNOWN_PARTY, 'Name the organisation', { field: 'organisationId' });
      orgId = (await this.organisationOfStreet(input.organisationId, meeting.streetId, 'organisationId')).id;
    } else if (input.kind === MeetingPartyKind.PERSON || input.kind === MeetingPartyKind.RESIDENT_REPRESENTATIVE) {
      const user = input.userId
        ? await unscoped(this.ds, 'the invited person, by id').repo(UserEntity).findOneBy({ id: input.userId })
        : null;
      if (!user) throw fail(R.MEETING_UNKNOWN_PARTY, 'No such person', { field: 'userId' });
      if (input.kind === MeetingPartyKind.RESIDENT_REPRESENTATIVE) {
        const resident = await unscoped(this.ds, 'is the representative a resident of the community')
          .repo(MembershipEntity)
          .existsBy({
            userId: user.id,
            role: 'RESIDENT' as never,
            communityId: meeting.communityId,
            revokedAt: IsNull(),
          });
        if (!resident) throw fail(R.MEETING_UNKNOWN_PARTY, 'Not a resident of this community', { field: 'userId' });
      }
      userId = user.id;
    } else {
      throw fail(R.MEETING_UNKNOWN_PARTY, 'Residents register themselves', { field: 'kind' });
    }
    return this.change(
      actor,
      ctx,
      'meeting.invite',
      { kind: input.kind, organisationId: orgId, userId },
      async (m, notify) => {
        try {
          await m.insert(
            MeetingPartyEntity,
            m.create(MeetingPartyEntity, this.partyRow(meeting, input.kind, orgId, userId)),
          );
        } catch (err) {
          if (isUniqueViolation(err)) throw fail(R.MEETING_ALREADY_INVITED, 'Already a party of this meeting');
          throw err;
        }
        const party = await m.findOneByOrFail(MeetingPartyEntity, {
          meetingId: meeting.id,
          partyKey: orgId ? `org:${orgId}` : `user:${userId}`,
        });
        for (const u of await partyRecipients(m, [party])) {
          notify.push({
            userId: u,
            kind: K.MEETING_INVITED,
            subject: { type: 'Meeting', id: meeting.id },
            params: { title: meeting.title, when: shanghaiMinute(meeting.startsAt) },
            communityId: meeting.communityId,
          });
        }
        return meeting;
      },
    );
  }

  // ---- agenda -----------------------------------------------------------------------------

  async addAgendaItem(actor: Actor, input: I.AddAgendaItemInput) {
    const ctx = await this.managed(actor, input.meetingId, [MeetingState.PLANNED, MeetingState.HELD]);
    const { meeting } = ctx;
    let ticket: TicketEntity | null = null;
    if (input.ticketId) {
      ticket = await unscoped(
        this.ds,
        'a ticket for the agenda, checked against the meeting’s community and by the ticket workflow',
      )
        .repo(TicketEntity)
        .findOneBy({ id: input.ticketId });
      if (!ticket || ticket.communityId !== meeting.communityId || !WAITING.includes(ticket.state))
        throw fail(R.MEETING_TICKET_NOT_WAITING, 'Not a ticket of this community waiting for a meeting', {
          field: 'ticketId',
        });
      const already = await this.ds
        .getRepository(MeetingAgendaItemEntity)
        .existsBy({ meetingId: meeting.id, ticketId: ticket.id });
      if (already)
        throw fail(R.MEETING_TICKET_ON_AGENDA, 'The ticket is already on this agenda', { field: 'ticketId' });
    }
    const topic = ticket ? ticket.title.slice(0, 200) : (input.topic ?? '').trim();
    if (!topic) throw fail(R.MEETING_BLANK_TITLE, 'Give a ticket or a topic', { field: 'topic' });
    return this.change(
      actor,
      ctx,
      'meeting.agenda.add',
      { ticketId: ticket?.id ?? null, topic },
      async (m, _notify, outer) => {
        const last = await m
          .getRepository(MeetingAgendaItemEntity)
          .createQueryBuilder('a')
          .select('MAX(a.position)', 'max')
          .where('a.meetingId = :id', { id: meeting.id })
          .getRawOne<{ max: number | null }>();
        await m.save(
          m.create(MeetingAgendaItemEntity, {
            meetingId: meeting.id,
            communityId: meeting.communityId,
            position: Number(last?.max ?? 0) + 1,
            ticketId: ticket?.id ?? null,
            topic,
            resolutionText: null,
            agreedBy: null,
            outcome: null,
            resolvedAt: null,
          }),
        );
        if (ticket) {
          await this.workflow.scheduleInMeeting(
            actor,
            outer,
            ticket.id,
            `${meeting.title} · ${shanghaiMinute(meeting.startsAt)}${meeting.place ? ` · ${meeting.place}` : ''}`,
          );
        }
        return meeting;
      },
    );
  }

  async reorderAgenda(actor: Actor, input: I.ReorderAgendaInput) {
    const ctx = await this.managed(actor, input.meetingId, [MeetingState.PLANNED, MeetingState.HELD]);
    const items = await this.ds.getRepository(MeetingAgendaItemEntity).findBy({ meetingId: ctx.meeting.id });
    const ids = new Set(items.map((i) => i.id));
    if (
      input.itemIds.length !== items.length ||
      new Set(input.itemIds).size !== items.length ||
      !input.itemIds.every((i) => ids.has(i))
    )
      throw fail(R.MEETING_AGENDA_MISMATCH, 'List every item of the agenda once', { field: 'itemIds' });
    return this.change(actor, ctx, 'meeting.agenda.reorder', { itemIds: input.itemIds }, async (m) => {
      for (const [i, id] of input.itemIds.entries())
        await m.update(MeetingAgendaItemEntity, { id }, { position: i + 1 });
      return ctx.meeting;
    });
  }

  // ---- attendance -------------------------------------------------------------------------

  async recordAttendance(actor: Actor, input: I.RecordAttendanceInput, now = new Date()) {
    const party = await unscoped(this.ds, 'the party’s meeting is read through the read rule next')
      .repo(MeetingPartyEntity)
      .findOneBy({ id: input.partyId });
    if (!party) throw notFound('MeetingParty');
    const ctx = await this.managed(actor, party.meetingId, [MeetingState.PLANNED, MeetingState.HELD]);
    return this.change(
      actor,
      ctx,
      'meeting.attendance',
      { partyId: party.id, attendance: input.attendance },
      async (m) => {
        await m.update(
          MeetingPartyEntity,
          { id: party.id },
          {
            attendance: input.attendance,
            checkedInAt: input.attendance === Attendance.PRESENT ? (party.checkedInAt ?? now) : null,
          },
        );
        return m.findOneByOrFail(MeetingPartyEntity, { id: party.id });
      },
      party.id,
    );
  }

  /**
   * Check-in at the door: the meeting's code, on the meeting's day (Asia/Shanghai), by a party —
   * an invited person, a registered resident, or staff of an invited organisation (for it).
   */
  async checkIn(actor: Actor, input: I.CheckInToMeetingInput, now = new Date()) {
    const meeting = await this.get(actor.viewer, input.meetingId);
    const viewer = actor.viewer as Viewer;
    if (meeting.checkInCode !== input.code.trim().toUpperCase())
      throw fail(R.MEETING_CHECK_IN_INVALID, 'Not this meeting’s code', { field: 'code' });
    if (meeting.state === MeetingState.CANCELLED)
      throw fail(R.MEETING_WRONG_STATE, 'The meeting was cancelled', { details: { state: meeting.state } });
    if (shanghaiDate(now) !== shanghaiDate(meeting.startsAt))
      throw fail(R.MEETING_CHECK_IN_NOT_TODAY, 'Check-in is open on the day of the meeting only');
    const parties = await this.ds
      .getRepository(MeetingPartyEntity)
      .findBy([
        { meetingId: meeting.id, userId: viewer.userId },
        ...(orgIdsOf(viewer).length ? [{ meetingId: meeting.id, organisationId: In(orgIdsOf(viewer)) }] : []),
      ]);
    const party = parties.find((p) => p.userId === viewer.userId) ?? parties[0];
    if (!party) throw fail(R.MEETING_NOT_A_PARTY, 'You are not invited to or registered for this meeting');
    await this.ds.getRepository(MeetingPartyEntity).update(
      { id: party.id },
      {
        attendance: Attendance.PRESENT,
        checkedInAt: party.checkedInAt ?? now,
        checkedInById: party.checkedInById ?? viewer.userId,
      },
    );
    return { meeting, party: await this.ds.getRepository(MeetingPartyEntity).findOneByOrFail({ id: party.id }) };
  }

  /** A resident registers for an open meeting; the capacity is decided by a conditional update. */
  async register(actor: Actor, input: I.RegisterForMeetingInput, now = new Date()) {
    const meeting = await this.get(actor.viewer, input.meetingId);
    const viewer = authorize(actor.viewer, meetingPolicy, 'register', meeting);
    if (meeting.state !== MeetingState.PLANNED || meeting.endsAt.getTime() < now.getTime())
      throw fail(R.MEETING_NOT_OPEN, 'Registration is closed');
    const saved = await this.ds.transaction(async (m) => {
      const raised = await m
        .createQueryBuilder()
        .update(MeetingEntity)
        .set({ registeredCount: () => 'registeredCount + 1' })
        .where('id = :id AND registeredCount < residentCapacity', { id: meeting.id })
        .execute();
      if (!raised.affected) throw fail(R.MEETING_FULL, 'Every place is taken');
      try {
        await m.insert(
          MeetingPartyEntity,
          m.create(
            MeetingPartyEntity,
            this.partyRow(meeting, MeetingPartyKind.REGISTERED_RESIDENT, null, viewer.userId),
          ),
        );
      } catch (err) {
        if (isUniqueViolation(err)) throw fail(R.MEETING_ALREADY_REGISTERED, 'Already registered');
        throw err;
      }
      return m.findOneByOrFail(MeetingEntity, { id: meeting.id });
    });
    return saved;
  }

  // ---- minutes and resolutions ------------------------------------------------------------

  async saveMinutes(actor: Actor, input: I.SaveMeetingMinutesInput, now = new Date()) {
    const ctx = await this.managed(actor, input.meetingId, [MeetingState.PLANNED, MeetingState.HELD]);
    if (input.publish && ctx.meeting.state !== MeetingState.HELD)
      throw fail(R.MEETING_WRONG_STATE, 'Minutes are published after the meeting is held', {
        details: { state: ctx.meeting.state },
      });
    // The publication's sanitiser: published minutes become a publication and must read the same.
    const html = sanitizeBody(input.html);
    const published = input.publish || ctx.meeting.minutesState === MinutesState.PUBLISHED;
    return this.change(actor, ctx, 'meeting.minutes', { publish: input.publish, length: html.length }, async (m) => {
      await m.update(
        MeetingEntity,
        { id: ctx.meeting.id },
        {
          minutesHtml: html,
          minutesState: published ? MinutesState.PUBLISHED : MinutesState.DRAFT,
          minutesPublishedAt: published ? (ctx.meeting.minutesPublishedAt ?? now) : null,
        },
      );
      // Published minutes go to the community's affairs channel (三务公开), in this transaction; saving
      // them again with a changed text adds a revision of the same publication.
      if (published)
        await this.publications.publishSystem(
          m,
          {
            channel: PublicationChannel.COMMUNITY_AFFAIRS,
            kind: AffairsKind.GOVERNMENT_AFFAIRS,
            scope: PublicationScope.COMMUNITY,
            placeId: ctx.meeting.communityId,
            title: `会议纪要：${ctx.meeting.title}`,
            body: html,
            sourceType: 'Meeting',
            sourceId: ctx.meeting.id,
            authorId: actor.viewer?.userId ?? null,
            changeNote: '会议纪要已更新',
          },
          now,
        );
      return m.findOneByOrFail(MeetingEntity, { id: ctx.meeting.id });
    });
  }

  /** The resolution of an agenda item; for a ticket's item, the decision and the move onto the ticket. */
  async recordResolution(actor: Actor, input: I.RecordResolutionInput, now = new Date()) {
    const item = await unscoped(this.ds, 'the item’s meeting is read through the read rule next')
      .repo(MeetingAgendaItemEntity)
      .findOneBy({ id: input.agendaItemId });
    if (!item) throw notFound('MeetingAgendaItem');
    const ctx = await this.managed(actor, item.meetingId, [MeetingState.HELD]);
    if (item.resolvedAt) throw fail(R.MEETING_ALREADY_RESOLVED, 'This item already has its resolution');
    const outcome = input.outcome;
    if (outcome !== ResolutionOutcome.NONE && !item.ticketId)
      throw fail(R.MEETING_OUTCOME_NEEDS_TICKET, 'A free topic moves no ticket', { field: 'outcome' });
    if (outcome === ResolutionOutcome.ESCALATED && !input.departmentId)
      throw fail(R.MEETING_OUTCOME_NEEDS_DEPARTMENT, 'Name the department', { field: 'departmentId' });
    if (outcome === ResolutionOutcome.RETURNED && !input.replyDays)
      throw fail(R.MEETING_OUTCOME_NEEDS_DEPARTMENT, 'Give the new deadline in working days', { field: 'replyDays' });
    const text = input.text.trim();
    if (!text) throw fail(R.MEETING_BLANK_TITLE, 'The resolution is blank', { field: 'text' });
    return this.change(
      actor,
      ctx,
      'meeting.resolution',
      { agendaItemId: item.id, outcome, ticketId: item.ticketId },
      async (m, _n, outer) => {
        const claimed = await m.update(
          MeetingAgendaItemEntity,
          { id: item.id, resolvedAt: IsNull() },
          {
            resolutionText: text,
            agreedBy: input.agreedBy?.trim() || null,
            outcome,
            resolvedAt: now,
          },
        );
        if (!claimed.affected) throw fail(R.MEETING_ALREADY_RESOLVED, 'This item already has its resolution');
        if (item.ticketId) {
          const decision = `${ctx.meeting.title}：${text}`;
          if (outcome === ResolutionOutcome.NONE) {
            const t = await m.findOneBy(TicketEntity, { id: item.ticketId });
            if (t?.state === TicketState.IN_MEETING)
              await this.workflow.concludeInMeeting(actor, outer, item.ticketId, decision, null);
          } else {
            await this.workflow.concludeInMeeting(
              actor,
              outer,
              item.ticketId,
              decision,
              outcome === ResolutionOutcome.RESOLVED
                ? { kind: 'RESOLVED' }
                : outcome === ResolutionOutcome.ESCALATED
                  ? { kind: 'ESCALATED', departmentId: input.departmentId as string }
                  : { kind: 'RETURNED', replyDays: input.replyDays as number },
            );
          }
        }
        return m.findOneByOrFail(MeetingAgendaItemEntity, { id: item.id });
      },
      item.id,
    );
  }
}
