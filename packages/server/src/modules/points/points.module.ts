import { type Deps, defineModule } from '../../app/module.js';
import { Role } from '../../auth/roles.js';
import { byIdLoader } from '../../graphql/loaders/by-id.loader.js';
import type { AuditService } from '../audit/audit.service.js';
import { MeetingAwardScan } from './meeting-award-scan.js';
import { NoShowPenaltyScan } from './no-show-penalty-scan.js';
import { LeaderboardPeriod, PointsEvent, PointsReason, RedemptionStatus } from './points.enums.js';
import { PointsReasons } from './points.errors.js';
import { PointsEntryFieldsResolver, PointsRedemptionFieldsResolver, PointsResolver } from './points.resolver.js';
import { PointsService } from './points.service.js';
import { PointsBalanceEntity } from './points-balance.entity.js';
import { PointsEntryEntity } from './points-entry.entity.js';
import { PointsLedger } from './points-ledger.service.js';
import {
  PointsCursorEntity,
  PointsPreferenceEntity,
  PointsRedemptionEntity,
  PointsRewardEntity,
} from './points-reward.entity.js';
import { PointsRuleEntity } from './points-rule.entity.js';
import { TicketAwardScan } from './ticket-award-scan.js';

const { SYSTEM_ADMIN, STREET_ADMIN, COMMUNITY_STAFF, PROPERTY_STAFF, COMMITTEE_MEMBER, RESIDENT } = Role;

/** Points (积分排名): an append-only ledger priced by published rules, leaderboards, rewards. */
export const pointsModule = defineModule({
  name: 'points',
  entities: [
    PointsRuleEntity,
    PointsEntryEntity,
    PointsBalanceEntity,
    PointsRewardEntity,
    PointsRedemptionEntity,
    PointsPreferenceEntity,
    PointsCursorEntity,
  ],
  errors: PointsReasons,
  resolvers: [PointsResolver, PointsEntryFieldsResolver, PointsRedemptionFieldsResolver],
  loaders: (ds) => ({ pointsReward: byIdLoader(ds, PointsRewardEntity) }),
  permissions: {
    /** Rules, leaderboards and the reward catalogue of a community (its residents and staff). */
    'points.public': [SYSTEM_ADMIN, STREET_ADMIN, COMMUNITY_STAFF, PROPERTY_STAFF, COMMITTEE_MEMBER, RESIDENT],
    /** Browse a community's ledger and redemptions. */
    'points.read': [SYSTEM_ADMIN, STREET_ADMIN, COMMUNITY_STAFF],
    /** Set rules and rewards, adjust balances, hand over and cancel redemptions. */
    'points.manage': [SYSTEM_ADMIN, STREET_ADMIN, COMMUNITY_STAFF],
  },
  enums: [
    {
      enum: PointsEvent,
      name: 'PointsEvent',
      description: 'An event of another module that a community rule prices in points.',
      valuesConfig: {
        TICKET_ACCEPTED: { description: '诉求受理 — a matter the resident raised was accepted as valid.' },
        VOLUNTEER_HOURS: { description: '志愿服务 — approved volunteer hours (points per hour).' },
        MEETING_ATTENDANCE: { description: '参会 — attending a round-table meeting.' },
        BOOKING_NO_SHOW: { description: '预约未到 — a venue booking not shown up for (a penalty, negative).' },
      },
    },
    {
      enum: PointsReason,
      name: 'PointsReason',
      description: 'Why a ledger entry exists.',
      valuesConfig: {
        TICKET_ACCEPTED: { description: 'Award for a matter accepted as valid.' },
        VOLUNTEER_HOURS: { description: 'Award for approved volunteer hours.' },
        MEETING_ATTENDANCE: { description: 'Award for attending a meeting.' },
        BOOKING_NO_SHOW: { description: 'Penalty for a booking no-show.' },
        MANUAL: { description: 'Staff adjustment with a reason.' },
        REDEMPTION: { description: 'Points spent on a reward.' },
        REDEMPTION_REFUND: { description: 'Points given back for a cancelled redemption.' },
      },
    },
    {
      enum: LeaderboardPeriod,
      name: 'LeaderboardPeriod',
      description: 'The period of a leaderboard (Asia/Shanghai calendar).',
      valuesConfig: {
        MONTH: { description: 'This calendar month.' },
        YEAR: { description: 'This calendar year.' },
        ALL_TIME: { description: 'Since the beginning.' },
      },
    },
    {
      enum: RedemptionStatus,
      name: 'RedemptionStatus',
      description: 'Where a redemption stands.',
      valuesConfig: {
        RESERVED: { description: 'Points and stock taken; waiting for pick-up.' },
        HANDED_OVER: { description: 'Staff handed the item over against the pick-up code.' },
        CANCELLED: { description: 'Cancelled: points and stock refunded.' },
      },
    },
  ],
  auditOperations: [
    'points.rule.set',
    'points.adjust',
    'points.reward.save',
    'points.redemption.handOver',
    'points.redemption.cancel',
  ],
  jobs: [
    // Every tick: awards for tickets accepted since the cursor (idempotent per ticket).
    { name: 'points.ticket-awards', run: ({ ticketAwardScan }) => ticketAwardScan.run() },
    // Every tick: awards for residents present at meetings held since the cursor (idempotent per meeting and person).
    { name: 'points.meeting-awards', run: ({ meetingAwardScan }) => meetingAwardScan.run() },
    // Every tick: penalties for the venue's unsettled NO_SHOW history rows (each settled in the penalty's transaction).
    { name: 'points.no-show-penalties', run: ({ noShowPenaltyScan }) => noShowPenaltyScan.run() },
  ],
  services: ({ dataSource, audit }: Deps<{ audit: AuditService }>) => {
    const pointsLedger = new PointsLedger(dataSource);
    return {
      pointsLedger,
      points: new PointsService(dataSource, audit, pointsLedger),
      ticketAwardScan: new TicketAwardScan(dataSource, pointsLedger),
      meetingAwardScan: new MeetingAwardScan(dataSource, pointsLedger),
      noShowPenaltyScan: new NoShowPenaltyScan(dataSource, pointsLedger),
    };
  },
});
