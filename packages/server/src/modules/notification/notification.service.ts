import type { PubSub } from '@graphql-yoga/subscription';
import { type DataSource, type EntityManager, In, IsNull } from 'typeorm';
import { requireViewer } from '../../auth/policy.js';
import type { Viewer } from '../../auth/viewer.js';
import { insertRows } from '../../db/insert.js';
import { type PageArgs, paginate } from '../../graphql/pagination.js';
import { NotificationEntity } from './notification.entity.js';
import type { NoticeParams } from './notification.kinds.js';

export const NOTIFICATION_ADDED = 'NOTIFICATION_ADDED';

/** What a module hands over: who, which kind, about what, with which parameters. */
export interface NewNotification {
  userId: string;
  kind: string;
  subject: { type: string; id: string } | null;
  params: NoticeParams;
  communityId?: string | null;
}

/**
 * In-app notifications: written in the caller's transaction, published on the event bus after it
 * commits (so a subscriber never hears of a row that was rolled back).
 */
export class NotificationService {
  constructor(
    private readonly ds: DataSource,
    // biome-ignore lint/suspicious/noExplicitAny: topics are declared per module
    private readonly pubSub: PubSub<any>,
  ) {}

  async add(m: EntityManager, rows: NewNotification[]): Promise<NotificationEntity[]> {
    const unique = new Map(
      rows.map((r) => [`${r.userId}:${r.kind}:${r.subject?.type ?? ''}:${r.subject?.id ?? ''}`, r]),
    );
    // One INSERT for all of them, without reading the defaults back (db/insert.ts).
    return insertRows(
      m,
      NotificationEntity,
      [...unique.values()].map((r) =>
        m.create(NotificationEntity, {
          userId: r.userId,
          kind: r.kind,
          subjectType: r.subject?.type ?? null,
          subjectId: r.subject?.id ?? null,
          params: r.params,
          communityId: r.communityId ?? null,
          readAt: null,
        }),
      ),
    );
  }

  publish(rows: NotificationEntity[]): void {
    for (const r of rows) this.pubSub.publish(NOTIFICATION_ADDED, r);
  }

  list(viewer: Viewer | null, args: PageArgs & { unreadOnly?: boolean }) {
    const v = requireViewer(viewer);
    const qb = this.ds
      .getRepository(NotificationEntity)
      .createQueryBuilder('n')
      .where('n.userId = :u', { u: v.userId });
    if (args.unreadOnly) qb.andWhere('n.readAt IS NULL');
    return paginate(qb, args, (r) => r);
  }

  unreadCount(viewer: Viewer | null): Promise<number> {
    const v = requireViewer(viewer);
    return this.ds.getRepository(NotificationEntity).countBy({ userId: v.userId, readAt: IsNull() });
  }

  async markRead(viewer: Viewer | null, ids: string[] | null): Promise<{ updated: number; unreadCount: number }> {
    const v = requireViewer(viewer);
    const where = ids ? { userId: v.userId, readAt: IsNull(), id: In(ids) } : { userId: v.userId, readAt: IsNull() };
    const res = await this.ds.getRepository(NotificationEntity).update(where, { readAt: new Date() });
    return { updated: res.affected ?? 0, unreadCount: await this.unreadCount(v) };
  }
}
