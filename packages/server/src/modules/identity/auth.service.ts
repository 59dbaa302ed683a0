import { randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { type DataSource, type EntityManager, IsNull } from 'typeorm';
import { dummyPasswordHash, hashPassword, verifyPassword } from '../../auth/password.js';
import { requireViewer } from '../../auth/policy.js';
import { SESSION_ENDED, type SessionEnded } from '../../auth/session-events.js';
import { hashToken, newRefreshToken, type TokenService } from '../../auth/tokens.js';
import type { Actor } from '../../common/actor.js';
import { DomainError, ErrorCode, fail } from '../../common/errors.js';
import type { Config } from '../../config.js';
import { newId } from '../../db/ids.js';
import type { AuditService } from '../audit/audit.service.js';
import { IdentityReasons as R } from './identity.errors.js';
import type * as I from './identity.inputs.js';
import { consumeAttempts, LoginThrottle, registrationKeys } from './login-throttle.js';
import { SessionEntity } from './session.entity.js';
import { SmsPurpose } from './signin.enums.js';
import type { SmsCodeService } from './sms/sms-code.service.js';
import { byPhone, UserEntity } from './user.entity.js';

export { SESSION_ENDED, type SessionEnded } from '../../auth/session-events.js';

export interface IssuedSession {
  user: UserEntity;
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
}

/** The hash of a random password nobody knows: an account without a password (SMS or WeChat only). */
export const unusablePasswordHash = () => hashPassword(randomBytes(32).toString('base64url'));

const invalidCredentials = () => new DomainError(ErrorCode.INVALID_CREDENTIALS, 'Wrong phone number or password');

/**
 * Accounts and sessions. Refresh tokens are stored hashed, rotate on every use, and belong to a
 * family (one sign-in); presenting a used token again revokes the family.
 */
export class AuthService {
  private readonly throttle: LoginThrottle;
  /** In-process `SESSION_ENDED` events (graphql-ws connections listen; other processes re-check). */
  readonly sessionEvents = new EventEmitter().setMaxListeners(0);

  private readonly registeredListeners: ((user: UserEntity, m: EntityManager) => Promise<unknown>)[] = [];

  /**
   * Registers a listener of new resident accounts, run inside the registration's transaction
   * (the ticket module links tickets staff took on behalf of that phone).
   */
  onRegistered(listener: (user: UserEntity, m: EntityManager) => Promise<unknown>): void {
    this.registeredListeners.push(listener);
  }

  constructor(
    private readonly ds: DataSource,
    private readonly tokens: TokenService,
    private readonly config: Config,
    private readonly audit: AuditService,
    private readonly smsCodes: SmsCodeService,
  ) {
    this.throttle = new LoginThrottle(ds, config.loginThrottle);
  }

  async registerResident(actor: Actor, input: I.RegisterResidentInput): Promise<IssuedSession> {
    // Throttled per address and per phone (registration also tells which phones exist).
    const limits = this.config.registerThrottle;
    await consumeAttempts(
      this.ds,
      [
        { key: registrationKeys.phone(input.phone), max: limits.phoneMax },
        ...(actor.meta.ip ? [{ key: registrationKeys.ip(actor.meta.ip), max: limits.ipMax }] : []),
      ],
      limits.windowMs,
    );
    // The phone is proven by its SMS code before anything tells whether it is registered.
    await this.smsCodes.verify(input.phone, SmsPurpose.REGISTER, input.smsCode);
    const users = this.ds.getRepository(UserEntity);
    if (await users.existsBy(byPhone(input.phone))) {
      throw new DomainError(ErrorCode.PHONE_TAKEN, 'This phone number is already registered', { field: 'phone' });
    }
    const passwordHash = await (input.password ? hashPassword(input.password) : unusablePasswordHash());
    return this.ds
      .transaction(async (m) =>
        this.issue(m, await this.createResident(m, input.phone, input.displayName, passwordHash), newId(), actor),
      )
      .catch((err: unknown) => {
        if ((err as { driverError?: { code?: string } }).driverError?.code?.match(/DUP|UNIQUE/)) {
          throw new DomainError(ErrorCode.PHONE_TAKEN, 'This phone number is already registered', { field: 'phone' });
        }
        throw err;
      });
  }

  async login(actor: Actor, input: I.LoginInput): Promise<IssuedSession> {
    const ip = actor.meta.ip;
    // The attempt is counted before the password is checked: parallel guesses cannot all pass.
    const { locks } = await this.throttle.reserve(input.phone, ip);
    const user = await this.ds.getRepository(UserEntity).findOneBy(byPhone(input.phone));
    // Verify against a dummy hash for unknown phones so timing does not reveal who is registered.
    const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password);
    if (!user || !ok) {
      if (locks) {
        throw new DomainError(ErrorCode.ACCOUNT_LOCKED, 'Too many failed sign-ins: the account is locked for a while', {
          details: { retryAfterSeconds: Math.ceil(this.config.loginThrottle.lockMs / 1000) },
        });
      }
      throw invalidCredentials();
    }
    if (user.disabledAt) throw fail(R.IDENTITY_ACCOUNT_DISABLED, 'This account is disabled');
    await this.throttle.succeed(input.phone, ip);
    return this.ds.transaction((m) => this.issue(m, user, newId(), actor));
  }

  async refresh(actor: Actor, input: I.RefreshSessionInput): Promise<IssuedSession> {
    const hash = hashToken(input.refreshToken);
    return this.ds
      .transaction(async (m) => {
        const session = await m.findOneBy(SessionEntity, { tokenHash: hash });
        if (!session) throw new DomainError(ErrorCode.UNAUTHENTICATED, 'Unknown refresh token');
        if (session.revokedAt) throw new DomainError(ErrorCode.SESSION_REVOKED, 'This session has ended');
        if (session.usedAt) {
          // Reuse of a rotated token: someone else may hold the family. End all of it.
          await this.revokeFamily(m, session.familyId);
          return null;
        }
        if (session.expiresAt <= new Date()) throw new DomainError(ErrorCode.TOKEN_EXPIRED, 'Refresh token expired');
        // Claim the token; a concurrent refresh with the same token loses and counts as reuse.
        const claimed = await m.update(SessionEntity, { id: session.id, usedAt: IsNull() }, { usedAt: new Date() });
        if (!claimed.affected) {
          await this.revokeFamily(m, session.familyId);
          return null;
        }
        const user = await m.findOneBy(UserEntity, { id: session.userId });
        if (!user || user.disabledAt) throw new DomainError(ErrorCode.SESSION_REVOKED, 'This session has ended');
        return this.issue(m, user, session.familyId, actor);
      })
      .then((issued) => {
        if (!issued) {
          this.endedFamilyOfToken(hash);
          throw fail(R.IDENTITY_REFRESH_TOKEN_REUSED, 'Refresh token reused: the session has been ended');
        }
        return issued;
      });
  }

  /** Ends the viewer's current session (its whole refresh-token family). */
  async logout(actor: Actor): Promise<void> {
    const viewer = requireViewer(actor.viewer);
    await this.ds.transaction((m) => this.revokeFamily(m, viewer.sessionFamilyId));
    this.sessionEnded({ userId: viewer.userId, familyId: viewer.sessionFamilyId });
  }

  /** Tells this process's open connections that a session ended (after the change is committed). */
  sessionEnded(event: SessionEnded): void {
    this.sessionEvents.emit(SESSION_ENDED, event);
  }

  private endedFamilyOfToken(hash: string): void {
    this.ds
      .getRepository(SessionEntity)
      .findOneBy({ tokenHash: hash })
      .then((s) => {
        if (s) this.sessionEnded({ userId: s.userId, familyId: s.familyId });
      })
      .catch(() => undefined);
  }

  async changePassword(actor: Actor, input: I.ChangePasswordInput): Promise<IssuedSession> {
    const viewer = requireViewer(actor.viewer);
    const user = await this.ds.getRepository(UserEntity).findOneByOrFail({ id: viewer.userId });
    if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
      throw fail(R.IDENTITY_WRONG_CURRENT_PASSWORD, 'The current password is wrong', { field: 'currentPassword' });
    }
    const passwordHash = await hashPassword(input.newPassword);
    const issued = await this.ds.transaction(async (m) => {
      user.passwordHash = passwordHash;
      user.tokenVersion += 1;
      await m.save(user);
      await m.update(SessionEntity, { userId: user.id, revokedAt: IsNull() }, { revokedAt: new Date() });
      await this.audit.record(
        actor.meta,
        {
          operation: 'user.password.change',
          targetType: 'User',
          targetId: user.id,
          grant: null,
          streetId: null,
          communityId: null,
          summary: {},
        },
        m,
      );
      return this.issue(m, user, newId(), actor);
    });
    this.sessionEnded({ userId: user.id });
    return issued;
  }

  /** Ends every session of a user (account disabled); the caller calls sessionEnded after commit. */
  async revokeAll(m: EntityManager, userId: string): Promise<void> {
    await m.update(SessionEntity, { userId, revokedAt: IsNull() }, { revokedAt: new Date() });
    await m.increment(UserEntity, { id: userId }, 'tokenVersion', 1);
  }

  private async revokeFamily(m: EntityManager, familyId: string): Promise<void> {
    await m.update(SessionEntity, { familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  /**
   * A new resident account (registration, or a WeChat sign-in with a proven phone); the listeners
   * of new accounts run in the same transaction (tickets taken on the phone's behalf become theirs).
   */
  async createResident(
    m: EntityManager,
    phone: string,
    displayName: string,
    passwordHash: string,
  ): Promise<UserEntity> {
    const user = await m.save(
      m.create(UserEntity, {
        phone,
        passwordHash,
        displayName: displayName.trim(),
        isPartyMember: false,
        disabledAt: null,
        tokenVersion: 0,
      }),
    );
    for (const listener of this.registeredListeners) await listener(user, m);
    return user;
  }

  /** Issues a session of a new family (sign-in by SMS code or WeChat: signin.service.ts). */
  async issue(m: EntityManager, user: UserEntity, familyId: string, actor: Actor): Promise<IssuedSession> {
    const refresh = newRefreshToken();
    const refreshTokenExpiresAt = new Date(Date.now() + this.config.refreshTokenTtlSeconds * 1000);
    await m.save(
      m.create(SessionEntity, {
        userId: user.id,
        familyId,
        tokenHash: refresh.hash,
        expiresAt: refreshTokenExpiresAt,
        usedAt: null,
        revokedAt: null,
        userAgent: actor.userAgent?.slice(0, 200) ?? null,
        ip: actor.meta.ip,
      }),
    );
    // The "active users" figure (analysis module) counts accounts by their last sign-in.
    await m.update(UserEntity, { id: user.id }, { lastSignInAt: new Date() });
    const access = await this.tokens.signAccess(user.id, familyId, user.tokenVersion);
    return {
      user,
      accessToken: access.token,
      accessTokenExpiresAt: access.expiresAt,
      refreshToken: refresh.token,
      refreshTokenExpiresAt,
    };
  }
}
