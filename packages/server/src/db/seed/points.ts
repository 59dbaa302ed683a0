import type { DataSource } from 'typeorm';
import { CommunityEntity } from '../../modules/org/community.entity.js';
import { PointsEvent } from '../../modules/points/points.enums.js';
import { PointsRewardEntity } from '../../modules/points/points-reward.entity.js';
import { PointsRuleEntity } from '../../modules/points/points-rule.entity.js';
import { VolunteerActivityEntity } from '../../modules/volunteer/volunteer.entity.js';

const RULES: { event: PointsEvent; points: number; dailyCap: number | null; monthlyCap: number | null }[] = [
  { event: PointsEvent.TICKET_ACCEPTED, points: 2, dailyCap: 6, monthlyCap: 30 },
  { event: PointsEvent.VOLUNTEER_HOURS, points: 5, dailyCap: null, monthlyCap: 200 },
  { event: PointsEvent.MEETING_ATTENDANCE, points: 5, dailyCap: 10, monthlyCap: null },
  { event: PointsEvent.BOOKING_NO_SHOW, points: -5, dailyCap: null, monthlyCap: null },
];
const REWARDS = [
  { name: '环保购物袋', cost: 20, stock: 50, perPersonLimit: 2 },
  { name: '社区食堂餐券', cost: 50, stock: 20, perPersonLimit: 1 },
  { name: '家电免费检修一次', cost: 80, stock: 10, perPersonLimit: 1 },
];

/**
 * Demo points rules and rewards for every community, and one upcoming volunteer activity each.
 * Idempotent: a community that has rules already is left alone.
 */
export async function seedPointsAndVolunteers(ds: DataSource): Promise<void> {
  const communities = await ds.getRepository(CommunityEntity).find();
  for (const c of communities) {
    if (await ds.getRepository(PointsRuleEntity).exists({ where: { communityId: c.id } })) continue;
    const place = { streetId: c.streetId, communityId: c.id };
    for (const r of RULES)
      await ds.getRepository(PointsRuleEntity).save({
        ...place,
        ...r,
        version: 1,
        enabled: true,
        retiredAt: null,
        note: null,
        createdById: null,
      } as PointsRuleEntity);
    for (const w of REWARDS)
      await ds
        .getRepository(PointsRewardEntity)
        .save({ ...place, ...w, description: null, active: true } as PointsRewardEntity);
    const start = new Date(Date.now() + 3 * 24 * 3600_000);
    start.setUTCHours(1, 0, 0, 0);
    await ds.getRepository(VolunteerActivityEntity).save({
      ...place,
      title: '垃圾分类宣传志愿服务',
      description: '在小区入口向居民讲解垃圾分类，发放宣传资料。',
      startsAt: start,
      endsAt: new Date(start.getTime() + 3 * 3600_000),
      place: '小区南门',
      capacity: 10,
      organiserOrganisationId: null,
      skillsWanted: '|宣传|',
      pointsPerHour: 5,
      signupDeadline: start,
      checkCode: String(Math.floor(Math.random() * 1_000_000)).padStart(6, '0'),
      signedUpCount: 0,
      lastPosition: 0,
      createdById: null,
    } as VolunteerActivityEntity);
  }
}
