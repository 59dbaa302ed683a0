import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { serialize } from '../../auth/abilities.js';
import { withReasons } from '../../common/errors.js';
import { actorOf, type RequestContext } from '../../graphql/context.js';
import { mapConnection, primeJoined } from '../../graphql/pagination.js';
import { selects } from '../../graphql/selection.js';
import { toCommunity, toEstate, toHousehold, toOrganisation, toStreet } from '../org/org.mappers.js';
import { Community, Estate, Household, Organisation, Street } from '../org/org.types.js';
import { STAFF_ROLES } from './identity.enums.js';
import { IdentityReasons as R } from './identity.errors.js';
import * as I from './identity.inputs.js';
import { toBinding, toMembership, toUser } from './identity.mappers.js';
import { bindingShowsRoom, bindingViewerCan, userPolicy, visibleMemberships } from './identity.policy.js';
import {
  BindingViewerCan,
  HouseholdBinding,
  HouseholdBindingConnection,
  HouseholdBindingPayload,
  Membership,
  MembershipPayload,
  RevealPhonePayload,
  User,
  UserConnection,
  UserPayload,
  UserViewerCan,
} from './identity.types.js';

/** Staff work on people: users, memberships, the household verification queue. */
@Authorized(STAFF_ROLES)
@Resolver()
export class StaffIdentityResolver {
  @Query(() => UserConnection, { description: 'Users in the viewer’s scope, newest first. Phones masked.' })
  async users(@Args(() => I.UserListArgs) args: I.UserListArgs, @Ctx() ctx: RequestContext) {
    return mapConnection(await ctx.services.users.list(actorOf(ctx), args), (u) => toUser(u, ctx.viewer?.userId));
  }

  @Query(() => User, { description: 'One user in the viewer’s scope; NOT_FOUND otherwise.' })
  async user(@Arg('id', () => ID, { description: 'User id.' }) id: string, @Ctx() ctx: RequestContext) {
    return toUser(await ctx.services.users.get(ctx.viewer, id), ctx.viewer?.userId);
  }

  @Query(() => User, {
    description: 'Find any account by its full phone number, to grant it a role (membership managers only).',
  })
  async userByPhone(
    @Arg('phone', () => String, { description: 'Full mobile number.' }) phone: string,
    @Ctx() ctx: RequestContext,
  ) {
    return toUser(await ctx.services.users.getByPhone(ctx.viewer, phone), ctx.viewer?.userId);
  }

  @Mutation(() => RevealPhonePayload, {
    description: 'Show a user’s phone number in full. Each reveal is written to the audit log.',
  })
  async revealUserPhone(
    @Arg('input', () => I.RevealUserPhoneInput, { description: 'The user.' }) input: I.RevealUserPhoneInput,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.services.users.revealPhone(actorOf(ctx), input);
  }

  @Mutation(() => UserPayload, {
    description: withReasons('Disable (ending every session) or enable an account.', [R.IDENTITY_CANNOT_DISABLE_SELF]),
  })
  async setUserDisabled(
    @Arg('input', () => I.SetUserDisabledInput, { description: 'The user and the state.' })
    input: I.SetUserDisabledInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { user: toUser(await ctx.services.users.setDisabled(actorOf(ctx), input), ctx.viewer?.userId) };
  }

  @Mutation(() => MembershipPayload, {
    description: withReasons('Grant a role in a scope inside the viewer’s own scope.', [
      R.IDENTITY_SCOPE_ID_REQUIRED,
      R.IDENTITY_ROLE_SCOPE_MISMATCH,
      R.IDENTITY_MEMBERSHIP_EXISTS,
    ]),
  })
  async grantMembership(
    @Arg('input', () => I.GrantMembershipInput, { description: 'User, role, scope.' }) input: I.GrantMembershipInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { membership: toMembership(await ctx.services.memberships.grant(actorOf(ctx), input)) };
  }

  @Mutation(() => MembershipPayload, {
    description: withReasons('Revoke a membership inside the viewer’s own scope.', [
      R.IDENTITY_MEMBERSHIP_ALREADY_REVOKED,
    ]),
  })
  async revokeMembership(
    @Arg('input', () => I.RevokeMembershipInput, { description: 'The membership.' }) input: I.RevokeMembershipInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { membership: toMembership(await ctx.services.memberships.revoke(actorOf(ctx), input)) };
  }

  @Query(() => HouseholdBindingConnection, {
    description:
      'Household bindings in the viewer’s scope; with status PENDING, the verification queue (oldest first).',
  })
  async householdBindings(
    @Args(() => I.BindingListArgs) args: I.BindingListArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    // The resident and the household are read with the page when asked for (the queue shows both).
    const page = await ctx.services.bindings.list(ctx.viewer, args, {
      user: selects(info, 'edges', 'node', 'user'),
      household: selects(info, 'edges', 'node', 'household'),
    });
    primeJoined(page, 'joinedUser', ctx.loaders.user);
    primeJoined(page, 'joinedHousehold', ctx.loaders.household);
    return mapConnection(page, toBinding);
  }

  @Mutation(() => HouseholdBindingPayload, {
    description: withReasons('Approve a pending binding; the resident becomes a RESIDENT of the community.', [
      R.IDENTITY_BINDING_ALREADY_DECIDED,
      R.IDENTITY_BINDING_DECIDED_MEANWHILE,
    ]),
  })
  async approveHouseholdBinding(
    @Arg('input', () => I.ApproveHouseholdBindingInput, { description: 'The binding.' })
    input: I.ApproveHouseholdBindingInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { binding: toBinding(await ctx.services.bindings.approve(actorOf(ctx), input)) };
  }

  @Mutation(() => HouseholdBindingPayload, {
    description: withReasons('Reject a pending binding, or revoke an approved one, with a reason.', [
      R.IDENTITY_BINDING_ALREADY_DECIDED,
      R.IDENTITY_BINDING_DECIDED_MEANWHILE,
    ]),
  })
  async rejectHouseholdBinding(
    @Arg('input', () => I.RejectHouseholdBindingInput, { description: 'The binding and the reason.' })
    input: I.RejectHouseholdBindingInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { binding: toBinding(await ctx.services.bindings.reject(actorOf(ctx), input)) };
  }
}

@Resolver(() => User)
export class UserFieldsResolver {
  @FieldResolver(() => [Membership], {
    description:
      'Active memberships (roles and scopes): all of them for oneself; for staff, only those placed within their own scope.',
  })
  async memberships(@Root() u: User, @Ctx() ctx: RequestContext) {
    return visibleMemberships(ctx.viewer, await ctx.loaders.membershipsByUser.load(u.id)).map(toMembership);
  }

  @FieldResolver(() => UserViewerCan, { description: 'What the viewer may do with this user.' })
  viewerCan(@Root() u: User, @Ctx() ctx: RequestContext) {
    return serialize(ctx.viewer, userPolicy, u);
  }
}

@Resolver(() => Membership)
export class MembershipFieldsResolver {
  @FieldResolver(() => String, { description: 'Name of the scope node, e.g. 博学路社区 or 绿城物业服务集团.' })
  async scopeName(@Root() m: Membership, @Ctx() ctx: RequestContext) {
    if (m.organisationId) return (await ctx.loaders.organisation.load(m.organisationId))?.name ?? '';
    if (m.estateId) return (await ctx.loaders.estate.load(m.estateId))?.name ?? '';
    if (m.communityId) return (await ctx.loaders.community.load(m.communityId))?.name ?? '';
    if (m.streetId) return (await ctx.loaders.street.load(m.streetId))?.name ?? '';
    return '';
  }

  @FieldResolver(() => Street, { nullable: true, description: 'Street of the scope.' })
  async street(@Root() m: Membership, @Ctx() ctx: RequestContext) {
    const s = m.streetId ? await ctx.loaders.street.load(m.streetId) : null;
    return s ? toStreet(s) : null;
  }

  @FieldResolver(() => Community, { nullable: true, description: 'Community of the scope, when it has one.' })
  async community(@Root() m: Membership, @Ctx() ctx: RequestContext) {
    const c = m.communityId ? await ctx.loaders.community.load(m.communityId) : null;
    return c ? toCommunity(c) : null;
  }

  @FieldResolver(() => Organisation, {
    nullable: true,
    description: 'Organisation of the scope, for ORGANISATION scopes.',
  })
  async organisation(@Root() m: Membership, @Ctx() ctx: RequestContext) {
    const o = m.organisationId ? await ctx.loaders.organisation.load(m.organisationId) : null;
    return o ? toOrganisation(o) : null;
  }
}

@Resolver(() => HouseholdBinding)
export class BindingFieldsResolver {
  @FieldResolver(() => User, { description: 'The resident who asked.' })
  async user(@Root() b: HouseholdBinding, @Ctx() ctx: RequestContext) {
    const u = await ctx.loaders.user.load(b.userId);
    if (!u) throw new Error('dangling user');
    return toUser(u, ctx.viewer?.userId);
  }

  @FieldResolver(() => Household, { description: 'The household (room masked unless the viewer’s role needs it).' })
  async household(@Root() b: HouseholdBinding, @Ctx() ctx: RequestContext) {
    const h = await ctx.loaders.household.load(b.householdId);
    if (!h) throw new Error('dangling household');
    return toHousehold(h, bindingShowsRoom(ctx.viewer, b, h));
  }

  @FieldResolver(() => Estate, { description: 'The estate of the household.' })
  async estate(@Root() b: HouseholdBinding, @Ctx() ctx: RequestContext) {
    const e = await ctx.loaders.estate.load(b.estateId);
    if (!e) throw new Error('dangling estate');
    return toEstate(e);
  }

  @FieldResolver(() => BindingViewerCan, { description: 'What the viewer may do with this binding.' })
  viewerCan(@Root() b: HouseholdBinding, @Ctx() ctx: RequestContext) {
    return bindingViewerCan(ctx.viewer, b);
  }
}
