import { type DataSource, IsNull, Not } from 'typeorm';
import { requireViewer } from '../../auth/policy.js';
import { unscoped } from '../../auth/scoped.js';
import type { Actor } from '../../common/actor.js';
import { badInput, notFound } from '../../common/errors.js';
import { sqlDate } from '../../db/sql.js';
import { type PageArgs, paginate } from '../../graphql/pagination.js';
import type { AuthService } from './auth.service.js';
import { SessionEntity } from './session.entity.js';
import type * as I from './staff-account.inputs.js';
import type { Session } from './staff-account.types.js';
import { UserEntity } from './user.entity.js';

/** 10.1.2.3 → 10.1.2.*; IPv6 keeps its first three groups. */
export function maskIp(ip: string | null): string | null {
  if (!ip) return null;
  if (ip.includes('.')) return ip.replace(/\.\d+$/, '.*');
  return `${ip.split(':').slice(0, 3).join(':')}:*`;
}

/**
 * The viewer's own account: the display name and the signed-in sessions. A session is a refresh
 * token family; its live row is the one token not yet used. Ending a session revokes the family,
 * which loadViewer checks on every request, so the session's access token stops at once.
 */
export class SessionService {
  constructor(
    private readonly ds: DataSource,
    private readonly auth: AuthService,
  ) {}

  /** The viewer's live sessions, most recently active first. Two statements whatever the page size. */
  async mine(actor: Actor, args: PageArgs) {
    const viewer = requireViewer(actor.viewer);
    const qb = unscoped(this.ds, 'a user lists their own sessions')
      .query(SessionEntity, 's')
      .where('s.userId = :me AND s.usedAt IS NULL AND s.revokedAt IS NULL AND s.expiresAt > :now', {
        me: viewer.userId,
        now: sqlDate(this.ds, new Date()),
      });
    return paginate(
      qb,
      args,
      (s): Session => ({
        id: s.familyId,
        lastActiveAt: s.createdAt,
        expiresAt: s.expiresAt,
        userAgent: s.userAgent,
        ip: maskIp(s.ip),
        current: s.familyId === viewer.sessionFamilyId,
        createdAt: s.createdAt,
      }),
    );
  }

  /** Ends one of the viewer's sessions; NOT_FOUND for another user's. */
  async revoke(actor: Actor, input: I.RevokeSessionInput): Promise<{ sessionId: string; revoked: boolean }> {
    const viewer = requireViewer(actor.viewer);
    const repo = this.ds.getRepository(SessionEntity);
    if (!(await repo.existsBy({ familyId: input.sessionId, userId: viewer.userId }))) throw notFound('Session');
    const res = await repo.update(
      { familyId: input.sessionId, userId: viewer.userId, revokedAt: IsNull() },
      { revokedAt: new Date() },
    );
    this.auth.sessionEnded({ userId: viewer.userId, familyId: input.sessionId });
    return { sessionId: input.sessionId, revoked: (res.affected ?? 0) > 0 };
  }

  /** Ends every session of the viewer but the one of this request. */
  async signOutOthers(actor: Actor): Promise<{ count: number }> {
    const viewer = requireViewer(actor.viewer);
    const repo = this.ds.getRepository(SessionEntity);
    const others = { userId: viewer.userId, familyId: Not(viewer.sessionFamilyId), revokedAt: IsNull() };
    const families = new Set(
      (await repo.find({ select: { familyId: true }, where: { ...others, usedAt: IsNull() } })).map((s) => s.familyId),
    );
    await repo.update(others, { revokedAt: new Date() });
    for (const familyId of families) this.auth.sessionEnded({ userId: viewer.userId, familyId });
    return { count: families.size };
  }

  async updateProfile(actor: Actor, input: I.UpdateMyProfileInput): Promise<UserEntity> {
    const viewer = requireViewer(actor.viewer);
    const displayName = input.displayName.trim();
    if (!displayName) throw badInput('displayName', 'Name is blank');
    const users = this.ds.getRepository(UserEntity);
    await users.update({ id: viewer.userId }, { displayName });
    return users.findOneByOrFail({ id: viewer.userId });
  }
}
