import { type DataSource, IsNull } from 'typeorm';
import { authorize } from '../../auth/abilities.js';
import { actingGrant } from '../../auth/policy.js';
import { scoped, unscoped } from '../../auth/scoped.js';
import type { Actor } from '../../common/actor.js';
import { fail, notFound } from '../../common/errors.js';
import { sqlDate } from '../../db/sql.js';
import { paginate } from '../../graphql/pagination.js';
import type { AuditService } from '../audit/audit.service.js';
import type { CalendarService } from '../calendar/calendar.service.js';
import type { JobService } from '../job/job.service.js';
import { shanghaiHour } from '../job/job.service.js';
import type { NewNotification, NotificationService } from '../notification/notification.service.js';
import { OrganisationEntity } from '../org/organisation.entity.js';
import {
  MeetingActionItemEntity,
  MeetingAgendaItemEntity,
  MeetingEntity,
  MeetingPartyEntity,
} from './meeting.entity.js';
import { ActionItemState, MeetingState } from './meeting.enums.js';
import { MeetingReasons as R } from './meeting.errors.js';
import type * as I from './meeting.inputs.js';
import { MeetingNoticeKind as K } from './meeting.notices.js';
import { actionItemPolicy, actionItemRead, meetingPolicy, meetingRead, placeOfMeeting } from './meeting.policy.js';
import { partyRecipients, shanghaiMinute, staffOf } from './meeting.recipients.js';

/**
 * Action items (督办事项) a meeting gives organisations, due in working days on the tickets'
 * calendar; and the watch that flags overdue items and reminds parties the day before a meeting.
 */
export class MeetingActionService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationService,
    private readonly calendar: CalendarService,
    private readonly jobs: JobService,
  ) {}

  /** The tracker: a community's action items the viewer may read, newest first. */
  list(actor: Actor, args: I.ActionItemListArgs, now = new Date()) {
    const qb = scoped(this.ds, actor.viewer)
      .query(actionItemRead, 'ai')
      .andWhere('ai.communityId = :communityId', { communityId: args.communityId });
    if (args.state) qb.andWhere('ai.state = :state', { state: args.state });
    if (args.overdueOnly)
      qb.andWhere('ai.state = :open AND ai.dueAt < :now', { open: ActionItemState.OPEN, now: sqlDate(this.ds, now) });
    return paginate(qb, args, (e) => e);
  }

  async add(actor: Actor, input: I.AddActionItemInput, now = new Date()) {
    const meeting = await scoped(this.ds, actor.viewer)
      .query(meetingRead, 'mt')
      .andWhere('mt.id = :id', { id: input.meetingId })
      .getOne();
    if (!meeting) throw notFound('Meeting');
    const viewer = authorize(actor.viewer, meetingPolicy, 'manage', meeting);
    if (meeting.state !== MeetingState.HELD)
      throw fail(R.MEETING_WRONG_STATE, 'Action items come from a held meeting', { details: { state: meeting.state } });
    const item = input.agendaItemId
      ? await this.ds
          .getRepository(MeetingAgendaItemEntity)
          .findOneBy({ id: input.agendaItemId, meetingId: meeting.id })
      : null;
    if (input.agendaItemId && !item)
      throw fail(R.MEETING_UNKNOWN_AGENDA_ITEM, 'Not an item of this meeting', { field: 'agendaItemId' });
    const owner = await unscoped(this.ds, 'the owner organisation, checked against the meeting’s street')
      .repo(OrganisationEntity)
      .findOneBy({ id: input.ownerOrganisationId });
    if (!owner || owner.streetId !== meeting.streetId || owner.archivedAt)
      throw fail(R.MEETING_UNKNOWN_OWNER, 'Not an organisation of this street', { field: 'ownerOrganisationId' });
    const title = input.title.trim();
    if (!title) throw fail(R.MEETING_BLANK_TITLE, 'The title is blank', { field: 'title' });
    const due = (await this.calendar.ready()).dueAt(now, input.dueDays);
    const published: Awaited<ReturnType<NotificationService['add']>> = [];
    const saved = await this.ds.transaction(async (m) => {
      const row = await m.save(
        m.create(MeetingActionItemEntity, {
          meetingId: meeting.id,
          agendaItemId: item?.id ?? null,
          ticketId: item?.ticketId ?? null,
          streetId: meeting.streetId,
          communityId: meeting.communityId,
          title,
          ownerOrganisationId: owner.id,
          dueDays: input.dueDays,
          dueAt: due.dueAt,
          state: ActionItemState.OPEN,
          completionNote: null,
          completedAt: null,
          overdueNotifiedAt: null,
        }),
      );
      await this.audit.record(
        actor.meta,
        {
          operation: 'meeting.action.add',
          targetType: 'MeetingActionItem',
          targetId: row.id,
          grant: actingGrant(viewer, 'meeting.manage', placeOfMeeting(meeting)),
          streetId: meeting.streetId,
          communityId: meeting.communityId,
          summary: { meetingId: meeting.id, ownerOrganisationId: owner.id, dueDays: input.dueDays },
        },
        m,
      );
      const notify: NewNotification[] = (await staffOf(m, owner.id))
        .filter((u) => u !== viewer.userId)
        .map((userId) => ({
          userId,
          kind: K.MEETING_ACTION_ASSIGNED,
          subject: { type: 'MeetingActionItem', id: row.id },
          params: { title, due: shanghaiMinute(due.dueAt) },
          communityId: meeting.communityId,
        }));
      published.push(...(await this.notifications.add(m, notify)));
      return row;
    });
    this.notifications.publish(published);
    return saved;
  }

  async update(actor: Actor, input: I.UpdateActionItemInput, now = new Date()) {
    const row = await scoped(this.ds, actor.viewer)
      .query(actionItemRead, 'ai')
      .andWhere('ai.id = :id', { id: input.actionItemId })
      .getOne();
    if (!row) throw notFound('MeetingActionItem');
    const viewer = authorize(actor.viewer, actionItemPolicy, 'update', row);
    const closed = input.state !== ActionItemState.OPEN;
    return this.ds.transaction(async (m) => {
      await m.update(
        MeetingActionItemEntity,
        { id: row.id },
        {
          state: input.state,
          completionNote: input.completionNote?.trim() || row.completionNote,
          completedAt: closed ? (row.completedAt ?? now) : null,
        },
      );
      await this.audit.record(
        actor.meta,
        {
          operation: 'meeting.action.update',
          targetType: 'MeetingActionItem',
          targetId: row.id,
          grant:
            actingGrant(viewer, 'meeting.manage', placeOfMeeting(row)) ??
            viewer.grants.find((g) => g.organisationId === row.ownerOrganisationId) ??
            null,
          streetId: row.streetId,
          communityId: row.communityId,
          summary: { from: row.state, to: input.state },
        },
        m,
      );
      return m.findOneByOrFail(MeetingActionItemEntity, { id: row.id });
    });
  }

  // ---- the watch --------------------------------------------------------------------------

  /** Once per Shanghai hour across processes: overdue action items and tomorrow's meetings. */
  watch(now = new Date()) {
    return this.jobs.runOnce('meeting.watch', shanghaiHour(now), async () => ({
      overdue: await this.flagOverdue(now),
      reminded: await this.remind(now),
    }));
  }

  /** Open items past due, not yet flagged: claimed one by one (a conditional update), owner's staff told once. */
  private async flagOverdue(now: Date): Promise<number> {
    const rows = await this.ds
      .getRepository(MeetingActionItemEntity)
      .createQueryBuilder('ai')
      .where('ai.state = :open AND ai.dueAt < :now AND ai.overdueNotifiedAt IS NULL', {
        open: ActionItemState.OPEN,
        now: sqlDate(this.ds, now),
      })
      .orderBy('ai.id', 'ASC')
      .limit(500)
      .getMany();
    let flagged = 0;
    for (const row of rows) {
      const published = await this.ds.transaction(async (m) => {
        const claimed = await m.update(
          MeetingActionItemEntity,
          { id: row.id, overdueNotifiedAt: IsNull() },
          { overdueNotifiedAt: now },
        );
        if (!claimed.affected) return [];
        flagged++;
        return this.notifications.add(
          m,
          (await staffOf(m, row.ownerOrganisationId)).map((userId) => ({
            userId,
            kind: K.MEETING_ACTION_OVERDUE,
            subject: { type: 'MeetingActionItem', id: row.id },
            params: { title: row.title },
            communityId: row.communityId,
          })),
        );
      });
      this.notifications.publish(published);
    }
    return flagged;
  }

  /** Planned meetings starting tomorrow (Asia/Shanghai): every party reminded once. */
  private async remind(now: Date): Promise<number> {
    const from = now;
    const candidates = await this.ds
      .getRepository(MeetingEntity)
      .createQueryBuilder('mt')
      .where('mt.state = :planned AND mt.remindedAt IS NULL AND mt.startsAt > :from AND mt.startsAt < :to', {
        planned: MeetingState.PLANNED,
        from: sqlDate(this.ds, from),
        to: sqlDate(this.ds, new Date(now.getTime() + 2 * 86_400_000)),
      })
      .limit(500)
      .getMany();
    const tomorrow = shanghaiMinute(new Date(now.getTime() + 86_400_000)).slice(0, 10);
    let reminded = 0;
    for (const mt of candidates.filter((c) => shanghaiMinute(c.startsAt).slice(0, 10) === tomorrow)) {
      const published = await this.ds.transaction(async (m) => {
        const claimed = await m.update(MeetingEntity, { id: mt.id, remindedAt: IsNull() }, { remindedAt: now });
        if (!claimed.affected) return [];
        reminded++;
        const parties = await m.findBy(MeetingPartyEntity, { meetingId: mt.id });
        return this.notifications.add(
          m,
          (await partyRecipients(m, parties)).map((userId) => ({
            userId,
            kind: K.MEETING_REMINDER,
            subject: { type: 'Meeting', id: mt.id },
            params: { title: mt.title, when: shanghaiMinute(mt.startsAt) },
            communityId: mt.communityId,
          })),
        );
      });
      this.notifications.publish(published);
    }
    return reminded;
  }
}
