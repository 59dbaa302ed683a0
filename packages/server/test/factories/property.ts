/** Factories of the property module: each creates the estate (and its company) it is not given. */

import type { EstateEntity } from '../../src/modules/org/estate.entity.js';
import { shanghaiDate } from '../../src/modules/property/maintenance.rules.js';
import {
  EquipmentEntity,
  FeeStandardEntity,
  MaintenanceRecordEntity,
  PropertyContractEntity,
  RevenueEntryEntity,
} from '../../src/modules/property/property.entity.js';
import {
  EquipmentKind,
  MaintenanceKind,
  MaintenanceResult,
  RevenueDirection,
} from '../../src/modules/property/property.enums.js';
import { type FactoryContext, seq } from './context.js';
import { buildEstate, buildOrganisation } from './org.js';

type EstateRef = Pick<EstateEntity, 'id' | 'streetId' | 'communityId'>;
const placeOf = (e: EstateRef) => ({ streetId: e.streetId, communityId: e.communityId, estateId: e.id });

/** A date `days` before today (Asia/Shanghai). */
export const daysAgo = (days: number, now = new Date()) => shanghaiDate(new Date(now.getTime() - days * 86_400_000));

/** An estate served by a new property company. */
export async function buildServedEstate(f: FactoryContext, o: { estate?: EstateEntity } = {}) {
  const estate = o.estate ?? (await buildEstate(f));
  const company = await buildOrganisation(f, { kind: 'PROPERTY_COMPANY', serves: [estate] });
  return { estate, company };
}

async function estateOf(f: FactoryContext, estate?: EstateRef): Promise<EstateRef> {
  return estate ?? (await buildServedEstate(f)).estate;
}

export async function buildEquipment(
  f: FactoryContext,
  o: {
    estate?: EstateRef;
    kind?: EquipmentKind;
    installedOn?: string;
    registrationNo?: string;
    dueOn?: string | null;
  } = {},
): Promise<EquipmentEntity> {
  const estate = await estateOf(f, o.estate);
  return f.db.dataSource.getRepository(EquipmentEntity).save({
    ...placeOf(estate),
    buildingId: null,
    kind: o.kind ?? EquipmentKind.ELEVATOR,
    name: `设备-${seq()}`,
    registrationNo: o.registrationNo ?? `REG-${seq()}`,
    installedOn: o.installedOn ?? daysAgo(3),
    dueOn: o.dueOn ?? null,
    soonFrom: o.dueOn ?? null,
    dueRequirement: null,
    overdueNotifiedAt: null,
  } as EquipmentEntity);
}

export async function buildMaintenanceRecord(
  f: FactoryContext,
  o: { equipment?: EquipmentEntity; performedOn?: string; kind?: MaintenanceKind } = {},
): Promise<MaintenanceRecordEntity> {
  const e = o.equipment ?? (await buildEquipment(f));
  return f.db.dataSource.getRepository(MaintenanceRecordEntity).save({
    streetId: e.streetId,
    communityId: e.communityId,
    estateId: e.estateId,
    equipmentId: e.id,
    performedOn: o.performedOn ?? daysAgo(1),
    kind: o.kind ?? MaintenanceKind.ROUTINE,
    contractor: '杭州某电梯维保公司',
    result: MaintenanceResult.PASSED,
    defects: null,
    fix: null,
    nextDueOn: null,
    recordedById: 'factory',
  } as MaintenanceRecordEntity);
}

export async function buildContract(f: FactoryContext, o: { estate?: EstateRef; organisationId?: string } = {}) {
  const estate = await estateOf(f, o.estate);
  return f.db.dataSource.getRepository(PropertyContractEntity).save({
    ...placeOf(estate),
    organisationId: o.organisationId ?? 'factory',
    title: `物业服务合同-${seq()}`,
    termStart: '2025-01-01',
    termEnd: '2027-12-31',
    serviceLevel: '一级',
    feeFenPerSqmMonth: 350,
    createdById: 'factory',
  } as PropertyContractEntity);
}

export async function buildFeeStandard(f: FactoryContext, o: { estate?: EstateRef } = {}) {
  const estate = await estateOf(f, o.estate);
  return f.db.dataSource.getRepository(FeeStandardEntity).save({
    ...placeOf(estate),
    organisationId: 'factory',
    item: `停车费-${seq()}`,
    amountFen: 15000,
    unit: '每车位每月',
    effectiveFrom: '2025-01-01',
    note: null,
    createdById: 'factory',
  } as FeeStandardEntity);
}

export async function buildRevenueEntry(f: FactoryContext, o: { estate?: EstateRef; period?: string } = {}) {
  const estate = await estateOf(f, o.estate);
  return f.db.dataSource.getRepository(RevenueEntryEntity).save({
    ...placeOf(estate),
    period: o.period ?? '2026-01',
    item: `广告收入-${seq()}`,
    direction: RevenueDirection.INCOME,
    amountFen: 10000,
    note: null,
    correctsId: null,
    recordedById: 'factory',
  } as RevenueEntryEntity);
}
