import type { Redis } from 'ioredis';
import type { BudgetCharge, BudgetStore } from '../graphql/limits.js';

/**
 * The leaky bucket of `MemoryBudgetStore`, in one Lua script so that the read, the check and the
 * charge are one atomic step for every process sharing the Redis. A bucket is a hash {level, at};
 * it expires a little after it would have drained (a full bucket drains in one minute).
 * A caller whose clock is behind the bucket's last charge leaks nothing (no negative time) and does
 * not move the bucket's time back.
 */
const TAKE = `
local cost = tonumber(ARGV[1])
local perMinute = tonumber(ARGV[2])
local now = tonumber(ARGV[3])
local rate = perMinute / 60000
local b = redis.call('HMGET', KEYS[1], 'level', 'at')
local level = 0
local at = now
if b[1] then
  local last = tonumber(b[2])
  level = math.max(0, tonumber(b[1]) - math.max(0, now - last) * rate)
  at = math.max(now, last)
end
local ok = 1
local left
local retry = 0
if level + cost > perMinute then
  ok = 0
  left = math.floor(perMinute - level)
  retry = math.max(1, math.ceil((level + cost - perMinute) / rate / 1000))
else
  level = level + cost
  left = math.floor(perMinute - level)
end
redis.call('HSET', KEYS[1], 'level', tostring(level), 'at', tostring(at))
redis.call('PEXPIRE', KEYS[1], 61000)
return {ok, left, retry}
`;

type WithTake = Redis & {
  rtBudgetTake(key: string, cost: number, perMinute: number, now: number): Promise<[number, number, number]>;
};

/** Cost and rate budgets shared by every process (REDIS_URL): keys `<prefix>budget:<bucket>`. */
export class RedisBudgetStore implements BudgetStore {
  private readonly redis: WithTake;

  constructor(
    redis: Redis,
    private readonly prefix: string,
  ) {
    if (!('rtBudgetTake' in redis)) redis.defineCommand('rtBudgetTake', { numberOfKeys: 1, lua: TAKE });
    this.redis = redis as WithTake;
  }

  async take(key: string, cost: number, perMinute: number, now: number): Promise<BudgetCharge> {
    const [ok, left, retry] = await this.redis.rtBudgetTake(`${this.prefix}budget:${key}`, cost, perMinute, now);
    return { ok: ok === 1, left, retryAfterSeconds: retry };
  }
}
