import { type DataSource, IsNull, Not } from 'typeorm';
import { requireViewer } from '../../auth/policy.js';
import { unscoped } from '../../auth/scoped.js';
import type { Actor } from '../../common/actor.js';
import { fail } from '../../common/errors.js';
import type { JobService } from '../job/job.service.js';
import { shanghaiHour } from '../job/job.service.js';
import type { NotificationService } from '../notification/notification.service.js';
import { loadTicketWithAccess } from '../ticket/ticket.access.js';
import { TicketEntity } from '../ticket/ticket.entity.js';
import { TicketEventType, TicketState } from '../ticket/ticket.enums.js';
import type { TicketAction } from '../ticket/ticket.transitions.js';
import { TicketEventEntity } from '../ticket/ticket-event.entity.js';
import type { OuterTransaction, TicketWorkflowService } from '../ticket/ticket-workflow.service.js';
import { BoardSettingEntity, TicketCallbackEntity, TicketClosureEntity } from './board.entity.js';
import { CallbackSatisfaction } from './board.enums.js';
import { BoardReasons as R } from './board.errors.js';
import type * as I from './board.inputs.js';

/** Actions a ticket that closed itself no longer takes. */
const CLOSED_TO: readonly TicketAction[] = ['rate', 'reopen', 'callBack', 'reopenAfterCallback'];

/** Tickets closed per run and community at most (the next hour's run takes the rest). */
const CHUNK = 200;

/**
 * Follow-up visits (回访) and auto-close. A call-back is recorded on the timeline through the
 * workflow (`callBack`: version check, event, audit), and a dissatisfied one may reopen the ticket
 * through the workflow too, in the same transaction. A resolved ticket nobody rated or called back
 * within the community's `autoCloseDays` closes itself (AUTO_CLOSED event, a closure row): it keeps
 * its state RESOLVED and its empty rating, so the figures count it resolved and not rated.
 */
export class BoardCallbackService {
  constructor(
    private readonly ds: DataSource,
    private readonly workflow: TicketWorkflowService,
    private readonly notifications: NotificationService,
    private readonly jobs: JobService,
  ) {
    workflow.guard(async (action, ticket, m) => {
      if (!CLOSED_TO.includes(action) || ticket.state !== TicketState.RESOLVED) return;
      if (await m.existsBy(TicketClosureEntity, { ticketId: ticket.id }))
        throw fail(R.BOARD_TICKET_CLOSED, 'The ticket closed itself: it is not rated or reopened any more');
    });
  }

  /** Staff record a call-back to a resident who did not rate; a dissatisfied one may reopen the ticket. */
  async record(actor: Actor, input: I.RecordTicketCallbackInput) {
    const viewer = requireViewer(actor.viewer);
    const { ticket } = await loadTicketWithAccess(this.ds, viewer, input.ticketId);
    if (ticket.rating != null) throw fail(R.BOARD_CALLBACK_RATED, 'The resident rated this matter');
    const satisfaction = input.satisfaction ?? null;
    if (input.reached !== (satisfaction !== null))
      throw fail(R.BOARD_CALLBACK_SATISFACTION, 'A reached resident’s satisfaction is required, and only theirs', {
        field: 'satisfaction',
      });
    if (input.reopen && satisfaction !== CallbackSatisfaction.DISSATISFIED)
      throw fail(R.BOARD_CALLBACK_SATISFACTION, 'Only a dissatisfied call-back reopens', { field: 'reopen' });
    const note = input.note?.trim() || null;
    const outer: OuterTransaction = { m: this.ds.manager, published: [] };
    await this.ds.transaction(async (m) => {
      outer.m = m;
      const summary = `${input.reached ? satisfaction : 'NOT_REACHED'}${note ? ` ${note}` : ''}`;
      await this.workflow.callBack(actor, outer, ticket.id, input.expectedVersion ?? null, summary);
      await m.save(
        m.create(TicketCallbackEntity, {
          ticketId: ticket.id,
          communityId: ticket.communityId,
          reached: input.reached,
          satisfaction,
          note,
          reopened: input.reopen,
          staffId: viewer.userId,
        }),
      );
      if (input.reopen) await this.workflow.reopenAfterCallback(actor, outer, ticket.id, note ?? '回访不满意');
    });
    this.notifications.publish(outer.published);
    return loadTicketWithAccess(this.ds, viewer, ticket.id);
  }

  /** The auto-close job: once per hour (Asia/Shanghai), whatever number of processes trigger it. */
  run(now = new Date()) {
    return this.jobs.runOnce('board.auto-close', shanghaiHour(now), () => this.scan(now));
  }

  /** Closes, per community with `autoCloseDays`, resolved tickets without rating and call-back past that many days. */
  async scan(now = new Date()): Promise<{ closed: number }> {
    const db = unscoped(this.ds, 'a system job over every community that set auto-close days');
    const settings = await db.repo(BoardSettingEntity).find({ where: { autoCloseDays: Not(IsNull()) }, take: 10_000 });
    let closed = 0;
    for (const s of settings) {
      if (!s.autoCloseDays) continue;
      const due = await db
        .query(TicketEntity, 't')
        .where('t.communityId = :c', { c: s.communityId })
        .andWhere('t.state = :st', { st: TicketState.RESOLVED })
        .andWhere('t.rating IS NULL')
        .andWhere('t.resolvedAt < :before', {
          before: new Date(now.getTime() - s.autoCloseDays * 86_400_000),
        })
        .andWhere('NOT EXISTS (SELECT 1 FROM ticket_callback cb WHERE cb.ticketId = t.id)')
        .andWhere('NOT EXISTS (SELECT 1 FROM ticket_closure cl WHERE cl.ticketId = t.id)')
        .orderBy('t.resolvedAt', 'ASC')
        .take(CHUNK)
        .getMany();
      for (const t of due) if (await this.close(t)) closed++;
    }
    return { closed };
  }

  /** One ticket closes itself: the version claimed like any action (a staff action meanwhile wins), event, closure row. */
  private close(t: TicketEntity): Promise<boolean> {
    return this.ds.transaction(async (m) => {
      const claimed = await m.update(
        TicketEntity,
        { id: t.id, version: t.version, state: TicketState.RESOLVED, rating: IsNull() },
        { version: t.version + 1 },
      );
      if (!claimed.affected) return false;
      await m.save(
        m.create(TicketEventEntity, {
          ticketId: t.id,
          communityId: t.communityId,
          type: TicketEventType.AUTO_CLOSED,
          fromState: null,
          toState: null,
          actorId: null,
          actorRole: null,
          organisationId: null,
          note: null,
          relatedTicketId: null,
        }),
      );
      await m.save(m.create(TicketClosureEntity, { ticketId: t.id, communityId: t.communityId }));
      return true;
    });
  }
}
