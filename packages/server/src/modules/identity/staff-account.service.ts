import { createHash, randomInt } from 'node:crypto';
import { type DataSource, In, IsNull } from 'typeorm';
import { hashPassword } from '../../auth/password.js';
import { actingGrant, authorize, can, requireViewer } from '../../auth/policy.js';
import type { Place } from '../../auth/reach.js';
import type { Actor } from '../../common/actor.js';
import { DomainError, ErrorCode, fail } from '../../common/errors.js';
import type { Config } from '../../config.js';
import { isUniqueViolation } from '../../db/errors.js';
import type { AuditService } from '../audit/audit.service.js';
import type { AuthService } from './auth.service.js';
import { STAFF_ROLES } from './identity.enums.js';
import { consumeAttempts } from './login-throttle.js';
import { MembershipEntity } from './membership.entity.js';
import type { MembershipService } from './membership.service.js';
import { PasswordResetCodeEntity } from './staff-account.entity.js';
import { StaffAccountReasons as R } from './staff-account.errors.js';
import type * as I from './staff-account.inputs.js';
import { byPhone, UserEntity } from './user.entity.js';
import type { UserService } from './user.service.js';

/** How long a one-time code works. */
export const ONE_TIME_CODE_TTL_MS = 24 * 3_600_000;
/** Unambiguous letters and digits (no 0/O, 1/I/L). */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** 12 random characters in groups of four (~59 bits): K7MQ-2XPA-9HTD. */
export function newOneTimeCode(): string {
  const chars = Array.from({ length: 12 }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return [0, 4, 8].map((i) => chars.slice(i, i + 4).join('')).join('-');
}
/** The stored form: case and separators do not matter to the person typing it. */
export const hashOneTimeCode = (code: string) =>
  createHash('sha256')
    .update(code.toUpperCase().replace(/[^A-Z0-9]/g, ''))
    .digest('hex');

export interface IssuedCode {
  code: string;
  expiresAt: Date;
}

/**
 * Staff accounts made by administrators: a new account with its first role (the rules of
 * grantMembership: street admins within their street), and password resets. Both hand the
 * administrator a one-time code, shown once, with which the staff member sets a password on the
 * sign-in page. Both are audited.
 */
export class StaffAccountService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly memberships: MembershipService,
    private readonly users: UserService,
    private readonly auth: AuthService,
    private readonly config: Config,
  ) {}

  async create(actor: Actor, input: I.CreateStaffAccountInput): Promise<{ user: UserEntity; code: IssuedCode }> {
    const viewer = requireViewer(actor.viewer);
    if (!STAFF_ROLES.includes(input.role))
      throw fail(R.IDENTITY_STAFF_ROLE_REQUIRED, 'A staff account starts with a staff role', { field: 'role' });
    const scope = await this.memberships.resolveScope(viewer, input);
    authorize(viewer, 'membership.manage', scope.place, 'Scope', 'tree.read');
    const displayName = input.displayName.trim();
    if (!displayName) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Name is blank', { field: 'displayName' });
    const taken = () =>
      new DomainError(ErrorCode.PHONE_TAKEN, 'This phone number is already registered: grant it a role instead', {
        field: 'phone',
      });
    if (await this.ds.getRepository(UserEntity).existsBy(byPhone(input.phone))) throw taken();
    // Nobody knows this password: the staff member sets theirs with the code.
    const passwordHash = await hashPassword(newOneTimeCode() + newOneTimeCode());
    try {
      return await this.ds.transaction(async (m) => {
        const user = await m.save(
          m.create(UserEntity, {
            phone: input.phone,
            passwordHash,
            displayName,
            isPartyMember: false,
            disabledAt: null,
            tokenVersion: 0,
          }),
        );
        const membership = await this.memberships.insert(m, viewer, user.id, input, scope);
        const code = await this.issue(m, user.id, viewer.userId, 'CREATE');
        await this.audit.record(
          actor.meta,
          {
            operation: 'staff.account.create',
            targetType: 'User',
            targetId: user.id,
            grant: actingGrant(viewer, 'membership.manage', scope.place),
            streetId: scope.place.streetId,
            communityId: scope.place.communityId,
            summary: {
              displayName,
              membershipId: membership.id,
              role: input.role,
              scopeKind: input.scopeKind,
              scopeId: input.scopeId ?? null,
            },
          },
          m,
        );
        return { user, code };
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw taken();
      throw err;
    }
  }

  /**
   * A new one-time code for a staff member; earlier unused codes stop working. Every active staff
   * role of the person must lie within the administrator's reach (a street admin cannot take over
   * an account that also works in another street, nor a system administrator's).
   */
  async reset(actor: Actor, input: I.ResetStaffPasswordInput): Promise<{ user: UserEntity; code: IssuedCode }> {
    const viewer = requireViewer(actor.viewer);
    const user = await this.users.get(viewer, input.userId);
    if (user.id === viewer.userId) throw fail(R.IDENTITY_CANNOT_RESET_SELF, 'Use changePassword for your own account');
    const staff = await this.ds
      .getRepository(MembershipEntity)
      .findBy({ userId: user.id, revokedAt: IsNull(), role: In([...STAFF_ROLES]) });
    if (staff.length === 0) throw fail(R.IDENTITY_NOT_STAFF, 'Only staff accounts are reset by an administrator');
    const places: Place[] = staff.map((s) => ({
      streetId: s.streetId,
      communityId: s.communityId,
      estateId: s.estateId,
    }));
    const outside = places.find((p) => !can(viewer, 'user.manage', p));
    if (outside) authorize(viewer, 'user.manage', outside, 'User', 'user.read');
    const first = places[0] as Place;
    return this.ds.transaction(async (m) => {
      await m.update(PasswordResetCodeEntity, { userId: user.id, usedAt: IsNull() }, { usedAt: new Date() });
      const code = await this.issue(m, user.id, viewer.userId, 'RESET');
      await this.audit.record(
        actor.meta,
        {
          operation: 'staff.password.reset',
          targetType: 'User',
          targetId: user.id,
          grant: actingGrant(viewer, 'user.manage', first),
          streetId: first.streetId,
          communityId: first.communityId,
          summary: { displayName: user.displayName, expiresAt: code.expiresAt.toISOString() },
        },
        m,
      );
      return { user, code };
    });
  }

  /** Public: the staff member sets a password with the code. The code is used up; every session ends. */
  async setPassword(actor: Actor, input: I.SetPasswordWithCodeInput): Promise<void> {
    // Guessing is bounded per address (the code space is ~59 bits and codes live a day).
    if (actor.meta.ip) {
      const limits = this.config.registerThrottle;
      await consumeAttempts(this.ds, [{ key: `code:ip:${actor.meta.ip}`, max: limits.ipMax }], limits.windowMs);
    }
    const invalid = () => fail(R.IDENTITY_RESET_CODE_INVALID, 'Unknown or used code', { field: 'code' });
    const row = await this.ds
      .getRepository(PasswordResetCodeEntity)
      .findOneBy({ codeHash: hashOneTimeCode(input.code) });
    if (!row || row.usedAt) throw invalid();
    const now = new Date();
    if (row.expiresAt <= now) throw fail(R.IDENTITY_RESET_CODE_EXPIRED, 'The code has expired', { field: 'code' });
    const passwordHash = await hashPassword(input.newPassword);
    await this.ds.transaction(async (m) => {
      // Claimed by a conditional update: of two uses at once, one wins.
      const claimed = await m.update(PasswordResetCodeEntity, { id: row.id, usedAt: IsNull() }, { usedAt: now });
      if (!claimed.affected) throw invalid();
      await m.update(UserEntity, { id: row.userId }, { passwordHash });
      await this.auth.revokeAll(m, row.userId);
      await this.audit.record(
        { ...actor.meta, actorId: row.userId },
        {
          operation: 'user.password.set-with-code',
          targetType: 'User',
          targetId: row.userId,
          grant: null,
          streetId: null,
          communityId: null,
          summary: { purpose: row.purpose },
        },
        m,
      );
    });
    this.auth.sessionEnded({ userId: row.userId });
  }

  private async issue(
    m: import('typeorm').EntityManager,
    userId: string,
    createdById: string,
    purpose: 'CREATE' | 'RESET',
  ): Promise<IssuedCode> {
    const code = newOneTimeCode();
    const expiresAt = new Date(Date.now() + ONE_TIME_CODE_TTL_MS);
    await m.save(
      m.create(PasswordResetCodeEntity, {
        userId,
        codeHash: hashOneTimeCode(code),
        purpose,
        expiresAt,
        usedAt: null,
        createdById,
      }),
    );
    return { code, expiresAt };
  }
}
