import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { can, reachFor } from '../../auth/policy.js';
import { inReach } from '../../auth/reach.js';
import { withReasons } from '../../common/errors.js';
import { actorOf, type RequestContext } from '../../graphql/context.js';
import { PageArgs } from '../../graphql/pagination.js';
import { CONTEXT_LIMIT } from './binding-context.loaders.js';
import { Role } from './identity.enums.js';
import { IdentityReasons } from './identity.errors.js';
import { toBinding, toUser } from './identity.mappers.js';
import { HouseholdBinding, User } from './identity.types.js';
import { StaffAccountReasons as R } from './staff-account.errors.js';
import * as I from './staff-account.inputs.js';
import {
  CreateStaffAccountPayload,
  ResetStaffPasswordPayload,
  RevokeSessionPayload,
  SessionConnection,
  SetPasswordWithCodePayload,
  SignOutOtherSessionsPayload,
} from './staff-account.types.js';

/** Public: a staff member sets a password with an administrator's one-time code (sign-in page). */
@Resolver()
export class PasswordCodeResolver {
  @Mutation(() => SetPasswordWithCodePayload, {
    description: withReasons(
      'Set a new password with a one-time code from an administrator; the code is used up and every earlier session ends. TOO_MANY_ATTEMPTS (wait `retryAfterSeconds`) after too many tries from one address. Public.',
      [R.IDENTITY_RESET_CODE_INVALID, R.IDENTITY_RESET_CODE_EXPIRED],
    ),
  })
  async setPasswordWithCode(
    @Arg('input', () => I.SetPasswordWithCodeInput, { description: 'The code and the new password.' })
    input: I.SetPasswordWithCodeInput,
    @Ctx() ctx: RequestContext,
  ) {
    await ctx.services.staffAccounts.setPassword(actorOf(ctx), input);
    return { ok: true };
  }
}

/** The signed-in user's own account: name and sessions. */
@Authorized()
@Resolver()
export class SelfServiceResolver {
  @Query(() => SessionConnection, {
    description: 'The viewer’s signed-in sessions (devices, browsers), most recently active first.',
  })
  async mySessions(@Args(() => PageArgs) args: PageArgs, @Ctx() ctx: RequestContext) {
    return ctx.services.sessions.mine(actorOf(ctx), args);
  }

  @Mutation(() => RevokeSessionPayload, {
    description: 'End one of the own sessions: its very next request is refused (SESSION_REVOKED).',
  })
  async revokeSession(
    @Arg('input', () => I.RevokeSessionInput, { description: 'The session.' }) input: I.RevokeSessionInput,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.services.sessions.revoke(actorOf(ctx), input);
  }

  @Mutation(() => SignOutOtherSessionsPayload, {
    description: 'End every own session but this one: their very next requests are refused.',
  })
  async signOutOtherSessions(@Ctx() ctx: RequestContext) {
    return ctx.services.sessions.signOutOthers(actorOf(ctx));
  }

  @Mutation(() => User, { description: 'Change the own display name.' })
  async updateMyProfile(
    @Arg('input', () => I.UpdateMyProfileInput, { description: 'The new name.' }) input: I.UpdateMyProfileInput,
    @Ctx() ctx: RequestContext,
  ) {
    const v = ctx.viewer;
    return toUser(await ctx.services.sessions.updateProfile(actorOf(ctx), input), v?.userId);
  }
}

/** Street and system administrators create staff accounts and reset their passwords. */
@Authorized([Role.SYSTEM_ADMIN, Role.STREET_ADMIN])
@Resolver()
export class StaffAccountResolver {
  @Mutation(() => CreateStaffAccountPayload, {
    description: withReasons(
      'Create a staff account with its first role (the rules of `grantMembership`; street admins within their street). Answers a one-time setup code, shown once, with which the person sets their password (`setPasswordWithCode`). PHONE_TAKEN when the number has an account: grant it a role instead. Audited.',
      [
        R.IDENTITY_STAFF_ROLE_REQUIRED,
        IdentityReasons.IDENTITY_SCOPE_ID_REQUIRED,
        IdentityReasons.IDENTITY_ROLE_SCOPE_MISMATCH,
      ],
    ),
  })
  async createStaffAccount(
    @Arg('input', () => I.CreateStaffAccountInput, { description: 'Phone, name, first role and scope.' })
    input: I.CreateStaffAccountInput,
    @Ctx() ctx: RequestContext,
  ) {
    const r = await ctx.services.staffAccounts.create(actorOf(ctx), input);
    return { user: toUser(r.user, ctx.viewer?.userId), setupCode: r.code };
  }

  @Mutation(() => ResetStaffPasswordPayload, {
    description: withReasons(
      'Issue a one-time code (shown once, expires in 24 hours, single use) with which a staff member sets a new password; earlier codes stop working. Every staff role of the person must lie within the administrator’s scope. Audited.',
      [R.IDENTITY_NOT_STAFF, R.IDENTITY_CANNOT_RESET_SELF],
    ),
  })
  async resetStaffPassword(
    @Arg('input', () => I.ResetStaffPasswordInput, { description: 'The staff member.' })
    input: I.ResetStaffPasswordInput,
    @Ctx() ctx: RequestContext,
  ) {
    const r = await ctx.services.staffAccounts.reset(actorOf(ctx), input);
    return { user: toUser(r.user, ctx.viewer?.userId), resetCode: r.code };
  }
}

/** Context for deciding a binding: who else is bound to the household, where else the requester is. */
@Resolver(() => HouseholdBinding)
export class BindingContextResolver {
  @FieldResolver(() => [HouseholdBinding], {
    description: `Other pending and approved bindings of the same household (at most ${CONTEXT_LIMIT}); empty unless the viewer reviews bindings there.`,
  })
  async householdOthers(@Root() b: HouseholdBinding, @Ctx() ctx: RequestContext) {
    if (!can(ctx.viewer, 'binding.review', b)) return [];
    const rows = await ctx.loaders.openBindings.load(`h:${b.householdId}`);
    return rows
      .filter((r) => r.id !== b.id)
      .slice(0, CONTEXT_LIMIT)
      .map(toBinding);
  }

  @FieldResolver(() => [HouseholdBinding], {
    description: `The requester’s other pending and approved bindings that the viewer reviews (at most ${CONTEXT_LIMIT}); those in places outside the viewer’s scope are not shown.`,
  })
  async requesterOthers(@Root() b: HouseholdBinding, @Ctx() ctx: RequestContext) {
    if (!can(ctx.viewer, 'binding.review', b)) return [];
    const reach = reachFor(ctx.viewer, 'binding.review');
    const rows = await ctx.loaders.openBindings.load(`u:${b.userId}`);
    return rows
      .filter((r) => r.id !== b.id && inReach(reach, r))
      .slice(0, CONTEXT_LIMIT)
      .map(toBinding);
  }
}
