import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { newId } from '../../src/db/ids.js';
import { LoginThrottleEntity } from '../../src/modules/identity/login-throttle.entity.js';
import { SessionEntity } from '../../src/modules/identity/session.entity.js';
import { UserEntity } from '../../src/modules/identity/user.entity.js';
import { JobRunEntity } from '../../src/modules/job/job-run.entity.js';
import { NotificationEntity } from '../../src/modules/notification/notification.entity.js';
import { createServices } from '../../src/services.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';

const DAY = 24 * 3600_000;

describe('retention purge', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  it('old sessions, throttle rows, job runs and read notifications go; recent and live ones stay', async () => {
    const ds = db.dataSource;
    const config = loadConfig({
      NODE_ENV: 'test',
      SESSION_RETENTION_DAYS: '30',
      THROTTLE_RETENTION_DAYS: '2',
      JOB_RUN_RETENTION_DAYS: '30',
      NOTIFICATION_READ_RETENTION_DAYS: '90',
    });
    const services = createServices(ds, config);
    const now = new Date();
    const ago = (days: number) => new Date(now.getTime() - days * DAY);
    const user = await ds.getRepository(UserEntity).save({
      phone: '13955556666',
      passwordHash: 'x',
      displayName: '留存',
      isPartyMember: false,
      disabledAt: null,
      tokenVersion: 0,
    });
    const session = (tag: string, expiresAt: Date, revokedAt: Date | null) => ({
      userId: user.id,
      familyId: newId(),
      tokenHash: tag.padEnd(64, '0'),
      expiresAt,
      usedAt: null,
      revokedAt,
      userAgent: null,
      ip: null,
    });
    await ds
      .getRepository(SessionEntity)
      .save([
        session('expired-long-ago', ago(40), null),
        session('revoked-long-ago', ago(-10), ago(35)),
        session('live', ago(-20), null),
        session('revoked-recently', ago(-20), ago(1)),
      ]);
    await ds.getRepository(LoginThrottleEntity).save([
      { key: 'ip:old', failures: 3, windowStartedAt: ago(5), nextAttemptAt: null, lockedUntil: null },
      { key: 'ip:recent', failures: 3, windowStartedAt: ago(0.1), nextAttemptAt: null, lockedUntil: null },
    ]);
    await ds.getRepository(JobRunEntity).save([
      { job: 'test.job', period: 'old', startedAt: ago(31) },
      { job: 'test.job', period: 'recent', startedAt: ago(1) },
    ]);
    const note = (title: string, readAt: Date | null) => ({
      userId: user.id,
      kind: 'TEST',
      subjectType: null,
      subjectId: null,
      params: { title },
      communityId: null,
      readAt,
    });
    await ds
      .getRepository(NotificationEntity)
      .save([note('read-long-ago', ago(100)), note('read-recently', ago(2)), note('unread-old', null)]);

    const removed = await services.retention.purge(now);
    expect(removed).toMatchObject({ sessions: 2, throttle: 1, jobRuns: 1, notifications: 1 });

    expect((await ds.getRepository(SessionEntity).find()).map((s) => s.tokenHash.replace(/0+$/, '')).sort()).toEqual([
      'live',
      'revoked-recently',
    ]);
    expect((await ds.getRepository(LoginThrottleEntity).find()).map((r) => r.key)).toEqual(['ip:recent']);
    expect((await ds.getRepository(JobRunEntity).findBy({ job: 'test.job' })).map((r) => r.period)).toEqual(['recent']);
    expect((await ds.getRepository(NotificationEntity).find()).map((n) => n.params.title).sort()).toEqual([
      'read-recently',
      'unread-old',
    ]);
  });
});
