import type { DataSource } from 'typeorm';
import { hashPassword } from '../../auth/password.js';
import { Viewer } from '../../auth/viewer.js';
import type { Actor } from '../../common/actor.js';
import type { Config } from '../../config.js';
import { HouseholdRelation } from '../../modules/identity/identity.enums.js';
import { resolveGrants } from '../../modules/identity/load-viewer.js';
import { MembershipEntity } from '../../modules/identity/membership.entity.js';
import { byPhone, UserEntity } from '../../modules/identity/user.entity.js';
import { BuildingEntity } from '../../modules/org/building.entity.js';
import { CommunityEntity } from '../../modules/org/community.entity.js';
import { EstateEntity } from '../../modules/org/estate.entity.js';
import { OrganisationEntity } from '../../modules/org/organisation.entity.js';
import { TicketCategoryEntity } from '../../modules/ticket/ticket-category.entity.js';
import { createServices } from '../../services.js';
import { sqlDate } from '../sql.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from './demo.js';
import { seedCategories } from './tickets.js';

/**
 * The application clock of a scripted scenario: `new Date()` and `Date.now()` answer the scenario's
 * time while it runs, so that every row the real services write (timelines, deadlines, audit,
 * bindings, sign-ins) carries a 2020 date. Dates built from a value are untouched.
 */
export class ScenarioClock {
  private readonly Real = Date;
  private offset = 0;

  install(): void {
    const Real = this.Real;
    const clock = this;
    class ClockDate extends Real {
      // biome-ignore lint/suspicious/noExplicitAny: mirrors the Date constructor's overloads
      constructor(...args: any[]) {
        if (args.length === 0) super(Real.now() + clock.offset);
        // biome-ignore lint/suspicious/noExplicitAny: mirrors the Date constructor's overloads
        else super(...(args as [any]));
      }
      static override now() {
        return Real.now() + clock.offset;
      }
      static override [Symbol.hasInstance](x: unknown) {
        return x instanceof Real;
      }
    }
    globalThis.Date = ClockDate as unknown as DateConstructor;
  }

  /** Moves the clock to an instant (it keeps ticking from there). */
  set(at: Date | string): void {
    const t = typeof at === 'string' ? new this.Real(at).getTime() : at.getTime();
    this.offset = t - this.Real.now();
  }

  uninstall(): void {
    globalThis.Date = this.Real;
  }
}

/** The article's figures the boxue-2020 scenario reproduces (Hangzhou Daily, 2021-01-13). */
export const BOXUE_2020 = {
  /** The period the article reports: the launch month to the article's day (Asia/Shanghai). */
  from: '2020-11-01T00:00:00+08:00',
  to: '2021-01-13T00:00:00+08:00',
  registered: 660,
  verified: 612,
  active: 150,
  raised: 102,
  valid: 86,
  replied: 86,
  resolved: 75,
  escalated: 11,
  rejected: 5,
  merged: 11,
  repliedOnTime: 83,
  rated: 50,
  satisfied: 47,
  /** The 12 December burst: complaints about one crossing within two hours. */
  burst: 12,
} as const;

const PHONE_PREFIX = '1370';
const phoneOf = (i: number) => `${PHONE_PREFIX}${String(1_000_000 + i).slice(1)}0`;
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈';
const GIVEN = [
  '丽',
  '伟',
  '芳',
  '敏',
  '静',
  '磊',
  '洋',
  '艳',
  '勇',
  '军',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '霞',
  '平',
  '刚',
];

/** Shanghai wall-clock date + hours → instant. */
const at = (day: string, hours: number) =>
  new Date(new Date(`${day}T00:00:00+08:00`).getTime() + Math.round(hours * 3_600_000));
const addDays = (day: string, n: number) => {
  const d = new Date(`${day}T12:00:00+08:00`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

// What residents said (the article: complaints, volunteer offers, requests, praise).
const MATTERS: [code: string, title: string, body: string][] = [
  ['FACILITIES_REPAIR', '电梯异响', '单元电梯运行时有明显异响，老人小孩乘坐担心安全，请尽快检修。'],
  ['FACILITIES_REPAIR', '楼道灯不亮', '楼道感应灯坏了好几天，晚上回家看不清台阶。'],
  ['FACILITIES_REPAIR', '地库积水', '地下车库B区下雨后积水，车辆进出困难。'],
  ['PROPERTY_SERVICE', '快递堆放在大堂', '快递员把包裹堆在大堂，影响通行也容易丢件，希望物业规范。'],
  ['PROPERTY_SERVICE', '公共收益公开', '希望物业公开公共收益（广告、停车）的收支明细。'],
  ['SANITATION', '垃圾分类点异味', '垃圾分类投放点清运不及时，夏天异味很大。'],
  ['SANITATION', '绿化带杂草', '小区东侧绿化带杂草丛生，希望修剪。'],
  ['SAFETY_HAZARD', '电瓶车楼道充电', '有住户把电瓶车推进楼道充电，存在火灾隐患。'],
  ['SAFETY_HAZARD', '消防通道被占', '消防通道经常停满私家车，万一出事消防车进不来。'],
  ['TRAFFIC', '小区门口乱停车', '小区南门口早晚高峰乱停车，接送孩子很不方便。'],
  ['NEIGHBOUR_DISPUTE', '楼上噪音扰民', '楼上住户深夜还在装修敲打，影响休息。'],
  ['SUGGESTION', '增加儿童游乐设施', '小区孩子多，希望在中心花园增加儿童游乐设施。'],
  ['SUGGESTION', '古筝演出机会', '我女儿学古筝，希望社区多组织一些演出活动，让孩子有上台机会。'],
  ['VOLUNTEER_OFFER', '报名志愿服务', '我是退休教师，周末可以来社区做课业辅导志愿者。'],
  ['PRAISE', '非常好', '圆桌汇这个平台非常好，反映的问题很快就有回复，点赞！'],
  ['OTHER', '社区活动室开放时间', '想了解社区活动室的开放时间和预约方式。'],
];

async function actorOf(ds: DataSource, user: UserEntity): Promise<Actor> {
  const memberships = await ds.getRepository(MembershipEntity).findBy({ userId: user.id });
  const grants = await resolveGrants(
    ds,
    memberships.filter((m) => !m.revokedAt),
  );
  const viewer = new Viewer(user.id, user.displayName, 'seed', grants);
  return { viewer, userAgent: 'seed', meta: { actorId: user.id, requestId: 'seed-boxue-2020', ip: null } };
}

/**
 * `pnpm db:seed --scenario boxue-2020`: the article's first months replayed through the real
 * services with a scenario clock (2020-11 to 2021-01) — 660 residents register and ask to be bound
 * to a household (612 verified by the community's staff), 150 sign in during the last 30 days, 102
 * matters are raised: 86 valid (all replied, 75 completed, 11 reported up), 5 rejected and the
 * 12 December burst of 12 complaints about one crossing (11 merged into the first, reported to the
 * traffic police). On an empty database it first lays the demo tree and accounts (dated
 * 2020-10-20); it runs once (the scenario's phone numbers mark it).
 */
export async function seedBoxue2020(ds: DataSource, config: Config): Promise<{ created: boolean }> {
  if (await ds.getRepository(UserEntity).existsBy(byPhone(phoneOf(0)))) return { created: false };
  const clock = new ScenarioClock();
  clock.install();
  try {
    clock.set(at('2020-10-20', 9));
    await seedDemo(ds);
    await seedCategories(ds);
    const services = createServices(ds, { ...config, jobsEnabled: false });
    await services.calendar.ready();
    const users = ds.getRepository(UserEntity);
    const boxue = await ds.getRepository(CommunityEntity).findOneByOrFail({ name: '博学路社区' });
    const staffUser = await users.findOneByOrFail(byPhone(DEMO_ACCOUNTS.boxueStaff));
    const staff = await actorOf(ds, staffUser);
    const orgByName = async (name: string) => ds.getRepository(OrganisationEntity).findOneByOrFail({ name });
    const office = await orgByName('博学路社区居委会');
    const greentown = await orgByName('绿城物业服务集团');
    const binjiang = await orgByName('滨江物业服务公司');
    const police = await orgByName('萧山交警北干中队');
    const safety = await orgByName('北干街道平安办');
    const gtStaff = await actorOf(ds, await users.findOneByOrFail(byPhone(DEMO_ACCOUNTS.greentownStaff)));
    const bjStaff = await actorOf(ds, await users.findOneByOrFail(byPhone(DEMO_ACCOUNTS.binjiangStaff)));
    const estates = await ds
      .getRepository(EstateEntity)
      .find({ where: { communityId: boxue.id }, order: { name: 'ASC' } });
    const buildings = await ds.getRepository(BuildingEntity).find({ where: { communityId: boxue.id } });
    const cats = new Map(
      (await ds.getRepository(TicketCategoryEntity).findBy({ communityId: boxue.id })).map((c) => [c.code, c]),
    );

    // ---- residents: register, ask to be bound, verified by the staff (some still pending) ----
    // Demo residents already bound count towards the 660 registered.
    const already = Number(
      (
        await ds.query(
          "SELECT COUNT(DISTINCT userId) AS n FROM household_binding WHERE communityId = ? AND status IN ('PENDING', 'APPROVED') AND createdAt < ?",
          [boxue.id, sqlDate(ds, new Date(BOXUE_2020.to))],
        )
      )[0].n,
    );
    const alreadyVerified = Number(
      (
        await ds.query(
          "SELECT COUNT(DISTINCT userId) AS n FROM household_binding WHERE communityId = ? AND status = 'APPROVED' AND createdAt < ?",
          [boxue.id, sqlDate(ds, new Date(BOXUE_2020.to))],
        )
      )[0].n,
    );
    const toRegister = BOXUE_2020.registered - already;
    const toVerify = BOXUE_2020.verified - alreadyVerified;
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const residents: UserEntity[] = [];
    const verified: UserEntity[] = [];
    // Registrations spread over 70 days from the launch, most in the first weeks.
    for (let i = 0; i < toRegister; i++) {
      const day = addDays('2020-11-01', Math.floor(70 * (i / toRegister) ** 1.6));
      clock.set(at(day, 8 + (i % 13)));
      const name = `${SURNAMES[i % SURNAMES.length]}${GIVEN[(i * 7) % GIVEN.length]}${GIVEN[(i * 11 + 3) % GIVEN.length]}`;
      const user = await users.save(
        users.create({
          phone: phoneOf(i),
          displayName: name,
          passwordHash,
          isPartyMember: i % 9 === 0,
          disabledAt: null,
          tokenVersion: 0,
        }),
      );
      residents.push(user);
      const building = buildings[i % buildings.length] as BuildingEntity;
      const binding = await services.bindings.request(await actorOf(ds, user), {
        buildingId: building.id,
        unit: `${1 + (i % 2)}单元`,
        room: `${1 + ((i >> 1) % 6)}0${1 + ((i >> 3) % 2)}`,
        relation: i % 5 === 0 ? HouseholdRelation.TENANT : HouseholdRelation.OWNER,
      });
      // The last registrations of the period are still waiting for the staff.
      if (verified.length < toVerify) {
        clock.set(at(day, 8 + (i % 13) + 2));
        await services.bindings.approve(staff, { bindingId: binding.id });
        verified.push(user);
      }
    }

    // ---- matters ----
    let key = 0;
    const submit = async (
      who: UserEntity,
      code: string,
      title: string,
      body: string,
      estateId?: string,
      locationText?: string,
    ) =>
      services.tickets.submit(await actorOf(ds, who), {
        categoryId: (cats.get(code) as TicketCategoryEntity).id,
        title,
        body,
        photoFileIds: [],
        estateId,
        locationText,
        anonymous: false,
        idempotencyKey: `boxue-2020-${++key}`,
      });
    const wf = services.ticketWorkflow;
    // Matters from 2020-11-05 on: 85 valid besides the burst's primary, and 5 rejected.
    const NORMAL = BOXUE_2020.valid - 1;
    let rated = 0;
    let escalated = 0;
    let late = 0;
    const plan: { day: string; i: number; kind: 'valid' | 'reject' }[] = [];
    for (let i = 0; i < NORMAL; i++)
      plan.push({ day: addDays('2020-11-05', Math.floor((i * 63) / NORMAL)), i, kind: 'valid' });
    for (let r = 0; r < BOXUE_2020.rejected; r++)
      plan.push({ day: addDays('2020-11-09', r * 13), i: r, kind: 'reject' });
    plan.sort((a, b) => a.day.localeCompare(b.day) || a.i - b.i);

    const BURST_DAY = '2020-12-12';
    let burstDone = false;
    for (const p of plan) {
      if (!burstDone && p.day > BURST_DAY) {
        await theBurst();
        burstDone = true;
      }
      const [code, title, body] = MATTERS[(p.i * 5 + (p.kind === 'reject' ? 3 : 0)) % MATTERS.length] as [
        string,
        string,
        string,
      ];
      const who = verified[(p.i * 37 + (p.kind === 'reject' ? 11 : 0)) % verified.length] as UserEntity;
      const estate = estates[p.i % estates.length] as EstateEntity;
      clock.set(at(p.day, 8.5 + (p.i % 9)));
      const t = await submit(who, code, title, body, estate.id);
      clock.set(at(p.day, 9.5 + (p.i % 9)));
      if (p.kind === 'reject') {
        await wf.reject(staff, { ticketId: t.id, reason: '与社区事务无关的商业推广，不予受理。' });
        continue;
      }
      const property = code === 'FACILITIES_REPAIR' || code === 'PROPERTY_SERVICE' || code === 'SANITATION';
      const company = estate.name === '天钜银河府' || estate.name === '银塆学府' ? greentown : binjiang;
      const handler = property ? (company === greentown ? gtStaff : bjStaff) : staff;
      await wf.accept(staff, { ticketId: t.id, organisationIds: [property ? company.id : office.id] });
      // Three answers come late (after the 3 working days), the rest the same day.
      const isLate = late < BOXUE_2020.valid - BOXUE_2020.repliedOnTime && p.i % 29 === 7;
      if (isLate) late++;
      clock.set(isLate ? at(addDays(p.day, 9), 10) : at(p.day, 11 + (p.i % 9)));
      await wf.reply(handler, { ticketId: t.id, body: '您好，已收到您的反映，我们正在安排处理，请耐心等待。' });
      if (escalated < BOXUE_2020.escalated - 1 && p.i % 8 === 3) {
        escalated++;
        clock.set(at(addDays(p.day, isLate ? 10 : 1), 15));
        await wf.escalate(staff, {
          ticketId: t.id,
          departmentId: safety.id,
          reason: '需街道相关部门协调处理，提交线下圆桌会。',
        });
        continue;
      }
      clock.set(at(addDays(p.day, isLate ? 11 : 2 + (p.i % 3)), 16));
      await wf.resolve(handler, { ticketId: t.id, resolution: '已处理完毕，感谢您的反映和监督。' });
      if (rated < BOXUE_2020.rated && p.i % 3 !== 2) {
        rated++;
        // Three of the fifty ratings are not satisfied (3 of 5).
        const score = rated % 16 === 0 ? 3 : 4 + (p.i % 2);

        clock.set(at(addDays(p.day, 5), 20));
        await wf.rate(await actorOf(ds, who), { ticketId: t.id, score });
      }
    }
    if (!burstDone) await theBurst();

    // ---- sign-ins: 150 residents (the latest to register) used the mini program just before the article ----
    const recent = residents.slice(-BOXUE_2020.active);
    for (let i = 0; i < recent.length; i++) {
      clock.set(at(i % 2 ? '2021-01-11' : '2021-01-12', 8 + (i % 12)));
      await services.auth.login(
        { viewer: null, userAgent: 'seed', meta: { actorId: null, requestId: 'seed-boxue-2020', ip: null } },
        { phone: (recent[i] as UserEntity).phone, password: DEMO_PASSWORD },
      );
    }
    return { created: true };

    /** 2020-12-12: a dozen complaints about the jam at one crossing within two hours. */
    async function theBurst() {
      const crossing = '横五路与育才路交叉口（萧山医院新右转车道）';
      const words = [
        ['横五路与育才路口早高峰拥堵', '早上七点半开始，横五路育才路口车排到小区门口。'],
        ['育才路横五路交叉口天天堵车', '新开的右转车道被违停车辆占用，天天堵。'],
        ['医院右转车道开通后路口堵死了', '萧山医院右转车道开通后，路口彻底堵死，送孩子上学要半小时。'],
        ['路口乱停车导致拥堵', '医院门口接送车辆乱停，右转道走不动。'],
      ];
      const primaryWho = verified[3] as UserEntity;
      let primary = null;
      for (let b = 0; b < BOXUE_2020.burst; b++) {
        clock.set(at(BURST_DAY, 7.6 + b * 0.15));
        const [title, body] = words[b % words.length] as [string, string];
        const who = b === 0 ? primaryWho : (verified[(b * 53 + 17) % verified.length] as UserEntity);
        const t = await submit(who, 'TRAFFIC', title, `${body}地点：${crossing}。`, undefined, crossing);
        if (b === 0) primary = t;
      }
      if (!primary) return;
      clock.set(at(BURST_DAY, 9.8));
      await wf.accept(staff, {
        ticketId: primary.id,
        organisationIds: [office.id],
        note: '同一路口集中反映，合并处理',
      });
      const rest = await ds.query(
        'SELECT id FROM ticket WHERE communityId = ? AND locationText = ? AND id <> ? ORDER BY createdAt',
        [boxue.id, crossing, primary.id],
      );
      for (const r of rest as { id: string }[]) {
        await wf.merge(staff, { ticketId: r.id, primaryTicketId: primary.id, note: '与同一路口的诉求合并处理' });
      }
      clock.set(at(BURST_DAY, 10.5));
      await wf.reply(staff, {
        ticketId: primary.id,
        body: '已收到大家的反映，社区已联系街道平安办和交警，将于本周现场踏勘。',
      });
      clock.set(at(BURST_DAY, 14));
      await wf.escalate(staff, {
        ticketId: primary.id,
        departmentId: police.id,
        reason: '需交警施划禁停标线、增设标志和抓拍设备',
      });
      clock.set(at('2020-12-18', 16));
      await wf.answerEscalation(staff, {
        ticketId: primary.id,
        answer: '交警已施划禁停标线，增设禁停标志和违停抓拍设备，路口通行恢复正常。',
      });
    }
  } finally {
    clock.uninstall();
  }
}

/** Scripted scenarios of `pnpm db:seed --scenario <name>`. */
export const SCENARIOS: Record<string, (ds: DataSource, config: Config) => Promise<{ created: boolean }>> = {
  'boxue-2020': seedBoxue2020,
};
