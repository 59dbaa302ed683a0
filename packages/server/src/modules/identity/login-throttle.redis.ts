import type { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { DomainError, ErrorCode } from '../../common/errors.js';
import type { ThrottlePolicy } from '../../config.js';
import { type AttemptLimit, type LoginKeys, slowDownMs } from './login-throttle.js';

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));
const tooMany = (message: string, ms: number) =>
  new DomainError(ErrorCode.TOO_MANY_ATTEMPTS, message, { details: { retryAfterSeconds: seconds(ms) } });
const accountLocked = (ms: number) =>
  new DomainError(ErrorCode.ACCOUNT_LOCKED, 'Too many failed sign-ins: the account is locked for a while', {
    details: { retryAfterSeconds: seconds(ms) },
  });

/** A block's time left, or 0 when the key is not blocked (only `block()` writes lock and wait keys). */
const blockedMs = (r: RateLimiterRes | null) => (r && r.consumedPoints > 0 ? Math.max(r.msBeforeNext, 1) : 0);

/**
 * The login and attempt throttles in Redis (REDIS_URL), with rate-limiter-flexible's Redis limiter:
 * the same rules as the `login_throttle` rows (login-throttle.ts), shared by every process.
 *
 * - failure counters per pair (account + address), account and address: `consume` is one atomic
 *   INCR with the window as the key's lifetime (a fixed window from the first failure);
 * - locks and slow-down waits: `block(key, seconds)`, read with `get`;
 * - the check and the count of one pair are one step: an attempt holds the pair's turn (SET NX) while
 *   it checks and counts, and a parallel attempt on the same pair is refused (TOO_MANY_ATTEMPTS):
 *   the rows' lock does the same in the database. Account and address counters are exact without
 *   it: an attempt whose count went past a lock threshold is refused and its counts given back.
 */
export class RedisLoginThrottle {
  private readonly failures: RateLimiterRedis;
  private readonly locks: RateLimiterRedis;
  private readonly waits: RateLimiterRedis;
  private readonly windows = new Map<string, RateLimiterRedis>();

  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    policy: ThrottlePolicy,
  ) {
    const opts = (name: string, points: number, duration: number) =>
      new RateLimiterRedis({ storeClient: redis, keyPrefix: `${prefix}throttle:${name}`, points, duration });
    this.failures = opts('fail', 1_000_000_000, seconds(policy.windowMs));
    this.locks = opts('lock', 1, 1);
    this.waits = opts('wait', 1, 1);
  }

  async reserve(policy: ThrottlePolicy, keys: LoginKeys): Promise<{ locks: boolean }> {
    const { pair, account, address } = keys;
    const turn = `${this.prefix}throttle:turn:${pair}`;
    if ((await this.redis.set(turn, '1', 'PX', 10_000, 'NX')) !== 'OK') {
      throw tooMany('Too many failed sign-ins: wait before trying again', 1000);
    }
    try {
      const [pairLock, accountLock, addressLock, wait] = await Promise.all([
        this.locks.get(pair),
        this.locks.get(account),
        address ? this.locks.get(address) : null,
        this.waits.get(pair),
      ]);
      const locked = Math.max(blockedMs(pairLock), blockedMs(accountLock));
      if (locked > 0) throw accountLocked(locked);
      if (blockedMs(addressLock) > 0) {
        throw tooMany('Too many failed sign-ins from this address', blockedMs(addressLock));
      }
      if (blockedMs(wait) > 0) throw tooMany('Too many failed sign-ins: wait before trying again', blockedMs(wait));

      const counted = [pair, account, ...(address ? [address] : [])];
      const [p, a, i] = await Promise.all(counted.map((k) => this.failures.consume(k)));
      const pairFailures = p?.consumedPoints ?? 0;
      const accountFailures = a?.consumedPoints ?? 0;
      const addressFailures = i?.consumedPoints ?? 0;
      // Another pair's attempt reached a lock threshold while this one was checking: refused, not counted.
      if (accountFailures > policy.accountLockAfter || (address && addressFailures > policy.ipLockAfter)) {
        await Promise.all(counted.map((k) => this.failures.reward(k, 1)));
        if (accountFailures > policy.accountLockAfter) throw accountLocked(policy.lockMs);
        throw tooMany('Too many failed sign-ins from this address', policy.lockMs);
      }
      let locks = false;
      const lock = async (key: string) => {
        // A lock ends the window: after it, counting starts again (as the rows' renewal does).
        await this.locks.block(key, seconds(policy.lockMs));
        await this.failures.delete(key);
      };
      const waitMs = slowDownMs(policy, pairFailures);
      if (waitMs > 0) await this.waits.block(pair, seconds(waitMs));
      if (pairFailures >= policy.lockAfter) {
        await lock(pair);
        locks = true;
      }
      if (accountFailures >= policy.accountLockAfter) {
        await lock(account);
        locks = true;
      }
      if (address && addressFailures >= policy.ipLockAfter) await lock(address);
      return { locks };
    } finally {
      await this.redis.del(turn);
    }
  }

  /** A success clears the account's and the pair's counters and gives the address its attempt back. */
  async succeed(keys: LoginKeys): Promise<void> {
    await Promise.all([
      this.failures.delete(keys.account),
      this.failures.delete(keys.pair),
      this.waits.delete(keys.pair),
      this.locks.delete(keys.pair),
    ]);
    if (!keys.address) return;
    const [lock, count] = await Promise.all([this.locks.get(keys.address), this.failures.get(keys.address)]);
    if (blockedMs(lock) === 0 && count && count.consumedPoints > 0) await this.failures.reward(keys.address, 1);
  }

  /**
   * Attempts per key within a fixed window: every attempt counts; one that takes any key past its
   * maximum is refused and not counted (its increments are given back).
   */
  async consume(limits: readonly AttemptLimit[], windowMs: number): Promise<void> {
    const duration = seconds(windowMs);
    const counted: [RateLimiterRedis, string][] = [];
    let refusedMs = 0;
    for (const { key, max } of limits) {
      const limiter = this.window(max, duration);
      counted.push([limiter, key]);
      try {
        await limiter.consume(key);
      } catch (err) {
        if (!(err instanceof RateLimiterRes)) throw err;
        refusedMs = Math.max(refusedMs, err.msBeforeNext);
      }
    }
    if (refusedMs > 0) {
      await Promise.all(counted.map(([limiter, key]) => limiter.reward(key, 1)));
      throw tooMany('Too many attempts: wait before trying again', refusedMs);
    }
  }

  private window(max: number, duration: number): RateLimiterRedis {
    const id = `${max}:${duration}`;
    let limiter = this.windows.get(id);
    if (!limiter) {
      limiter = new RateLimiterRedis({
        storeClient: this.redis,
        keyPrefix: `${this.prefix}throttle:n`,
        points: max,
        duration,
      });
      this.windows.set(id, limiter);
    }
    return limiter;
  }
}
