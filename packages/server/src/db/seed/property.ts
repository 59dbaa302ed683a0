import type { DataSource } from 'typeorm';
import { byPhone, UserEntity } from '../../modules/identity/user.entity.js';
import { EstateEntity } from '../../modules/org/estate.entity.js';
import { OrganisationEntity } from '../../modules/org/organisation.entity.js';
import { addDays, DEFAULT_RULES, duesOf, shanghaiDate } from '../../modules/property/maintenance.rules.js';
import {
  EquipmentEntity,
  FeeStandardEntity,
  MaintenanceRecordEntity,
  PropertyContractEntity,
  RevenueEntryEntity,
  RevenuePeriodEntity,
} from '../../modules/property/property.entity.js';
import {
  EquipmentKind,
  MaintenanceKind,
  MaintenanceResult,
  RevenueDirection,
} from '../../modules/property/property.enums.js';
import { DEMO_ACCOUNTS } from './demo.js';

/**
 * 物业公开 demo data for 天钜银河府 (served by 绿城物业): a contract, fee standards, last month's
 * closed ledger and this month's open one, and equipment in each maintenance state (one elevator
 * overdue, one due soon, a fire system in order). Runs once: skipped when any equipment exists.
 */
export async function seedProperty(ds: DataSource, now = new Date()): Promise<void> {
  if ((await ds.getRepository(EquipmentEntity).count()) > 0) return;
  const estate = await ds.getRepository(EstateEntity).findOneBy({ name: '天钜银河府' });
  const company = await ds.getRepository(OrganisationEntity).findOneBy({ name: '绿城物业服务集团' });
  const staff = await ds.getRepository(UserEntity).findOneBy(byPhone(DEMO_ACCOUNTS.greentownStaff));
  if (!estate || !company || !staff) return;
  const place = { streetId: estate.streetId, communityId: estate.communityId, estateId: estate.id };
  const today = shanghaiDate(now);
  const thisMonth = today.slice(0, 7);
  const lastMonth = addDays(`${thisMonth}-01`, -1).slice(0, 7);
  await ds.transaction(async (m) => {
    await m.save(
      m.create(PropertyContractEntity, {
        ...place,
        organisationId: company.id,
        title: '天钜银河府前期物业服务合同',
        termStart: '2024-07-01',
        termEnd: '2027-06-30',
        serviceLevel: '一级',
        feeFenPerSqmMonth: 350,
        createdById: staff.id,
      }),
    );
    for (const [item, amountFen, unit] of [
      ['住宅物业服务费', 350, '每平方米每月'],
      ['地面停车费', 15000, '每车位每月'],
      ['地下车位管理费', 8000, '每车位每月'],
    ] as const) {
      await m.save(
        m.create(FeeStandardEntity, {
          ...place,
          organisationId: company.id,
          item,
          amountFen,
          unit,
          effectiveFrom: '2024-07-01',
          note: null,
          createdById: staff.id,
        }),
      );
    }
    const entries: [string, string, RevenueDirection, number][] = [
      [lastMonth, '电梯轿厢广告收入', RevenueDirection.INCOME, 360000],
      [lastMonth, '临时停车收入', RevenueDirection.INCOME, 128600],
      [lastMonth, '公共收益代管服务费', RevenueDirection.EXPENSE, 48860],
      [thisMonth, '电梯轿厢广告收入', RevenueDirection.INCOME, 360000],
      [thisMonth, '快递柜场地租金', RevenueDirection.INCOME, 50000],
    ];
    for (const [period, item, direction, amountFen] of entries) {
      await m.save(
        m.create(RevenueEntryEntity, {
          ...place,
          period,
          item,
          direction,
          amountFen,
          note: null,
          correctsId: null,
          recordedById: staff.id,
        }),
      );
    }
    await m.save(
      m.create(RevenuePeriodEntity, {
        ...place,
        period: lastMonth,
        entryCount: 3,
        closedAt: now,
        closedById: staff.id,
      }),
    );
    await m.save(
      m.create(RevenuePeriodEntity, { ...place, period: thisMonth, entryCount: 2, closedAt: null, closedById: null }),
    );
    const equipment: [EquipmentKind, string, string, [MaintenanceKind, number][]][] = [
      [
        EquipmentKind.ELEVATOR,
        '1幢1单元 1号梯',
        '31103301002019001',
        [
          [MaintenanceKind.ROUTINE, 20],
          [MaintenanceKind.INSPECTION, 100],
        ],
      ],
      [
        EquipmentKind.ELEVATOR,
        '2幢1单元 1号梯',
        '31103301002019002',
        [
          [MaintenanceKind.ROUTINE, 13],
          [MaintenanceKind.INSPECTION, 100],
        ],
      ],
      [
        EquipmentKind.FIRE_SAFETY,
        '消防自动报警系统',
        'XF-TJ-001',
        [
          [MaintenanceKind.MONTHLY_CHECK, 5],
          [MaintenanceKind.YEARLY_TEST, 60],
        ],
      ],
      [EquipmentKind.SECONDARY_WATER_SUPPLY, '二次供水泵房水箱', 'GS-TJ-001', [[MaintenanceKind.CLEANING, 40]]],
    ];
    for (const [kind, name, registrationNo, records] of equipment) {
      const last = new Map<MaintenanceKind, string>();
      const row = await m.save(
        m.create(EquipmentEntity, {
          ...place,
          buildingId: null,
          kind,
          name,
          registrationNo,
          installedOn: '2022-06-01',
          dueOn: null,
          soonFrom: null,
          dueRequirement: null,
          overdueNotifiedAt: null,
        }),
      );
      for (const [mkind, daysAgo] of records) {
        const performedOn = addDays(today, -daysAgo);
        last.set(mkind, performedOn);
        await m.save(
          m.create(MaintenanceRecordEntity, {
            ...place,
            equipmentId: row.id,
            performedOn,
            kind: mkind,
            contractor: kind === EquipmentKind.ELEVATOR ? '杭州西子电梯维保有限公司' : '萧山消防设施检测中心',
            result: MaintenanceResult.PASSED,
            defects: null,
            fix: null,
            nextDueOn: null,
            recordedById: staff.id,
          }),
        );
      }
      const dues = duesOf(kind, row.installedOn, DEFAULT_RULES, last);
      await m.update(
        EquipmentEntity,
        { id: row.id },
        {
          dueOn: dues[0]?.dueOn ?? null,
          soonFrom: dues.map((d) => d.soonFrom).sort()[0] ?? null,
          dueRequirement: dues[0]?.requirement ?? null,
        },
      );
    }
  });
}
