import { ArgsType, Field, ID, Int, ObjectType } from 'type-graphql';
import { ConnectionType, PageArgs } from '../../graphql/pagination.js';
import { LeaderboardPeriod, PointsEvent, PointsReason, RedemptionStatus } from './points.enums.js';

@ObjectType({ description: 'One version of a community rule that prices an event in points (积分规则).' })
export class PointsRule {
  @Field(() => ID, { description: 'Opaque id.' })
  id: string;

  @Field(() => ID, { description: 'The community.' })
  communityId: string;

  @Field(() => PointsEvent, { description: 'The event it prices.' })
  event: PointsEvent;

  @Field(() => Int, { description: 'Version, 1 upwards: a change inserts the next one.' })
  version: number;

  @Field(() => Int, { description: 'Points per occurrence (per hour for volunteer hours); negative for a penalty.' })
  points: number;

  @Field(() => Int, { nullable: true, description: 'At most this many points per resident per day (Asia/Shanghai).' })
  dailyCap: number | null;

  @Field(() => Int, { nullable: true, description: 'At most this many points per resident per month.' })
  monthlyCap: number | null;

  @Field(() => Boolean, { description: 'False: the event awards nothing under this version.' })
  enabled: boolean;

  @Field(() => Boolean, { description: 'True for the version in force.' })
  current: boolean;

  @Field(() => Date, { nullable: true, description: 'When a newer version replaced it.' })
  retiredAt: Date | null;

  @Field(() => String, { nullable: true, description: "Staff's note on the change." })
  note: string | null;

  @Field(() => String, { description: "The rule in plain words, in the reader's language (shown to residents)." })
  plainText: string;

  @Field(() => Date, { description: 'When this version was made.' })
  createdAt: Date;
}

@ObjectType({ description: 'One line of the append-only points ledger (积分流水).' })
export class PointsEntry {
  @Field(() => ID, { description: 'Opaque id.' })
  id: string;

  @Field(() => ID, { description: 'The community.' })
  communityId: string;

  @Field(() => ID, { nullable: true, description: 'The estate of the resident at the time, if known.' })
  estateId: string | null;

  @Field(() => ID, { description: 'The resident.' })
  userId: string;

  @Field(() => Int, { description: 'Signed change of the balance.' })
  delta: number;

  @Field(() => Int, { description: 'The balance right after this entry.' })
  balanceAfter: number;

  @Field(() => PointsReason, { description: 'Why.' })
  reason: PointsReason;

  @Field(() => String, {
    nullable: true,
    description: "Staff's reason for an adjustment, or a system note (cap reached).",
  })
  note: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Type of the record it is about (`Ticket`, `VolunteerSignup`, `PointsRedemption` …).',
  })
  referenceType: string | null;

  @Field(() => String, { nullable: true, description: 'Id of the record it is about.' })
  referenceId: string | null;

  @Field(() => Int, { nullable: true, description: 'The rule version that priced it.' })
  ruleVersion: number | null;

  @Field(() => String, { description: 'The idempotency key (one entry per key).' })
  idempotencyKey: string;

  @Field(() => Date, { description: 'When.' })
  createdAt: Date;
}

@ObjectType({ description: 'A place on a leaderboard: display name only.' })
export class LeaderboardRow {
  @Field(() => Int, { description: 'Rank, 1 upwards (ties broken by who reached the total first, then by id).' })
  rank: number;

  @Field(() => String, { description: 'The display name the resident chose.' })
  displayName: string;

  @Field(() => Int, { description: 'Points earned in the period.' })
  points: number;

  @Field(() => Boolean, { description: 'True for the viewer themselves.' })
  isViewer: boolean;
}

@ObjectType({ description: 'A reward of the community catalogue (积分兑换).' })
export class PointsReward {
  @Field(() => ID, { description: 'Opaque id.' })
  id: string;

  @Field(() => ID, { description: 'The community.' })
  communityId: string;

  @Field(() => String, { description: 'Name.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Description.' })
  description: string | null;

  @Field(() => Int, { description: 'Points it costs.' })
  cost: number;

  @Field(() => Int, { description: 'Items left.' })
  stock: number;

  @Field(() => Int, { nullable: true, description: 'Open redemptions allowed per resident (null: no limit).' })
  perPersonLimit: number | null;

  @Field(() => Boolean, { description: 'Offered to residents.' })
  active: boolean;

  @Field(() => Date, { description: 'When it was added.' })
  createdAt: Date;
}

@ObjectType({ description: "A resident's redemption of a reward." })
export class PointsRedemption {
  @Field(() => ID, { description: 'Opaque id.' })
  id: string;

  @Field(() => ID, { description: 'The community.' })
  communityId: string;

  @Field(() => ID, { description: 'The reward.' })
  rewardId: string;

  @Field(() => ID, { description: 'The resident.' })
  userId: string;

  @Field(() => Int, { description: 'Points it cost.' })
  cost: number;

  @Field(() => RedemptionStatus, { description: 'Reserved, handed over or cancelled.' })
  status: RedemptionStatus;

  @Field(() => String, {
    nullable: true,
    description: 'Six-digit pick-up code: shown to the resident who redeemed only (staff ask for it).',
  })
  pickupCode: string | null;

  @Field(() => Date, { nullable: true, description: 'When staff handed it over.' })
  handedOverAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was cancelled (points and stock refunded).' })
  cancelledAt: Date | null;

  @Field(() => Date, { description: 'When it was redeemed.' })
  createdAt: Date;
}

export const PointsRuleConnection = ConnectionType(PointsRule, 'PointsRule', 'points rule');
export const PointsEntryConnection = ConnectionType(PointsEntry, 'PointsEntry', 'ledger entry');
export const LeaderboardConnection = ConnectionType(LeaderboardRow, 'Leaderboard', 'leaderboard place');
export const PointsRewardConnection = ConnectionType(PointsReward, 'PointsReward', 'reward');
export const PointsRedemptionConnection = ConnectionType(PointsRedemption, 'PointsRedemption', 'redemption');

@ObjectType({ description: 'Result of setting a rule.' })
export class PointsRulePayload {
  @Field(() => PointsRule, { description: 'The new version.' })
  rule: PointsRule;
}
@ObjectType({ description: 'Result of an adjustment.' })
export class PointsEntryPayload {
  @Field(() => PointsEntry, { description: 'The ledger entry made.' })
  entry: PointsEntry;
}
@ObjectType({ description: 'Result of saving a reward.' })
export class PointsRewardPayload {
  @Field(() => PointsReward, { description: 'The reward as saved.' })
  reward: PointsReward;
}
@ObjectType({ description: 'Result of a redemption change.' })
export class PointsRedemptionPayload {
  @Field(() => PointsRedemption, { description: 'The redemption as it is now.' })
  redemption: PointsRedemption;
}
@ObjectType({ description: "The viewer's leaderboard setting." })
export class LeaderboardOptOutPayload {
  @Field(() => Boolean, { description: 'True: left off every leaderboard.' })
  optOut: boolean;
}

@ArgsType()
export class CommunityPageArgs extends PageArgs {
  @Field(() => ID, { description: 'The community.' })
  communityId: string;
}

@ArgsType()
export class PointsRulesArgs extends CommunityPageArgs {
  @Field(() => Boolean, { defaultValue: false, description: 'Include the retired versions (the history).' })
  includeRetired: boolean;
}

@ArgsType()
export class PointsLedgerArgs extends CommunityPageArgs {
  @Field(() => ID, { nullable: true, description: 'Only this resident.' })
  userId?: string | null;

  @Field(() => PointsReason, { nullable: true, description: 'Only this reason.' })
  reason?: PointsReason | null;

  @Field(() => Date, { nullable: true, description: 'Entries at or after this instant.' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Entries before this instant.' })
  to?: Date | null;
}

@ArgsType()
export class LeaderboardArgs extends CommunityPageArgs {
  @Field(() => ID, { nullable: true, description: 'Only this estate of the community.' })
  estateId?: string | null;

  @Field(() => LeaderboardPeriod, { defaultValue: LeaderboardPeriod.MONTH, description: 'Month, year or all time.' })
  period: LeaderboardPeriod;
}

@ArgsType()
export class PointsRewardsArgs extends CommunityPageArgs {
  @Field(() => Boolean, { defaultValue: false, description: 'Include withdrawn rewards (staff only).' })
  includeInactive: boolean;
}

@ArgsType()
export class PointsRedemptionsArgs extends CommunityPageArgs {
  @Field(() => RedemptionStatus, { nullable: true, description: 'Only this status.' })
  status?: RedemptionStatus | null;
}
