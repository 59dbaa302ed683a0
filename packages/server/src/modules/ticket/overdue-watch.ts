import { type DataSource, In, IsNull, LessThan } from 'typeorm';
import { sqlDate } from '../../db/sql.js';
import type { JobService } from '../job/job.service.js';
import { shanghaiHour } from '../job/job.service.js';
import type { NewNotification, NotificationService } from '../notification/notification.service.js';
import { TicketEntity } from './ticket.entity.js';
import { AssignmentState, TicketState } from './ticket.enums.js';
import type { DeadlineCalendar } from './ticket.ports.js';
import { TicketAssignmentEntity } from './ticket-assignment.entity.js';

const WATCHED: readonly TicketState[] = [
  TicketState.ACCEPTED,
  TicketState.REPLIED,
  TicketState.ESCALATED,
  TicketState.IN_MEETING,
];

/**
 * The overdue watch: once per hour (whatever number of processes trigger it), flags reply
 * obligations that are near due (due today or next working day) or overdue, and notifies the
 * organisation's staff and the community's staff — once per obligation and kind.
 */
export class OverdueWatch {
  constructor(
    private readonly ds: DataSource,
    private readonly jobs: JobService,
    private readonly notifications: NotificationService,
    private readonly calendar: () => DeadlineCalendar,
  ) {}

  run(now = new Date()): Promise<{ ran: boolean; result?: { nearDue: number; overdue: number } }> {
    return this.jobs.runOnce('ticket.overdue-watch', shanghaiHour(now), () => this.scan(now));
  }

  private async scan(now: Date): Promise<{ nearDue: number; overdue: number }> {
    const horizon = sqlDate(this.ds, new Date(now.getTime() + 4 * 86_400_000));
    const nowParam = sqlDate(this.ds, now);
    const open = await this.ds.getRepository(TicketAssignmentEntity).find({
      where: [
        { state: AssignmentState.OPEN, overdueNotifiedAt: IsNull(), replyDueAt: LessThan(nowParam as Date) },
        { state: AssignmentState.OPEN, nearDueNotifiedAt: IsNull(), replyDueAt: LessThan(horizon as Date) },
      ],
      take: 5000,
    });
    if (open.length === 0) return { nearDue: 0, overdue: 0 };
    const tickets = await this.ds
      .getRepository(TicketEntity)
      .findBy({ id: In([...new Set(open.map((a) => a.ticketId))]) });
    const byId = new Map(tickets.map((t) => [t.id, t]));
    const cal = this.calendar();
    let nearDue = 0;
    let overdue = 0;
    const published = await this.ds.transaction(async (m) => {
      const notes: NewNotification[] = [];
      for (const a of open) {
        const t = byId.get(a.ticketId);
        if (!t || !WATCHED.includes(t.state)) continue;
        const isOverdue = a.replyDueAt < now;
        const left = cal.workingDaysLeft(now, a.replyDueAt);
        let kind: 'TICKET_OVERDUE' | 'TICKET_NEAR_DUE' | null = null;
        if (isOverdue && !a.overdueNotifiedAt) kind = 'TICKET_OVERDUE';
        else if (!isOverdue && left <= 1 && !a.nearDueNotifiedAt) kind = 'TICKET_NEAR_DUE';
        if (!kind) continue;
        // Claim the flag first: a row another process already flagged is skipped.
        const column = kind === 'TICKET_OVERDUE' ? 'overdueNotifiedAt' : 'nearDueNotifiedAt';
        const claimed = await m.update(TicketAssignmentEntity, { id: a.id, [column]: IsNull() }, { [column]: now });
        if (!claimed.affected) continue;
        if (kind === 'TICKET_OVERDUE') overdue++;
        else nearDue++;
        const users = new Set([
          ...(await this.notifications.organisationStaff(m, [a.organisationId])),
          ...(await this.notifications.communityStaff(m, t.communityId)),
        ]);
        for (const userId of users) {
          notes.push({
            userId,
            type: kind,
            title:
              kind === 'TICKET_OVERDUE'
                ? `诉求答复已超期：${t.title}`
                : `诉求即将到期（剩余 ${Math.max(left, 0)} 个工作日）：${t.title}`,
            ticketId: t.id,
            communityId: t.communityId,
          });
        }
      }
      return this.notifications.add(m, notes);
    });
    this.notifications.publish(published);
    return { nearDue, overdue };
  }
}
