import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryBudgetStore } from '../../src/graphql/limits.js';
import { RedisBudgetStore } from '../../src/redis/budget-store.js';
import { createEventBus, eventSerializer } from '../../src/redis/pubsub.js';
import { createRedis, type RedisClients } from '../../src/redis/redis.js';
import { redisAnswers, TEST_REDIS_URL, testPrefix } from './redis.js';

const up = await redisAnswers();

describe('event serializer', () => {
  it('keeps Dates (nested too) and leaves other values alone', () => {
    const at = new Date('2026-12-06T04:05:06.789Z');
    const back = eventSerializer.parse(
      eventSerializer.stringify({ at, n: 1, s: '2026-12-06T04:05:06.789Z', nested: { at, list: [at] }, none: null }),
    );
    expect(back).toEqual({ at, n: 1, s: '2026-12-06T04:05:06.789Z', nested: { at, list: [at] }, none: null });
    expect((back as { at: unknown }).at).toBeInstanceOf(Date);
  });
});

describe.skipIf(!up)('Redis stores (REDIS_URL)', () => {
  let a: RedisClients;
  let b: RedisClients;
  const prefix = testPrefix();
  beforeAll(() => {
    // Two processes' worth of connections on one Redis.
    a = createRedis(TEST_REDIS_URL, prefix);
    b = createRedis(TEST_REDIS_URL, prefix);
  });
  afterAll(async () => {
    const keys = await a.command.keys(`${prefix}*`);
    if (keys.length > 0) await a.command.del(...keys);
    await a.close();
    await b.close();
  });

  it('the Redis budget store answers as the in-process one, step for step (controlled clock)', async () => {
    const memory = new MemoryBudgetStore();
    const redis = new RedisBudgetStore(a.command, prefix);
    const t0 = 1_000_000;
    const steps: [string, number, number, number][] = [
      ['app:x', 50, 60, t0],
      ['app:x', 50, 60, t0],
      ['app:x', 50, 60, t0 + 39_000],
      ['app:x', 50, 60, t0 + 40_000],
      ['app:x', 60, 60, t0 + 100_000],
      ['user:y', 60, 60, t0],
      ['user:y', 7, 6000, t0 + 10],
      ['user:y', 1, 60, t0 + 20_500],
    ];
    for (const [key, cost, perMinute, now] of steps) {
      expect(await redis.take(key, cost, perMinute, now)).toEqual(await memory.take(key, cost, perMinute, now));
    }
  });

  it('a budget spent through one connection is seen through another; a clock behind leaks nothing', async () => {
    const onA = new RedisBudgetStore(a.command, prefix);
    const onB = new RedisBudgetStore(b.command, prefix);
    const t0 = 5_000_000;
    expect(await onA.take('user:shared', 40, 60, t0)).toMatchObject({ ok: true, left: 20 });
    expect(await onB.take('user:shared', 20, 60, t0 - 5_000)).toMatchObject({ ok: true, left: 0 });
    expect(await onA.take('user:shared', 1, 60, t0)).toMatchObject({ ok: false, retryAfterSeconds: 1 });
    expect(await a.command.pttl(`${prefix}budget:user:shared`)).toBeGreaterThan(59_000);
  });

  it('an event published on one bus reaches the subscribers of another, once, Dates intact', async () => {
    const busA = createEventBus(a);
    const busB = createEventBus(b);
    // A subscription listens from its first next() on.
    const onB = busB.subscribe('NOTIFICATION_ADDED')[Symbol.asyncIterator]();
    const onA = busA.subscribe('NOTIFICATION_ADDED')[Symbol.asyncIterator]();
    const firstB = onB.next();
    const firstA = onA.next();
    const otherRedis = createRedis(TEST_REDIS_URL, `${prefix}other:`);
    const otherIt = createEventBus(otherRedis).subscribe('NOTIFICATION_ADDED')[Symbol.asyncIterator]();
    const elsewhere: unknown[] = [];
    void otherIt.next().then((v) => elsewhere.push(v));
    await new Promise((r) => setTimeout(r, 150)); // SUBSCRIBE reaches Redis
    const createdAt = new Date('2026-12-06T08:00:00.123Z');
    busA.publish('NOTIFICATION_ADDED', { id: 'n1', userId: 'u1', createdAt });
    const [gotB, gotA] = await Promise.all([firstB, firstA]);
    expect(gotB.value).toEqual({ id: 'n1', userId: 'u1', createdAt });
    expect(gotB.value.createdAt).toBeInstanceOf(Date);
    expect(gotA.value).toEqual({ id: 'n1', userId: 'u1', createdAt });
    busA.publish('NOTIFICATION_ADDED', { id: 'n2', userId: 'u1', createdAt });
    expect((await onA.next()).value.id).toBe('n2'); // not n1 a second time
    await new Promise((r) => setTimeout(r, 100));
    expect(elsewhere).toEqual([]); // another prefix is another deployment
    await onA.return?.();
    await onB.return?.();
    await otherIt.return?.();
    await otherRedis.close();
  });
});
