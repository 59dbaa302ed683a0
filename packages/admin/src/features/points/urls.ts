import { defineParams, listHref, param } from '../../app/list/params';

export const PERIODS = ['MONTH', 'YEAR', 'ALL_TIME'] as const;
export const REASONS = [
  'TICKET_ACCEPTED',
  'VOLUNTEER_HOURS',
  'MEETING_ATTENDANCE',
  'BOOKING_NO_SHOW',
  'MANUAL',
  'REDEMPTION',
  'REDEMPTION_REFUND',
] as const;

/** URL state of the points screens: the community, the leaderboard period, the ledger reason, the cursor. */
export const POINTS_PARAMS = defineParams({
  community: param.text(),
  period: param.oneOf(PERIODS, { default: 'MONTH' }),
  reason: param.oneOf(REASONS),
  history: param.flag(),
  after: param.cursor(),
});

type Filters = { community?: string | null };
export const leaderboardUrl = (f: Filters = {}) => listHref('/points', POINTS_PARAMS, f);
export const ledgerUrl = (f: Filters = {}) => listHref('/points/ledger', POINTS_PARAMS, f);
export const rulesUrl = (f: Filters = {}) => listHref('/points/rules', POINTS_PARAMS, f);
export const rewardsUrl = (f: Filters = {}) => listHref('/points/rewards', POINTS_PARAMS, f);
