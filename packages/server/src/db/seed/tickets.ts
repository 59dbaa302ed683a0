import { type DataSource, IsNull } from 'typeorm';
import { Viewer } from '../../auth/viewer.js';
import type { Actor } from '../../common/actor.js';
import type { Config } from '../../config.js';
import { resolveGrants } from '../../modules/identity/load-viewer.js';
import { MembershipEntity } from '../../modules/identity/membership.entity.js';
import { byPhone, UserEntity } from '../../modules/identity/user.entity.js';
import { CommunityEntity } from '../../modules/org/community.entity.js';
import { EstateEntity } from '../../modules/org/estate.entity.js';
import { OrganisationKind } from '../../modules/org/org.enums.js';
import { OrganisationEntity } from '../../modules/org/organisation.entity.js';
import { TicketEntity } from '../../modules/ticket/ticket.entity.js';
import { TicketCategoryEntity } from '../../modules/ticket/ticket-category.entity.js';
import { TicketEventEntity } from '../../modules/ticket/ticket-event.entity.js';
import { createServices } from '../../services.js';
import { DEMO_ACCOUNTS } from './demo.js';

/** The default categories of every community (issue: traffic … other). */
export const DEFAULT_CATEGORIES: [code: string, zh: string, en: string, kind: OrganisationKind, replyDays: number][] = [
  ['TRAFFIC', '交通出行', 'Traffic', OrganisationKind.COMMUNITY_OFFICE, 3],
  ['PROPERTY_SERVICE', '物业服务', 'Property service', OrganisationKind.PROPERTY_COMPANY, 3],
  ['SANITATION', '环境卫生', 'Environment and sanitation', OrganisationKind.PROPERTY_COMPANY, 3],
  ['SAFETY_HAZARD', '安全隐患', 'Safety hazard', OrganisationKind.COMMUNITY_OFFICE, 2],
  ['FACILITIES_REPAIR', '设施报修', 'Facilities repair', OrganisationKind.PROPERTY_COMPANY, 3],
  ['NEIGHBOUR_DISPUTE', '邻里纠纷', 'Neighbour dispute', OrganisationKind.COMMUNITY_OFFICE, 5],
  ['SUGGESTION', '意见建议', 'Suggestion', OrganisationKind.COMMUNITY_OFFICE, 5],
  ['PRAISE', '表扬感谢', 'Praise', OrganisationKind.COMMUNITY_OFFICE, 5],
  ['VOLUNTEER_OFFER', '志愿服务', 'Volunteer offer', OrganisationKind.COMMUNITY_OFFICE, 5],
  ['OTHER', '其他', 'Other', OrganisationKind.COMMUNITY_OFFICE, 3],
];

export async function seedCategories(ds: DataSource): Promise<void> {
  const communities = await ds.getRepository(CommunityEntity).find();
  for (const c of communities) {
    if (await ds.getRepository(TicketCategoryEntity).existsBy({ communityId: c.id })) continue;
    let order = 0;
    for (const [code, nameZh, nameEn, kind, replyDays] of DEFAULT_CATEGORIES) {
      await ds.getRepository(TicketCategoryEntity).save(
        ds.getRepository(TicketCategoryEntity).create({
          communityId: c.id,
          streetId: c.streetId,
          code,
          nameZh,
          nameEn,
          defaultOrgKind: kind,
          replyDays,
          resolveDays: 15,
          active: true,
          sortOrder: order++,
        }),
      );
    }
  }
}

async function actorFor(ds: DataSource, phone: string): Promise<Actor> {
  const user = await ds.getRepository(UserEntity).findOneByOrFail(byPhone(phone));
  const memberships = await ds.getRepository(MembershipEntity).findBy({ userId: user.id, revokedAt: IsNull() });
  const viewer = new Viewer(user.id, user.displayName, 'seed', await resolveGrants(ds, memberships));
  return { viewer, userAgent: 'seed', meta: { actorId: user.id, requestId: 'seed', ip: null } };
}

/**
 * Demo tickets in every state across the four estates, made through the real services so that
 * every timeline is genuine — including the burst of traffic-jam complaints at one crossing that
 * the article tells of (merged into one, escalated to the traffic police).
 */
export async function seedTickets(ds: DataSource, config: Config): Promise<void> {
  if ((await ds.query('SELECT COUNT(*) AS n FROM ticket'))[0].n > 0) return;
  const services = createServices(ds, { ...config, jobsEnabled: false });
  await services.calendar.ready();
  const boxue = await ds.getRepository(CommunityEntity).findOneByOrFail({ name: '博学路社区' });
  const cats = new Map(
    (await ds.getRepository(TicketCategoryEntity).findBy({ communityId: boxue.id })).map((c) => [c.code, c.id]),
  );
  const estate = async (name: string) => (await ds.getRepository(EstateEntity).findOneByOrFail({ name })).id;
  const org = async (name: string) => (await ds.getRepository(OrganisationEntity).findOneByOrFail({ name })).id;
  const [tianju, yinwan, baima, guochen] = await Promise.all(
    ['天钜银河府', '银塆学府', '白马御府', '国宸滨府'].map(estate),
  );
  const office = await org('博学路社区居委会');
  const greentown = await org('绿城物业服务集团');
  const binjiang = await org('滨江物业服务公司');
  const police = await org('萧山交警北干中队');
  const staff = await actorFor(ds, DEMO_ACCOUNTS.boxueStaff);
  const gtStaff = await actorFor(ds, DEMO_ACCOUNTS.greentownStaff);
  const bjStaff = await actorFor(ds, DEMO_ACCOUNTS.binjiangStaff);
  const zhou = await actorFor(ds, DEMO_ACCOUNTS.resident);
  const wu = await actorFor(ds, DEMO_ACCOUNTS.resident2);
  const wf = services.ticketWorkflow;
  let n = 0;
  const submit = (
    who: Actor,
    code: string,
    estateId: string | undefined,
    title: string,
    body: string,
    locationText?: string,
  ) =>
    services.tickets.submit(who, {
      categoryId: cats.get(code) as string,
      title,
      body,
      photoFileIds: [],
      estateId,
      locationText,
      anonymous: false,
      idempotencyKey: `seed-ticket-${++n}`,
    });

  // The December burst: a dozen complaints about the same jam at one crossing.
  const crossing = '博学路与金城路交叉口（萧山医院新右转道）';
  const burst = [];
  for (let i = 0; i < 12; i++) {
    burst.push(
      await submit(
        i % 2 ? wu : zhou,
        'TRAFFIC',
        undefined,
        ['早高峰博学路口堵死了', '萧山医院右转道天天堵车', '路口乱停车导致拥堵', '博学路交叉口拥堵严重'][
          i % 4
        ] as string,
        `早上七点半到八点半，${crossing}车辆排到小区门口，右转道被违停车辆占用，已经连续一周。第${i + 1}位居民反映。`,
        crossing,
      ),
    );
  }
  const primary = burst[0];
  if (!primary) return;
  await wf.accept(staff, { ticketId: primary.id, organisationIds: [office], note: '同一路口集中反映，合并处理' });
  for (const dup of burst.slice(1, 10))
    await wf.merge(staff, { ticketId: dup.id, primaryTicketId: primary.id, note: '与同一路口的诉求合并处理' });
  await wf.reply(staff, {
    ticketId: primary.id,
    body: '已收到大家的反映，社区已联系街道平安办和交警，将于本周现场踏勘。',
  });
  await wf.escalate(staff, {
    ticketId: primary.id,
    departmentId: police,
    reason: '需交警施划禁停标线、增设标志和抓拍设备',
  });
  // Two of the burst are still waiting for triage.

  const t1 = await submit(
    zhou,
    'FACILITIES_REPAIR',
    tianju,
    '3幢电梯异响',
    '3幢1单元电梯运行时有明显异响，老人小孩乘坐担心安全，请尽快检修。',
  );
  await wf.accept(staff, { ticketId: t1.id, organisationIds: [greentown] });
  await wf.reply(gtStaff, { ticketId: t1.id, body: '已安排电梯维保单位今天下午上门检查。' });
  await wf.resolve(gtStaff, { ticketId: t1.id, resolution: '维保单位已更换导靴，电梯运行正常，维保记录已公示。' });
  await wf.rate(zhou, { ticketId: t1.id, score: 5, comment: '非常好' });

  const t2 = await submit(
    wu,
    'SANITATION',
    baima,
    '垃圾分类点溢满',
    '白马御府东门垃圾分类点连续两天没有清运，气味很大。',
  );
  await wf.accept(staff, { ticketId: t2.id, organisationIds: [binjiang] });
  await wf.resolve(bjStaff, { ticketId: t2.id, resolution: '已增加清运频次为每日两次。' });

  const t3 = await submit(
    zhou,
    'PROPERTY_SERVICE',
    yinwan,
    '地下车库照明不足',
    '银塆学府地下车库B区多盏灯不亮，晚上很暗。',
  );
  await wf.accept(staff, { ticketId: t3.id, organisationIds: [greentown] });
  await wf.reply(gtStaff, { ticketId: t3.id, body: '已登记，灯具到货后更换。' });

  const t4 = await submit(
    wu,
    'NEIGHBOUR_DISPUTE',
    guochen,
    '楼上装修噪音',
    '国宸滨府楼上装修周末早上七点就开始电钻，协商无果。',
  );
  await wf.accept(staff, { ticketId: t4.id, organisationIds: [office, binjiang] });
  await wf.referToMeeting(staff, { ticketId: t4.id, note: '将邀请双方及物业参加本月圆桌会协商装修时间。' });

  const t5 = await submit(
    zhou,
    'SUGGESTION',
    undefined,
    '希望多办文艺演出',
    '我女儿学古筝，希望社区多组织演出活动，给孩子们更多上台机会。',
  );
  await wf.accept(staff, { ticketId: t5.id, organisationIds: [office] });

  const t6 = await submit(wu, 'OTHER', baima, '咨询快递柜收费', '快递柜超时收费标准是什么？');
  await wf.reject(staff, { ticketId: t6.id, reason: '快递柜为企业经营服务，请联系快递柜客服 95xxx。' });

  const t7 = await submit(
    zhou,
    'PRAISE',
    tianju,
    '感谢保安师傅',
    '天钜银河府保安王师傅帮忙找回了孩子的书包，非常感谢！',
  );
  await wf.withdraw(zhou, { ticketId: t7.id, reason: '已当面致谢' });

  await submit(wu, 'SAFETY_HAZARD', baima, '消防通道被占用', '白马御府2幢旁消防通道长期停放电动车，存在安全隐患。');

  // One raised two weeks ago and still unanswered by the property company: overdue in the demo.
  const late = await submit(
    zhou,
    'PROPERTY_SERVICE',
    tianju,
    '单元门禁损坏',
    '天钜银河府5幢2单元门禁损坏两周，外来人员随意进出。',
  );
  const twoWeeksAgo = new Date(Date.now() - 14 * 86_400_000);
  // Its reply deadline too: accepting keeps the deadline a ticket was given at submission.
  await ds
    .getRepository(TicketEntity)
    .update({ id: late.id }, { createdAt: twoWeeksAgo, replyDueAt: new Date(twoWeeksAgo.getTime() + 3 * 86_400_000) });
  await ds.getRepository(TicketEventEntity).update({ ticketId: late.id }, { createdAt: twoWeeksAgo });
  await wf.accept(staff, { ticketId: late.id, organisationIds: [greentown] });
}
