import type { Viewer } from '../../auth/viewer.js';
import type { Locale } from '../../common/locale.js';
import { PointsEvent } from './points.enums.js';
import type { LeaderboardRow as Row } from './points.service.js';
import type { LeaderboardRow, PointsEntry, PointsRedemption, PointsReward, PointsRule } from './points.types.js';
import type { PointsEntryEntity } from './points-entry.entity.js';
import type { PointsRedemptionEntity, PointsRewardEntity } from './points-reward.entity.js';
import type { PointsRuleEntity } from './points-rule.entity.js';

const EVENT_WORDS: Record<PointsEvent, Record<Locale, string>> = {
  [PointsEvent.TICKET_ACCEPTED]: {
    'zh-CN': '提交的诉求被受理为有效诉求',
    'en-US': 'a matter you raised is accepted as valid',
  },
  [PointsEvent.VOLUNTEER_HOURS]: { 'zh-CN': '志愿服务时长经审核', 'en-US': 'approved volunteer service' },
  [PointsEvent.MEETING_ATTENDANCE]: { 'zh-CN': '参加圆桌会议', 'en-US': 'attending a round-table meeting' },
  [PointsEvent.BOOKING_NO_SHOW]: { 'zh-CN': '预约场地未到场', 'en-US': 'not showing up for a venue booking' },
};

/** A rule in plain words, e.g. 「参加圆桌会议：每次 +5 分，每天最多 10 分」. */
export function plainRule(r: PointsRuleEntity, locale: Locale): string {
  const what = EVENT_WORDS[r.event][locale];
  const zh = locale === 'zh-CN';
  if (!r.enabled) return zh ? `${what}：暂不计分` : `For ${what}: no points at the moment`;
  const per = r.event === PointsEvent.VOLUNTEER_HOURS ? (zh ? '每小时' : 'per hour') : zh ? '每次' : 'each time';
  const sign = r.points >= 0 ? '+' : '';
  const caps: string[] = [];
  if (r.dailyCap !== null) caps.push(zh ? `每天最多 ${r.dailyCap} 分` : `at most ${r.dailyCap} a day`);
  if (r.monthlyCap !== null) caps.push(zh ? `每月最多 ${r.monthlyCap} 分` : `at most ${r.monthlyCap} a month`);
  if (zh) return `${what}：${per} ${sign}${r.points} 分${caps.length ? `，${caps.join('，')}` : ''}`;
  const points = `${sign}${r.points} point${Math.abs(r.points) === 1 ? '' : 's'}`;
  return `For ${what}: ${points} ${per}${caps.length ? `, ${caps.join(', ')}` : ''}`;
}

export const toRule = (r: PointsRuleEntity, locale: Locale): PointsRule => ({
  id: r.id,
  communityId: r.communityId,
  event: r.event,
  version: r.version,
  points: r.points,
  dailyCap: r.dailyCap,
  monthlyCap: r.monthlyCap,
  enabled: r.enabled,
  current: r.retiredAt === null,
  retiredAt: r.retiredAt,
  note: r.note,
  plainText: plainRule(r, locale),
  createdAt: r.createdAt,
});

export const toEntry = (e: PointsEntryEntity): PointsEntry => ({
  id: e.id,
  communityId: e.communityId,
  estateId: e.estateId,
  userId: e.userId,
  delta: e.delta,
  balanceAfter: e.balanceAfter,
  reason: e.reason,
  note: e.note,
  referenceType: e.referenceType,
  referenceId: e.referenceId,
  ruleVersion: e.ruleVersion,
  idempotencyKey: e.idempotencyKey,
  createdAt: e.createdAt,
});

export const toLeaderboardRow = (r: Row, viewer: Viewer | null): LeaderboardRow => ({
  rank: r.rank,
  displayName: r.displayName,
  points: r.points,
  isViewer: viewer?.userId === r.userId,
});

export const toReward = (r: PointsRewardEntity): PointsReward => ({
  id: r.id,
  communityId: r.communityId,
  name: r.name,
  description: r.description,
  cost: r.cost,
  stock: r.stock,
  perPersonLimit: r.perPersonLimit,
  active: r.active,
  createdAt: r.createdAt,
});

/** The pick-up code is the resident's proof: only they see it (staff ask for it at the counter). */
export const toRedemption = (r: PointsRedemptionEntity, viewer: Viewer | null): PointsRedemption => ({
  id: r.id,
  communityId: r.communityId,
  rewardId: r.rewardId,
  userId: r.userId,
  cost: r.cost,
  status: r.status,
  pickupCode: viewer?.userId === r.userId ? r.pickupCode : null,
  handedOverAt: r.handedOverAt,
  cancelledAt: r.cancelledAt,
  createdAt: r.createdAt,
});
