import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { withReasons } from '../../common/errors.js';
import { actorOf, type RequestContext } from '../../graphql/context.js';
import { mapConnection, PageArgs } from '../../graphql/pagination.js';
import { PointsReasons as R } from './points.errors.js';
import {
  AdjustPointsInput,
  CancelRedemptionInput,
  HandOverRedemptionInput,
  RedeemPointsRewardInput,
  SavePointsRewardInput,
  SetLeaderboardOptOutInput,
  SetPointsRuleInput,
} from './points.inputs.js';
import { toEntry, toLeaderboardRow, toRedemption, toReward, toRule } from './points.mappers.js';
import {
  CommunityPageArgs,
  LeaderboardArgs,
  LeaderboardConnection,
  LeaderboardOptOutPayload,
  PointsEntry,
  PointsEntryConnection,
  PointsEntryPayload,
  PointsLedgerArgs,
  PointsRedemption,
  PointsRedemptionConnection,
  PointsRedemptionPayload,
  PointsRedemptionsArgs,
  PointsRewardConnection,
  PointsRewardPayload,
  PointsRewardsArgs,
  PointsRuleConnection,
  PointsRulePayload,
  PointsRulesArgs,
} from './points.types.js';

/** Points (积分): rules, the ledger, leaderboards, rewards and redemptions. Thin: the service decides. */
@Resolver()
export class PointsResolver {
  @Authorized()
  @Query(() => PointsRuleConnection, {
    description: "A community's points rules (current versions, or the whole history), each in plain words.",
  })
  async pointsRules(@Args(() => PointsRulesArgs) a: PointsRulesArgs, @Ctx() ctx: RequestContext) {
    const c = await ctx.services.points.rules(actorOf(ctx), a.communityId, a.includeRetired, a);
    return mapConnection(c, (r) => toRule(r, ctx.locale));
  }

  @Authorized()
  @Query(() => PointsEntryConnection, {
    description: 'The ledger browser: entries of a community with filters (staff).',
  })
  async pointsLedger(@Args(() => PointsLedgerArgs) a: PointsLedgerArgs, @Ctx() ctx: RequestContext) {
    return mapConnection(await ctx.services.points.entries(actorOf(ctx), a, a), toEntry);
  }

  @Authorized()
  @Query(() => Int, { description: "The viewer's points balance in a community (the sum of their ledger there)." })
  myPointsBalance(
    @Arg('communityId', () => ID, { description: 'The community.' }) communityId: string,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.services.points.myBalance(actorOf(ctx), communityId);
  }

  @Authorized()
  @Query(() => PointsEntryConnection, { description: "The viewer's own ledger entries in a community, newest first." })
  async myPointsEntries(@Args(() => CommunityPageArgs) a: CommunityPageArgs, @Ctx() ctx: RequestContext) {
    return mapConnection(await ctx.services.points.myEntries(actorOf(ctx), a.communityId, a), toEntry);
  }

  @Authorized()
  @Query(() => LeaderboardConnection, {
    description:
      'Points earned in a community (or one estate) over a month, a year or all time; display names only; residents who opted out are not listed.',
  })
  async pointsLeaderboard(@Args(() => LeaderboardArgs) a: LeaderboardArgs, @Ctx() ctx: RequestContext) {
    const c = await ctx.services.points.leaderboard(actorOf(ctx), a, a);
    return mapConnection(c, (r) => toLeaderboardRow(r, ctx.viewer));
  }

  @Authorized()
  @Query(() => Boolean, { description: 'Whether the viewer has left the leaderboards.' })
  myLeaderboardOptOut(@Ctx() ctx: RequestContext) {
    return ctx.services.points.optedOut(ctx.viewer?.userId ?? '');
  }

  @Authorized()
  @Query(() => PointsRewardConnection, { description: "A community's reward catalogue (residents and staff)." })
  async pointsRewards(@Args(() => PointsRewardsArgs) a: PointsRewardsArgs, @Ctx() ctx: RequestContext) {
    return mapConnection(
      await ctx.services.points.rewards(actorOf(ctx), a.communityId, a.includeInactive, a),
      toReward,
    );
  }

  @Authorized()
  @Query(() => PointsRedemptionConnection, { description: "A community's redemptions (staff)." })
  async pointsRedemptions(@Args(() => PointsRedemptionsArgs) a: PointsRedemptionsArgs, @Ctx() ctx: RequestContext) {
    const c = await ctx.services.points.redemptions(actorOf(ctx), a.communityId, a.status, a);
    return mapConnection(c, (r) => toRedemption(r, ctx.viewer));
  }

  @Authorized()
  @Query(() => PointsRedemptionConnection, { description: "The viewer's own redemptions, with pick-up codes." })
  async myRedemptions(@Args(() => PageArgs) a: PageArgs, @Ctx() ctx: RequestContext) {
    return mapConnection(await ctx.services.points.myRedemptions(actorOf(ctx), a), (r) => toRedemption(r, ctx.viewer));
  }

  @Authorized()
  @Mutation(() => PointsRulePayload, {
    description: withReasons('Set the rule of an event: makes the next version (staff); earlier awards keep theirs.', [
      R.POINTS_BAD_RULE,
    ]),
  })
  async setPointsRule(
    @Arg('input', () => SetPointsRuleInput, { description: 'The rule.' }) input: SetPointsRuleInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { rule: toRule(await ctx.services.points.setRule(actorOf(ctx), input), ctx.locale) };
  }

  @Authorized()
  @Mutation(() => PointsEntryPayload, {
    description: withReasons('Adjust a resident’s points with a reason (staff, audited).', [
      R.POINTS_BLANK_REASON,
      R.POINTS_BAD_AMOUNT,
      R.POINTS_INSUFFICIENT,
    ]),
  })
  async adjustPoints(
    @Arg('input', () => AdjustPointsInput, { description: 'The adjustment.' }) input: AdjustPointsInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { entry: toEntry(await ctx.services.points.adjust(actorOf(ctx), input)) };
  }

  @Authorized()
  @Mutation(() => LeaderboardOptOutPayload, { description: 'Leave (or rejoin) the leaderboards.' })
  async setLeaderboardOptOut(
    @Arg('input', () => SetLeaderboardOptOutInput, { description: 'The setting.' }) input: SetLeaderboardOptOutInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { optOut: await ctx.services.points.setLeaderboardOptOut(actorOf(ctx), input.optOut) };
  }

  @Authorized()
  @Mutation(() => PointsRewardPayload, {
    description: withReasons('Create or change a reward (staff, audited).', [R.POINTS_BAD_AMOUNT]),
  })
  async savePointsReward(
    @Arg('input', () => SavePointsRewardInput, { description: 'The reward.' }) input: SavePointsRewardInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { reward: toReward(await ctx.services.points.saveReward(actorOf(ctx), input)) };
  }

  @Authorized()
  @Mutation(() => PointsRedemptionPayload, {
    description: withReasons('Redeem a reward: points and stock are taken at once (a resident of the community).', [
      R.POINTS_INSUFFICIENT,
      R.POINTS_OUT_OF_STOCK,
      R.POINTS_LIMIT_REACHED,
    ]),
  })
  async redeemPointsReward(
    @Arg('input', () => RedeemPointsRewardInput, { description: 'The reward.' }) input: RedeemPointsRewardInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { redemption: toRedemption(await ctx.services.points.redeem(actorOf(ctx), input.rewardId), ctx.viewer) };
  }

  @Authorized()
  @Mutation(() => PointsRedemptionPayload, {
    description: withReasons('Hand a redemption over against its pick-up code (staff, audited).', [
      R.POINTS_WRONG_PICKUP_CODE,
      R.POINTS_REDEMPTION_CLOSED,
    ]),
  })
  async handOverRedemption(
    @Arg('input', () => HandOverRedemptionInput, { description: 'The hand-over.' }) input: HandOverRedemptionInput,
    @Ctx() ctx: RequestContext,
  ) {
    const r = await ctx.services.points.handOver(actorOf(ctx), input.redemptionId, input.pickupCode);
    return { redemption: toRedemption(r, ctx.viewer) };
  }

  @Authorized()
  @Mutation(() => PointsRedemptionPayload, {
    description: withReasons('Cancel a reserved redemption: points and stock go back (its resident, or staff).', [
      R.POINTS_REDEMPTION_CLOSED,
    ]),
  })
  async cancelRedemption(
    @Arg('input', () => CancelRedemptionInput, { description: 'The redemption.' }) input: CancelRedemptionInput,
    @Ctx() ctx: RequestContext,
  ) {
    const r = await ctx.services.points.cancelRedemption(actorOf(ctx), input.redemptionId);
    return { redemption: toRedemption(r, ctx.viewer) };
  }
}

/** The resident's display name on ledger lines and redemptions (staff views), through the user loader. */
@Resolver(() => PointsEntry)
export class PointsEntryFieldsResolver {
  @FieldResolver(() => String, { description: "The resident's display name." })
  async userDisplayName(@Root() e: PointsEntry, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.user.load(e.userId))?.displayName ?? '';
  }
}

@Resolver(() => PointsRedemption)
export class PointsRedemptionFieldsResolver {
  @FieldResolver(() => String, { description: "The resident's display name." })
  async userDisplayName(@Root() r: PointsRedemption, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.user.load(r.userId))?.displayName ?? '';
  }

  @FieldResolver(() => String, { description: "The reward's name." })
  async rewardName(@Root() r: PointsRedemption, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.pointsReward.load(r.rewardId))?.name ?? '';
  }
}
