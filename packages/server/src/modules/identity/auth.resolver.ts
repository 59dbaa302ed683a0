import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { requireViewer } from '../../auth/policy.js';
import { withReasons } from '../../common/errors.js';
import { actorOf, type RequestContext } from '../../graphql/context.js';
import type { IssuedSession } from './auth.service.js';
import { IdentityReasons as R } from './identity.errors.js';
import * as I from './identity.inputs.js';
import { toBinding, toUser } from './identity.mappers.js';
import { roleDefinitions } from './identity.policy.js';
import {
  AuthPayload,
  HouseholdBinding,
  HouseholdBindingPayload,
  LogoutPayload,
  RoleDefinition,
  User,
} from './identity.types.js';

const payload = (s: IssuedSession): AuthPayload => ({
  accessToken: s.accessToken,
  accessTokenExpiresAt: s.accessTokenExpiresAt,
  refreshToken: s.refreshToken,
  refreshTokenExpiresAt: s.refreshTokenExpiresAt,
  user: toUser(s.user, s.user.id),
});

/** Public: registration, sign-in, token refresh. */
@Resolver()
export class PublicAuthResolver {
  @Mutation(() => AuthPayload, {
    description:
      'Register as a resident and sign in. PHONE_TAKEN when the number is registered; TOO_MANY_ATTEMPTS (wait `retryAfterSeconds`) after too many registrations from one address or for one phone. Public.',
  })
  async registerResident(
    @Arg('input', () => I.RegisterResidentInput, { description: 'Phone, password, name.' })
    input: I.RegisterResidentInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(await ctx.services.auth.registerResident(actorOf(ctx), input));
  }

  @Mutation(() => AuthPayload, {
    description: withReasons(
      'Sign in. INVALID_CREDENTIALS on a wrong phone or password; after repeated failures TOO_MANY_ATTEMPTS (wait `retryAfterSeconds`) and then ACCOUNT_LOCKED. Public.',
      [R.IDENTITY_ACCOUNT_DISABLED],
    ),
  })
  async login(
    @Arg('input', () => I.LoginInput, { description: 'Phone and password.' }) input: I.LoginInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(await ctx.services.auth.login(actorOf(ctx), input));
  }

  @Mutation(() => AuthPayload, {
    description: withReasons(
      'New tokens for a refresh token (which is then used up). Reusing a used token ends the session: SESSION_REVOKED. Public.',
      [R.IDENTITY_REFRESH_TOKEN_REUSED],
    ),
  })
  async refreshSession(
    @Arg('input', () => I.RefreshSessionInput, { description: 'The refresh token.' }) input: I.RefreshSessionInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(await ctx.services.auth.refresh(actorOf(ctx), input));
  }
}

/** The signed-in user's own account. */
@Authorized()
@Resolver()
export class AccountResolver {
  @Query(() => User, { description: 'The signed-in user (phone in full: it is their own).' })
  async me(@Ctx() ctx: RequestContext) {
    const v = requireViewer(ctx.viewer);
    const row = await ctx.loaders.user.load(v.userId);
    if (!row) throw new Error('viewer vanished');
    return toUser(row, v.userId);
  }

  @Query(() => [RoleDefinition], {
    description: 'Every role: the scope kinds it is granted on and the actions it counts for (the server’s rules).',
  })
  roleDefinitions(): RoleDefinition[] {
    return roleDefinitions();
  }

  @Query(() => [HouseholdBinding], {
    description: 'The signed-in user’s household bindings, newest first (at most 50).',
  })
  async myHouseholdBindings(@Ctx() ctx: RequestContext) {
    return (await ctx.services.bindings.mine(ctx.viewer)).map(toBinding);
  }

  @Mutation(() => LogoutPayload, { description: 'End the current session (its refresh tokens and access tokens).' })
  async logout(@Ctx() ctx: RequestContext) {
    await ctx.services.auth.logout(actorOf(ctx));
    return { ok: true };
  }

  @Mutation(() => AuthPayload, {
    description: withReasons('Change the own password. Ends every session; returns tokens of a new one.', [
      R.IDENTITY_WRONG_CURRENT_PASSWORD,
    ]),
  })
  async changePassword(
    @Arg('input', () => I.ChangePasswordInput, { description: 'Current and new password.' })
    input: I.ChangePasswordInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(await ctx.services.auth.changePassword(actorOf(ctx), input));
  }

  @Mutation(() => HouseholdBindingPayload, {
    description: withReasons('Ask to be bound to a household; community staff verify it.', [R.IDENTITY_BINDING_EXISTS]),
  })
  async requestHouseholdBinding(
    @Arg('input', () => I.RequestHouseholdBindingInput, { description: 'Where you live.' })
    input: I.RequestHouseholdBindingInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { binding: toBinding(await ctx.services.bindings.request(actorOf(ctx), input)) };
  }
}
