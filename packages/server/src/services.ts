import type { PubSub } from '@graphql-yoga/subscription';
import type { DataSource } from 'typeorm';
import { composeServices } from './app/modules.js';
import { TokenService } from './auth/tokens.js';
import type { Config } from './config.js';
import { RedisBudgetStore } from './redis/budget-store.js';
import { createEventBus } from './redis/pubsub.js';
import { createRedis } from './redis/redis.js';

/**
 * The application services, built once per process and shared by every request: the core (data
 * source, config, pub/sub, tokens, Redis when REDIS_URL is set), then each module's
 * `services(deps)` in the composition root's order (app/modules.ts). With Redis, subscription
 * events and cost budgets are shared by every process; without it they stay in this one.
 */
export function createServices(dataSource: DataSource, config: Config) {
  const redis = config.redisUrl ? createRedis(config.redisUrl, config.redisPrefix) : null;
  // biome-ignore lint/suspicious/noExplicitAny: topics are declared by each module's events
  const pubSub: PubSub<any> = createEventBus(redis, (err) => redis?.onError(err));
  const tokens = new TokenService(config.authSecret, config.accessTokenTtlSeconds);
  const services = composeServices({ dataSource, config, pubSub, tokens, redis });
  if (redis) services.apiClient.budgets = new RedisBudgetStore(redis.command, redis.prefix);
  return services;
}

export type Services = ReturnType<typeof createServices>;
