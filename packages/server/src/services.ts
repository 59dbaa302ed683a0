import { createPubSub, type PubSub } from '@graphql-yoga/subscription';
import type { DataSource } from 'typeorm';
import { TokenService } from './auth/tokens.js';
import type { Config } from './config.js';
import { AuditService } from './modules/audit/audit.service.js';
import { AuthService } from './modules/identity/auth.service.js';
import { BindingService } from './modules/identity/binding.service.js';
import { MembershipService } from './modules/identity/membership.service.js';
import { UserService } from './modules/identity/user.service.js';
import { OrgService } from './modules/org/org.service.js';

/** The application services, built once per process and shared by every request. */
export function createServices(dataSource: DataSource, config: Config) {
  // biome-ignore lint/suspicious/noExplicitAny: topics are declared by each module's events
  const pubSub: PubSub<any> = createPubSub();
  const tokens = new TokenService(config.authSecret, config.accessTokenTtlSeconds);
  const audit = new AuditService(dataSource);
  const auth = new AuthService(dataSource, tokens, config, audit);
  const org = new OrgService(dataSource, audit);
  const users = new UserService(dataSource, audit, auth);
  const memberships = new MembershipService(dataSource, audit, org, users);
  const bindings = new BindingService(dataSource, audit);
  return { dataSource, config, pubSub, tokens, audit, auth, org, users, memberships, bindings };
}

export type Services = ReturnType<typeof createServices>;
