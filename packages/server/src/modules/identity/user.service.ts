import { type DataSource, In } from 'typeorm';
import { PERMISSIONS } from '../../auth/permissions.js';
import { reachFor, requireViewer } from '../../auth/policy.js';
import { isEmptyReach } from '../../auth/reach.js';
import { scoped, unscoped } from '../../auth/scoped.js';
import type { Grant, Viewer } from '../../auth/viewer.js';
import type { Actor } from '../../common/actor.js';
import { DomainError, ErrorCode, fail, notFound } from '../../common/errors.js';
import { contains } from '../../db/sql.js';
import { paginate } from '../../graphql/pagination.js';
import type { AuditService } from '../audit/audit.service.js';
import type { AuthService } from './auth.service.js';
import { IdentityReasons as R } from './identity.errors.js';
import type * as I from './identity.inputs.js';
import { applyUserReach, userRead } from './identity.policy.js';
import { MembershipEntity } from './membership.entity.js';
import { byPhone, UserEntity } from './user.entity.js';

/** The search text as a full mainland mobile number (spaces and dashes ignored), else null. */
export function fullPhone(search: string): string | null {
  const digits = search.replace(/[\s-]/g, '');
  return /^1\d{10}$/.test(digits) ? digits : null;
}

const forbidden = (message: string) => new DomainError(ErrorCode.FORBIDDEN, message);

/** Users as staff see them: scoped lists, masked phones, audited reveals, disabling. */
export class UserService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly auth: AuthService,
  ) {}

  /**
   * Users in the viewer's reach. `search` matches names; a phone number matches only in full
   * (11 digits, exactly) and the lookup is audited like a reveal, so a masked number cannot be
   * rebuilt digit by digit from partial searches.
   */
  async list(actor: Actor, args: I.UserListArgs) {
    const qb = scoped(this.ds, actor.viewer).query(userRead, 'u');
    const phone = args.search ? fullPhone(args.search) : null;
    if (phone) {
      qb.andWhere('u.phoneIndex = :phoneIndex', byPhone(phone));
    } else if (args.search) {
      const [cond, params] = contains('u.displayName', args.search);
      qb.andWhere(cond, params);
    }
    if (args.role || args.communityId) {
      const conds = ['fm.userId = u.id', 'fm.revokedAt IS NULL'];
      if (args.role) conds.push('fm.role = :fRole');
      if (args.communityId) conds.push('fm.communityId = :fCommunity');
      const viaBinding =
        args.communityId && !args.role
          ? ' OR EXISTS (SELECT 1 FROM household_binding fb WHERE fb.userId = u.id AND fb.communityId = :fCommunity)'
          : '';
      qb.andWhere(`(EXISTS (SELECT 1 FROM membership fm WHERE ${conds.join(' AND ')})${viaBinding})`, {
        fRole: args.role,
        fCommunity: args.communityId,
      });
    }
    const page = await paginate(qb, args, (r) => r);
    if (phone)
      await this.auditPhoneSearch(
        actor,
        page.edges.map((e) => e.node.id),
      );
    return page;
  }

  /** A search by phone number tells who holds it: the same audit as a reveal (without the number). */
  private async auditPhoneSearch(actor: Actor, foundIds: string[]): Promise<void> {
    const v = requireViewer(actor.viewer);
    const grant = v.grantsFor(PERMISSIONS['user.read'])[0] ?? null;
    await this.audit.record(actor.meta, {
      operation: 'user.phone.search',
      targetType: 'User',
      targetId: foundIds[0] ?? null,
      grant,
      streetId: grant?.streetId ?? null,
      communityId: grant?.communityId ?? null,
      summary: { found: foundIds.length },
    });
  }

  /** One user the viewer may read (or the viewer themself), else NOT_FOUND. */
  async get(viewer: Viewer | null, id: string): Promise<UserEntity> {
    const v = requireViewer(viewer);
    if (v.userId === id) return this.getUnscoped(id, 'the viewer reads themself');
    return scoped(this.ds, v).get(userRead, id);
  }

  /** Membership managers may look anyone up by phone, to grant a role to a new colleague. */
  async canFindByPhone(viewer: Viewer | null): Promise<boolean> {
    return !isEmptyReach(reachFor(viewer, 'membership.manage'));
  }

  /** A user whatever the viewer's reach; `why` says why that is right at the call. */
  async getUnscoped(id: string, why: string): Promise<UserEntity> {
    const row = await unscoped(this.ds, why).repo(UserEntity).findOneBy({ id });
    if (!row) throw notFound('User');
    return row;
  }

  async getByPhone(viewer: Viewer | null, phone: string): Promise<UserEntity> {
    if (!(await this.canFindByPhone(viewer))) throw notFound('User');
    const row = await unscoped(this.ds, 'membership managers look anyone up by full phone number')
      .repo(UserEntity)
      .findOneBy(byPhone(phone));
    if (!row) throw notFound('User');
    return row;
  }

  /** The full phone number, once, with an audit row naming who looked. */
  async revealPhone(actor: Actor, input: I.RevealUserPhoneInput): Promise<{ userId: string; phone: string }> {
    const user = await this.get(actor.viewer, input.userId);
    const grant = await this.grantOver(actor.viewer as Viewer, user.id, 'user.revealPhone');
    if (!grant) throw forbidden('Your roles do not allow seeing this phone number');
    await this.audit.record(actor.meta, {
      operation: 'user.phone.reveal',
      targetType: 'User',
      targetId: user.id,
      grant,
      streetId: grant?.streetId ?? null,
      communityId: grant?.communityId ?? null,
      summary: { displayName: user.displayName },
    });
    return { userId: user.id, phone: user.phone };
  }

  async setDisabled(actor: Actor, input: I.SetUserDisabledInput): Promise<UserEntity> {
    const v = requireViewer(actor.viewer);
    const user = await this.get(v, input.userId);
    if (user.id === v.userId) throw fail(R.IDENTITY_CANNOT_DISABLE_SELF, 'Nobody disables their own account');
    const grant = await this.grantOver(v, user.id, 'user.manage');
    if (!grant) throw forbidden('Your roles do not allow disabling this account');
    const saved = await this.ds.transaction(async (m) => {
      user.disabledAt = input.disabled ? (user.disabledAt ?? new Date()) : null;
      await m.save(user);
      if (input.disabled) await this.auth.revokeAll(m, user.id);
      await this.audit.record(
        actor.meta,
        {
          operation: input.disabled ? 'user.disable' : 'user.enable',
          targetType: 'User',
          targetId: user.id,
          grant,
          streetId: grant?.streetId ?? null,
          communityId: grant?.communityId ?? null,
          summary: { displayName: user.displayName },
        },
        m,
      );
      return m.findOneByOrFail(UserEntity, { id: user.id });
    });
    if (input.disabled) this.auth.sessionEnded({ userId: user.id });
    return saved;
  }

  /** The viewer's membership through which they may act on a user (recorded in the audit row). */
  async grantOver(viewer: Viewer, userId: string, action: 'user.revealPhone' | 'user.manage'): Promise<Grant | null> {
    for (const g of viewer.grants) {
      const single = new (viewer.constructor as typeof Viewer)(
        viewer.userId,
        viewer.displayName,
        viewer.sessionFamilyId,
        [g],
      );
      const qb = this.ds.getRepository(UserEntity).createQueryBuilder('u').where('u.id = :id', { id: userId });
      const reach = reachFor(single, action);
      if (isEmptyReach(reach)) continue;
      applyUserReach(qb, reach);
      if (await qb.getExists()) return g;
    }
    return null;
  }

  async memberships(userIds: readonly string[]): Promise<Map<string, MembershipEntity[]>> {
    const rows = await this.ds
      .getRepository(MembershipEntity)
      .find({ where: { userId: In([...userIds]) }, order: { id: 'ASC' } });
    const map = new Map<string, MembershipEntity[]>();
    for (const r of rows) map.set(r.userId, [...(map.get(r.userId) ?? []), r]);
    return map;
  }
}
