import { type DataSource, type EntityManager, In, IsNull, MoreThan } from 'typeorm';
import { DomainError, ErrorCode } from '../../common/errors.js';
import type { ThrottlePolicy } from '../../config.js';
import { phoneIndex } from '../../crypto/personal-data.js';
import { LoginThrottleEntity } from './login-throttle.entity.js';
import type { RedisLoginThrottle } from './login-throttle.redis.js';

/** The counters of one sign-in attempt: account + address, account, address. */
export interface LoginKeys {
  pair: string;
  account: string;
  address: string | null;
}

/** One key's maximum within a window (registration, SMS codes, reset codes). */
export interface AttemptLimit {
  key: string;
  max: number;
}

/**
 * With REDIS_URL the counters live in Redis (login-throttle.redis.ts) instead of `login_throttle`
 * rows; per database, like the viewer cache, because tests run several apps in one process.
 */
const redisThrottles = new WeakMap<DataSource, RedisLoginThrottle>();
export const useRedisThrottles = (ds: DataSource, throttle: RedisLoginThrottle) => redisThrottles.set(ds, throttle);

/**
 * A phone in a counter key is its blind index (HMAC-SHA256 under DATA_INDEX_KEY over the
 * normalised number, crypto/personal-data.ts): a plain SHA-256 of a phone gives the number back by
 * trying the ~10⁹ mobile numbers. The same column length (keys ≤ 100 characters) and the same Redis
 * key form, so no migration: counters under the former sha256 keys are simply never read again
 * and expire (rows: the retention job deletes them after RETENTION throttle days; Redis: their TTL).
 */
const hashOf = (phone: string, n: number) => phoneIndex(phone).slice(0, n);
const phoneKey = (phone: string) => `phone:${hashOf(phone, 40)}`;
const ipKey = (ip: string) => `ip:${ip.slice(0, 60)}`;
/** One account from one address: the counter that slows an address down. */
const pairKey = (phone: string, ip: string | null) => `pair:${hashOf(phone, 32)}:${(ip ?? '-').slice(0, 60)}`;

/** The wait after `failures` failures: doubling from the base delay, never beyond `maxDelayMs`. */
export function slowDownMs(policy: Pick<ThrottlePolicy, 'slowAfter' | 'baseDelayMs' | 'maxDelayMs'>, failures: number) {
  if (failures < policy.slowAfter) return 0;
  // The exponent is bounded before the power: 2^failures would leave the datetime range (→ 500).
  const doublings = Math.min(failures - policy.slowAfter, 40);
  return Math.min(policy.baseDelayMs * 2 ** doublings, policy.maxDelayMs);
}

const retryAfter = (until: Date, now: Date) => Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
const upToSecond = (ms: number) => new Date(Math.ceil(ms / 1000) * 1000);

/**
 * Row-locked counters in `login_throttle`, shared by every server process. Each key's row is made
 * to exist first (insert-or-ignore), then the rows are locked in key order for the check and the
 * count, so the check and the count are one atomic step (SQLite serialises the transactions).
 */
async function withLockedRows<T>(
  ds: DataSource,
  keys: string[],
  now: Date,
  work: (m: EntityManager, rows: Map<string, LoginThrottleEntity>) => Promise<T>,
): Promise<T> {
  const sorted = [...new Set(keys)].sort();
  await ds
    .createQueryBuilder()
    .insert()
    .into(LoginThrottleEntity)
    .values(sorted.map((key) => ({ key, failures: 0, windowStartedAt: now, nextAttemptAt: null, lockedUntil: null })))
    .orIgnore()
    .execute();
  return ds.transaction(async (m) => {
    const found = await m.getRepository(LoginThrottleEntity).find({
      where: { key: In(sorted) },
      order: { key: 'ASC' },
      lock: m.connection.options.type === 'better-sqlite3' ? undefined : { mode: 'pessimistic_write' },
    });
    return work(m, new Map(found.map((r) => [r.key, r])));
  });
}

/** Starts a fresh window on a row whose window (and lock) are over. */
function renew(row: LoginThrottleEntity, now: Date, windowMs: number): void {
  const lockOver = row.lockedUntil !== null && row.lockedUntil <= now;
  const windowOver = now.getTime() - row.windowStartedAt.getTime() > windowMs && row.lockedUntil === null;
  if (lockOver || windowOver) {
    row.failures = 0;
    row.windowStartedAt = now;
    row.nextAttemptAt = null;
    row.lockedUntil = null;
  }
}

/**
 * Failed-login throttling. Failures from one address on one account slow that address down
 * (doubling delay from `slowAfter`, capped) and lock the account *for that address* after
 * `lockAfter`; the account is locked for every address only after `accountLockAfter` failures from
 * anywhere, and only for `lockMs`; an address failing on many accounts is blocked after
 * `ipLockAfter`. An attempt is reserved (counted) before the password is checked, so parallel
 * attempts cannot all pass the check before the first failure is stored; a success gives it back.
 */
export class LoginThrottle {
  constructor(
    private readonly ds: DataSource,
    private readonly policy: ThrottlePolicy,
  ) {}

  /**
   * Throws TOO_MANY_ATTEMPTS / ACCOUNT_LOCKED when this attempt is not allowed now; otherwise
   * counts it as a failure and returns whether that count locked the account.
   */
  async reserve(phone: string, ip: string | null, now = new Date()): Promise<{ locks: boolean }> {
    const p = this.policy;
    const pk = pairKey(phone, ip);
    const ak = phoneKey(phone);
    const ik = ip ? ipKey(ip) : null;
    const redis = redisThrottles.get(this.ds);
    if (redis) return redis.reserve(p, { pair: pk, account: ak, address: ik });
    return withLockedRows(this.ds, [pk, ak, ...(ik ? [ik] : [])], now, async (m, rows) => {
      for (const row of rows.values()) renew(row, now, p.windowMs);
      const pair = rows.get(pk);
      const account = rows.get(ak);
      const address = ik ? rows.get(ik) : undefined;
      const locked = (row?: LoginThrottleEntity) =>
        row?.lockedUntil && row.lockedUntil > now ? row.lockedUntil : null;
      const accountLock = locked(pair) ?? locked(account);
      if (accountLock) {
        throw new DomainError(ErrorCode.ACCOUNT_LOCKED, 'Too many failed sign-ins: the account is locked for a while', {
          details: { retryAfterSeconds: retryAfter(accountLock, now) },
        });
      }
      const addressLock = locked(address);
      if (addressLock) {
        throw new DomainError(ErrorCode.TOO_MANY_ATTEMPTS, 'Too many failed sign-ins from this address', {
          details: { retryAfterSeconds: retryAfter(addressLock, now) },
        });
      }
      if (pair?.nextAttemptAt && pair.nextAttemptAt > now) {
        throw new DomainError(ErrorCode.TOO_MANY_ATTEMPTS, 'Too many failed sign-ins: wait before trying again', {
          details: { retryAfterSeconds: retryAfter(pair.nextAttemptAt, now) },
        });
      }
      let locks = false;
      for (const row of rows.values()) {
        row.failures += 1;
        if (row.key === pk) {
          const wait = slowDownMs(p, row.failures);
          // Whole seconds, rounded up (SQLite drops milliseconds), so the wait is never short.
          if (wait > 0) row.nextAttemptAt = upToSecond(now.getTime() + wait);
          if (row.failures >= p.lockAfter) {
            row.lockedUntil = new Date(now.getTime() + p.lockMs);
            locks = true;
          }
        } else if (row.key === ak && row.failures >= p.accountLockAfter) {
          row.lockedUntil = new Date(now.getTime() + p.lockMs);
          locks = true;
        } else if (row.key === ik && row.failures >= p.ipLockAfter) {
          row.lockedUntil = new Date(now.getTime() + p.lockMs);
        }
      }
      await m.getRepository(LoginThrottleEntity).save([...rows.values()]);
      return { locks };
    });
  }

  /**
   * A successful sign-in clears the account's counters and gives the address back the attempt it
   * reserved (an office behind one address signing in all day is not guessing).
   */
  async succeed(phone: string, ip: string | null): Promise<void> {
    const redis = redisThrottles.get(this.ds);
    if (redis)
      return redis.succeed({ pair: pairKey(phone, ip), account: phoneKey(phone), address: ip ? ipKey(ip) : null });
    await this.ds.getRepository(LoginThrottleEntity).delete({ key: In([phoneKey(phone), pairKey(phone, ip)]) });
    if (ip) {
      await this.ds
        .createQueryBuilder()
        .update(LoginThrottleEntity)
        .set({ failures: () => 'failures - 1' })
        .where({ key: ipKey(ip), failures: MoreThan(0), lockedUntil: IsNull() })
        .execute();
    }
  }
}

/**
 * Attempts per key within a fixed window (registration per address and per phone). Every attempt
 * counts; once any key has reached its maximum the attempt is refused without being counted.
 */
export async function consumeAttempts(
  ds: DataSource,
  limits: AttemptLimit[],
  windowMs: number,
  now = new Date(),
): Promise<void> {
  const redis = redisThrottles.get(ds);
  if (redis) return redis.consume(limits, windowMs);
  await withLockedRows(
    ds,
    limits.map((l) => l.key),
    now,
    async (m, rows) => {
      for (const row of rows.values()) {
        if (now.getTime() - row.windowStartedAt.getTime() >= windowMs) {
          row.failures = 0;
          row.windowStartedAt = now;
        }
      }
      for (const { key, max } of limits) {
        const row = rows.get(key);
        if (row && row.failures >= max) {
          throw new DomainError(ErrorCode.TOO_MANY_ATTEMPTS, 'Too many attempts: wait before trying again', {
            details: { retryAfterSeconds: retryAfter(new Date(row.windowStartedAt.getTime() + windowMs), now) },
          });
        }
      }
      for (const row of rows.values()) row.failures += 1;
      await m.getRepository(LoginThrottleEntity).save([...rows.values()]);
    },
  );
}

export const registrationKeys = {
  phone: (phone: string) => `reg-phone:${hashOf(phone, 40)}`,
  ip: (ip: string) => `reg-ip:${ip.slice(0, 60)}`,
};
