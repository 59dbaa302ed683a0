import { Column, Entity, Index } from 'typeorm';
import { BaseEntity, DateTimeColumn, IntColumn, RefColumn, TextColumn } from '../../db/columns.js';
import type {
  EquipmentKind,
  MaintenanceKind,
  MaintenanceRequirement,
  MaintenanceResult,
  RevenueDirection,
} from './property.enums.js';

/**
 * The structured records a property company publishes for an estate (物业公开). Every row carries
 * its place (street, community, estate) so that read rules are plain filters. Dates without a time
 * (terms, periods, maintenance days) are `YYYY-MM-DD` text, compared as text on both dialects.
 */
abstract class EstateRecord extends BaseEntity {
  @RefColumn()
  streetId: string;

  @RefColumn()
  communityId: string;

  @RefColumn()
  estateId: string;
}

/** A property service contract (物业服务合同) between a company and an estate. */
@Entity('property_contract')
@Index('ix_property_contract_estate', ['estateId', 'createdAt'])
export class PropertyContractEntity extends EstateRecord {
  /** The property company (an organisation serving the estate). */
  @RefColumn()
  organisationId: string;

  @TextColumn(100)
  title: string;

  @TextColumn(10)
  termStart: string;

  @TextColumn(10)
  termEnd: string;

  /** Service level as the contract names it (一级, 二级 …). */
  @TextColumn(40)
  serviceLevel: string;

  /** Property fee per m² per month, fen. */
  @IntColumn()
  feeFenPerSqmMonth: number;

  @RefColumn()
  createdById: string;
}

/** One fee standard (收费标准) of an estate: item, amount in fen per unit. */
@Entity('property_fee_standard')
@Index('ix_property_fee_standard_estate', ['estateId', 'createdAt'])
export class FeeStandardEntity extends EstateRecord {
  @RefColumn()
  organisationId: string;

  @TextColumn(100)
  item: string;

  @IntColumn()
  amountFen: number;

  /** What the amount is per (每平方米每月, 每车位每月 …). */
  @TextColumn(40)
  unit: string;

  @TextColumn(10)
  effectiveFrom: string;

  @TextColumn(500, { nullable: true })
  note: string | null;

  @RefColumn()
  createdById: string;
}

/**
 * One month of an estate's public-revenue ledger: created with its first entry, closed once.
 * Every entry bumps `entryCount` with a conditional UPDATE (`closedAt IS NULL`) inside its
 * transaction, so a close and an entry racing are ordered by the row lock, never both applied.
 */
@Entity('revenue_period')
@Index('ux_revenue_period', ['estateId', 'period'], { unique: true })
export class RevenuePeriodEntity extends EstateRecord {
  /** `YYYY-MM`. */
  @TextColumn(7)
  period: string;

  @IntColumn({ default: 0 })
  entryCount: number;

  @DateTimeColumn({ nullable: true })
  closedAt: Date | null;

  @RefColumn({ nullable: true })
  closedById: string | null;
}

/** One line of the public-revenue ledger (公共收益). Entries of a closed period never change. */
@Entity('revenue_entry')
@Index('ix_revenue_entry_period', ['estateId', 'period', 'createdAt'])
export class RevenueEntryEntity extends EstateRecord {
  @TextColumn(7)
  period: string;

  @TextColumn(100)
  item: string;

  @Column({ type: 'varchar', length: 8 })
  direction: RevenueDirection;

  @IntColumn()
  amountFen: number;

  @TextColumn(500, { nullable: true })
  note: string | null;

  /** The entry this one corrects (a correcting entry of a closed period). */
  @RefColumn({ nullable: true })
  correctsId: string | null;

  @RefColumn()
  recordedById: string;
}

/** One piece of equipment of an estate's register, with its next due date kept current. */
@Entity('equipment')
@Index('ix_equipment_estate', ['estateId', 'createdAt'])
@Index('ix_equipment_community_due', ['communityId', 'dueOn'])
@Index('ux_equipment_registration', ['estateId', 'registrationNo'], { unique: true })
export class EquipmentEntity extends EstateRecord {
  @RefColumn({ nullable: true })
  buildingId: string | null;

  @Column({ type: 'varchar', length: 32 })
  kind: EquipmentKind;

  @TextColumn(100)
  name: string;

  /** Registration number (使用登记证编号 / 设备编号), unique within the estate. */
  @TextColumn(64)
  registrationNo: string;

  @TextColumn(10)
  installedOn: string;

  /** Soonest due date over its obligations (null: no obligation); recomputed on every record and rule change. */
  @TextColumn(10, { nullable: true })
  dueOn: string | null;

  /** From this date the soonest obligation counts as due soon. */
  @TextColumn(10, { nullable: true })
  soonFrom: string | null;

  /** Which obligation falls due first. */
  @Column({ type: 'varchar', length: 32, nullable: true })
  dueRequirement: MaintenanceRequirement | null;

  /** When the company was told it is overdue; cleared when a record brings it back in time (a new episode). */
  @DateTimeColumn({ nullable: true })
  overdueNotifiedAt: Date | null;
}

/** A community's interval for one obligation of a kind of equipment (overrides the default). */
@Entity('maintenance_rule')
@Index('ux_maintenance_rule', ['communityId', 'equipmentKind', 'requirement'], { unique: true })
export class MaintenanceRuleEntity extends BaseEntity {
  @RefColumn()
  streetId: string;

  @RefColumn()
  communityId: string;

  @Column({ type: 'varchar', length: 32 })
  equipmentKind: EquipmentKind;

  @Column({ type: 'varchar', length: 32 })
  requirement: MaintenanceRequirement;

  @IntColumn()
  intervalDays: number;
}

/** A maintenance record (维保记录) of one piece of equipment; the signed sheet is an attached file. */
@Entity('maintenance_record')
@Index('ix_maintenance_record_equipment', ['equipmentId', 'createdAt'])
@Index('ix_maintenance_record_kind', ['equipmentId', 'kind', 'performedOn'])
export class MaintenanceRecordEntity extends EstateRecord {
  @RefColumn()
  equipmentId: string;

  @TextColumn(10)
  performedOn: string;

  @Column({ type: 'varchar', length: 16 })
  kind: MaintenanceKind;

  @TextColumn(100)
  contractor: string;

  @Column({ type: 'varchar', length: 8 })
  result: MaintenanceResult;

  @TextColumn(500, { nullable: true })
  defects: string | null;

  @TextColumn(500, { nullable: true })
  fix: string | null;

  @TextColumn(10, { nullable: true })
  nextDueOn: string | null;

  @RefColumn()
  recordedById: string;
}

export const PROPERTY_ENTITIES = [
  PropertyContractEntity,
  FeeStandardEntity,
  RevenuePeriodEntity,
  RevenueEntryEntity,
  EquipmentEntity,
  MaintenanceRuleEntity,
  MaintenanceRecordEntity,
];
