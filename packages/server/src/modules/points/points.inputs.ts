import { Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { CodePointLength } from '../../common/text-length.js';
import { PointsEvent } from './points.enums.js';

@InputType({ description: 'Set the rule of an event in a community: makes the next version.' })
export class SetPointsRuleInput {
  @Field(() => ID, { description: 'The community.' })
  communityId: string;

  @Field(() => PointsEvent, { description: 'The event.' })
  event: PointsEvent;

  @Field(() => Int, {
    description: 'Points per occurrence (per hour for volunteer hours); negative for BOOKING_NO_SHOW.',
  })
  points: number;

  @Field(() => Int, { nullable: true, description: 'Daily cap per resident (positive), or none.' })
  dailyCap?: number | null;

  @Field(() => Int, { nullable: true, description: 'Monthly cap per resident (positive), or none.' })
  monthlyCap?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'False to stop awarding (default true).' })
  enabled?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Why it changed (0-300 characters).' })
  @CodePointLength(0, 300)
  note?: string | null;
}

@InputType({ description: "A staff adjustment of a resident's points, with a reason." })
export class AdjustPointsInput {
  @Field(() => ID, { description: 'The community.' })
  communityId: string;

  @Field(() => ID, { description: 'The resident.' })
  userId: string;

  @Field(() => Int, {
    description: 'Signed change, not zero, at most 1,000,000 either way; the balance never goes below zero.',
  })
  @Min(-1_000_000)
  @Max(1_000_000)
  delta: number;

  @Field(() => String, {
    description: 'The reason in words (1-500 characters), kept on the entry and in the audit log.',
  })
  @CodePointLength(1, 500)
  note: string;

  @Field(() => String, {
    nullable: true,
    description: 'Client key: the same adjustment sent twice makes one entry (1-100 characters).',
  })
  @CodePointLength(1, 100)
  idempotencyKey?: string | null;
}

export interface LedgerFilter {
  communityId: string;
  userId?: string | null;
  reason?: string | null;
  from?: Date | null;
  to?: Date | null;
}

@InputType({ description: 'Create (no id) or change a reward of the catalogue.' })
export class SavePointsRewardInput {
  @Field(() => ID, { nullable: true, description: 'The reward to change; none to create.' })
  id?: string | null;

  @Field(() => ID, { description: 'The community.' })
  communityId: string;

  @Field(() => String, { description: 'Name (1-100 characters).' })
  @CodePointLength(1, 100)
  name: string;

  @Field(() => String, { nullable: true, description: 'Description (0-500 characters).' })
  @CodePointLength(0, 500)
  description?: string | null;

  @Field(() => Int, { description: 'Points it costs (at least 1).' })
  cost: number;

  @Field(() => Int, { description: 'Items in stock (0 or more).' })
  stock: number;

  @Field(() => Int, { nullable: true, description: 'Open redemptions per resident (at least 1), or no limit.' })
  perPersonLimit?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Offered to residents (default true).' })
  active?: boolean | null;
}

@InputType({ description: 'Redeem a reward.' })
export class RedeemPointsRewardInput {
  @Field(() => ID, { description: 'The reward.' })
  rewardId: string;
}

@InputType({ description: 'Hand a redemption over against its pick-up code.' })
export class HandOverRedemptionInput {
  @Field(() => ID, { description: 'The redemption.' })
  redemptionId: string;

  @Field(() => String, { description: "The resident's six-digit pick-up code (1-8 characters)." })
  @CodePointLength(1, 8)
  pickupCode: string;
}

@InputType({ description: 'Cancel a reserved redemption (points and stock refunded).' })
export class CancelRedemptionInput {
  @Field(() => ID, { description: 'The redemption.' })
  redemptionId: string;
}

@InputType({ description: "The viewer's leaderboard setting." })
export class SetLeaderboardOptOutInput {
  @Field(() => Boolean, { description: 'True: leave every leaderboard; false: be listed again.' })
  optOut: boolean;
}
