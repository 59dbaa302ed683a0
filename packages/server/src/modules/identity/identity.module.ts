import { type Deps, defineModule } from '../../app/module.js';
import type { AccessClaims } from '../../auth/tokens.js';
import { cachedViewer } from '../../auth/viewer-cache.js';
import { byIdLoader } from '../../graphql/loaders/by-id.loader.js';
import type { AuditService } from '../audit/audit.service.js';
import type { OrganisationService } from '../org/org.service.js';
import type { TreeService } from '../org/tree.service.js';
import { AccountResolver, PublicAuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';
import { BindingService } from './binding.service.js';
import { openBindingsLoader } from './binding-context.loaders.js';
import { HouseholdBindingEntity } from './household-binding.entity.js';
import { BindingStatus, HouseholdRelation, Role, ScopeKind } from './identity.enums.js';
import { IdentityReasons } from './identity.errors.js';
import { membershipsByUserLoader } from './identity.loaders.js';
import { IdentityKeysSubscriber } from './identity-keys.subscriber.js';
import { loadViewer } from './load-viewer.js';
import { LoginThrottleEntity } from './login-throttle.entity.js';
import { useRedisThrottles } from './login-throttle.js';
import { RedisLoginThrottle } from './login-throttle.redis.js';
import { MembershipEntity } from './membership.entity.js';
import { MembershipService } from './membership.service.js';
import { SessionEntity } from './session.entity.js';
import { SessionService } from './session.service.js';
import { SmsPurpose } from './signin.enums.js';
import { SigninReasons } from './signin.errors.js';
import { SigninResolver } from './signin.resolver.js';
import { SigninService } from './signin.service.js';
import { SmsCodeService } from './sms/sms-code.service.js';
import { LogSmsTransport } from './sms/sms-transport.js';
import { SmsCodeEntity } from './sms-code.entity.js';
import {
  BindingFieldsResolver,
  MembershipFieldsResolver,
  StaffIdentityResolver,
  UserFieldsResolver,
} from './staff.resolver.js';
import { PasswordResetCodeEntity } from './staff-account.entity.js';
import { StaffAccountReasons } from './staff-account.errors.js';
import {
  BindingContextResolver,
  PasswordCodeResolver,
  SelfServiceResolver,
  StaffAccountResolver,
} from './staff-account.resolver.js';
import { StaffAccountService } from './staff-account.service.js';
import { UserEntity } from './user.entity.js';
import { UserService } from './user.service.js';
import { ViewerCacheSubscriber } from './viewer-cache.subscriber.js';
import { WechatIdentityEntity } from './wechat-identity.entity.js';

const { SYSTEM_ADMIN, STREET_ADMIN, COMMUNITY_STAFF } = Role;

/** Accounts, sessions, memberships (who holds which role where) and residents' household bindings. */
export const identityModule = defineModule({
  name: 'identity',
  entities: [
    UserEntity,
    MembershipEntity,
    HouseholdBindingEntity,
    SessionEntity,
    LoginThrottleEntity,
    SmsCodeEntity,
    WechatIdentityEntity,
    PasswordResetCodeEntity,
  ],
  subscribers: [IdentityKeysSubscriber, ViewerCacheSubscriber],
  errors: { ...IdentityReasons, ...SigninReasons, ...StaffAccountReasons },
  resolvers: [
    PublicAuthResolver,
    SigninResolver,
    AccountResolver,
    StaffIdentityResolver,
    UserFieldsResolver,
    MembershipFieldsResolver,
    BindingFieldsResolver,
    PasswordCodeResolver,
    SelfServiceResolver,
    StaffAccountResolver,
    BindingContextResolver,
  ],
  loaders: (ds) => ({
    user: byIdLoader(ds, UserEntity),
    membershipsByUser: membershipsByUserLoader(ds),
    // Both fields of a binding's verification context (household's others, requester's others).
    openBindings: openBindingsLoader(ds),
  }),
  permissions: {
    /** Read users, their memberships and bindings (masked phone). */
    'user.read': [SYSTEM_ADMIN, STREET_ADMIN, COMMUNITY_STAFF],
    /** See a phone number in full (each reveal is audited). */
    'user.revealPhone': [SYSTEM_ADMIN, STREET_ADMIN, COMMUNITY_STAFF],
    /** Disable or enable an account. */
    'user.manage': [SYSTEM_ADMIN, STREET_ADMIN],
    /** Grant and revoke memberships within one's own scope. */
    'membership.manage': [SYSTEM_ADMIN, STREET_ADMIN],
    /** Review residents' household bindings. */
    'binding.review': [SYSTEM_ADMIN, STREET_ADMIN, COMMUNITY_STAFF],
  },
  auditOperations: [
    'household.binding.approve',
    'household.binding.reject',
    'household.binding.revoke',
    'membership.grant',
    'membership.revoke',
    'user.phone.reveal',
    'user.phone.search',
    'user.disable',
    'user.enable',
    'user.password.change',
    'user.password.reset',
    'user.wechat.link',
    'user.password.set-with-code',
    'staff.account.create',
    'staff.password.reset',
  ],
  jobs: [{ name: 'sms-code-purge', run: (s) => s.smsCodes.purge() }],
  // No routes: the hook hands the development SMS transport the server's logger.
  routes: async (fastify, s) => {
    const transport = s.smsCodes.currentTransport;
    if (transport instanceof LogSmsTransport) transport.attach(fastify.log);
  },
  enums: [
    {
      enum: SmsPurpose,
      name: 'SmsPurpose',
      description: 'What an SMS code is for; a code works only for its purpose.',
      valuesConfig: {
        REGISTER: { description: 'Register a new resident account (`registerResident`).' },
        LOGIN: { description: 'Sign in (`loginWithSmsCode`).' },
        RESET_PASSWORD: { description: 'Set a new password (`resetPasswordWithSmsCode`).' },
        LINK_PHONE: { description: 'Prove the phone of a WeChat sign-in (`linkWechatPhone`).' },
      },
    },
    {
      enum: Role,
      name: 'Role',
      description: 'A role a membership grants.',
      valuesConfig: {
        RESIDENT: { description: '居民 — a verified resident of a community.' },
        COMMUNITY_STAFF: { description: '社工 — staff of a community office, incl. the back-office keeper (专管员).' },
        PROPERTY_STAFF: { description: '物业 — staff of a property company, for the estates it serves.' },
        COMMITTEE_MEMBER: { description: "业委会 — member of an estate's owners' committee." },
        DEPARTMENT_STAFF: {
          description:
            '街道部门 — staff of a street department: sees, acknowledges and answers the tickets escalated to it.',
        },
        STREET_ADMIN: { description: '街道 — street staff: sees every community of the street.' },
        SYSTEM_ADMIN: { description: 'Operator of the whole platform.' },
      },
    },
    {
      enum: ScopeKind,
      name: 'ScopeKind',
      description: 'The kind of node a membership is scoped to.',
      valuesConfig: {
        SYSTEM: { description: 'The whole platform (system administrators).' },
        STREET: { description: 'A street (街道).' },
        COMMUNITY: { description: 'A community (社区).' },
        ESTATE: { description: 'An estate (小区).' },
        ORGANISATION: { description: 'An organisation (property company, owners’ committee …).' },
      },
    },
    {
      enum: HouseholdRelation,
      name: 'HouseholdRelation',
      description: 'How a resident relates to a household.',
      valuesConfig: {
        OWNER: { description: '业主 — owner.' },
        TENANT: { description: '租户 — tenant.' },
        FAMILY: { description: '家庭成员 — family member of the owner or tenant.' },
      },
    },
    {
      enum: BindingStatus,
      name: 'BindingStatus',
      description: "State of a resident's request to be bound to a household.",
      valuesConfig: {
        PENDING: { description: 'Waiting for verification by community staff.' },
        APPROVED: { description: 'Verified: the resident belongs to the household.' },
        REJECTED: { description: 'Refused by community staff, with a reason.' },
        REVOKED: { description: 'Ended after approval (moved out, ended tenancy).' },
      },
    },
  ],
  services: ({
    dataSource,
    tokens,
    config,
    audit,
    tree,
    organisations,
    redis,
  }: Deps<{ audit: AuditService; tree: TreeService; organisations: OrganisationService }>) => {
    // With REDIS_URL, login and attempt throttles count in Redis (shared by every process).
    if (redis) useRedisThrottles(dataSource, new RedisLoginThrottle(redis.command, redis.prefix, config.loginThrottle));
    const smsCodes = new SmsCodeService(dataSource, config);
    const auth = new AuthService(dataSource, tokens, config, audit, smsCodes);
    const users = new UserService(dataSource, audit, auth);
    const memberships = new MembershipService(dataSource, audit, tree, organisations, users);
    return {
      auth,
      smsCodes,
      signin: new SigninService(dataSource, config, auth, smsCodes, audit),
      users,
      memberships,
      sessions: new SessionService(dataSource, auth),
      staffAccounts: new StaffAccountService(dataSource, audit, memberships, users, auth, config),
      bindings: new BindingService(dataSource, audit),
      /**
       * Resolves an access token's claims into the request's Viewer (graphql context, routes, sockets),
       * reused for a few seconds per session (auth/viewer-cache.ts; writes that change a viewer drop it
       * at once). `fresh` reads the database (a socket's periodic check for another process's writes).
       */
      loadViewer: (claims: AccessClaims, opts: { fresh?: boolean } = {}) =>
        opts.fresh
          ? loadViewer(dataSource, claims)
          : cachedViewer(dataSource, claims, (c) => loadViewer(dataSource, c)),
    };
  },
});
