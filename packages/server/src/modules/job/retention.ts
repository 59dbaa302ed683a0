import { type DataSource, IsNull, LessThan } from 'typeorm';
import type { RetentionPolicy } from '../../config.js';
import { sqlDate } from '../../db/sql.js';
import { LoginThrottleEntity } from '../identity/login-throttle.entity.js';
import { SessionEntity } from '../identity/session.entity.js';
import { NotificationEntity } from '../notification/notification.entity.js';
import { JobRunEntity } from './job-run.entity.js';

const DAY_MS = 24 * 3600_000;

export interface Purged {
  sessions: number;
  throttle: number;
  jobRuns: number;
  notifications: number;
}

/**
 * Removes rows nobody needs any more (the *_RETENTION_DAYS variables): sessions expired or ended
 * long ago, throttle counters whose window and lock are long over, old job runs, notifications
 * read long ago. Run hourly by the scheduler, once per hour across processes.
 */
export class RetentionPurge {
  constructor(
    private readonly ds: DataSource,
    private readonly policy: RetentionPolicy,
  ) {}

  async purge(now = new Date()): Promise<Purged> {
    const before = (days: number) => LessThan(sqlDate(this.ds, new Date(now.getTime() - days * DAY_MS)) as Date);
    const sessions = this.ds.getRepository(SessionEntity);
    const expired = await sessions.delete({ expiresAt: before(this.policy.sessionDays) });
    const revoked = await sessions.delete({ revokedAt: before(this.policy.sessionDays) });
    const throttle = await this.ds.getRepository(LoginThrottleEntity).delete([
      { windowStartedAt: before(this.policy.throttleDays), lockedUntil: IsNull() },
      { windowStartedAt: before(this.policy.throttleDays), lockedUntil: LessThan(sqlDate(this.ds, now) as Date) },
    ]);
    const jobRuns = await this.ds.getRepository(JobRunEntity).delete({ startedAt: before(this.policy.jobRunDays) });
    const notifications = await this.ds
      .getRepository(NotificationEntity)
      .delete({ readAt: before(this.policy.readNotificationDays) });
    return {
      sessions: (expired.affected ?? 0) + (revoked.affected ?? 0),
      throttle: throttle.affected ?? 0,
      jobRuns: jobRuns.affected ?? 0,
      notifications: notifications.affected ?? 0,
    };
  }
}
