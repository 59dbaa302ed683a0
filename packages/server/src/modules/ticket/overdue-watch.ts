import { type DataSource, In, IsNull } from 'typeorm';
import { sqlDate } from '../../db/sql.js';
import type { JobService } from '../job/job.service.js';
import { shanghaiHour } from '../job/job.service.js';
import type { NewNotification, NotificationService } from '../notification/notification.service.js';
import { TicketEntity } from './ticket.entity.js';
import { TicketState } from './ticket.enums.js';
import { TicketNoticeKind as K, type TicketNoticeParams, ticketNotice } from './ticket.notices.js';
import type { DeadlineCalendar } from './ticket.ports.js';
import { communityStaff, organisationStaff } from './ticket.routing.js';
import { TicketAssignmentEntity } from './ticket-assignment.entity.js';

const WATCHED: readonly TicketState[] = [
  TicketState.ACCEPTED,
  TicketState.REPLIED,
  TicketState.ESCALATED,
  TicketState.IN_MEETING,
];

/** Rows handled per short transaction: staff actions in between never wait long for the lock. */
const CHUNK = 200;

interface Candidate {
  id: string;
  organisationId: string;
  replyDueAt: Date;
  nearDueNotifiedAt: Date | null;
  overdueNotifiedAt: Date | null;
  ticketId: string;
  title: string;
  communityId: string;
}

/**
 * The overdue watch: once per hour (whatever number of processes trigger it), flags reply
 * obligations that are near due (due today or next working day) or overdue, and notifies the
 * organisation's staff and the community's staff — once per obligation and kind; and tickets
 * still waiting for triage past their triage deadline, notifying the community's staff once.
 *
 * It works in chunks: one read per chunk, then one short transaction that claims the chunk's
 * flags with one UPDATE per kind and writes its notifications. No transaction spans the scan.
 */
export class OverdueWatch {
  constructor(
    private readonly ds: DataSource,
    private readonly jobs: JobService,
    private readonly notifications: NotificationService,
    private readonly calendar: () => DeadlineCalendar,
  ) {}

  run(now = new Date()) {
    return this.jobs.runOnce('ticket.overdue-watch', shanghaiHour(now), () => this.scan(now));
  }

  private async scan(now: Date): Promise<{ nearDue: number; overdue: number; triageOverdue: number }> {
    const staff = this.staffCache();
    const { nearDue, overdue } = await this.scanAssignments(now, staff);
    const triageOverdue = await this.scanTriage(now, staff);
    return { nearDue, overdue, triageOverdue };
  }

  /** Staff lookups, once per community and organisation per run. */
  private staffCache() {
    const community = new Map<string, Promise<string[]>>();
    const org = new Map<string, Promise<string[]>>();
    const m = this.ds.manager;
    return {
      community: (id: string) => {
        if (!community.has(id)) community.set(id, communityStaff(m, id));
        return community.get(id) as Promise<string[]>;
      },
      organisation: (id: string) => {
        if (!org.has(id)) org.set(id, organisationStaff(m, [id]));
        return org.get(id) as Promise<string[]>;
      },
    };
  }

  private async scanAssignments(now: Date, staff: ReturnType<OverdueWatch['staffCache']>) {
    const nowParam = sqlDate(this.ds, now);
    const horizon = sqlDate(this.ds, new Date(now.getTime() + 4 * 86_400_000));
    const cal = this.calendar();
    let nearDue = 0;
    let overdue = 0;
    let after = '';
    for (;;) {
      const rows: Candidate[] = await this.ds
        .getRepository(TicketAssignmentEntity)
        .createQueryBuilder('a')
        .innerJoin(TicketEntity, 't', 't.id = a.ticketId')
        .select([
          'a.id AS id',
          'a.organisationId AS organisationId',
          'a.replyDueAt AS replyDueAt',
          'a.nearDueNotifiedAt AS nearDueNotifiedAt',
          'a.overdueNotifiedAt AS overdueNotifiedAt',
          't.id AS ticketId',
          't.title AS title',
          't.communityId AS communityId',
        ])
        .where("a.state = 'OPEN'")
        .andWhere('t.state IN (:...watched)', { watched: WATCHED })
        .andWhere(
          '((a.overdueNotifiedAt IS NULL AND a.replyDueAt < :now) OR (a.nearDueNotifiedAt IS NULL AND a.replyDueAt < :horizon))',
          { now: nowParam, horizon },
        )
        .andWhere('a.id > :after', { after })
        .orderBy('a.id', 'ASC')
        .limit(CHUNK)
        .getRawMany()
        .then((raw) => raw.map((r) => ({ ...r, replyDueAt: toDate(r.replyDueAt) })));
      if (rows.length === 0) break;
      after = rows[rows.length - 1]?.id as string;
      await yieldToRequests();
      const overdueRows: Candidate[] = [];
      const nearRows: { row: Candidate; left: number }[] = [];
      for (const a of rows) {
        const left = cal.workingDaysLeft(now, a.replyDueAt);
        if (a.replyDueAt < now) {
          if (!a.overdueNotifiedAt) overdueRows.push(a);
        } else if (left <= 1 && !a.nearDueNotifiedAt) nearRows.push({ row: a, left });
      }
      const notes: NewNotification[] = [];
      const tell = async <Kind extends K.TICKET_OVERDUE | K.TICKET_NEAR_DUE>(
        a: Candidate,
        kind: Kind,
        params: TicketNoticeParams[Kind],
      ) => {
        const users = new Set([
          ...(await staff.organisation(a.organisationId)),
          ...(await staff.community(a.communityId)),
        ]);
        const notice = ticketNotice(kind, { id: a.ticketId, communityId: a.communityId }, params);
        for (const userId of users) notes.push({ userId, ...notice });
      };
      for (const a of overdueRows) await tell(a, K.TICKET_OVERDUE, { title: a.title });
      for (const { row, left } of nearRows) {
        await tell(row, K.TICKET_NEAR_DUE, { title: row.title, daysLeft: Math.max(left, 0) });
      }
      if (overdueRows.length === 0 && nearRows.length === 0) continue;
      const published = await this.ds.transaction(async (m) => {
        // Claim the flags with one statement per kind; the watch runs once per period (job_run).
        if (overdueRows.length) {
          await m.update(
            TicketAssignmentEntity,
            { id: In(overdueRows.map((a) => a.id)), overdueNotifiedAt: IsNull() },
            { overdueNotifiedAt: now },
          );
        }
        if (nearRows.length) {
          await m.update(
            TicketAssignmentEntity,
            { id: In(nearRows.map((n) => n.row.id)), nearDueNotifiedAt: IsNull() },
            { nearDueNotifiedAt: now },
          );
        }
        return this.notifications.add(m, notes);
      });
      this.notifications.publish(published);
      overdue += overdueRows.length;
      nearDue += nearRows.length;
    }
    return { nearDue, overdue };
  }

  /** Tickets nobody triaged by their triage deadline: the community's staff are told once. */
  private async scanTriage(now: Date, staff: ReturnType<OverdueWatch['staffCache']>): Promise<number> {
    let count = 0;
    let after = '';
    for (;;) {
      const rows = await this.ds
        .getRepository(TicketEntity)
        .createQueryBuilder('t')
        .select(['t.id', 't.title', 't.communityId'])
        .where("t.state = 'SUBMITTED'")
        .andWhere('t.replyDueAt < :now', { now: sqlDate(this.ds, now) })
        .andWhere('t.triageOverdueNotifiedAt IS NULL')
        .andWhere('t.id > :after', { after })
        .orderBy('t.id', 'ASC')
        .take(CHUNK)
        .getMany();
      if (rows.length === 0) break;
      after = rows[rows.length - 1]?.id as string;
      await yieldToRequests();
      const notes: NewNotification[] = [];
      for (const t of rows) {
        const notice = ticketNotice(K.TICKET_TRIAGE_OVERDUE, t, { title: t.title });
        for (const userId of await staff.community(t.communityId)) notes.push({ userId, ...notice });
      }
      const published = await this.ds.transaction(async (m) => {
        await m.update(
          TicketEntity,
          { id: In(rows.map((t) => t.id)), triageOverdueNotifiedAt: IsNull() },
          { triageOverdueNotifiedAt: now },
        );
        return this.notifications.add(m, notes);
      });
      this.notifications.publish(published);
      count += rows.length;
    }
    return count;
  }
}

/**
 * Let waiting requests in between chunks: better-sqlite3 answers synchronously, so without this
 * the whole scan would run as one stretch of microtasks and hold up every request meanwhile.
 */
const yieldToRequests = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Raw datetimes come back as Date (mysql2) or text in UTC (SQLite). */
function toDate(v: Date | string): Date {
  if (v instanceof Date) return v;
  return new Date(`${v.replace(' ', 'T')}${/Z|[+-]\d\d:?\d\d$/.test(v) ? '' : 'Z'}`);
}
