import { createPubSub, type PubSub } from '@graphql-yoga/subscription';
import type { DataSource } from 'typeorm';
import { TokenService } from './auth/tokens.js';
import type { Config } from './config.js';
import { AuditService } from './modules/audit/audit.service.js';

/** The application services, built once per process and shared by every request. */
export function createServices(dataSource: DataSource, config: Config) {
  // biome-ignore lint/suspicious/noExplicitAny: topics are declared by each module's events
  const pubSub: PubSub<any> = createPubSub();
  const tokens = new TokenService(config.authSecret, config.accessTokenTtlSeconds);
  const audit = new AuditService(dataSource);
  return { dataSource, config, pubSub, tokens, audit };
}

export type Services = ReturnType<typeof createServices>;
