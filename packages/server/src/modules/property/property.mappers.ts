import { statusOn } from './maintenance.rules.js';
import type {
  EquipmentEntity,
  FeeStandardEntity,
  MaintenanceRecordEntity,
  PropertyContractEntity,
  RevenueEntryEntity,
} from './property.entity.js';
import type { Equipment, FeeStandard, MaintenanceRecord, PropertyContract, RevenueEntry } from './property.types.js';

export const toContract = (e: PropertyContractEntity): PropertyContract => ({
  id: e.id,
  estateId: e.estateId,
  communityId: e.communityId,
  organisationId: e.organisationId,
  title: e.title,
  termStart: e.termStart,
  termEnd: e.termEnd,
  serviceLevel: e.serviceLevel,
  feeFenPerSqmMonth: e.feeFenPerSqmMonth,
  createdAt: e.createdAt,
});

export const toFeeStandard = (e: FeeStandardEntity): FeeStandard => ({
  id: e.id,
  estateId: e.estateId,
  organisationId: e.organisationId,
  item: e.item,
  amountFen: e.amountFen,
  unit: e.unit,
  effectiveFrom: e.effectiveFrom,
  note: e.note,
  createdAt: e.createdAt,
});

export const toRevenueEntry = (e: RevenueEntryEntity): RevenueEntry => ({
  id: e.id,
  estateId: e.estateId,
  period: e.period,
  item: e.item,
  direction: e.direction,
  amountFen: e.amountFen,
  note: e.note,
  correctsId: e.correctsId,
  createdAt: e.createdAt,
});

/** Equipment with its status judged on `today` (Asia/Shanghai date from the service clock). */
export const toEquipment =
  (today: string) =>
  (e: EquipmentEntity): Equipment => ({
    id: e.id,
    estateId: e.estateId,
    communityId: e.communityId,
    buildingId: e.buildingId,
    kind: e.kind,
    name: e.name,
    registrationNo: e.registrationNo,
    installedOn: e.installedOn,
    maintenanceStatus: statusOn(today, e.dueOn && e.soonFrom ? { dueOn: e.dueOn, soonFrom: e.soonFrom } : null),
    nextDueOn: e.dueOn,
    nextDueRequirement: e.dueRequirement,
    soonFrom: e.soonFrom,
    createdAt: e.createdAt,
  });

export const toRecord = (e: MaintenanceRecordEntity): MaintenanceRecord => ({
  id: e.id,
  equipmentId: e.equipmentId,
  estateId: e.estateId,
  performedOn: e.performedOn,
  kind: e.kind,
  contractor: e.contractor,
  result: e.result,
  defects: e.defects,
  fix: e.fix,
  nextDueOn: e.nextDueOn,
  createdAt: e.createdAt,
});
