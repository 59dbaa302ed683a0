import { createPubSub, type PubSub } from '@graphql-yoga/subscription';
import type { DataSource } from 'typeorm';
import { composeServices } from './app/modules.js';
import { TokenService } from './auth/tokens.js';
import type { Config } from './config.js';

/**
 * The application services, built once per process and shared by every request: the core (data
 * source, config, pub/sub, tokens), then each module's `services(deps)` in the composition root's
 * order (app/modules.ts).
 */
export function createServices(dataSource: DataSource, config: Config) {
  // biome-ignore lint/suspicious/noExplicitAny: topics are declared by each module's events
  const pubSub: PubSub<any> = createPubSub();
  const tokens = new TokenService(config.authSecret, config.accessTokenTtlSeconds);
  return composeServices({ dataSource, config, pubSub, tokens });
}

export type Services = ReturnType<typeof createServices>;
