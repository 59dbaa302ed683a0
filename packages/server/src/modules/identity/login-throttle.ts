import { createHash } from 'node:crypto';
import { type DataSource, In } from 'typeorm';
import { DomainError, ErrorCode } from '../../common/errors.js';
import type { ThrottlePolicy } from '../../config.js';
import { LoginThrottleEntity } from './login-throttle.entity.js';

const phoneKey = (phone: string) => `phone:${createHash('sha256').update(phone).digest('hex').slice(0, 40)}`;
const ipKey = (ip: string) => `ip:${ip.slice(0, 60)}`;

/**
 * Failed-login counters per account and per client address, in the database so several server
 * processes share them. After `slowAfter` failures an attempt must wait a doubling delay
 * (TOO_MANY_ATTEMPTS with retryAfterSeconds); after `lockAfter` the account is locked (ACCOUNT_LOCKED).
 */
export class LoginThrottle {
  constructor(
    private readonly ds: DataSource,
    private readonly policy: ThrottlePolicy,
  ) {}

  /** Throws when an attempt for this phone from this address is not allowed now. */
  async check(phone: string, ip: string | null, now = new Date()): Promise<void> {
    const keys = [phoneKey(phone), ...(ip ? [ipKey(ip)] : [])];
    const rows = await this.ds.getRepository(LoginThrottleEntity).findBy({ key: In(keys) });
    for (const row of rows) {
      if (now.getTime() - row.windowStartedAt.getTime() > this.policy.windowMs && !row.lockedUntil) continue;
      if (row.lockedUntil && row.lockedUntil > now) {
        const retryAfterSeconds = Math.ceil((row.lockedUntil.getTime() - now.getTime()) / 1000);
        if (row.key.startsWith('phone:')) {
          throw new DomainError(
            ErrorCode.ACCOUNT_LOCKED,
            'Too many failed sign-ins: the account is locked for a while',
            {
              details: { retryAfterSeconds },
            },
          );
        }
        throw new DomainError(ErrorCode.TOO_MANY_ATTEMPTS, 'Too many failed sign-ins from this address', {
          details: { retryAfterSeconds },
        });
      }
      if (row.nextAttemptAt && row.nextAttemptAt > now) {
        throw new DomainError(ErrorCode.TOO_MANY_ATTEMPTS, 'Too many failed sign-ins: wait before trying again', {
          details: { retryAfterSeconds: Math.ceil((row.nextAttemptAt.getTime() - now.getTime()) / 1000) },
        });
      }
    }
  }

  /** Counts a failure; returns true when this failure locked the account. */
  async fail(phone: string, ip: string | null, now = new Date()): Promise<boolean> {
    let locked = false;
    await this.ds.transaction(async (m) => {
      for (const [key, lockAfter] of [
        [phoneKey(phone), this.policy.lockAfter],
        ...(ip ? [[ipKey(ip), this.policy.ipLockAfter] as const] : []),
      ] as const) {
        const repo = m.getRepository(LoginThrottleEntity);
        let row = await repo.findOne({
          where: { key },
          lock: m.connection.options.type === 'better-sqlite3' ? undefined : { mode: 'pessimistic_write' },
        });
        const expired = row && now.getTime() - row.windowStartedAt.getTime() > this.policy.windowMs;
        const lockOver = row?.lockedUntil && row.lockedUntil <= now;
        if (!row || expired || lockOver) {
          row = repo.create({ key, failures: 0, windowStartedAt: now, nextAttemptAt: null, lockedUntil: null });
        }
        row.failures += 1;
        if (key.startsWith('phone:') && row.failures >= this.policy.slowAfter) {
          // Stored in whole seconds (SQLite drops milliseconds), rounded up so the wait is never short.
          const wait = this.policy.baseDelayMs * 2 ** (row.failures - this.policy.slowAfter);
          row.nextAttemptAt = new Date(Math.ceil((now.getTime() + wait) / 1000) * 1000);
        }
        if (row.failures >= lockAfter) {
          row.lockedUntil = new Date(now.getTime() + this.policy.lockMs);
          if (key.startsWith('phone:')) locked = true;
        }
        await repo.save(row);
      }
    });
    return locked;
  }

  /** A successful sign-in clears the account's counter (the address keeps its history). */
  async succeed(phone: string): Promise<void> {
    await this.ds.getRepository(LoginThrottleEntity).delete({ key: phoneKey(phone) });
  }
}
